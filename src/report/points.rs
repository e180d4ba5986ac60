//! Tables the Markdown and HTML reports share, as plain text: the action plan's
//! and the role differences'. Each report only adds its own markup.

use super::document::{DivergenceFinding, PlannedAction};
use crate::text::{Lang, decimal};

/// The action plan's rows for recommendations, earliest due date first.
pub(crate) fn plan_rows(plan: &[PlannedAction], lang: Lang) -> Vec<[String; 5]> {
    let mut actions: Vec<_> = plan.iter().filter(|a| a.measure.is_none()).collect();
    actions.sort_by_key(|a| a.due);
    actions
        .into_iter()
        .map(|a| {
            [
                a.recommendation
                    .map_or_else(|| a.recommendation_id.clone(), str::to_owned),
                a.effect_goal.clone(),
                a.owner.clone(),
                a.due.to_string(),
                a.status.label(lang).to_owned(),
            ]
        })
        .collect()
}

/// The action plan's rows for measures of the alternatives, earliest due
/// date first: the alternative's label and name (marked when the measure was
/// planned under an earlier choice), then the measure's text.
pub(crate) fn plan_measure_rows(plan: &[PlannedAction], lang: Lang) -> Vec<[String; 6]> {
    let mut actions: Vec<_> = plan
        .iter()
        .filter_map(|a| Some((a, a.measure.as_ref()?)))
        .collect();
    actions.sort_by_key(|(a, _)| a.due);
    actions
        .into_iter()
        .map(|(a, m)| {
            [
                m.alternative_words(lang),
                m.text(lang),
                a.effect_goal.clone(),
                a.owner.clone(),
                a.due.to_string(),
                a.status.label(lang).to_owned(),
            ]
        })
        .collect()
}

/// One row per flagged pair of role groups.
pub(crate) fn divergence_rows(divergences: &[DivergenceFinding], lang: Lang) -> Vec<[String; 4]> {
    divergences
        .iter()
        .map(|d| {
            [
                d.challenge_name.clone(),
                format!("{} {}", d.names[0], decimal(lang, d.high.1, 1)),
                format!("{} {}", d.names[1], decimal(lang, d.low.1, 1)),
                decimal(lang, d.difference(), 1),
            ]
        })
        .collect()
}
