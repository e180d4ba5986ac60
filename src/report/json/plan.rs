//! The action plan in the JSON export: each item with what it carries out.
//! An item for a measure of an alternative has `measure` (and an empty
//! `recommendation`); an item for a recommendation has no `measure`, so that
//! an export without measures is as before (schema v5: an added field keeps
//! the version).

use crate::report::document::PlannedAction;
use crate::text::Lang;
use serde::Serialize;

/// The action plan's item, as the export gives it.
pub(super) fn action<'d>(x: &'d PlannedAction, lang: Lang) -> ActionDoc<'d> {
    ActionDoc {
        recommendation: &x.recommendation_id,
        measure: x.measure.as_ref().map(|m| MeasureDoc {
            alternative: &m.reference.alternative,
            alternative_label: m.alternative.map_or("", |a| a.label.as_str()),
            alternative_name: m.alternative.map_or("", |a| a.name.get(lang)),
            index: m.reference.index,
            text: m.text(lang),
            source: m.step.map_or("", |s| s.source.as_str()),
            earlier_choice: m.earlier_choice,
        }),
        effect_goal: &x.effect_goal,
        owner: &x.owner,
        due: x.due.to_string(),
        status: x.status.key(),
        status_name: x.status.label(lang),
    }
}

/// One item of the action plan.
#[derive(Serialize)]
pub(super) struct ActionDoc<'a> {
    /// The recommendation's id; empty for an item that carries out a measure.
    pub recommendation: &'a str,
    /// The measure of an alternative it carries out; absent for an item for a
    /// recommendation, so that such an export is as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<MeasureDoc<'a>>,
    pub effect_goal: &'a str,
    pub owner: &'a str,
    pub due: String,
    pub status: &'static str,
    pub status_name: String,
}

/// The measure an item of the plan carries out.
#[derive(Serialize)]
pub(super) struct MeasureDoc<'a> {
    /// The alternative's id.
    pub alternative: &'a str,
    /// The alternative's label ("II") and name, in the session's language.
    pub alternative_label: &'a str,
    pub alternative_name: &'a str,
    /// The measure's place among the alternative's own measures, from 0.
    pub index: usize,
    /// The measure's text in the session's language, and its source.
    pub text: String,
    pub source: &'a str,
    /// Planned under an earlier choice, which the choice as it stands no
    /// longer offers.
    pub earlier_choice: bool,
}
