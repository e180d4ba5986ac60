//! The reference figures of the model's report, as the report gives them:
//! shown beside the group's own, never as a target, with their caution.
//! They are the report's published figures, not the session's, so nothing of
//! a participant is in them; no difference, ranking or colour is computed
//! between them and the group's figures (docs/model-format.md, "Reference
//! figures"). A figure the report gives for one group has the workshop's own
//! share for the group with the same id beside it, where the privacy rules
//! show that group apart; so has every figure of a reference for one group.

use crate::model::assessment::{AnswerKey, Assessment, Beside, Figure, Reference};
use crate::model::scoring::Analysis;
use crate::text::Lang;

/// One reference, ready to be written.
#[derive(Debug)]
pub struct ReferenceFinding<'a> {
    pub reference: &'a Reference,
    /// What it stands beside: the statement's text or the dimension's name.
    pub beside: String,
    /// The statement's or dimension's id.
    pub beside_id: &'a str,
    /// "statement" or "dimension", as the JSON names the kind.
    pub beside_kind: &'static str,
    /// For a reference for one group, that group: (the id exports give it,
    /// its name).
    pub group: Option<(&'a str, String)>,
    pub figures: Vec<FigureRow<'a>>,
}

/// One figure of a reference, its answer in the scale's words.
#[derive(Debug, PartialEq)]
pub struct FigureRow<'a> {
    pub answer: AnswerKey,
    /// The answer's label on the scale it is given on.
    pub label: String,
    /// The group it is a share of, for a figure per group: (the id exports
    /// give it, its name).
    pub group: Option<(&'a str, String)>,
    pub percent: f64,
    pub count: Option<u32>,
    /// For a figure per group, or any figure of a reference for one group,
    /// the workshop's own group of that id: how many of its answers were this
    /// answer, of how many; none where the group is not shown apart (too few,
    /// merged, or not the breakdown's).
    pub workshop: Option<(u64, u64)>,
    /// The name of the reference's one group, on a figure not itself per
    /// group, where the workshop's own share of that group stands beside it:
    /// the figure then names the group as a figure per group does, so that
    /// the share is not read as the whole room's.
    pub beside_group: Option<String>,
}

/// The model's references in its order; none for a model without.
pub(super) fn references<'a>(
    m: &'a Assessment,
    a: &Analysis,
    lang: Lang,
) -> Vec<ReferenceFinding<'a>> {
    (m.references.iter())
        .map(|r| finding(m, r, Some(a), lang))
        .collect()
}

/// The statements whose answers a figure about `answer` beside `beside`
/// counts, and the result of their dimension: the statement itself, or the
/// dimension's statements on the reference's scale (every one, for vet ej).
fn counted<'a>(
    m: &'a Assessment,
    a: &'a Analysis,
    beside: &Beside,
    answer: AnswerKey,
) -> Option<(&'a crate::model::scoring::ChallengeResult, Vec<&'a str>)> {
    let c = match beside {
        Beside::Statement(id) => m.statements().find(|(_, s)| s.id == *id)?.0,
        Beside::Dimension(id) => m.challenge(id)?,
    };
    let result = a.challenges.iter().find(|r| r.id == c.id)?;
    let scale = m.scale_for_reference(beside)?;
    let ids = (c.statements.iter())
        .filter(|s| match beside {
            Beside::Statement(id) => s.id == *id,
            Beside::Dimension(_) => {
                answer == AnswerKey::Unknown || m.statement_scale(c, s).id == scale.id
            }
        })
        .map(|s| s.id.as_str())
        .collect();
    Some((result, ids))
}

/// `r` of `m` as it is written in `lang`, with the workshop's own shares from
/// `a` beside a figure per group; the screens show it as the reports do.
pub fn finding<'a>(
    m: &'a Assessment,
    r: &'a Reference,
    a: Option<&Analysis>,
    lang: Lang,
) -> ReferenceFinding<'a> {
    let (beside, beside_id, beside_kind) = match &r.beside {
        Beside::Statement(id) => (
            m.statements()
                .find(|(_, s)| s.id == *id)
                .map_or_else(|| id.clone(), |(_, s)| s.text.get(lang).to_owned()),
            id.as_str(),
            "statement",
        ),
        Beside::Dimension(id) => (
            m.challenge(id)
                .map_or_else(|| id.clone(), |c| c.name.get(lang).to_owned()),
            id.as_str(),
            "dimension",
        ),
    };
    let scale = m.scale_for_reference(&r.beside);
    let label = |answer: AnswerKey| match (answer, scale) {
        (AnswerKey::Value(v), Some(scale)) => scale
            .option(v)
            .map_or_else(|| v.to_string(), |o| o.label.get(lang).to_owned()),
        (AnswerKey::Value(v), None) => v.to_string(),
        (AnswerKey::Unknown, _) => scale.and_then(|s| s.unknown.as_ref()).map_or_else(
            || crate::tr!(lang, "report-dont-know"),
            |t| t.get(lang).to_owned(),
        ),
    };
    // The id exports give the group, as they give it everywhere else.
    let group = |id: &'a str| -> (&'a str, String) {
        m.groupings.iter().find_map(|g| g.group(id)).map_or_else(
            || (id, id.to_owned()),
            |g| (g.export_id(), g.name.get(lang).to_owned()),
        )
    };
    let reference_group = r.group.as_deref().map(group);
    let figures = r
        .figures
        .iter()
        .map(|f| {
            // The group whose workshop share stands beside the figure: its
            // own, or the one group the whole reference concerns.
            let of = match f {
                Figure::GroupShare { group, .. } => Some(group.as_str()),
                _ => r.group.as_deref(),
            };
            let workshop = of.zip(a).and_then(|(group, a)| {
                counted(m, a, &r.beside, f.answer())
                    .and_then(|(result, ids)| result.group_share(group, &ids, f.answer()))
            });
            FigureRow {
                answer: f.answer(),
                label: label(f.answer()),
                group: match f {
                    Figure::GroupShare { group: id, .. } => Some(group(id)),
                    _ => None,
                },
                percent: f.percent(),
                count: match f {
                    Figure::Count { count, .. } => Some(*count),
                    _ => None,
                },
                workshop,
                beside_group: match (f, &reference_group, workshop) {
                    (Figure::GroupShare { .. }, ..) | (_, None, _) | (_, _, None) => None,
                    (_, Some((_, name)), Some(_)) => Some(name.clone()),
                },
            }
        })
        .collect();
    ReferenceFinding {
        reference: r,
        beside,
        beside_id,
        beside_kind,
        group: reference_group,
        figures,
    }
}

impl FigureRow<'_> {
    /// "Ja 40,7 % (44)", "Osäker 33,3 %", or with its group first:
    /// "Förvaltning X: Vet ej 38,3 %". The report's own precision: one decimal.
    pub fn words(&self, lang: Lang) -> String {
        let share = format!("{} %", crate::text::decimal(lang, self.percent, 1));
        let count = self.count.map(|c| format!(" ({c})")).unwrap_or_default();
        let workshop = self.workshop.map_or_else(String::new, |(count, total)| {
            let percent = crate::text::whole_percent(count, total);
            format!(
                " · {}",
                crate::tr!(
                    lang,
                    "report-reference-workshop",
                    percent = percent,
                    count = count,
                    total = total
                )
            )
        });
        let name = (self.group.as_ref().map(|(_, name)| name)).or(self.beside_group.as_ref());
        match name {
            Some(name) => format!("{name}: {} {share}{count}{workshop}", self.label),
            None => format!("{} {share}{count}", self.label),
        }
    }
}

impl ReferenceFinding<'_> {
    /// The facts beside the figures: n, when collected, as far as the report says.
    pub fn facts(&self, lang: Lang) -> Vec<String> {
        let r = self.reference;
        let mut facts = Vec::new();
        if let Some(n) = r.n {
            facts.push(crate::tr!(lang, "report-reference-n", n = n));
        }
        if let Some(when) = &r.collected {
            facts.push(crate::tr!(
                lang,
                "report-reference-collected",
                when = when.as_str()
            ));
        }
        facts
    }

    /// Whom the figures concern, for a reference for one group, by the
    /// group's name.
    pub fn concerns(&self, lang: Lang) -> Option<String> {
        let (_, name) = self.group.as_ref()?;
        Some(crate::tr!(
            lang,
            "report-reference-group",
            group = name.as_str()
        ))
    }

    /// The question as the report asked it, with its source, where the model
    /// gives it.
    pub fn asked(&self, lang: Lang) -> Option<String> {
        let asked = self.reference.asked.as_ref()?;
        Some(format!(
            "{}: {} ({})",
            crate::tr!(lang, "report-reference-asked"),
            asked.text.get(lang),
            asked.source
        ))
    }
}
