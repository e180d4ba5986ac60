//! Errors of the domain. Every error about a file names the file, and where the
//! problem has a place in it, the line and column.

use crate::text::{Lang, pick};
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

/// What is wrong with a file's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The RON parser stopped; the text is the parser's own account of what it expected.
    Syntax(String),
    /// Two entries of one kind share an id.
    DuplicateId { kind: &'static str, id: String },
    /// A reference to an id that does not exist.
    DanglingId { kind: &'static str, id: String },
    /// A recommendation that addresses no challenge.
    AddressesNothing { id: String },
    /// The causal links are marked as a cycle but do not form one cycle through every challenge.
    BrokenCycle(String),
    /// Anything else that breaks the model's or the session's rules.
    Rule(String),
    /// A session written by a newer klarhet.
    NewerSchema { found: u32, supported: u32 },
}

impl Problem {
    /// The problem in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax(msg) => format!(
                "{} {msg}",
                pick(
                    lang,
                    "filen kunde inte läsas:",
                    "the file could not be read:"
                )
            ),
            Problem::DuplicateId { kind, id } => match lang {
                Lang::SV => format!("id \"{id}\" finns redan ({kind}); varje id måste vara unikt"),
                _ => format!("id \"{id}\" is used twice ({kind}); every id must be unique"),
            },
            Problem::DanglingId { kind, id } => match lang {
                Lang::SV => format!("okänt id \"{id}\": förväntade id för en befintlig {kind}"),
                _ => format!("unknown id \"{id}\": expected the id of an existing {kind}"),
            },
            Problem::AddressesNothing { id } => match lang {
                Lang::SV => format!(
                    "rekommendationen \"{id}\" adresserar ingen utmaning: förväntade minst ett id i addresses"
                ),
                _ => format!(
                    "recommendation \"{id}\" addresses no challenge: expected at least one id in addresses"
                ),
            },
            Problem::BrokenCycle(detail) => format!(
                "{} {detail}",
                pick(
                    lang,
                    "cirkeln besöker inte varje utmaning exakt en gång:",
                    "the circle does not visit every challenge exactly once:"
                )
            ),
            Problem::Rule(msg) => msg.clone(),
            Problem::NewerSchema { found, supported } => match lang {
                Lang::SV => format!(
                    "sessionen har schemaversion {found}, men den här klarhet läser högst version {supported}; uppdatera klarhet för att öppna den (filen lämnas orörd)"
                ),
                _ => format!(
                    "the session has schema version {found}, but this klarhet reads version {supported} at most; update klarhet to open it (the file is left untouched)"
                ),
            },
        }
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
    /// Something the user asked for that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// Another klarhet has the session open.
    #[error("{}: open in another klarhet (process {pid})", path.display())]
    Locked {
        /// The session.
        path: PathBuf,
        /// The process that has it open.
        pid: u32,
    },
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
            Error::Io { path, source } => format!("{}: {source}", path.display()),
            Error::NotFound(what) => what.clone(),
            Error::Locked { path, pid } => match lang {
                Lang::SV => format!(
                    "{}: sessionen är öppen i en annan klarhet (process {pid}); stäng den först",
                    path.display()
                ),
                _ => format!(
                    "{}: the session is open in another klarhet (process {pid}); close that one first",
                    path.display()
                ),
            },
        }
    }

    /// True when the error is the user's input being wrong (exit code 2), as opposed
    /// to the machine failing.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Error::Invalid { .. } | Error::NotFound(_) | Error::Locked { .. }
        )
    }
}

/// Result with the domain's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
