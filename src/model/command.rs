//! What a facilitator (or a phone in the room, or the command line) asks of a
//! session, as plain data: every change to a session is one of these, handed to
//! [`Session::apply`](crate::model::Session::apply), which checks it against the
//! model and the privacy rules and gives back the [`Change`]s it made. Those are
//! what a journal keeps and what the runtime persists; a command is what a user
//! asked for, a change is what happened, and the two are never confused: a
//! journal is replayed change by change ([`Session::replay`]), never as commands.
//!
//! [`Change`]: crate::model::journal::Change
//! [`Session::replay`]: crate::model::Session::replay

use crate::model::discussion::Topic;
use crate::model::round::Channel;
use crate::model::session::{ActionItem, Answer, Draft, MeasureRef, Tally};
use crate::text::Lang;
use jiff::Timestamp;
use jiff::civil::Date;

/// One thing asked of a session.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// The group agrees a severity (0–100) for a challenge, with the reason and
    /// notes on it. Empty notes remove the challenge's notes.
    Agree {
        /// The challenge's id.
        challenge: String,
        /// The agreed severity, 0–100.
        severity: f64,
        /// Why the group settled on it.
        rationale: String,
        /// Notes on the challenge.
        notes: String,
    },
    /// The group's notes on a challenge are written down, with or without an
    /// agreed score (one the group has not agreed on yet, or chose not to
    /// score). Empty notes remove them.
    Note {
        /// The challenge's id.
        challenge: String,
        /// The notes.
        notes: String,
    },
    /// The group adopts a recommendation.
    Adopt {
        /// The recommendation's id.
        recommendation: String,
    },
    /// The group drops a recommendation it had adopted.
    DropAdoption {
        /// The recommendation's id.
        recommendation: String,
    },
    /// The group plans an action for a recommendation or a measure of an
    /// alternative, or changes the one planned (each has at most one action).
    PlanAction(ActionItem),
    /// The group removes the action planned for a recommendation, or for a
    /// measure when `measure` names one.
    RemoveAction {
        /// The recommendation's id; empty for a measure's action.
        recommendation: String,
        /// The measure, for a measure's action.
        measure: Option<MeasureRef>,
    },
    /// The group places itself on a level of the model's ladder, or on none.
    PlaceLevel {
        /// The level, which the model's ladder must have.
        level: Option<u32>,
    },
    /// A named participant joins, with the next free number.
    AddParticipant {
        /// Their alias.
        alias: String,
        /// Their groups' ids: at most one of each grouping of the model.
        groups: Vec<String>,
    },
    /// A list of named participants joins, numbered on from the last number
    /// in the list's order: a room prepared from a file.
    Enrol {
        /// Each one's alias and groups.
        people: Vec<(String, Vec<String>)>,
    },
    /// A participant's alias or groups are corrected.
    EditParticipant {
        /// The participant's number.
        id: u32,
        /// The alias.
        alias: String,
        /// Their groups' ids: at most one of each grouping of the model.
        groups: Vec<String>,
    },
    /// The session adds a group of its own to an open grouping of the model.
    AddGroup {
        /// The grouping's id.
        grouping: String,
        /// The new group's id: one word, no group's id already.
        id: String,
        /// Its name.
        name: String,
    },
    /// The grouping whose groups the figures are broken down by; refused once
    /// anything has been revealed.
    ChooseBreakdown {
        /// The grouping's id.
        grouping: String,
    },
    /// A participant leaves: their open ballots and their seat go, ballots
    /// already counted stay, apart from their name.
    RemoveParticipant {
        /// The participant's number.
        id: u32,
    },
    /// The anonymous head count is set, or cleared with `None`.
    CountHeads {
        /// How many people are in a room that gives no names.
        headcount: Option<u32>,
    },
    /// The session's details are set: who is assessed, by whom, when, in which
    /// language.
    Describe {
        /// The organisation assessed; never empty.
        organisation: String,
        /// Who leads the workshop.
        facilitator: String,
        /// The workshop's date.
        date: Date,
        /// The workshop's language.
        language: Lang,
        /// The municipality code: four digits, or none.
        kommunkod: Option<String>,
    },
    /// The privacy choices are made: the smallest group shown, whether reports
    /// list names, and whether this is one person's self-assessment.
    ChoosePrivacy {
        /// Role groups smaller than this are merged.
        min_group: u32,
        /// Whether reports may list the participants' aliases.
        show_names: bool,
        /// Whether this is one person's self-assessment.
        self_assessment: bool,
    },
    /// A voter answers a statement in a ballot round at the keyboard.
    Cast {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
        /// The voter's participant id or seat.
        voter: u32,
        /// The answer.
        answer: Answer,
    },
    /// A voter moves on in a ballot round, answered or skipped: they have passed
    /// `count` statements. Passing the last one counts their ballot.
    Pass {
        /// The challenge's id.
        challenge: String,
        /// The voter.
        voter: u32,
        /// How many statements they have passed.
        count: usize,
    },
    /// The facilitator enters a show of hands for a statement.
    CountHands {
        /// The statement's id.
        statement: String,
        /// The hands counted for each value of the scale, and for "vet ej".
        tally: Tally,
    },
    /// The results of a challenge are shown: the room's open answers are counted
    /// and the ballots counted since the last reveal are shown, if there are
    /// enough of them.
    Reveal {
        /// The challenge's id.
        challenge: String,
        /// When: kept as the time its current round was revealed.
        at: Timestamp,
    },
    /// The group votes again on a challenge after talking: a new round opens on
    /// the chosen statements, by `channel`, and the current round closes with
    /// its counts kept (see `Session::open_round`, in `round.rs`). Refused
    /// while the current round has answers not yet counted.
    OpenRound {
        /// The challenge's id.
        challenge: String,
        /// The statements the round asks (in any order; asked in the model's).
        statements: Vec<String>,
        /// How its answers are given.
        channel: Channel,
        /// When it opens.
        at: Timestamp,
    },
    /// The facilitator leaves a round's careless answers (ballots that gave the
    /// same answer to every statement) out of its figures, or takes them in
    /// again (see [`crate::model::careless`]). Changes nothing for a round with
    /// none shown.
    LeaveOutCareless {
        /// The challenge's id.
        challenge: String,
        /// The round.
        round: crate::model::round::RoundNo,
        /// True: left out; false: counted again.
        out: bool,
    },
    /// A room is opened for the phones with this token, unless the session has
    /// one already (the phones' address then stays the same).
    OpenRoom {
        /// The room's token.
        token: String,
    },
    /// A phone takes a seat in the room.
    TakeSeat {
        /// The seat: a participant's id, or a number in an anonymous room.
        seat: u32,
        /// The SHA-256 of the phone's seat token.
        hash: String,
    },
    /// A seat answers a statement on its phone (or skips it, withdrawing an
    /// earlier answer) and has passed `passed` statements.
    AnswerInRoom {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
        /// The seat.
        seat: u32,
        /// The answer, or none for a skip.
        answer: Option<Answer>,
        /// How many statements of the challenge the seat has passed.
        passed: usize,
    },
    /// The facilitator frees a seat, so that another phone can take it. Its
    /// answers stay.
    FreeSeat {
        /// The seat.
        seat: u32,
    },
    /// The open form's text is kept with the session, so that a crash loses at
    /// most the last moment of typing.
    KeepDraft(Draft),
    /// The open form's draft is dropped: its form was saved or closed.
    DropDraft,
    /// The workshop's place is remembered, so that it opens there again.
    RememberPlace {
        /// The step's name, e.g. `"scoring"`.
        step: String,
        /// The index of the challenge in focus.
        challenge: usize,
    },
    /// The group marks a topic of the discussion queue discussed, or not.
    MarkDiscussed {
        /// The topic.
        topic: Topic,
        /// True: discussed; false: not (yet).
        discussed: bool,
    },
    /// The group's note on a topic of the discussion queue is set; an empty
    /// note removes it.
    NoteTopic {
        /// The topic.
        topic: Topic,
        /// The note.
        note: String,
    },
    /// The group opens a topic of the discussion queue: the queue remembers
    /// where the group got to.
    ReachTopic {
        /// The topic.
        topic: Topic,
    },
    /// Where the report was exported to is remembered (or forgotten, with
    /// `None`), so that the next export goes there.
    RememberExport {
        /// The path, as typed.
        path: Option<String>,
    },
    /// The session's agenda is copied from the model's template with this id,
    /// or removed (`None`); the time recorded on the agenda it had goes with it.
    ChooseAgenda {
        /// The template's id.
        template: Option<String>,
    },
    /// An item of the agenda is planned at `minutes` (1 to a day's).
    PlanMinutes {
        /// The item's index on the agenda.
        item: usize,
        /// The minutes.
        minutes: u32,
    },
    /// The clock runs on `item` from `at`; the item it ran on until then keeps
    /// the time it used.
    StartItem {
        /// The item's index on the agenda.
        item: usize,
        /// When, as the caller's clock says: the domain reads none.
        at: Timestamp,
    },
    /// The clock stops at `at`, keeping the time used; starting the item again
    /// resumes it.
    PauseClock {
        /// When.
        at: Timestamp,
    },
    /// The item the clock is on gets `minutes` more.
    ExtendItem {
        /// The minutes added.
        minutes: u32,
    },
    /// The group chooses one of the model's alternatives and says why; a
    /// later choice replaces it, and the earlier stays in the session's record.
    Choose {
        /// The alternative's id.
        alternative: String,
        /// Why the group chose it; never blank.
        reason: String,
    },
    /// The session names an area of its own to place in the model's phases,
    /// beside the areas the model suggests.
    AddArea {
        /// Its id: one word, no other area's (made from the name, as a
        /// group's is).
        id: String,
        /// Its name; no other area has it.
        name: String,
    },
    /// The group places an area in a phase; a later placement of the same
    /// area replaces it, and the earlier stays in the session's record.
    PlaceArea {
        /// A suggested area's id or the session's own.
        area: String,
        /// The phase's id.
        phase: String,
        /// What the group said about it; none or blank for no note.
        note: Option<String>,
    },
    /// A voter picks, privately, among the alternatives or the phases an
    /// area may stand in, before the group decides openly: once each; the
    /// pick leaves their name at once and waits to be shown.
    Pick {
        /// What the vote is on.
        poll: crate::model::picks::Poll,
        /// The voter's participant id or seat.
        voter: u32,
        /// Their pick.
        pick: crate::model::picks::Pick,
    },
    /// The waiting picks of a poll are shown, if enough voters wait together.
    ShowPicks {
        /// The poll.
        poll: crate::model::picks::Poll,
    },
    /// The group votes again in a poll after talking: its shown picks are
    /// kept as an earlier vote and everyone may vote afresh. Refused while
    /// nothing is shown or picks wait to be shown.
    ReopenPoll {
        /// The poll.
        poll: crate::model::picks::Poll,
    },
    /// A participant finishes a set of open prompts with their answers, per
    /// prompt (at most three each, each of at most 200 characters); the
    /// answers leave their name at once and wait to be shown.
    Write {
        /// The set's id.
        set: String,
        /// The writer's participant id or seat.
        writer: u32,
        /// Their answers, per prompt id.
        answers: Vec<(String, Vec<String>)>,
    },
    /// The waiting answers to a set are shown, if enough writers wait
    /// together.
    ShowAnswers {
        /// The set's id.
        set: String,
    },
    /// Shown answers to a prompt are grouped under a theme, or (none) taken
    /// out of any.
    ThemeAnswers {
        /// The set's id.
        set: String,
        /// The prompt's id.
        prompt: String,
        /// The theme's name, as typed; none: no theme.
        theme: Option<String>,
        /// The answers' texts, as shown.
        answers: Vec<String>,
    },
}
