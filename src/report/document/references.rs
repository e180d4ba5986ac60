//! The reference figures of the model's report, as the report gives them:
//! shown beside the group's own, never as a target, with their caution.
//! They are the report's published figures, not the session's, so nothing of
//! a participant is in them; no difference, ranking or colour is computed
//! between them and the group's figures (docs/model-format.md, "Reference
//! figures").

use crate::model::assessment::{AnswerKey, Assessment, Beside, Figure, Reference};
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
}

/// The model's references in its order; none for a model without.
pub(super) fn references(m: &Assessment, lang: Lang) -> Vec<ReferenceFinding<'_>> {
    m.references.iter().map(|r| finding(m, r, lang)).collect()
}

/// `r` of `m` as it is written in `lang`; the screens show it as the reports do.
pub fn finding<'a>(m: &'a Assessment, r: &'a Reference, lang: Lang) -> ReferenceFinding<'a> {
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
    let group = |id: &'a str| {
        m.groupings.iter().find_map(|g| g.group(id)).map_or_else(
            || (id, id.to_owned()),
            |g| (g.export_id(), g.name.get(lang).to_owned()),
        )
    };
    let figures = r
        .figures
        .iter()
        .map(|f| FigureRow {
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
        })
        .collect();
    ReferenceFinding {
        reference: r,
        beside,
        beside_id,
        beside_kind,
        figures,
    }
}

impl FigureRow<'_> {
    /// "Ja 40,7 % (44)", "Osäker 33,3 %", or with its group first:
    /// "Förvaltning X: Vet ej 38,3 %". The report's own precision: one decimal.
    pub fn words(&self, lang: Lang) -> String {
        let share = format!("{} %", crate::text::decimal(lang, self.percent, 1));
        let count = self.count.map(|c| format!(" ({c})")).unwrap_or_default();
        match &self.group {
            Some((_, name)) => format!("{name}: {} {share}{count}", self.label),
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
}
