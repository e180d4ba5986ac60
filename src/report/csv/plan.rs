//! The action plan's rows: an item for a recommendation names it; an item
//! for a measure of an alternative names the alternative and the measure (by
//! its place and its text), and whether it was planned under an earlier
//! choice, in columns only a file with such an item has.

use super::{Col, Table, yes_no};
use crate::report::document::PlannedAction;
use crate::text::Lang;

/// The action plan, one row an item, in the order the session keeps it.
pub(super) fn actions(t: &mut Table, plan: &[PlannedAction], lang: Lang) {
    for x in plan {
        let mut cells = vec![
            (Col::RecommendationId, x.recommendation_id.clone()),
            (
                Col::Recommendation,
                x.recommendation.unwrap_or_default().to_owned(),
            ),
            (Col::EffectGoal, x.effect_goal.clone()),
            (Col::Owner, x.owner.clone()),
            (Col::Due, x.due.to_string()),
            (Col::StatusId, x.status.key().to_owned()),
            (Col::Status, x.status.label(lang)),
        ];
        if let Some(m) = &x.measure {
            let alternative = m
                .alternative
                .map_or_else(String::new, |a| format!("{} {}", a.label, a.name.get(lang)));
            cells.extend([
                (Col::AlternativeId, m.reference.alternative.clone()),
                (Col::Alternative, alternative),
                (Col::MeasureIndex, m.reference.index.to_string()),
                (Col::Measure, m.text(lang)),
                (Col::EarlierChoice, yes_no(lang, m.earlier_choice)),
                (
                    Col::Source,
                    m.step.map_or_else(String::new, |s| s.source.clone()),
                ),
            ]);
        }
        t.row(crate::tr!(lang, "csv-section-action"), cells);
    }
}
