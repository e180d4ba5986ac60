//! What can be wrong with a file's content, in words in every language.

use super::{
    Envelope, Syntax, construct::ConstructFault, cycle::CycleFault, scale_fault::ScaleFault,
};

/// What is wrong with a file's content. Every variant renders in every language of
/// the catalogue; `kind` fields hold a stable key (`challenge`, `statement`,
/// `principle`, `recommendation`, `assessment`, `participant`) that the messages
/// turn into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The RON parser stopped (boxed: the largest fault, and a rare one,
    /// kept apart so that every `Result` that may carry a problem stays small).
    Syntax(Box<Syntax>),
    /// Two entries of one kind share an id.
    DuplicateId { kind: &'static str, id: String },
    /// A reference to an id that does not exist.
    DanglingId { kind: &'static str, id: String },
    /// An id that is empty.
    EmptyId { kind: &'static str },
    /// A recommendation that addresses no challenge.
    AddressesNothing { id: String },
    /// The causal links are marked as a cycle but do not form one cycle through every challenge.
    BrokenCycle(CycleFault),
    /// A model's prompts, phases, alternatives or reference figures break their rules.
    Construct(Box<ConstructFault>),
    /// A model without challenges.
    NoChallenges,
    /// A model file's format, or a field its format requires (issue 28).
    Envelope(Envelope),
    /// A model that names its languages names none.
    NoLanguages,
    /// A challenge without statements.
    NoStatements { challenge: String },
    /// A causal link from a challenge to itself, or given twice.
    RepeatedLink { from: String, to: String },
    /// A causal link that does not say where in the source it comes from.
    LinkWithoutSource { from: String, to: String },
    /// A journal that continues another version of its session file.
    StaleJournal,
    /// A journal that ends in a record cut off by a failed write: nothing may be
    /// written behind it.
    TornJournal,
    /// A record of a journal whose checksum does not match: damaged, not cut off.
    DamagedRecord,
    /// A first line that is not a klarhet journal's (or is a newer klarhet's).
    UnknownJournal,
    /// Model text that does not say where in the source it comes from.
    WithoutSource { kind: &'static str, id: String },
    /// A level of the ladder not higher than the one before it.
    LevelNotRising { level: u32 },
    /// A ladder without levels.
    NoLevels,
    /// A model's groupings or a session's groups break a rule.
    Group(super::groups::GroupProblem),
    /// An agenda item planned at `minutes`, outside 1 to `most`.
    AgendaMinutes { minutes: u32, most: u32 },
    /// An agenda template without items.
    EmptyAgenda { id: String },
    /// Speaker notes (of the challenge or step `of`) with a text that does not
    /// say where in the source it comes from.
    NotesWithoutSource { of: String },
    /// Speaker notes for a step the workshop does not have, or for one that
    /// already has notes (`again`); `steps` are the model's own, as the
    /// message lists them.
    NotesStep {
        step: String,
        again: bool,
        steps: Vec<&'static str>,
    },
    /// A scale, or a use of one, that breaks the scales' rules.
    Scale(ScaleFault),
    /// An agreed score that is not a value on the scale.
    AgreedOffScale { challenge: String, score: i32 },
    /// An answer that is not on the scale; `None` is "don't know" on a scale without it.
    AnswerOffScale {
        statement: String,
        answer: Option<i32>,
    },
    /// A level that is not on the model's ladder.
    LevelOffLadder { level: u32 },
    /// Ballots for a statement that was scored by show of hands.
    BallotsOnTally { statement: String },
    /// A show-of-hands count for a statement that already has ballots.
    TallyOverBallots { statement: String },
    /// A ballot for a challenge the voter has finished: it is counted, apart from
    /// their name, and can no longer be changed.
    AlreadyCounted { challenge: String },
    /// A new round asked for on a challenge whose current round still has
    /// answers not counted: opening it would lose them or move them.
    RoundUnfinished { challenge: String },
    /// A challenge's latest round that holds a closed round's counts: the
    /// latest round is the open one, whose counts are the session's.
    LatestRoundClosed { challenge: String },
    /// An answer to a statement the challenge's current round does not ask.
    NotInRound { statement: String, round: u32 },
    /// A seat that another phone has claimed in the room.
    SeatTaken { seat: u32 },
    /// A room change to a session that has no room.
    NoRoom,
    /// A room asked to open when the results of every challenge it would ask
    /// about have been shown.
    AllShown,
    /// A room's token that is blank, or a seat's hash that is not a SHA-256.
    BadRoomKey,
    /// A count above what the session can hold: `count` where `most` is the
    /// most there can be. `kind` says which count: `voters` in challenge `id`'s
    /// ballot box, `on-scale` voters with an answer on the scale in it (at most
    /// its voters), `answers` to statement `id` (at most its group's voters),
    /// or `hands` in a show of hands on statement `id`.
    CountTooLarge {
        kind: &'static str,
        id: String,
        count: u64,
        most: u64,
    },
    /// More ballots of challenge `challenge` counted as giving the same answer
    /// to every statement, or more of their answers, than the ballots counted.
    StraightTooLarge { challenge: String },
    /// A head count below a seat that has voted or been claimed.
    SeatInUse { seat: u32 },
    /// Names for a room whose anonymous seats have voted.
    VotedWithoutNames,
    /// A head count above what a session can hold.
    HeadCountTooLarge { count: u32, max: u32 },
    /// A path that is not a regular file: a folder, or a FIFO or a device.
    NotAFile {
        /// True for a folder.
        folder: bool,
    },
    /// Symbolic links that point in a loop, so that no file is reached.
    LinkLoop,
    /// A file far larger than any real file of its kind (`session`, `model`
    /// or `theme`): `size` bytes, where klarhet reads at most `limit`.
    TooLarge {
        kind: &'static str,
        size: u64,
        limit: u64,
    },
    /// Bytes that are not UTF-8 text.
    NotUtf8,
    /// A file with nothing in it but blank space.
    EmptyFile,
    /// A theme's colour that is not a colour.
    NotAColour { slot: String, value: String },
    /// A session made with another version of its model than the one installed.
    ModelVersion {
        id: Box<str>,
        made_with: Box<str>,
        installed: Box<str>,
    },
    /// A session written by a newer klarhet.
    NewerSchema { found: u32, supported: u32 },
    /// A session claiming a schema below the first there has been.
    UnknownSchema { found: u32, oldest: u32 },
    /// A role in a list of participants that the session does not have.
    UnknownRole { role: String, roles: Vec<String> },
    /// A line of a list of participants with an alias and no role.
    RoleMissing,
    /// A line of a list of participants with a role and no alias.
    AliasMissing,
    /// An alias in a list of participants longer than `max` characters.
    AliasTooLong { max: usize },
    /// A quotation mark in a list of participants that the line never closes.
    UnclosedQuote,
    /// A line of a list of participants with more than an alias and a role.
    ExtraColumn,
}
