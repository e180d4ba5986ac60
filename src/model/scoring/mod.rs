//! The scoring engine: pure functions from a session and its model to the numbers
//! every screen and report shows. Each formula is written beside its function, and
//! the report's method appendix repeats them.

mod divergence;
mod group_shares;
pub(crate) mod groups;
pub mod queue;
mod queue_rule;
mod queue_shares;
#[cfg(test)]
mod queue_tests;
mod queue_topic;
mod rank;
pub mod rounds;
pub use crate::model::privacy::role_counts;
pub use divergence::{divergence_threshold, divergence_threshold_on};
pub use stats::geometric_mean;
pub mod stats;
#[cfg(test)]
mod stats_tests;

use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballots::Tally;
use crate::model::session::Session;
pub use {rounds::RoundFigures, rounds::Shift, stats::Agreement, stats::StatementStats};

pub use crate::model::ballot_box::RoleGroup;

/// One challenge's results.
#[derive(Debug, Clone, PartialEq)]
pub struct ChallengeResult {
    /// The challenge's id.
    pub id: String,
    /// Each statement's statistics, in the model's order.
    pub statements: Vec<StatementStats>,
    /// Severity from the answers: (mean of the statements' means − min) / (max − min) · 100,
    /// which on a 1–5 scale is (m − 1) / 4 · 100. Statements with no answers are left out.
    pub computed: Option<f64>,
    /// Severity from the agreed score, on the same 0–100 footing.
    pub agreed: Option<f64>,
    /// The lowest consensus among the statements.
    pub min_consensus: Option<f64>,
    /// Vet-ej share over all the challenge's answers.
    pub unknown_share: Option<f64>,
    /// True when any statement's vet-ej share is ≥ 25 %.
    pub knowledge_gap: bool,
    /// True when the severity rests on an uncertain basis: any shown statement
    /// has a knowledge gap or few answers ([`StatementStats::uncertain`]).
    /// Marked wherever the severity is shown or used to rank.
    pub uncertain: bool,
    /// The mean per role group on the scale: the mean of the group's statement means.
    pub role_means: Vec<(RoleGroup, f64)>,
    /// The same groups' answers to each statement shown, by its id: for the
    /// shares a reference gives per group ([`ChallengeResult::group_share`]).
    pub group_tallies: Vec<(RoleGroup, std::collections::BTreeMap<String, Tally>)>,
    /// Answers counted but not yet revealed (the most of any statement): they
    /// wait until enough have come in to be shown without showing anyone's.
    pub waiting: u32,
    /// Per statement, its rounds side by side when two or more show it ([`rounds`]).
    pub rounds: Vec<Vec<RoundFigures>>,
    /// Per round that may show it, its ballots that gave the same answer to
    /// every statement ([`crate::model::careless`]), oldest round first.
    pub careless: Vec<crate::model::careless::Careless>,
}

impl ChallengeResult {
    /// The severity that counts: the agreed one when set, otherwise the computed one.
    pub fn severity(&self) -> Option<f64> {
        self.agreed.or(self.computed)
    }

    /// Whether the challenge is assessed: it has a severity that counts, from an
    /// agreed score or from answers the group has seen revealed. Answers still
    /// sealed, or too few to be shown, assess nothing: no report could show them.
    /// The one definition that `list`, `validate`, the start list, the summary
    /// and every report use (see [`assessed_count`]).
    pub fn is_assessed(&self) -> bool {
        self.severity().is_some()
    }
}

/// How many challenges of `model` are assessed in `session`
/// ([`ChallengeResult::is_assessed`]: an agreed score, or a computed severity),
/// from the same parts [`analyse`] computes them from, without the role groups,
/// the circle and the ranking: a list of five hundred sessions counts them all.
pub fn assessed_count(session: &Session, model: &Assessment) -> usize {
    model
        .challenges
        .iter()
        .filter(|c| {
            (session.agreed.contains_key(&c.id) && model.has_ordinal(c))
                || computed_severity(model, c, &shown(session, model, c).1).is_some()
        })
        .count()
}

/// Two role groups that see a challenge differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    /// The challenge's id.
    pub challenge: String,
    /// The group with the higher mean.
    pub high: (RoleGroup, f64),
    /// The group with the lower mean.
    pub low: (RoleGroup, f64),
}

/// One causal link's strength.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkResult {
    /// The challenge that feeds.
    pub from: String,
    /// The challenge that is fed.
    pub to: String,
    /// √(sevₐ · sev_b), when both severities are known.
    pub strength: Option<f64>,
    /// True when either end's severity rests on an uncertain basis.
    pub uncertain: bool,
}

/// The causal links with results.
#[derive(Debug, Clone, PartialEq)]
pub struct CircleResult {
    /// Each link, in the model's order.
    pub links: Vec<LinkResult>,
    /// Geometric mean of every challenge's severity, (Π sevᵢ)^(1/k), for a cycle whose
    /// challenges all have a severity.
    pub loop_strength: Option<f64>,
    /// Index of the strongest link (the first one when several are equal).
    pub strongest: Option<usize>,
    /// Every link as strong as the strongest, as reports show it (whole numbers):
    /// more than one is a tie, and is said to be one.
    pub strongest_tied: Vec<usize>,
}

impl CircleResult {
    /// True when the strongest link is one of several equally strong.
    pub fn is_tie(&self) -> bool {
        self.strongest_tied.len() > 1
    }
}

/// A recommendation with its relevance to this group.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedRecommendation {
    /// The recommendation's id.
    pub id: String,
    /// The mean severity of the challenges the model maps it to (those with a
    /// severity), each rounded to a whole number first so that the relevance
    /// agrees with the parts printed beside it. A mean, not a sum: a sum would
    /// rank a recommendation mapped to more challenges higher by construction.
    pub relevance: f64,
    /// The terms of that mean: (challenge id, severity), in the model's challenge order.
    pub reason: Vec<(String, f64)>,
    /// True when any of those severities rests on an uncertain basis.
    pub uncertain: bool,
}

/// The recommendations of one principle, most relevant first.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleRanking {
    /// The principle's id; `None` for the overarching recommendations.
    pub principle: Option<String>,
    /// Ranked recommendations.
    pub recommendations: Vec<RankedRecommendation>,
}

/// Everything the engine computes for a session.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// Per challenge, in the model's order.
    pub challenges: Vec<ChallengeResult>,
    /// Role groups whose means differ by at least a quarter of the scale's width
    /// (1.0 on 1–5).
    pub divergences: Vec<Divergence>,
    /// The circle, if the model has causal links.
    pub circle: Option<CircleResult>,
    /// Recommendations ranked within each principle; overarching ones first.
    pub ranking: Vec<PrincipleRanking>,
    /// The fewest ballots shown together (see [`Session::disclosure_threshold`]).
    pub threshold: usize,
    /// The names of the groups the figures are shown for.
    pub groups: crate::model::session_groups::GroupNames,
}

impl Analysis {
    /// The result for challenge `id`.
    pub fn challenge(&self, id: &str) -> Option<&ChallengeResult> {
        self.challenges.iter().find(|c| c.id == id)
    }
}

/// Computes everything for `session` on `model`.
pub fn analyse(session: &Session, model: &Assessment) -> Analysis {
    let challenges: Vec<ChallengeResult> = model
        .challenges
        .iter()
        .map(|c| challenge(session, model, c))
        .collect();
    let divergences = divergence::divergences(model, &challenges);
    let circle = circle(model, &challenges);
    let ranking = rank::rank(model, &challenges);
    Analysis {
        challenges,
        divergences,
        circle,
        ranking,
        threshold: session.disclosure_threshold(),
        groups: session.group_names(model),
    }
}

fn mean_of(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, k) = values.fold((0.0, 0u32), |(s, k), v| (s + v, k + 1));
    (k > 0).then(|| sum / f64::from(k))
}

/// The statements of `c` as they may be shown: each one's tally, or `None`
/// where it is withheld, and its statistics. Every figure of a challenge is
/// computed from these alone.
fn shown(
    session: &Session,
    model: &Assessment,
    c: &Challenge,
) -> (Vec<Option<Tally>>, Vec<StatementStats>) {
    // A ballot round with fewer voters than the threshold is withheld whole, and
    // every figure below is computed from the statements that are shown, so that no
    // total can be taken apart into the withheld ones. A show of hands is public.
    let k = session.disclosure_threshold();
    let tallies: Vec<_> = c
        .statements
        .iter()
        .map(|s| {
            let t = session.shown_tally(&c.id, &s.id);
            // Ballots counted but none revealed are as hidden as too few revealed.
            let unrevealed = t.total() == 0 && session.answer_count(&c.id, &s.id) > 0;
            let few = unrevealed || (t.total() > 0 && (t.total() as usize) < k);
            (!few || session.responses.is_tally(&s.id)).then_some(t)
        })
        .collect();
    let statements = c
        .statements
        .iter()
        .zip(&tallies)
        .map(|(s, t)| match t {
            Some(t) => {
                StatementStats::of(&s.id, t, model.statement_scale(c, s), model.pole_of(c, s))
            }
            None => StatementStats::withheld(&s.id),
        })
        .collect();
    (tallies, statements)
}

/// Severity from the shown statements: the mean of their scores (see
/// [`StatementStats::score`]), when any has one. Categorical statements have
/// none, so a challenge with no ordinal statement has no severity.
fn computed_severity(
    model: &Assessment,
    c: &Challenge,
    statements: &[StatementStats],
) -> Option<f64> {
    let scored: Vec<_> = (c.statements.iter().zip(statements))
        .filter_map(|(s, st)| Some((model.statement_scale(c, s), model.pole_of(c, s), st.mean?)))
        .collect();
    // On one scale and one pole the mean of the scores is the score of the
    // mean of the means (a score is a linear map of a mean); computed so, the
    // figures are those klarhet gave before scales were the model's, to the
    // last digit, and no golden moves.
    if let Some((scale, pole, _)) = scored.first()
        && scored.iter().all(|(s, p, _)| s.id == scale.id && p == pole)
    {
        return mean_of(scored.iter().map(|x| x.2)).map(|m| scale.score(*pole, m));
    }
    mean_of(scored.iter().map(|(scale, pole, m)| scale.score(*pole, *m)))
}

fn challenge(session: &Session, model: &Assessment, c: &Challenge) -> ChallengeResult {
    let (tallies, mut statements) = shown(session, model, c);
    let means = groups::role_means(session, model, c, &statements);
    for ((st, m), counts) in statements
        .iter_mut()
        .zip(means.statements)
        .zip(means.counts)
    {
        st.role_means = m;
        st.group_counts = counts;
    }
    let computed = computed_severity(model, c, &statements);
    // A challenge with only categorical statements has no agreed score.
    let agreed = (session.agreed.get(&c.id))
        .filter(|_| model.has_ordinal(c))
        .map(|a| a.severity_on(model.challenge_scale(c)));
    let min_consensus = statements
        .iter()
        .filter_map(|s| s.consensus)
        .min_by(f64::total_cmp);
    let (unknown, total) = tallies
        .iter()
        .flatten()
        .fold((0, 0), |(u, t), x| (u + x.unknown, t + x.total()));
    let has_unknown = (c.statements.iter()).any(|s| model.statement_scale(c, s).unknown.is_some());
    ChallengeResult {
        id: c.id.clone(),
        computed,
        agreed,
        min_consensus,
        // None where no statement's scale has vet ej: a share of it is no share.
        unknown_share: (total > 0 && has_unknown).then(|| f64::from(unknown) / f64::from(total)),
        knowledge_gap: statements.iter().any(StatementStats::knowledge_gap),
        uncertain: statements
            .iter()
            .any(|s| s.uncertain(session.is_self_assessment())),
        role_means: means.challenge,
        group_tallies: means.tallies,
        waiting: session.waiting(&c.id),
        rounds: rounds::statement_rounds(session, model, c),
        careless: session.careless_rounds(c),
        statements,
    }
}

fn circle(model: &Assessment, challenges: &[ChallengeResult]) -> Option<CircleResult> {
    let causal = model.causal.as_ref()?;
    let sev = |id: &str| {
        challenges
            .iter()
            .find(|c| c.id == id)
            .and_then(ChallengeResult::severity)
    };
    let links: Vec<LinkResult> = causal
        .links
        .iter()
        .map(|l| LinkResult {
            from: l.from.clone(),
            to: l.to.clone(),
            strength: sev(&l.from).zip(sev(&l.to)).map(|(a, b)| (a * b).sqrt()),
            uncertain: challenges
                .iter()
                .any(|c| (c.id == l.from || c.id == l.to) && c.uncertain),
        })
        .collect();
    let severities: Option<Vec<f64>> = challenges.iter().map(ChallengeResult::severity).collect();
    let loop_strength = if causal.cycle {
        severities.and_then(|s| geometric_mean(&s))
    } else {
        None
    };
    let strongest = links
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.strength.map(|s| (i, s)))
        .fold(None, |best: Option<(usize, f64)>, (i, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((i, s)),
        })
        .map(|(i, _)| i);
    // Ties are judged as the reader sees the numbers: rounded to whole ones.
    let top = strongest.and_then(|i| links[i].strength).map(f64::round);
    let strongest_tied = links
        .iter()
        .enumerate()
        .filter(|(_, l)| top.is_some() && l.strength.map(f64::round) == top)
        .map(|(i, _)| i)
        .collect();
    Some(CircleResult {
        links,
        loop_strength,
        strongest,
        strongest_tied,
    })
}
