//! The domain: the assessment model, the session, and the scoring engine.
//! Nothing here knows about terminals.
//!
//! The modules depend on each other one way: `assessment` ← `ballots` ← `session`
//! (plain data and lookups) ← `validate` (the rules) ← `load` (parsing files and
//! checking them, which gives `Assessment::parse`, `Catalog::load` and
//! `Session::check_against`).

pub mod assessment;
pub mod ballots;
mod load;
pub mod scoring;
pub mod session;
mod validate;

pub use assessment::Assessment;
pub use session::Session;

use crate::error::{Error, Pos, Problem, Result};
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{LazyLock, Mutex};

/// Parses RON into `T`, turning the parser's error into one that names the file,
/// the line and the column.
pub(crate) fn parse_ron<T: DeserializeOwned>(src: &str, path: &Path) -> Result<T> {
    ron::Options::default()
        .from_str(src)
        .map_err(|e: ron::error::SpannedError| Error::Invalid {
            path: path.to_owned(),
            pos: Some(Pos {
                line: e.span.start.line,
                col: e.span.start.col,
            }),
            problem: Problem::Syntax(e.code.to_string()),
        })
}

/// A text from the catalogue as `&'static str`, for the labels whose callers keep
/// one (`Role::label`, `Status::label`, …). Each distinct text is kept once for the
/// life of the program; there are a few dozen of them per language.
pub(crate) fn interned(text: String) -> &'static str {
    static TEXTS: LazyLock<Mutex<BTreeSet<&'static str>>> =
        LazyLock::new(|| Mutex::new(BTreeSet::new()));
    let mut texts = TEXTS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = texts.get(text.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    texts.insert(leaked);
    leaked
}
