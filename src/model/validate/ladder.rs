//! The rules a ladder keeps: it has levels, they rise, and where the ladder
//! says where its levels come from, each level says so.

use super::LazyLocator;
use crate::error::{Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::{Assessment, Ladder};

/// Checks the model's ladder, if it has one.
pub(super) fn ladder(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    let Some(ladder) = &model.levels else {
        return Ok(());
    };
    let mut last = None;
    for (i, level) in ladder.steps.iter().enumerate() {
        if last.is_some_and(|l| level.level <= l) {
            return Err(fail(
                loc.key("level", i),
                Problem::LevelNotRising { level: level.level },
            ));
        }
        last = Some(level.level);
    }
    if ladder.steps.is_empty() {
        return Err(fail(loc.key("levels", 0), Problem::NoLevels));
    }
    if sources_required(ladder) {
        let blank = ladder.steps.iter().position(|l| l.source.trim().is_empty());
        if let Some(i) = blank {
            let id = ladder.steps[i].level.to_string();
            return Err(fail(
                loc.key("level", i),
                Problem::WithoutSource { kind: "level", id },
            ));
        }
    }
    Ok(())
}

/// True when every level must say where it comes from: when one of them
/// does, or calls its name klarhet's (which only a source can say what it
/// builds on). A format-1 ladder names its sources on the ladder alone; a
/// format-2 model requires them on every level too.
fn sources_required(ladder: &Ladder) -> bool {
    ladder
        .steps
        .iter()
        .any(|l| !l.source.trim().is_empty() || l.own_name)
}
