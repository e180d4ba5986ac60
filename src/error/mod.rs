//! Errors of the domain. Every error about a file names the file, and where the
//! problem has a place in it, the line and column.

mod construct;
mod cycle;
mod envelope;
mod groups;
mod problem;
mod problem_words;
mod reasons;
pub(crate) mod ron_codes;
mod scale_fault;
mod syntax;

pub use construct::ConstructFault;
pub use cycle::CycleFault;
pub use envelope::Envelope;
pub use groups::GroupProblem;
pub use problem::Problem;
pub use ron_codes::Custom;
pub use scale_fault::ScaleFault;
pub use syntax::{Found, Kind, Syntax, Token};

use crate::text::Lang;
use reasons::{io_reason, render_invalid, unmatched};
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
    #[error("{}", render_invalid(path, pos, problem, terms.as_deref(), Lang::EN))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Where in it, when known.
        pos: Option<Pos>,
        /// What is wrong.
        problem: Problem,
        /// The words of the model the file was checked against, or is, for
        /// what the problem calls its dimensions; none: the catalogue's.
        terms: Option<Box<crate::model::terms::Terms>>,
    },
    /// A file that could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Standard output could not take what was written to it (a full disk
    /// behind `> file`, `> /dev/full`); a closed pipe is not this error.
    #[error("{}", self.render(Lang::EN))]
    Stdout(std::io::Error),
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
    /// No theme by this name, told on the command line with the user's own
    /// themes and the folder they go in.
    #[error("{}", self.render(Lang::EN))]
    NoThemeOfOwn {
        /// The name asked for.
        name: String,
        /// The built-in themes.
        built_in: Vec<&'static str>,
        /// The user's themes, by name.
        own: Vec<String>,
        /// Where the user's themes go, as `NAME.ron`.
        dir: PathBuf,
    },
    /// `-o ""`: no path at all.
    #[error("{}", self.render(Lang::EN))]
    EmptyPath,
    /// `-o` naming a folder, with a file in it to give instead.
    #[error("{}", self.render(Lang::EN))]
    OutputIsFolder {
        /// The folder.
        path: PathBuf,
        /// A file in it that would do.
        example: PathBuf,
    },
    /// `-o` whose extension names none of the command's formats, and no `--format`.
    #[error("{}", self.render(Lang::EN))]
    UnknownExtension {
        /// The file.
        path: PathBuf,
        /// Its extension, without the dot.
        extension: String,
        /// The formats the command writes.
        known: Vec<String>,
    },
    /// The workbench started without a terminal to draw on or read keys from.
    #[error("{}", self.render(Lang::EN))]
    NoTerminal {
        /// The commands that work without one.
        commands: Vec<String>,
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
    /// Two sessions whose models cannot be matched statement by statement.
    #[error("{}", self.render(Lang::EN))]
    Mismatch(Mismatch),
    /// A room for a session with nobody to answer: no participants, no head count.
    #[error("{}", self.render(Lang::EN))]
    NoVoters,
    /// A room whose every challenge has its results shown: it would have
    /// nothing to ask.
    #[error("{}", self.render(Lang::EN))]
    AllShown,
    /// `klarhet room` on a session the workbench holds: the room must be
    /// opened there, or the workbench closed first.
    #[error("{}", self.render(Lang::EN))]
    RoomHeld {
        /// The session.
        path: PathBuf,
    },
    /// A challenge asked for by id that the session's model does not have.
    #[error("{}", self.render(Lang::EN))]
    UnknownChallenge {
        /// The id asked for.
        id: String,
    },
    /// A session klarhet will not write: another klarhet has it open, or it has
    /// hard links.
    #[error("{}", self.render(Lang::EN))]
    ReadOnly {
        /// The session.
        path: PathBuf,
        /// Why.
        why: crate::store::ReadOnly,
    },
    /// A change asked of a session that its model or its privacy rules refuse.
    #[error("{}", self.render(Lang::EN))]
    Refused(Problem),
    /// A journal of acknowledged votes that cannot be applied to its session
    /// file as the file is now (changed by another hand, or damaged).
    #[error("{}", self.render(Lang::EN))]
    UnmatchedJournal {
        /// The session file.
        session: PathBuf,
        /// The journal, where it is now.
        journal: PathBuf,
        /// The record that could not be applied, and why (boxed: errors are
        /// passed by value everywhere, and this is the rare one).
        fault: Option<Box<(Pos, Problem)>>,
    },
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
            Error::Invalid {
                path,
                pos,
                problem,
                terms,
            } => render_invalid(path, pos, problem, terms.as_deref(), lang),
            Error::Io { path, source } => {
                format!("{}: {}", path.display(), io_reason(source, lang))
            }
            Error::Stdout(e) => crate::tr!(lang, "error-stdout", reason = io_reason(e, lang)),
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
            Error::NoThemeOfOwn {
                name,
                built_in,
                own,
                dir,
            } => crate::tr!(
                lang,
                "error-no-theme-own",
                name = name.as_str(),
                built_in = built_in.join(", "),
                own = own.join(", "),
                count = own.len(),
                dir = dir.display().to_string()
            ),
            Error::EmptyPath => crate::tr!(lang, "error-empty-path"),
            Error::OutputIsFolder { path, example } => crate::tr!(
                lang,
                "error-output-is-folder",
                path = path.display().to_string(),
                example = example.display().to_string()
            ),
            Error::UnknownExtension {
                path,
                extension,
                known,
            } => crate::tr!(
                lang,
                "error-unknown-extension",
                path = path.display().to_string(),
                extension = extension.as_str(),
                known = known
                    .iter()
                    .map(|k| format!(".{k}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Error::NoTerminal { commands } => {
                crate::tr!(lang, "error-no-terminal", commands = commands.join(", "))
            }
            Error::NoOpenSession => crate::tr!(lang, "error-no-open-session"),
            Error::NotSaved => crate::tr!(lang, "error-not-saved"),
            Error::NoModel { id } => crate::tr!(lang, "error-no-model", id = id.as_str()),
            Error::NoDataDir => crate::tr!(lang, "error-no-data-dir"),
            Error::Mismatch(m) => m.describe(lang),
            Error::NoVoters => crate::tr!(lang, "error-no-voters"),
            Error::AllShown => crate::error::Problem::AllShown.describe(lang),
            Error::Refused(problem) => problem.describe(lang),
            Error::RoomHeld { path } => {
                crate::tr!(lang, "error-room-held", path = path.display().to_string())
            }
            Error::UnknownChallenge { id } => {
                crate::tr!(lang, "error-unknown-challenge", id = id.to_owned())
            }
            Error::ReadOnly { path, why } => crate::tr!(
                lang,
                "error-read-only",
                path = path.display().to_string(),
                reason = why.describe(path, lang)
            ),
            Error::UnmatchedJournal {
                session,
                journal,
                fault,
            } => unmatched(session, journal, fault.as_deref(), lang),
        }
    }

    /// True when the error is the user's input being wrong (exit code 2): a file
    /// whose content klarhet cannot take, or an argument that names nothing. A
    /// failure of the environment (exit code 1) is anything the user's input did
    /// not cause: a file or session that is not there, a full disk, a session
    /// another klarhet holds.
    pub fn is_bad_input(&self) -> bool {
        match self {
            Error::Invalid { .. }
            | Error::NoTheme { .. }
            | Error::NoThemeOfOwn { .. }
            | Error::EmptyPath
            | Error::OutputIsFolder { .. }
            | Error::UnknownExtension { .. }
            // Exit code 2: the same command from a terminal works, so it is the
            // way it was started that is wrong, and trying again will not help.
            | Error::NoTerminal { .. }
            | Error::NoOpenSession
            | Error::NoModel { .. }
            | Error::UnknownChallenge { .. }
            | Error::NoVoters
            | Error::AllShown
            | Error::Mismatch(_)
            | Error::Refused(_)
            | Error::UnmatchedJournal { .. } => true,
            Error::Io { .. }
            | Error::Stdout(_)
            | Error::NoSession { .. }
            | Error::NotSaved
            | Error::NoDataDir
            | Error::ReadOnly { .. }
            | Error::RoomHeld { .. } => false,
        }
    }

    /// The process's exit code for this error: 2 for bad input, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        if self.is_bad_input() { 2 } else { 1 }
    }
}

/// Result with the domain's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
