//! The discussion queue: the statements and challenges that most need talk,
//! ordered by a score declared in advance and built only from figures the room
//! has seen revealed. Each row carries its reasons as data; [`Row::words`] says
//! them ("splittrat 0,43; politik 3,9 mot bolag 2,1; vet ej 30 %"), never by person.
//!
//! A row enters the queue when at least one of five rules holds:
//!
//! - **low consensus**: Tastle & Wierman's Cns below 0,6 (the "splittrat" band);
//!   it adds 1 − Cns;
//! - **a split between the extremes**: at least a third of the answers on the
//!   scale at each end (after the RAND/UCLA method, Fitch et al. 2001), an end
//!   being the values within a quarter of the scale's width of its lowest or
//!   highest value (1–2 and 4–5 on 1–5; 1–3 and 7–9 on RAND/UCLA's 1–9); it adds
//!   twice the smaller end's share (⅔ to 1);
//! - **groups far apart**: two role groups the privacy rules show whose means
//!   differ by at least a quarter of the scale's width (1,0 on 1–5, the report's
//!   divergence threshold); it adds the difference over the width;
//! - **many vet ej**: a vet-ej share of 25 % or more (the knowledge-gap flag); it
//!   adds the share;
//! - **agreed far from computed**: a challenge's agreed severity at least 25
//!   points from the computed one; it adds the gap over 100.
//!
//! The thresholds are on each statement's own scale, and a challenge's on its
//! scale. A statement on a categorical scale has three rules of its own (see
//! [`categorical_reasons`]): many vet ej as above; a **split** (no option has
//! more than half of n and two options at least a third each; klarhet's),
//! adding twice the smaller of the two shares; and **groups far apart** (two
//! shown groups' shares of one option differ by at least 25 points; klarhet's),
//! adding the difference.
//!
//! The score is the sum of what the rules that hold add, each on a 0–1 footing.
//! Higher scores come first; equal scores keep the model's order.

pub use super::queue_rule::{end_words, ends, rule_words};
pub use super::queue_shares::{MAJORITY, SHARES_APART};
use super::queue_shares::{categorical_reasons, label};
pub use super::queue_topic::{topic_label, topic_scale};
use super::{Analysis, ChallengeResult, RoleGroup, StatementStats, divergence_threshold_on};
use crate::model::assessment::{Assessment, Scale};
use crate::model::discussion::Topic;
use crate::model::scoring::stats::{DIVIDED_BAND, KNOWLEDGE_GAP};
use crate::text::{Lang, decimal, percent};

/// At least this share of the answers on the scale at each end is a split
/// between the extremes: a third, as in the RAND/UCLA method's disagreement.
pub const EXTREMES_SHARE: f64 = 1.0 / 3.0;

/// An agreed severity at least this far (in points of 0–100) from the computed
/// one puts the challenge in the queue: a quarter of the range, as the role
/// groups' threshold is a quarter of the scale. klarhet's own threshold.
pub const AGREED_GAP: f64 = 25.0;

/// Why a row is in the queue, with the figures that say so.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Consensus below [`DIVIDED_BAND`].
    LowConsensus {
        /// Tastle & Wierman's Cns.
        consensus: f64,
    },
    /// At least [`EXTREMES_SHARE`] of the answers at each end of the scale.
    Extremes {
        /// The share at the low end.
        low: f64,
        /// The share at the high end.
        high: f64,
    },
    /// Two role groups at least the divergence threshold apart.
    Groups {
        /// The group with the higher mean, and its mean.
        high: (RoleGroup, f64),
        /// The group with the lower mean, and its mean.
        low: (RoleGroup, f64),
        /// The two groups' names, the higher's first.
        names: [crate::text::Text; 2],
    },
    /// A vet-ej share of at least [`KNOWLEDGE_GAP`].
    Unknown {
        /// The share.
        share: f64,
    },
    /// On a categorical scale: no option more than half of n, and two at
    /// least [`EXTREMES_SHARE`] each, as (value, share), the larger first.
    Split {
        /// The option with the larger share.
        first: (i32, f64),
        /// The other.
        second: (i32, f64),
    },
    /// On a categorical scale: two shown groups' shares of `option` at least
    /// [`SHARES_APART`] apart.
    SharesApart {
        /// The option's value.
        option: i32,
        /// The group with the larger share, and its share.
        high: (RoleGroup, f64),
        /// The group with the smaller share, and its share.
        low: (RoleGroup, f64),
        /// The two groups' names, high first.
        names: [crate::text::Text; 2],
    },
    /// The agreed severity at least [`AGREED_GAP`] from the computed one.
    AgreedGap {
        /// The agreed severity, 0–100.
        agreed: f64,
        /// The computed severity, 0–100.
        computed: f64,
    },
}

impl Reason {
    /// The rule's stable key, as in JSON exports.
    pub fn key(&self) -> &'static str {
        match self {
            Reason::LowConsensus { .. } => "low_consensus",
            Reason::Extremes { .. } => "extremes",
            Reason::Groups { .. } | Reason::SharesApart { .. } => "groups_apart",
            Reason::Split { .. } => "split",
            Reason::Unknown { .. } => "dont_know",
            Reason::AgreedGap { .. } => "agreed_far_from_computed",
        }
    }

    /// What the reason adds to its row's score, on a 0–1 footing.
    pub fn weight(&self, scale: &Scale) -> f64 {
        match self {
            Reason::LowConsensus { consensus } => 1.0 - consensus,
            Reason::Extremes { low, high } => 2.0 * low.min(*high),
            Reason::Groups { high, low, .. } => (high.1 - low.1) / scale.width().max(f64::EPSILON),
            Reason::Unknown { share } => *share,
            Reason::Split { first, second } => 2.0 * first.1.min(second.1),
            Reason::SharesApart { high, low, .. } => high.1 - low.1,
            Reason::AgreedGap { agreed, computed } => (agreed - computed).abs() / 100.0,
        }
    }

    /// The reason in words, in `lang`.
    pub fn words(&self, scale: &Scale, lang: Lang) -> String {
        match self {
            Reason::LowConsensus { consensus } => format!(
                "{} {}",
                super::Agreement::of(*consensus).label(lang),
                decimal(lang, *consensus, 2)
            ),
            Reason::Extremes { low, high } => {
                let (low_end, high_end) = end_words(scale);
                crate::tr!(
                    lang,
                    "queue-reason-extremes",
                    low = percent(lang, *low),
                    low_end = low_end,
                    high = percent(lang, *high),
                    high_end = high_end
                )
            }
            Reason::Groups { high, low, names } => crate::tr!(
                lang,
                "queue-reason-groups",
                high = names[0].get(lang),
                high_mean = decimal(lang, high.1, 1),
                low = names[1].get(lang),
                low_mean = decimal(lang, low.1, 1)
            ),
            Reason::Unknown { share } => {
                crate::tr!(lang, "queue-reason-unknown", share = percent(lang, *share))
            }
            Reason::Split { first, second } => crate::tr!(
                lang,
                "queue-reason-split",
                first = percent(lang, first.1),
                first_option = label(scale, first.0, lang),
                second = percent(lang, second.1),
                second_option = label(scale, second.0, lang)
            ),
            Reason::SharesApart {
                option,
                high,
                low,
                names,
            } => crate::tr!(
                lang,
                "queue-reason-shares",
                option = label(scale, *option, lang),
                high = names[0].get(lang),
                high_share = percent(lang, high.1),
                low = names[1].get(lang),
                low_share = percent(lang, low.1)
            ),
            Reason::AgreedGap { agreed, computed } => crate::tr!(
                lang,
                "queue-reason-agreed",
                agreed_score = format!("{agreed:.0}"),
                computed = format!("{computed:.0}")
            ),
        }
    }
}

/// One row of the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What to talk about.
    pub topic: Topic,
    /// Why, strongest first.
    pub reasons: Vec<Reason>,
    /// The sum of the reasons' weights.
    pub score: f64,
}

impl Row {
    /// The reasons in words, joined by "; ", with the thresholds and labels of
    /// the row's own scale.
    pub fn words(&self, model: &Assessment, lang: Lang) -> String {
        let scale = topic_scale(model, &self.topic);
        self.reasons
            .iter()
            .map(|r| r.words(scale, lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The queue for `analysis` of a session on `model`, highest score first. It
/// reads only the analysis, which holds nothing withheld or unrevealed.
pub fn queue(model: &Assessment, analysis: &Analysis) -> Vec<Row> {
    let mut rows: Vec<Row> = model
        .challenges
        .iter()
        .zip(&analysis.challenges)
        .flat_map(|(c, result)| {
            let whole = challenge_reasons(model, analysis, result).map(|reasons| {
                (
                    Topic::Challenge {
                        challenge: c.id.clone(),
                    },
                    reasons,
                )
            });
            let statements = c.statements.iter().zip(&result.statements).map(|(s, st)| {
                let scale = model.statement_scale(c, s);
                (
                    Topic::Statement {
                        challenge: c.id.clone(),
                        statement: st.statement.clone(),
                    },
                    if scale.is_categorical() {
                        categorical_reasons(st, &analysis.groups)
                    } else {
                        statement_reasons(scale, st, &analysis.groups)
                    },
                )
            });
            whole.into_iter().chain(statements).collect::<Vec<_>>()
        })
        .filter(|(_, reasons)| !reasons.is_empty())
        .map(|(topic, mut reasons)| {
            let scale = topic_scale(model, &topic);
            reasons.sort_by(|a, b| b.weight(scale).total_cmp(&a.weight(scale)));
            Row {
                score: reasons.iter().map(|r| r.weight(scale)).sum(),
                topic,
                reasons,
            }
        })
        .collect();
    // Stable: equal scores keep the model's order.
    rows.sort_by(|a, b| b.score.total_cmp(&a.score));
    rows
}

fn statement_reasons(
    scale: &Scale,
    st: &StatementStats,
    groups: &crate::model::session_groups::GroupNames,
) -> Vec<Reason> {
    if st.withheld {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(consensus) = st.consensus.filter(|c| *c < DIVIDED_BAND) {
        out.push(Reason::LowConsensus { consensus });
    }
    if st.n > 0 {
        let (lo, hi) = ends(scale);
        let share = |end: &[i32]| {
            let k: u32 = (st.counts.iter())
                .filter(|(v, _)| end.contains(v))
                .map(|(_, c)| c)
                .sum();
            f64::from(k) / f64::from(st.n)
        };
        let (low, high) = (share(&lo), share(&hi));
        if low >= EXTREMES_SHARE - 1e-9 && high >= EXTREMES_SHARE - 1e-9 {
            out.push(Reason::Extremes { low, high });
        }
    }
    out.extend(widest(
        &st.role_means,
        divergence_threshold_on(scale),
        groups,
    ));
    if let Some(share) = st.unknown_share.filter(|s| *s >= KNOWLEDGE_GAP) {
        out.push(Reason::Unknown { share });
    }
    out
}

/// The reasons of a challenge as a whole: its groups far apart and an agreed
/// score far from the computed one; none when nothing of it is shown.
fn challenge_reasons(
    model: &Assessment,
    analysis: &Analysis,
    result: &ChallengeResult,
) -> Option<Vec<Reason>> {
    let mut out = Vec::new();
    // The challenge's own divergences, the widest pair; the analysis found them
    // from the role groups it may show.
    let groups: Vec<(RoleGroup, f64)> = analysis
        .divergences
        .iter()
        .filter(|d| d.challenge == result.id)
        .flat_map(|d| [d.high.clone(), d.low.clone()])
        .collect();
    let scale = model
        .challenge(&result.id)
        .map_or(&model.scale, |c| model.challenge_scale(c));
    out.extend(widest(
        &groups,
        divergence_threshold_on(scale),
        &analysis.groups,
    ));
    if let (Some(agreed), Some(computed)) = (result.agreed, result.computed)
        && (agreed - computed).abs() >= AGREED_GAP - 1e-9
    {
        out.push(Reason::AgreedGap { agreed, computed });
    }
    Some(out)
}

/// The two groups furthest apart, when they are at least `threshold` apart.
pub(super) fn widest(
    means: &[(RoleGroup, f64)],
    threshold: f64,
    groups: &crate::model::session_groups::GroupNames,
) -> Option<Reason> {
    let high = means.iter().max_by(|a, b| a.1.total_cmp(&b.1))?.clone();
    let low = means.iter().min_by(|a, b| a.1.total_cmp(&b.1))?.clone();
    let text = |g: &RoleGroup| groups.text(g).cloned().unwrap_or_default();
    let names = [text(&high.0), text(&low.0)];
    (high.1 - low.1 >= threshold - 1e-9).then_some(Reason::Groups { high, low, names })
}
