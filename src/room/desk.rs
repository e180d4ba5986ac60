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
use crate::model::session::{Answer, Session};
use crate::text::Lang;
use std::collections::BTreeSet;

pub use super::messages::{Item, Reply, Request, Seat};

/// The room as its owner runs it: the challenges it asks about, and those whose
/// results have been shown since it opened, which phones can no longer answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// The ids of the challenges the room asks about, in the model's order, as
    /// [`Session::room_scope`] chose them: never one whose results were shown
    /// before the room opened.
    pub scope: Vec<String>,
    /// Challenges shown on the screen since the room opened.
    pub shown: BTreeSet<String>,
}

impl Desk {
    /// A room that asks about the challenges `scope` names.
    pub fn new(scope: Vec<String>) -> Desk {
        Desk {
            scope,
            shown: BTreeSet::new(),
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

    /// True when phones can no longer answer `c`: its results were shown since
    /// the room opened, or (a file changed under the room) before.
    fn closed(&self, session: &Session, c: &Challenge) -> bool {
        self.shown.contains(&c.id) || session.results_shown(c)
    }

    /// The challenges phones can still answer.
    fn open<'m>(&self, session: &Session, model: &'m Assessment) -> Vec<&'m Challenge> {
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
            None => (seats(session, lang), vec![]),
            Some(seat) => (
                page(session, model, desk, seat, statement.as_deref()),
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
                Err(problem) => (Reply::Invalid(problem.describe(lang)), vec![]),
            }
        }
        Request::Answer {
            seat_token,
            statement,
            answer,
        } => {
            let Some(seat) = seat_of(session, seat_token.as_deref()) else {
                return (seats(session, lang), vec![]);
            };
            answer_from(session, model, desk, seat, &statement, answer)
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
    let Some((c, index)) = place(desk, model, statement) else {
        // A page kept from before: its challenge's results have been shown, so
        // the room does not ask about it. The phone is sent to the screen.
        let shown = model
            .challenges
            .iter()
            .find(|c| c.statements.iter().any(|s| s.id == statement))
            .is_some_and(|c| session.results_shown(c));
        if shown {
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
    let command = Command::AnswerInRoom {
        challenge: c.id.clone(),
        statement: statement.to_owned(),
        seat,
        answer,
        passed: before.max(index + 1),
    };
    match session.apply(model, command) {
        Ok(changes) => {
            let next = next_open(session, model, desk, seat).map(|(_, s)| s.id.clone());
            let statement = statement.to_owned();
            let saved = Reply::Saved {
                statement,
                skipped,
                next,
            };
            (saved, changes)
        }
        Err(crate::error::Problem::AlreadyCounted { .. }) => (Reply::Shown, vec![]),
        Err(problem) => (Reply::Invalid(problem.describe(lang)), vec![]),
    }
}

/// The seat a phone's token holds.
fn seat_of(session: &Session, token: Option<&str>) -> Option<u32> {
    session.room().as_ref()?.seat_of(token?)
}

/// The seat page: everyone's seat, and whether it is taken.
fn seats(session: &Session, lang: Lang) -> Reply {
    let taken = |id: u32| {
        session
            .room()
            .as_ref()
            .is_some_and(|r| r.seats.contains_key(&id))
    };
    let seats = (0..session.voter_count())
        .filter_map(|i| session.voter_id(i))
        .map(|id| {
            let label = match session.participants().iter().find(|p| p.id == id) {
                Some(p) => format!("{} · {}", p.alias, p.role.label(lang)),
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

/// The statement `asked` if it is open, else the first this seat has not passed,
/// else the end.
fn page(
    session: &Session,
    model: &Assessment,
    desk: &Desk,
    seat: u32,
    asked: Option<&str>,
) -> Reply {
    let lang = session.language();
    let asked = asked.and_then(|id| place(desk, model, id));
    if asked.is_some_and(|(c, _)| desk.closed(session, c)) {
        return Reply::Shown;
    }
    let open = desk.open(session, model);
    if open.is_empty() {
        return Reply::Shown;
    }
    if asked.is_some_and(|(c, _)| session.finished(c, seat)) {
        return Reply::Shown;
    }
    let chosen = match asked {
        Some((c, i)) => Some((c, &c.statements[i])),
        None => next_open(session, model, desk, seat),
    };
    let Some((c, s)) = chosen else {
        let items = open
            .iter()
            .flat_map(|c| c.statements.iter().map(move |s| (*c, s)))
            .map(|(c, s)| item(session, lang, seat, c, s))
            .collect();
        return Reply::Done { items };
    };
    let all: Vec<&Statement> = open.iter().flat_map(|c| &c.statements).collect();
    let number = all.iter().position(|x| x.id == s.id).map_or(1, |i| i + 1);
    Reply::Ballot {
        item: item(session, lang, seat, c, s),
        number,
        of: all.len(),
        options: model
            .scale
            .options
            .iter()
            .map(|o| (o.value, o.label.get(lang).to_owned()))
            .collect(),
        unknown: model.scale.unknown.as_ref().map(|t| t.get(lang).to_owned()),
    }
}

fn item(session: &Session, lang: Lang, seat: u32, c: &Challenge, s: &Statement) -> Item {
    let index = c.statements.iter().position(|x| x.id == s.id).unwrap_or(0);
    let counted = session.finished(c, seat);
    let passed = counted || session.room().as_ref().map_or(0, |r| r.passed(&c.id, seat)) > index;
    Item {
        id: s.id.clone(),
        challenge: c.name.get(lang).to_owned(),
        text: s.text.get(lang).to_owned(),
        passed,
        // A counted ballot has left the seat: nothing to show back.
        answer: (!counted)
            .then(|| session.responses().open_answer(&s.id, seat))
            .flatten(),
        open: !counted,
    }
}

/// The first statement of an open challenge that `seat` has not passed.
fn next_open<'m>(
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
        c.statements.get(passed).map(|s| (c, s))
    })
}

/// The challenge of the room that holds `statement`, and its index there.
fn place<'m>(
    desk: &Desk,
    model: &'m Assessment,
    statement: &str,
) -> Option<(&'m Challenge, usize)> {
    desk.challenges(model).into_iter().find_map(|c| {
        c.statements
            .iter()
            .position(|s| s.id == statement)
            .map(|i| (c, i))
    })
}

#[cfg(test)]
#[path = "desk_tests.rs"]
mod tests;
