//! The room's open prompts: the sets the facilitator has put to the phones,
//! and a phone's answers to one, written on the phone and sent once, finished
//! (docs/model-format.md, "Open prompts"). Like a ballot, the answers are the
//! phone's own until they are sent; from then on the session keeps them only
//! without the seat's name, and the phone is never shown them again, nor
//! anything anyone else wrote.

use super::desk::Desk;
use super::messages::{Prompts, Reply};
use crate::model::assessment::{Assessment, PromptSet};
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::open_answers::{MAX_ANSWERS, MAX_CHARS};
use crate::model::session::Session;
use std::borrow::Cow;

impl Desk {
    /// Puts the set `id` to the phones too, after those put before it.
    pub fn offer(&mut self, id: &str) {
        if !self.sets.iter().any(|s| s == id) {
            self.sets.push(id.to_owned());
        }
    }

    /// Takes the set `id` from the phones: they can no longer write to it.
    pub fn withdraw(&mut self, id: &str) {
        self.sets.retain(|s| s != id);
    }

    /// The sets put to the phones, in the order they were put.
    pub fn sets(&self) -> &[String] {
        &self.sets
    }

    /// The first set put to the phones that `seat` has not written to.
    pub(super) fn set_to_write<'m>(
        &self,
        session: &Session,
        model: &'m Assessment,
        seat: u32,
    ) -> Option<Cow<'m, PromptSet>> {
        self.sets.iter().find_map(|id| {
            let set = session.prompt_set(model, id).ok()?;
            let written = session.answers_to(id).is_some_and(|a| a.has_written(seat));
            (!written).then_some(set)
        })
    }

    /// True when `seat` has written to every set put to the phones, and at
    /// least one was.
    pub(super) fn wrote_all(&self, session: &Session, seat: u32) -> bool {
        !self.sets.is_empty()
            && self
                .sets
                .iter()
                .all(|id| session.answers_to(id).is_some_and(|a| a.has_written(seat)))
    }
}

/// The page of `set` for a phone.
pub(super) fn prompts_page(session: &Session, set: &PromptSet) -> Reply {
    let lang = session.language();
    Reply::Prompts(Prompts {
        set: set.id.clone(),
        name: set.name.get(lang).to_owned(),
        intro: set.intro.as_ref().map(|i| i.text.get(lang).to_owned()),
        prompts: set
            .prompts
            .iter()
            .map(|p| {
                let own = (p.own || set.own).then(|| p.source.clone());
                (p.text.get(lang).to_owned(), own)
            })
            .collect(),
        answers: MAX_ANSWERS,
        chars: MAX_CHARS,
        together: session.min_writers(),
    })
}

/// Keeps `seat`'s finished answers to `set`, each given with its prompt's
/// place in the set.
pub(super) fn write_from(
    session: &mut Session,
    model: &Assessment,
    desk: &Desk,
    seat: u32,
    set: &str,
    answers: Vec<(usize, String)>,
) -> (Reply, Vec<Change>) {
    let lang = session.language();
    let Some(prompts) = desk
        .sets
        .iter()
        .any(|s| s == set)
        .then(|| session.prompt_set(model, set).ok())
        .flatten()
    else {
        // A page kept from before the facilitator took the set back, or a
        // set the room never put: nothing to keep.
        return (
            Reply::Invalid(crate::tr!(lang, "room-prompts-closed")),
            vec![],
        );
    };
    if session.answers_to(set).is_some_and(|a| a.has_written(seat)) {
        // Sent twice (the reply was lost on the way): kept the first time.
        return (Reply::Wrote, vec![]);
    }
    let mut by_prompt: Vec<(String, Vec<String>)> = prompts
        .prompts
        .iter()
        .map(|p| (p.id.clone(), Vec::new()))
        .collect();
    for (index, text) in answers {
        match by_prompt.get_mut(index) {
            Some((_, texts)) => texts.push(text),
            None => {
                return (Reply::Invalid(crate::tr!(lang, "room-bad-form")), vec![]);
            }
        }
    }
    let command = Command::Write {
        set: set.to_owned(),
        writer: seat,
        answers: by_prompt,
    };
    match session.apply(model, command) {
        Ok(changes) => (Reply::Wrote, changes),
        Err(problem) => (super::desk::refused(model, lang, &problem), vec![]),
    }
}

#[cfg(test)]
#[path = "desk_prompts_tests.rs"]
mod tests;
