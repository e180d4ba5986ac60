//! Tables the Markdown and HTML reports share, as plain text: the action plan's
//! and the role differences'. Each report only adds its own markup.

use super::document::{DivergenceFinding, PlannedAction};
use crate::text::{Lang, decimal};

/// The action plan's rows, earliest due date first.
pub(crate) fn plan_rows(plan: &[PlannedAction], lang: Lang) -> Vec<[String; 5]> {
    let mut actions: Vec<_> = plan.iter().collect();
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
