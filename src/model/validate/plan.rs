//! The action plan's items in a session file: each carries out one thing its
//! model has, an adopted recommendation or a measure of an alternative
//! (docs/model-format.md, "Alternatives"), and a fault is placed where the
//! file names what the model lacks.

use crate::error::{Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;
use crate::model::session::Session;

/// Every item of the action plan carries out one thing the model has: a
/// recommendation, placed at its id; or a measure, placed at its alternative's
/// id when the model lacks that, else at the item's `measure`.
pub(super) fn actions(
    s: &Session,
    model: &Assessment,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    loc: &std::cell::LazyCell<Locator, impl FnOnce() -> Locator>,
) -> Result<()> {
    let mut measures = 0;
    for item in &s.actions {
        let Err(problem) = crate::model::plan::may_plan(model, item) else {
            measures += usize::from(item.measure.is_some());
            continue;
        };
        let pos = match (&item.measure, &problem) {
            (
                Some(m),
                Problem::DanglingId {
                    kind: "alternative",
                    ..
                },
            ) => loc.value("alternative", &m.alternative, 0),
            (Some(_), _) => loc.key("measure", measures),
            (None, _) => loc.value("recommendation", &item.recommendation, 0),
        };
        return Err(fail(pos.or_else(|| loc.key("actions", 0)), problem));
    }
    Ok(())
}
