//! Errors of the domain. Every error about a file names the file, and where the
//! problem has a place in it, the line and column.

mod syntax;

pub use syntax::{Syntax, Token};

use crate::text::Lang;
use std::fmt;
use std::path::PathBuf;

/// A place in a text file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// Line, counting from 1.
    pub line: usize,
    /// Column in characters, counting from 1.
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

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
    /// A model without challenges.
    NoChallenges,
    /// A challenge without statements.
    NoStatements { challenge: String },
    /// A causal link from a challenge to itself, or given twice.
    RepeatedLink { from: String, to: String },
    /// A level of the ladder not higher than the one before it.
    LevelNotRising { level: u32 },
    /// A ladder without levels.
    NoLevels,
    /// A scale with fewer than two options.
    ScaleTooShort,
    /// Scale values that do not rise from the first option to the last.
    ScaleNotRising,
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
    /// A head count above what a session can hold.
    HeadCountTooLarge { count: u32, max: u32 },
    /// A path that is not a regular file (a folder, a FIFO, a device).
    NotAFile,
    /// Bytes that are not UTF-8 text.
    NotUtf8,
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
}

/// How the causal links fail to form one cycle through every challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CycleFault {
    /// A challenge is the start of two links.
    LeftTwice(String),
    /// A challenge is the end of two links.
    EnteredTwice(String),
    /// A challenge no link leaves or enters.
    NotOnCircle(String),
    /// The links close a loop after `after` challenges, before visiting all.
    ClosesEarly { after: usize },
}

impl CycleFault {
    /// The fault in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CycleFault::LeftTwice(id) => crate::tr!(lang, "problem-cycle-left-twice", id = id),
            CycleFault::EnteredTwice(id) => {
                crate::tr!(lang, "problem-cycle-entered-twice", id = id)
            }
            CycleFault::NotOnCircle(id) => {
                crate::tr!(lang, "problem-cycle-not-on-circle", id = id)
            }
            CycleFault::ClosesEarly { after } => {
                crate::tr!(lang, "problem-cycle-closes-early", count = after.to_owned())
            }
        }
    }
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
            Problem::NoChallenges => crate::tr!(lang, "problem-no-challenges"),
            Problem::NoStatements { challenge } => {
                crate::tr!(lang, "problem-no-statements", id = challenge.as_str())
            }
            Problem::RepeatedLink { from, to } => crate::tr!(
                lang,
                "problem-repeated-link",
                from = from.as_str(),
                to = to.as_str()
            ),
            Problem::LevelNotRising { level } => {
                crate::tr!(lang, "problem-level-not-rising", level = level.to_string())
            }
            Problem::NoLevels => crate::tr!(lang, "problem-no-levels"),
            Problem::ScaleTooShort => crate::tr!(lang, "problem-scale-too-short"),
            Problem::ScaleNotRising => crate::tr!(lang, "problem-scale-not-rising"),
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
            Problem::TallyOverBallots { statement } => {
                crate::tr!(lang, "problem-tally-over-ballots", id = statement.as_str())
            }
            Problem::HeadCountTooLarge { count, max } => crate::tr!(
                lang,
                "problem-head-count-too-large",
                count = u64::from(*count),
                max = u64::from(*max)
            ),
            Problem::NotAFile => crate::tr!(lang, "problem-not-a-file"),
            Problem::NotUtf8 => crate::tr!(lang, "problem-not-utf8"),
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
        }
    }
}

/// Two models whose statements cannot be matched by id: the first statement of the
/// earlier one that the later one lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The earlier session's model.
    pub old_model: String,
    /// The later session's model.
    pub new_model: String,
    /// The statement without a match.
    pub statement: String,
}

impl Mismatch {
    /// The mismatch in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "compare-mismatch",
            old = self.old_model.as_str(),
            new = self.new_model.as_str(),
            statement = self.statement.as_str()
        )
    }
}

/// An error of the domain.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file whose content is wrong.
    #[error("{}", render_invalid(path, pos, problem, Lang::EN))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Where in it, when known.
        pos: Option<Pos>,
        /// What is wrong.
        problem: Problem,
    },
    /// A file that could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// No session file at this path, and no session with this id.
    #[error("{}", self.render(Lang::EN))]
    NoSession {
        /// What the user typed.
        arg: String,
        /// The sessions folder.
        dir: PathBuf,
    },
    /// No theme by this name.
    #[error("{}", self.render(Lang::EN))]
    NoTheme {
        /// The name asked for.
        name: String,
        /// The built-in themes.
        built_in: Vec<&'static str>,
    },
    /// An action that needs an open session, with none open.
    #[error("{}", self.render(Lang::EN))]
    NoOpenSession,
    /// The user quit although the last changes could not be saved.
    #[error("{}", self.render(Lang::EN))]
    NotSaved,
    /// No assessment model with this id is installed.
    #[error("{}", self.render(Lang::EN))]
    NoModel {
        /// The id asked for.
        id: String,
    },
    /// No folder for sessions: neither given nor found on the platform.
    #[error("{}", self.render(Lang::EN))]
    NoDataDir,
    /// A comparison asked for in a format it does not come in.
    #[error("{}", self.render(Lang::EN))]
    CompareFormat {
        /// The format's extension.
        format: &'static str,
    },
    /// Two sessions whose models cannot be matched statement by statement.
    #[error("{}", self.render(Lang::EN))]
    Mismatch(Mismatch),
    /// Another klarhet has the session open.
    #[error("{}: open in another klarhet (process {pid})", path.display())]
    Locked {
        /// The session.
        path: PathBuf,
        /// The process that has it open.
        pid: u32,
    },
}

/// What the operating system said, in words of the catalogue for the failures a
/// user can do something about; the system's own words for the rest.
fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::tr!(lang, "io-not-found"),
        K::PermissionDenied => crate::tr!(lang, "io-permission-denied"),
        K::AlreadyExists => crate::tr!(lang, "io-already-exists"),
        K::StorageFull => crate::tr!(lang, "io-storage-full"),
        K::ReadOnlyFilesystem => crate::tr!(lang, "io-read-only"),
        K::IsADirectory => crate::tr!(lang, "io-is-a-directory"),
        K::NotADirectory => crate::tr!(lang, "io-not-a-directory"),
        K::InvalidData => crate::tr!(lang, "io-invalid-data"),
        _ => e.to_string(),
    }
}

fn render_invalid(
    path: &std::path::Path,
    pos: &Option<Pos>,
    problem: &Problem,
    lang: Lang,
) -> String {
    match pos {
        Some(pos) => format!("{}:{pos}: {}", path.display(), problem.describe(lang)),
        None => format!("{}: {}", path.display(), problem.describe(lang)),
    }
}

impl Error {
    /// Builds an I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The error in words, in `lang`, ready for the terminal.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Invalid { path, pos, problem } => render_invalid(path, pos, problem, lang),
            Error::Io { path, source } => {
                format!("{}: {}", path.display(), io_reason(source, lang))
            }
            Error::NoSession { arg, dir } => crate::tr!(
                lang,
                "error-no-session",
                arg = arg.as_str(),
                dir = dir.display().to_string()
            ),
            Error::NoTheme { name, built_in } => crate::tr!(
                lang,
                "error-no-theme",
                name = name.as_str(),
                built_in = built_in.join(", ")
            ),
            Error::NoOpenSession => crate::tr!(lang, "error-no-open-session"),
            Error::NotSaved => crate::tr!(lang, "error-not-saved"),
            Error::NoModel { id } => crate::tr!(lang, "error-no-model", id = id.as_str()),
            Error::NoDataDir => crate::tr!(lang, "error-no-data-dir"),
            Error::CompareFormat { format } => {
                crate::tr!(lang, "error-compare-format", format = format.to_owned())
            }
            Error::Mismatch(m) => m.describe(lang),
            Error::Locked { path, pid } => crate::tr!(
                lang,
                "error-locked",
                path = path.display().to_string(),
                pid = pid.to_string()
            ),
        }
    }

    /// True when the error is the user's input being wrong (exit code 2), as opposed
    /// to the machine failing.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Error::Invalid { .. }
                | Error::NoSession { .. }
                | Error::NoTheme { .. }
                | Error::NoOpenSession
                | Error::NoModel { .. }
                | Error::NoDataDir
                | Error::CompareFormat { .. }
                | Error::Mismatch(_)
                | Error::Locked { .. }
        )
    }
}

/// Result with the domain's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
