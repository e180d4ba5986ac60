//! The rules for a model's alternatives: at least two to choose between,
//! told apart by id and by label, each with its measures, and every text
//! saying where it comes from.

use super::{LazyLocator, ids};
use crate::error::{ConstructFault, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;

/// Checks the model's alternatives, if it has them.
pub(super) fn alternatives(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    ids: &[(&'static str, &str)],
) -> Result<()> {
    let Some(alternatives) = &model.alternatives else {
        return Ok(());
    };
    let blank = |s: &str| s.trim().is_empty();
    let opening = || loc.key("alternatives", 0);
    let unsourced = alternatives.ask.iter().any(|q| blank(&q.source))
        || alternatives
            .without
            .as_ref()
            .is_some_and(|w| blank(&w.source));
    if blank(&alternatives.source) || unsourced {
        let id = super::first_text(&alternatives.name);
        let problem = Problem::WithoutSource {
            kind: "alternatives",
            id,
        };
        return Err(fail(opening(), problem));
    }
    if alternatives.items.len() < 2 {
        let fault = ConstructFault::TooFewAlternatives;
        return Err(fail(opening(), fault.into()));
    }
    for (i, item) in alternatives.items.iter().enumerate() {
        let at = || ids::place(loc, ids, "alternative", &item.id);
        let earlier = &alternatives.items[..i];
        if earlier.iter().any(|a| a.label == item.label) {
            let nth = earlier.iter().filter(|a| a.label == item.label).count();
            let id = item.label.clone();
            let problem = Problem::DuplicateId {
                kind: "alternative",
                id,
            };
            return Err(fail(loc.value("label", &item.label, nth), problem));
        }
        if item.measures.is_empty() {
            let fault = ConstructFault::NoMeasures {
                id: item.id.clone(),
            };
            return Err(fail(at(), fault.into()));
        }
        if blank(&item.source) || item.measures.iter().any(|m| blank(&m.source)) {
            let id = item.id.clone();
            return Err(fail(
                at(),
                Problem::WithoutSource {
                    kind: "alternative",
                    id,
                },
            ));
        }
    }
    Ok(())
}
