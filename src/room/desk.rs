//! The room's desk: what the one owner of the session (the workbench, or `klarhet
//! room`) does with a phone's request. Pure: a request and the session in, a reply
//! and the changes to keep out; the owner keeps the changes on disk before it
//! sends the reply, so a phone is told "sparat" only for what is saved. No reply
//! ever carries a count or another seat's state: a phone learns which seats are
//! free, the statements, how far it has got itself and, while its ballot is
//! open, its own answers (the phone is its owner's, who may see what they saved).

use crate::model::assessment::{Assessment, Challenge, Statement};
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::room::seat_hash;
use crate::model::round::RoundNo;
use crate::model::session::{Answer, Session};
use crate::text::Lang;
use std::collections::BTreeMap;

pub use super::messages::{Item, Reply, Request, Seat, Slot};

/// The room as its owner runs it: the challenges it asks about, and the rounds
/// whose results have been shown since it opened, which phones can no longer
/// answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// The ids of the challenges the room asks about, in the model's order, as
    /// [`Session::room_scope`] chose them: never one whose results were shown
    /// before the room opened.
    pub scope: Vec<String>,
    /// Per challenge shown on the screen since the room opened, the round
    /// shown: a later round of it is the phones' to answer again.
    shown: BTreeMap<String, RoundNo>,
    /// The ids of the sets of open prompts put to the phones, in the order
    /// they were put (see `desk_prompts`).
    pub(super) sets: Vec<String>,
    /// The polls put to the phones, in the order they were put (see
    /// `desk_polls`).
    pub(super) polls: Vec<crate::model::picks::Poll>,
}

impl Desk {
    /// A room that asks about the challenges `scope` names.
    pub fn new(scope: Vec<String>) -> Desk {
        Desk {
            scope,
            shown: BTreeMap::new(),
            sets: Vec::new(),
            polls: Vec::new(),
        }
    }

    /// Notes that round `round` of challenge `c` was shown on the screen: its
    /// phones are sent to the screen.
    pub fn show(&mut self, c: &str, round: RoundNo) {
        self.shown.insert(c.to_owned(), round);
    }

    /// True when the results of `c`'s current round have been shown since the
    /// room opened.
    pub fn shown_now(&self, session: &Session, c: &str) -> bool {
        self.shown.get(c) == Some(&session.current_round(c))
    }

    /// Asks about `c` too (a later round of it opened for phones while the room
    /// is open), in the model's order.
    pub fn ask(&mut self, model: &Assessment, c: &str) {
        if !self.scope.iter().any(|id| id == c) {
            self.scope.push(c.to_owned());
            let order = |id: &String| model.challenges.iter().position(|x| x.id == *id);
            self.scope.sort_by_key(order);
        }
    }

    /// The challenges the room asks about, in the model's order, shown or not.
    pub fn challenges<'m>(&self, model: &'m Assessment) -> Vec<&'m Challenge> {
        model
            .challenges
            .iter()
            .filter(|c| self.scope.contains(&c.id))
            .collect()
    }

    /// True when phones can no longer answer `c`: its current round's results
    /// were shown since the room opened, or (a file changed under the room)
    /// before, or its current round is another channel's.
    pub(super) fn closed(&self, session: &Session, c: &Challenge) -> bool {
        self.shown_now(session, &c.id) || !session.room_may_ask(c)
    }

    /// The challenges phones can still answer.
    pub(super) fn open<'m>(&self, session: &Session, model: &'m Assessment) -> Vec<&'m Challenge> {
        let mut open = self.challenges(model);
        open.retain(|c| !self.closed(session, c));
        open
    }
}

/// Serves `request` against `session`, changing it; gives the reply and the
/// changes the owner must keep on disk before sending it.
pub fn serve(
    session: &mut Session,
    model: &Assessment,
    desk: &Desk,
    request: Request,
) -> (Reply, Vec<Change>) {
    let lang = session.language();
    match request {
        Request::Page {
            seat_token,
            statement,
        } => match seat_of(session, seat_token.as_deref()) {
            None => (seats(session, model, lang), vec![]),
            Some(seat) => (
                super::desk_page::page(session, model, desk, seat, statement.as_deref()),
                vec![],
            ),
        },
        Request::Claim { seat, token, held } => {
            if let Some(held) = held.filter(|t| seat_of(session, Some(t)).is_some()) {
                return (Reply::Seated { token: held }, vec![]);
            }
            let hash = seat_hash(&token);
            match session.apply(model, Command::TakeSeat { seat, hash }) {
                Ok(changes) => (Reply::Seated { token }, changes),
                Err(crate::error::Problem::SeatTaken { .. }) => (Reply::Taken, vec![]),
                Err(problem) => (refused(model, lang, &problem), vec![]),
            }
        }
        Request::Answer {
            seat_token,
            statement,
            answer,
        } => {
            let Some(seat) = seat_of(session, seat_token.as_deref()) else {
                return (seats(session, model, lang), vec![]);
            };
            answer_from(session, model, desk, seat, &statement, answer)
        }
        Request::Write {
            seat_token,
            set,
            answers,
        } => {
            let Some(seat) = seat_of(session, seat_token.as_deref()) else {
                return (seats(session, model, lang), vec![]);
            };
            super::desk_prompts::write_from(session, model, desk, seat, &set, answers)
        }
        Request::Pick {
            seat_token,
            poll,
            choice,
        } => {
            let Some(seat) = seat_of(session, seat_token.as_deref()) else {
                return (seats(session, model, lang), vec![]);
            };
            super::desk_polls::pick_from(session, model, desk, seat, &poll, choice)
        }
    }
}

fn answer_from(
    session: &mut Session,
    model: &Assessment,
    desk: &Desk,
    seat: u32,
    statement: &str,
    answer: Option<Answer>,
) -> (Reply, Vec<Change>) {
    let lang = session.language();
    let Some((c, index)) = place(session, desk, model, statement) else {
        // A page kept from before: its challenge's results have been shown, so
        // the room does not ask about it, or its round has moved on to other
        // statements. The phone is sent to the screen.
        let earlier = model
            .challenges
            .iter()
            .find(|c| c.statements.iter().any(|s| s.id == statement))
            .is_some_and(|c| session.results_shown(c) || !session.in_round(c, statement));
        if earlier {
            return (Reply::Shown, vec![]);
        }
        return (
            Reply::Invalid(crate::tr!(lang, "room-unknown-statement")),
            vec![],
        );
    };
    if desk.closed(session, c) {
        return (Reply::Shown, vec![]);
    }
    let before = session.room().as_ref().map_or(0, |r| r.passed(&c.id, seat));
    let skipped = answer.is_none();
    // `index` is the statement's place in the current round, which is what a
    // seat's progress counts.
    let command = Command::AnswerInRoom {
        challenge: c.id.clone(),
        statement: statement.to_owned(),
        seat,
        answer,
        passed: before.max(index + 1),
    };
    let slot = slot_of(session, model, c, statement);
    match session.apply(model, command) {
        Ok(changes) => {
            let next = next_open(session, model, desk, seat).map(|(_, s)| s.id.clone());
            let statement = statement.to_owned();
            let saved = Reply::Saved {
                statement,
                skipped,
                next,
                slot,
                answer,
            };
            (saved, changes)
        }
        Err(crate::error::Problem::AlreadyCounted { .. }) => (Reply::Shown, vec![]),
        Err(problem) => (refused(model, lang, &problem), vec![]),
    }
}

/// A phone's call refused for `problem`, said in `lang` in the model's words.
pub(super) fn refused(model: &Assessment, lang: Lang, problem: &crate::error::Problem) -> Reply {
    Reply::Invalid(problem.describe_in(lang, &model.words(lang)))
}

/// The seat a phone's token holds.
fn seat_of(session: &Session, token: Option<&str>) -> Option<u32> {
    session.room().as_ref()?.seat_of(token?)
}

/// The seat page: everyone's seat, and whether it is taken.
fn seats(session: &Session, model: &Assessment, lang: Lang) -> Reply {
    let taken = |id: u32| {
        session
            .room()
            .as_ref()
            .is_some_and(|r| r.seats().contains_key(&id))
    };
    let seats = (0..session.voter_count())
        .filter_map(|i| session.voter_id(i))
        .map(|id| {
            let label = match session.participant(id) {
                // The group of the breakdown only: no page crosses two groupings.
                Some(p) => match session
                    .breakdown(model)
                    .and_then(|b| session.group_in(model, p, b))
                {
                    Some(g) => format!("{} · {}", p.alias, session.group_name(model, g, lang)),
                    None => p.alias.clone(),
                },
                None => crate::tr!(lang, "room-seat", seat = id.to_string()),
            };
            Seat {
                id,
                label,
                taken: taken(id),
            }
        })
        .collect();
    Reply::Seats {
        organisation: session.organisation().clone(),
        seats,
    }
}

/// Where `statement` of `c` is, for the phone's own memory of its answers.
pub(super) fn slot_of(
    session: &Session,
    model: &Assessment,
    c: &Challenge,
    statement: &str,
) -> Slot {
    Slot {
        challenge: model
            .challenges
            .iter()
            .position(|x| x.id == c.id)
            .unwrap_or(0),
        statement: c
            .statements
            .iter()
            .position(|s| s.id == statement)
            .unwrap_or(0),
        round: session.current_round(&c.id),
    }
}

/// The first statement of an open challenge that `seat` has not passed.
pub(super) fn next_open<'m>(
    session: &Session,
    model: &'m Assessment,
    desk: &Desk,
    seat: u32,
) -> Option<(&'m Challenge, &'m Statement)> {
    desk.open(session, model).into_iter().find_map(|c| {
        if session.finished(c, seat) {
            return None;
        }
        let passed = session.room().as_ref().map_or(0, |r| r.passed(&c.id, seat));
        session.asked_now(c).get(passed).map(|s| (c, *s))
    })
}

/// The challenge of the room whose current round asks `statement`, and the
/// statement's index in that round.
pub(super) fn place<'m>(
    session: &Session,
    desk: &Desk,
    model: &'m Assessment,
    statement: &str,
) -> Option<(&'m Challenge, usize)> {
    desk.challenges(model).into_iter().find_map(|c| {
        session
            .asked_now(c)
            .iter()
            .position(|s| s.id == statement)
            .map(|i| (c, i))
    })
}

#[cfg(test)]
#[path = "desk_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "desk_round_tests.rs"]
mod round_tests;
