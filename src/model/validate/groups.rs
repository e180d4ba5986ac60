//! The rules for a model's groupings: each has groups, every group id is one
//! word a session file can name it by, exports tell the groups apart, and
//! every grouping and group says where in the source it comes from. Ids
//! unique across groupings are checked with every other id (`super`).

use super::LazyLocator;
use crate::error::{Error, Pos, Problem, Result};
use crate::locate::{Locator, Place};
use crate::model::assessment::Assessment;
use crate::model::groups::is_group_id;
use std::collections::BTreeSet;

/// The id exports give the groups merged for privacy, which no group may take.
pub const MERGED_EXPORT_ID: &str = "merged";

/// Checks the groupings in the file's order.
pub(super) fn groupings(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    let grouping_at = |id: &str| loc.place(&Place::start().key("groupings").value(id));
    let group_at = |grouping: &str, id: &str| {
        loc.place(&Place::start().key("groupings").value(grouping).value(id))
    };
    let mut exported = BTreeSet::from([MERGED_EXPORT_ID]);
    for grouping in &model.groupings {
        if grouping.groups.is_empty() {
            let id = grouping.id.clone();
            return Err(fail(
                grouping_at(&grouping.id),
                Problem::Group(crate::error::GroupProblem::EmptyGrouping { id }),
            ));
        }
        if grouping.source.trim().is_empty() {
            let (kind, id) = ("grouping", grouping.id.clone());
            return Err(fail(
                grouping_at(&grouping.id),
                Problem::WithoutSource { kind, id },
            ));
        }
        for group in &grouping.groups {
            let at = || group_at(&grouping.id, &group.id);
            if !is_group_id(&group.id) {
                let id = group.id.clone();
                return Err(fail(
                    at(),
                    Problem::Group(crate::error::GroupProblem::BadGroupId { id }),
                ));
            }
            if group.source.trim().is_empty() {
                let (kind, id) = ("group", group.id.clone());
                return Err(fail(at(), Problem::WithoutSource { kind, id }));
            }
            let export = group.export_id();
            if export.trim().is_empty() || !exported.insert(export) {
                let at = loc.value("export_id", export, 0).or_else(at);
                let (kind, id) = ("group", export.to_owned());
                return Err(fail(at, Problem::DuplicateId { kind, id }));
            }
        }
    }
    // A dimension's note on the groups names a grouping the model has.
    for (i, c) in model.challenges.iter().enumerate() {
        let Some(id) = c.group_note.as_ref().and_then(|n| n.grouping.as_deref()) else {
            continue;
        };
        if model.groupings.iter().all(|g| g.id != id) {
            let nth = (model.challenges[..i].iter())
                .filter(|e| e.group_note.as_ref().and_then(|n| n.grouping.as_deref()) == Some(id))
                .count();
            let (kind, id) = ("grouping", id.to_owned());
            let at = loc.value("grouping", &id, nth);
            return Err(fail(at, Problem::DanglingId { kind, id }));
        }
    }
    Ok(())
}
