//! What can be wrong with a file's content, in words in every language.

use super::{
    Envelope, Syntax, construct::ConstructFault, cycle::CycleFault, scale_fault::ScaleFault,
};
use crate::text::Lang;

/// What is wrong with a file's content. Every variant renders in every language of
/// the catalogue; `kind` fields hold a stable key (`challenge`, `statement`,
/// `principle`, `recommendation`, `assessment`, `participant`) that the messages
/// turn into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The RON parser stopped.
    Syntax(Syntax),
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
        id: String,
        made_with: String,
        installed: String,
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

impl Problem {
    /// The problem in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax(syntax) => {
                crate::tr!(lang, "problem-syntax", detail = syntax.describe(lang))
            }
            Problem::DuplicateId { kind, id } => {
                crate::tr!(
                    lang,
                    "problem-duplicate-id",
                    kind = kind.to_owned(),
                    id = id.as_str()
                )
            }
            Problem::DanglingId { kind, id } => {
                crate::tr!(
                    lang,
                    "problem-dangling-id",
                    kind = kind.to_owned(),
                    id = id.as_str()
                )
            }
            Problem::EmptyId { kind } => {
                crate::tr!(lang, "problem-empty-id", kind = kind.to_owned())
            }
            Problem::AddressesNothing { id } => {
                crate::tr!(lang, "problem-addresses-nothing", id = id.as_str())
            }
            Problem::BrokenCycle(fault) => {
                crate::tr!(lang, "problem-broken-cycle", detail = fault.describe(lang))
            }
            Problem::Construct(fault) => fault.describe(lang),
            Problem::NoChallenges => crate::tr!(lang, "problem-no-challenges"),
            Problem::NoLanguages => crate::tr!(lang, "problem-no-languages"),
            Problem::Envelope(envelope) => envelope.describe(lang),
            Problem::NoStatements { challenge } => {
                crate::tr!(lang, "problem-no-statements", id = challenge.as_str())
            }
            Problem::RepeatedLink { from, to } => crate::tr!(
                lang,
                "problem-repeated-link",
                from = from.as_str(),
                to = to.as_str()
            ),
            Problem::LinkWithoutSource { from, to } => crate::tr!(
                lang,
                "problem-link-without-source",
                from = from.as_str(),
                to = to.as_str()
            ),
            Problem::StaleJournal => crate::tr!(lang, "problem-stale-journal"),
            Problem::TornJournal => crate::tr!(lang, "problem-torn-journal"),
            Problem::DamagedRecord => crate::tr!(lang, "problem-damaged-record"),
            Problem::StraightTooLarge { challenge } => {
                crate::tr!(
                    lang,
                    "problem-straight-too-large",
                    challenge = challenge.as_str()
                )
            }
            Problem::UnknownJournal => crate::tr!(lang, "problem-unknown-journal"),
            Problem::WithoutSource { kind, id } => crate::tr!(
                lang,
                "problem-without-source",
                kind = kind.to_string(),
                id = id.as_str()
            ),
            Problem::LevelNotRising { level } => {
                crate::tr!(lang, "problem-level-not-rising", level = level.to_string())
            }
            Problem::NoLevels => crate::tr!(lang, "problem-no-levels"),
            Problem::Group(problem) => problem.describe(lang),
            Problem::AgendaMinutes { minutes, most } => crate::tr!(
                lang,
                "problem-agenda-minutes",
                minutes = u64::from(*minutes),
                most = u64::from(*most)
            ),
            Problem::EmptyAgenda { id } => {
                crate::tr!(lang, "problem-empty-agenda", id = id.as_str())
            }
            Problem::NotesWithoutSource { of } => {
                crate::tr!(lang, "problem-notes-without-source", of = of.as_str())
            }
            Problem::NotesStep {
                step,
                again: false,
                steps,
            } => crate::tr!(
                lang,
                "problem-notes-unknown-step",
                step = step.as_str(),
                steps = steps.join(", ")
            ),
            Problem::NotesStep {
                step, again: true, ..
            } => {
                crate::tr!(lang, "problem-notes-repeated-step", step = step.as_str())
            }
            Problem::Scale(fault) => fault.describe(lang),
            Problem::AgreedOffScale { challenge, score } => crate::tr!(
                lang,
                "problem-agreed-off-scale",
                id = challenge.as_str(),
                score = score.to_string()
            ),
            Problem::AnswerOffScale { statement, answer } => crate::tr!(
                lang,
                "problem-answer-off-scale",
                id = statement.as_str(),
                answer = answer.map_or_else(|| "unknown".to_owned(), |v| v.to_string())
            ),
            Problem::LevelOffLadder { level } => {
                crate::tr!(lang, "problem-level-off-ladder", level = level.to_string())
            }
            Problem::BallotsOnTally { statement } => {
                crate::tr!(lang, "problem-ballots-on-tally", id = statement.as_str())
            }
            Problem::AlreadyCounted { challenge } => {
                crate::tr!(lang, "problem-already-counted", id = challenge.as_str())
            }
            Problem::RoundUnfinished { challenge } => {
                crate::tr!(lang, "problem-round-unfinished", id = challenge.as_str())
            }
            Problem::LatestRoundClosed { challenge } => {
                crate::tr!(lang, "problem-latest-round-closed", id = challenge.as_str())
            }
            Problem::NotInRound { statement, round } => crate::tr!(
                lang,
                "problem-not-in-round",
                id = statement.as_str(),
                round = round.to_string()
            ),
            Problem::SeatTaken { seat } => {
                crate::tr!(lang, "problem-seat-taken", seat = seat.to_string())
            }
            Problem::NoRoom => crate::tr!(lang, "problem-no-room"),
            Problem::AllShown => crate::tr!(lang, "problem-all-shown"),
            Problem::BadRoomKey => crate::tr!(lang, "problem-bad-room-key"),
            Problem::TallyOverBallots { statement } => {
                crate::tr!(lang, "problem-tally-over-ballots", id = statement.as_str())
            }
            Problem::CountTooLarge {
                kind,
                id,
                count,
                most,
            } => crate::tr!(
                lang,
                "problem-count-too-large",
                kind = kind.to_owned(),
                id = id.as_str(),
                count = (*count),
                most = (*most)
            ),
            Problem::SeatInUse { seat } => {
                crate::tr!(lang, "problem-seat-in-use", seat = seat.to_string())
            }
            Problem::VotedWithoutNames => crate::tr!(lang, "problem-voted-without-names"),
            Problem::HeadCountTooLarge { count, max } => crate::tr!(
                lang,
                "problem-head-count-too-large",
                count = u64::from(*count),
                max = u64::from(*max)
            ),
            Problem::NotAFile { folder } => crate::tr!(
                lang,
                "problem-not-a-file",
                kind = if *folder { "folder" } else { "other" }
            ),
            Problem::LinkLoop => crate::tr!(lang, "problem-link-loop"),
            Problem::TooLarge { kind, size, limit } => crate::tr!(
                lang,
                "problem-too-large",
                kind = kind.to_owned(),
                size = crate::text::size(lang, *size),
                limit = crate::text::size(lang, *limit)
            ),
            Problem::NotUtf8 => crate::tr!(lang, "problem-not-utf8"),
            Problem::EmptyFile => crate::tr!(lang, "problem-empty-file"),
            Problem::NotAColour { slot, value } => crate::tr!(
                lang,
                "problem-not-a-colour",
                slot = slot.as_str(),
                value = value.as_str()
            ),
            Problem::ModelVersion {
                id,
                made_with,
                installed,
            } => crate::tr!(
                lang,
                "problem-model-version",
                id = id.as_str(),
                made_with = made_with.as_str(),
                installed = installed.as_str()
            ),
            Problem::NewerSchema { found, supported } => crate::tr!(
                lang,
                "problem-newer-schema",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Problem::UnknownSchema { found, oldest } => crate::tr!(
                lang,
                "problem-unknown-schema",
                found = found.to_string(),
                oldest = oldest.to_string()
            ),
            Problem::UnknownRole { role, roles } => {
                crate::tr!(
                    lang,
                    "problem-unknown-role",
                    role = role.as_str(),
                    roles = roles.join(", ")
                )
            }
            Problem::RoleMissing => crate::tr!(lang, "problem-role-missing"),
            Problem::AliasMissing => crate::tr!(lang, "problem-alias-missing"),
            Problem::AliasTooLong { max } => {
                crate::tr!(lang, "problem-alias-too-long", max = (*max))
            }
            Problem::UnclosedQuote => crate::tr!(lang, "problem-unclosed-quote"),
            Problem::ExtraColumn => crate::tr!(lang, "problem-extra-column"),
        }
    }
}
