//! What a phone asks the room's desk and what the desk answers, as the web
//! layer reads and draws them (see [`super::desk`] for what the desk does).

use crate::model::round::RoundNo;
use crate::model::session::Answer;

/// A phone's request, as the web layer read it.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// A page: the seats, a statement, or the end. `seat_token` is the phone's
    /// cookie, if it sent one; `statement` the one it asked for.
    Page {
        /// The phone's seat token.
        seat_token: Option<String>,
        /// The statement asked for.
        statement: Option<String>,
    },
    /// Take `seat`, with a token the web layer has just drawn at random. A phone
    /// that already holds a seat (`held`, its cookie) keeps that one.
    Claim {
        /// The seat.
        seat: u32,
        /// The new token.
        token: String,
        /// The token the phone already has, if it sent one.
        held: Option<String>,
    },
    /// An answer to `statement`: a value, vet ej, or none (skipped).
    Answer {
        /// The phone's seat token.
        seat_token: Option<String>,
        /// The statement.
        statement: String,
        /// The answer, or none for a skip.
        answer: Option<Answer>,
    },
    /// A seat's answers to a set of open prompts, finished: each answer with
    /// the place of its prompt in the set, from 0.
    Write {
        /// The phone's seat token.
        seat_token: Option<String>,
        /// The set's id.
        set: String,
        /// The answers, each with its prompt's place.
        answers: Vec<(usize, String)>,
    },
    /// A seat's private vote in a poll put to the phones: a choice's place
    /// among the poll's choices, from 0, or none for "cannot say".
    Pick {
        /// The phone's seat token.
        seat_token: Option<String>,
        /// The poll, as [`crate::model::picks::Poll::key`] writes it.
        poll: String,
        /// The choice's place, or none.
        choice: Option<usize>,
    },
}

/// One seat on the seat page.
#[derive(Debug, Clone, PartialEq)]
pub struct Seat {
    /// The seat's number (the participant's id).
    pub id: u32,
    /// What the phone shows: alias and role, or "Plats 3".
    pub label: String,
    /// Another phone has it.
    pub taken: bool,
}

/// One statement, as a phone sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The statement's id.
    pub id: String,
    /// The challenge's name.
    pub challenge: String,
    /// The statement.
    pub text: String,
    /// Whether this seat has passed it (answered or skipped).
    pub passed: bool,
    /// This seat's own open answer, shown back only to the phone that gave it
    /// (the phone is private): `None` when it skipped or has not answered.
    pub answer: Option<Answer>,
    /// Whether this seat can still change it: not when its ballot is counted.
    pub open: bool,
    /// Where it is, for the phone's own memory of its answers.
    pub slot: Slot,
}

/// Where a statement is and which round asks it: what the web layer needs to
/// keep an answer in the phone's own memory (a cookie the phone holds, see
/// [`super::memory`]) and to find the phone's earlier answer there. Positions,
/// not ids, so that the cookie holds nothing but numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The challenge's place in the model, from 0.
    pub challenge: usize,
    /// The statement's place in its challenge, from 0.
    pub statement: usize,
    /// The challenge's current round.
    pub round: RoundNo,
}

/// What the owner answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Pick a seat.
    Seats {
        /// The organisation, for the heading.
        organisation: String,
        /// Every seat.
        seats: Vec<Seat>,
    },
    /// The seat is this phone's now: keep the token.
    Seated {
        /// The seat token for the phone's cookie.
        token: String,
    },
    /// The seat is another phone's.
    Taken,
    /// A statement to answer.
    Ballot {
        /// The statement.
        item: Item,
        /// Its place among the room's statements, from 1.
        number: usize,
        /// How many statements the room asks.
        of: usize,
        /// The scale's options: value and label.
        options: Vec<(i32, String)>,
        /// The vet-ej label, if the scale has one.
        unknown: Option<String>,
    },
    /// Every statement is passed: the list, to go back to one.
    Done {
        /// The statements, in order.
        items: Vec<Item>,
    },
    /// Kept: go on to `next` (or to the end).
    Saved {
        /// The statement just saved.
        statement: String,
        /// What was kept is a skip: no answer.
        skipped: bool,
        /// The next statement this seat has not passed.
        next: Option<String>,
        /// Where the statement is, for the phone's memory.
        slot: Slot,
        /// What was kept, for the phone's memory: the answer, or none for a skip.
        answer: Option<Answer>,
    },
    /// A set of open prompts to write to.
    Prompts(Prompts),
    /// The seat's answers to a set were kept, without its name.
    Wrote,
    /// A poll to vote in.
    Poll(PollPage),
    /// The seat's vote was kept, without its name.
    Picked,
    /// The seat has written to every set put to the phones, and has no
    /// statement left to answer: the rest happens on the screen.
    WroteAll,
    /// The results of this statement's challenge are on the screen.
    Shown,
    /// Something the room cannot take, in words for the phone.
    Invalid(String),
}

/// A set of open prompts, as a phone sees it: the model's words only, and
/// nothing anyone else wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompts {
    /// The set's id.
    pub set: String,
    /// Its name.
    pub name: String,
    /// What the facilitator tells the group before they write, if anything.
    pub intro: Option<String>,
    /// The questions, in order, each with its source when the question is
    /// klarhet's own (built on that part of the report), as a phone says.
    pub prompts: Vec<(String, Option<String>)>,
    /// How many answers a phone may give to each.
    pub answers: usize,
    /// How many characters an answer may have.
    pub chars: usize,
    /// How many must have written before any answer is shown.
    pub together: usize,
}

/// A poll, as a phone sees it: the question and the choices in the model's
/// words, and nothing of anyone's vote.
#[derive(Debug, Clone, PartialEq)]
pub struct PollPage {
    /// The poll, as [`crate::model::picks::Poll::key`] writes it.
    pub poll: String,
    /// What the voters are asked.
    pub question: String,
    /// The choices' names, in order.
    pub choices: Vec<String>,
    /// How many must have voted before any vote is shown.
    pub together: usize,
}
