//! The action plan's rows.

use super::{Col, Table};
use crate::report::document::PlannedAction;
use crate::text::Lang;

/// The action plan, one row an item, in the order the session keeps it.
pub(super) fn actions(t: &mut Table, plan: &[PlannedAction], lang: Lang) {
    for x in plan {
        t.row(
            crate::tr!(lang, "csv-section-action"),
            vec![
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
            ],
        );
    }
}
