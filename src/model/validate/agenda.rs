//! The rules an agenda template keeps: it has items, each names a step or a
//! challenge the model has, with 1 to [`MOST_MINUTES`] minutes, and it says
//! where it comes from.
//!
//! [`MOST_MINUTES`]: crate::model::agenda::MOST_MINUTES

use super::LazyLocator;
use crate::error::{Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::agenda::{Part, check_minutes, check_part};
use crate::model::assessment::Assessment;

/// Checks every agenda template of `model`.
pub(super) fn agendas(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    // Each item has one `minutes` field, so the nth item of all the agendas
    // is at the nth `minutes` of the file.
    let mut nth_item = 0;
    // A part's id may be named by several items: each is found after the last.
    let mut named = std::collections::BTreeMap::<&str, usize>::new();
    for agenda in &model.agendas {
        if agenda.items.is_empty() {
            return Err(fail(
                loc.value("id", &agenda.id, 0),
                Problem::EmptyAgenda {
                    id: agenda.id.clone(),
                },
            ));
        }
        if agenda.source.trim().is_empty() {
            return Err(fail(
                loc.value("id", &agenda.id, 0),
                Problem::WithoutSource {
                    kind: "agenda",
                    id: agenda.id.clone(),
                },
            ));
        }
        for item in &agenda.items {
            let id = match &item.part {
                Part::Step(id) | Part::Challenge(id) => Some(id.as_str()),
                Part::Break => None,
            };
            let seen = id.map(|id| {
                let n = named.entry(id).or_insert(0);
                *n += 1;
                *n - 1
            });
            if let Err(problem) = check_part(model, &item.part) {
                let pos = id
                    .zip(seen)
                    .and_then(|(id, n)| loc.value("part", id, n))
                    .or_else(|| loc.key("minutes", nth_item));
                return Err(fail(pos, problem));
            }
            if let Err(problem) = check_minutes(item.minutes) {
                return Err(fail(loc.key("minutes", nth_item), problem));
            }
            nth_item += 1;
        }
    }
    Ok(())
}
