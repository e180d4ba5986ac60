//! The changes a session can undergo, as [`Session::apply`] reports them for
//! the commands it accepts. Some are small enough to be kept by appending a line
//! instead of rewriting the whole session: an answer cast in a ballot round, a
//! voter moving on, a phone's seat and answers. A session with thousands of
//! participants then costs one short write per vote. The others (the group's
//! decisions, the people, the setup, the place) are saved with the whole session.
//!
//! Passing the *last* statement seals a ballot: its answers leave the voter's
//! id. That is kept as [`Change::Sealed`], which holds the ballots sealed since
//! the file was written only counted together, as the file holds them; the
//! journal that keeps it is rewritten without the records that tied those
//! ballots' answers to their voters (see `store::sealing`), so that no file,
//! journal included, ever ties a sealed ballot to its voter.
//!
//! Replaying a change is idempotent: casting the same answer again sets it to the
//! same value, and progress only grows. A cast for a ballot that the session has
//! already sealed is skipped, since it is in the box.
//!
//! A vote names its round. A line written before rounds names none and is the
//! challenge's round 1. Replayed onto a file whose challenge has gone on to a
//! later round, a vote of an earlier round is skipped: the file, written when
//! that round closed, holds it. A round opens with a whole save of the
//! session, so a vote never names a round the file does not have.

use crate::model::discussion::Topic;
use crate::model::pending::Pending;
use crate::model::round::RoundNo;
use crate::model::session::{ActionItem, Agreed, Answer, Draft, MeasureRef, Participant, Tally};
use crate::text::Lang;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub(crate) use crate::model::checks::challenge_of;
pub use crate::model::checks::on_scale;

/// One change to a session, as one line of its journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// `voter` answered `statement` of `challenge`.
    Cast {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
        /// The voter's participant id or seat.
        voter: u32,
        /// The answer.
        answer: Answer,
        /// The challenge's round it was given in.
        #[serde(default = "crate::model::checks::first_round")]
        round: RoundNo,
    },
    /// `voter` has passed `count` statements of `challenge`, fewer than all.
    Passed {
        /// The challenge's id.
        challenge: String,
        /// The voter.
        voter: u32,
        /// How many statements they have passed.
        count: usize,
        /// The challenge's round.
        #[serde(default = "crate::model::checks::first_round")]
        round: RoundNo,
    },
    /// A phone claimed `seat` in the room; the session keeps its token's hash.
    Seated {
        /// The seat: a participant's id, or a number in an anonymous room.
        seat: u32,
        /// The SHA-256 of the phone's seat token.
        hash: String,
    },
    /// `seat` answered `statement` of `challenge` on its phone (or skipped it,
    /// withdrawing an earlier answer) and has passed `passed` statements. The
    /// answer stays open until the results are shown (see [`crate::model::room`]).
    RoomAnswer {
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
        /// The challenge's round it was given in.
        #[serde(default = "crate::model::checks::first_round")]
        round: RoundNo,
    },
    /// `voters` finished `challenge` and their ballots were sealed: their
    /// answers, counted together with no voter, group or order, are `waiting`
    /// (one ballot a voter). A journal holds at most one for a challenge, for
    /// every ballot sealed since its file was written.
    Sealed {
        /// The challenge's id.
        challenge: String,
        /// Who finished, in order of id.
        voters: Vec<u32>,
        /// Their ballots, counted together.
        waiting: Pending,
        /// The challenge's round they were sealed in.
        #[serde(default = "crate::model::checks::first_round")]
        round: RoundNo,
    },
    /// The group agreed `agreed` for `challenge`; its notes are `notes` (none:
    /// removed).
    Agreed {
        /// The challenge's id.
        challenge: String,
        /// The agreement.
        agreed: Agreed,
        /// The notes on the challenge, or none.
        notes: Option<String>,
    },
    /// `recommendation` was adopted, or dropped.
    Adopted {
        /// The recommendation's id.
        recommendation: String,
        /// True when it is adopted now.
        adopted: bool,
    },
    /// The action for its recommendation or measure was planned or changed.
    ActionPlanned {
        /// The action.
        action: ActionItem,
    },
    /// The action for `recommendation`, or for `measure` when it names one,
    /// was removed. Both fields are written only when given, as an item's
    /// are, so that a line from before measures reads as it did.
    ActionRemoved {
        /// The recommendation's id; empty for a measure's action.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        recommendation: String,
        /// The measure, for a measure's action.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        measure: Option<MeasureRef>,
    },
    /// The group placed itself on `level`, or on none.
    LevelPlaced {
        /// The level.
        level: Option<u32>,
    },
    /// A participant joined, or had their alias or groups corrected.
    ParticipantSet {
        /// The participant as they are now.
        participant: Participant,
    },
    /// Participant `id` left.
    ParticipantLeft {
        /// The participant's number.
        id: u32,
    },
    /// The anonymous head count was set, or cleared.
    HeadCounted {
        /// The head count.
        headcount: Option<u32>,
    },
    /// The session's details were set.
    Described {
        /// The organisation assessed.
        organisation: String,
        /// Who leads the workshop.
        facilitator: String,
        /// The workshop's date.
        date: Date,
        /// The workshop's language.
        language: Lang,
        /// The municipality code.
        kommunkod: Option<String>,
    },
    /// The privacy choices were made.
    PrivacyChosen {
        /// Role groups smaller than this are merged.
        min_group: u32,
        /// Whether reports may list names.
        show_names: bool,
        /// Whether this is one person's self-assessment.
        self_assessment: bool,
    },
    /// A show of hands was entered for `statement`.
    HandsCounted {
        /// The statement's id.
        statement: String,
        /// The hands.
        tally: Tally,
    },
    /// The results of `challenge` were shown: the room's open answers counted,
    /// and the ballots counted since the last reveal shown if there were enough.
    Revealed {
        /// The challenge's id.
        challenge: String,
        /// When, kept as the time its current round was revealed; none in a
        /// record from before reveals said when.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<jiff::Timestamp>,
    },
    /// Round `round` of `challenge` was opened on `statements`, by `channel`, at
    /// `at`; the round before it closed. Saved with the whole session, never
    /// journalled: a vote never names a round its file does not have.
    RoundOpened {
        /// The challenge's id.
        challenge: String,
        /// The number of the round opened.
        round: RoundNo,
        /// The statements it asks, in the model's order.
        statements: Vec<String>,
        /// How its answers are given.
        channel: crate::model::round::Channel,
        /// When it opened.
        at: jiff::Timestamp,
    },
    /// Round `round` of `challenge`'s straight-lined ballots were left out of
    /// its figures (`out`), or taken in again.
    CarelessLeftOut {
        /// The challenge's id.
        challenge: String,
        /// The round.
        round: RoundNo,
        /// True when they are left out now.
        out: bool,
    },
    /// A room was opened with `token` (a session keeps its first room's).
    RoomOpened {
        /// The room's token.
        token: String,
    },
    /// `seat` was freed for another phone.
    SeatFreed {
        /// The seat.
        seat: u32,
    },
    /// The open form's draft was kept, or (none) dropped.
    DraftKept {
        /// The draft.
        draft: Option<Draft>,
    },
    /// The workshop's place was remembered.
    PlaceRemembered {
        /// The step's name.
        step: String,
        /// The index of the challenge in focus.
        challenge: usize,
    },
    /// Where the report goes next was remembered, or forgotten.
    ExportRemembered {
        /// The path.
        path: Option<String>,
    },
    /// `topic` of the discussion queue was marked discussed, or not.
    TopicMarked {
        /// The topic.
        topic: Topic,
        /// True when it is discussed now.
        discussed: bool,
    },
    /// The note on `topic` was set, or (none) removed.
    TopicNoted {
        /// The topic.
        topic: Topic,
        /// The note.
        note: Option<String>,
    },
    /// The group opened `topic` of the discussion queue.
    TopicReached {
        /// The topic.
        topic: Topic,
    },
    /// Named participants joined together (a list read from a file).
    Enrolled {
        /// Each one, numbered.
        participants: Vec<Participant>,
    },
    /// The agenda and its clock are now `agenda` (none: the session has none).
    AgendaSet {
        /// The agenda, whole: a change to its clock is rare, and a follower
        /// reads the clock from one line.
        agenda: Option<crate::model::agenda::Agenda>,
    },
    /// The notes on `challenge` were written, or removed; its agreed score stays.
    Noted {
        /// The challenge's id.
        challenge: String,
        /// The notes, or none.
        notes: Option<String>,
    },
    /// The session added a group of its own to an open grouping.
    GroupAdded(crate::model::session_groups::OwnGroup),
    /// The grouping (its id) the figures are broken down by was chosen.
    BreakdownChosen(String),
    /// The group chose an alternative, for a reason.
    Chosen(crate::model::choice::Chosen),
    /// The session named an area of its own to place in the phases.
    AreaAdded(crate::model::placement::OwnArea),
    /// The group placed an area in a phase.
    Placed(crate::model::placement::Placed),
    /// Open answers were written, shown or themed: never journalled.
    Answers(crate::model::open_answers::AnswerChange),
    /// A poll was voted in or shown: never journalled.
    Picks(crate::model::picks::PickChange),
}
