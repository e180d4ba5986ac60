//! The rules for a model's speaker notes: every text says where in the source
//! it comes from (a question of klarhet's own says what it builds on), and each
//! step of the workshop has its notes in one place, under a step it has.

use super::LazyLocator;
use crate::error::{Error, Pos, Problem, Result};
use crate::locate::{Locator, Place};
use crate::model::assessment::{Assessment, Question, SourcedText};
use std::collections::BTreeSet;

/// Checks the speaker notes of every challenge, then those of the steps.
pub(super) fn notes(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    // The place of a blank source: the blank text itself, the first after where
    // the notes' owner stands.
    let at = |owner: Place, blank: &str| loc.place(&owner.then(Place::start().value(blank)));
    for c in &model.challenges {
        if let Some(blank) = blank_source(c.say.as_ref(), &c.ask) {
            let owner = Place::start().key("challenges").value(&c.id);
            return Err(fail(
                at(owner, blank),
                Problem::NotesWithoutSource { of: c.id.clone() },
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, notes) in model.speaker_notes.iter().enumerate() {
        let owner = Place::start().key("speaker_notes").nth_key("step", i);
        // Notes for a step the model's workshop lacks would never be shown.
        let known = notes.step == "start" || model.has_step(&notes.step);
        if !known || !seen.insert(notes.step.as_str()) {
            return Err(fail(
                loc.place(&owner.value(&notes.step)),
                Problem::NotesStep {
                    step: notes.step.clone(),
                    again: known,
                    steps: std::iter::once("start")
                        .chain(model.built_in_keys())
                        .collect(),
                },
            ));
        }
        if let Some(blank) = blank_source(notes.say.as_ref(), &notes.ask) {
            return Err(fail(
                at(owner, blank),
                Problem::NotesWithoutSource {
                    of: notes.step.clone(),
                },
            ));
        }
    }
    Ok(())
}

/// The first source among `say` and `ask` that says nothing.
fn blank_source<'a>(say: Option<&'a SourcedText>, ask: &'a [Question]) -> Option<&'a str> {
    say.map(|s| s.source.as_str())
        .into_iter()
        .chain(ask.iter().map(|q| q.source.as_str()))
        .find(|s| s.trim().is_empty())
}
