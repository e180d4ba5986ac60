//! The room's polls: the private votes the facilitator has put to the phones
//! (on the alternatives, or on an area's phase), and a phone's vote in one,
//! sent once. Like a ballot, the vote is the phone's own until it is sent;
//! from then on the session keeps it only without the seat's name, and the
//! phone is never shown it again, nor anyone else's.

use super::desk::Desk;
use super::messages::{PollPage, Reply};
use crate::model::assessment::Assessment;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::picks::{Pick, Poll, choices};
use crate::model::session::Session;

impl Desk {
    /// Puts `poll` to the phones too, after those put before it.
    pub fn offer_poll(&mut self, poll: Poll) {
        if !self.polls.contains(&poll) {
            self.polls.push(poll);
        }
    }

    /// The polls put to the phones, in the order they were put.
    pub fn polls(&self) -> &[Poll] {
        &self.polls
    }

    /// The first poll put to the phones that `seat` has not voted in.
    pub(super) fn poll_to_pick(&self, session: &Session, seat: u32) -> Option<&Poll> {
        (self.polls.iter()).find(|poll| !session.picks(poll).is_some_and(|p| p.has_voted(seat)))
    }

    /// True when `seat` has voted in every poll put to the phones, and at
    /// least one was.
    pub(super) fn picked_all(&self, session: &Session, seat: u32) -> bool {
        !self.polls.is_empty() && self.poll_to_pick(session, seat).is_none()
    }
}

/// The page of `poll` for a phone: the question and the choices in the
/// session's language, the model's words.
pub(super) fn poll_page(session: &Session, model: &Assessment, poll: &Poll) -> Reply {
    let lang = session.language();
    let (question, choices) = match poll {
        Poll::Alternatives => {
            let Some(all) = &model.alternatives else {
                return Reply::Invalid(crate::tr!(lang, "room-poll-closed"));
            };
            let names = (all.items.iter())
                .map(|a| format!("{}  {}", a.label, a.name.get(lang)))
                .collect();
            (all.question.get(lang).to_owned(), names)
        }
        Poll::Area(id) => {
            let Some(phases) = &model.phases else {
                return Reply::Invalid(crate::tr!(lang, "room-poll-closed"));
            };
            let area = (session.areas(model, lang).into_iter())
                .find(|a| a.id == *id)
                .map_or_else(|| id.clone(), |a| a.name);
            let names = (phases.steps.iter())
                .map(|p| {
                    crate::tr!(
                        lang,
                        "tui-phases-phase",
                        number = p.number,
                        name = p.name.get(lang)
                    )
                })
                .collect();
            let question = crate::tr!(lang, "tui-poll-area-question", area = area.as_str());
            (question, names)
        }
    };
    Reply::Poll(PollPage {
        poll: poll.key(),
        question,
        choices,
        together: session.min_writers(),
    })
}

/// Keeps `seat`'s vote in the poll `key`: the choice at `choice` among the
/// poll's, or none for "cannot say".
pub(super) fn pick_from(
    session: &mut Session,
    model: &Assessment,
    desk: &Desk,
    seat: u32,
    key: &str,
    choice: Option<usize>,
) -> (Reply, Vec<Change>) {
    let lang = session.language();
    let Some(poll) = Poll::from_key(key).filter(|p| desk.polls.contains(p)) else {
        // A page kept from a room that no longer puts the poll, or a poll it
        // never put: nothing to keep.
        return (Reply::Invalid(crate::tr!(lang, "room-poll-closed")), vec![]);
    };
    if session.picks(&poll).is_some_and(|p| p.has_voted(seat)) {
        // Sent twice (the reply was lost on the way): kept the first time.
        return (Reply::Picked, vec![]);
    }
    let ids = match choices(model, session, &poll) {
        Ok(ids) => ids,
        Err(problem) => return (super::desk::refused(model, lang, &problem), vec![]),
    };
    let pick = match choice {
        None => Pick::Unsure,
        Some(i) => match ids.get(i) {
            Some(id) => Pick::Choice(id.clone()),
            None => return (Reply::Invalid(crate::tr!(lang, "room-bad-form")), vec![]),
        },
    };
    let command = Command::Pick {
        poll,
        voter: seat,
        pick,
    };
    match session.apply(model, command) {
        Ok(changes) => (Reply::Picked, changes),
        Err(problem) => (super::desk::refused(model, lang, &problem), vec![]),
    }
}

#[cfg(test)]
#[path = "desk_polls_tests.rs"]
mod tests;
