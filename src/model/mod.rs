//! The domain: the assessment model, the session, and the scoring engine.
//! Nothing here knows about terminals.
//!
//! The modules depend on each other one way: `assessment` ← `ballots`, `draft` ← `session`
//! (plain data and lookups) ← `validate` (the rules) ← `load` (parsing text and
//! checking it, which gives `Assessment::parse`, `Catalog::embedded` and
//! `Session::check_against`). Files are read by `crate::store`, never here.

pub mod agenda;
#[cfg(test)]
mod agenda_tests;
pub mod alternatives;
pub mod area_prompts;
pub mod assessment;
pub mod ballot_box;
#[cfg(test)]
mod ballot_box_tests;
pub mod ballots;
pub mod careless;
pub mod catalog;
pub mod caveat;
mod change_facts;
mod checks;
pub mod choice;
pub mod command;
mod command_agenda;
mod command_apply;
mod command_groups;
#[cfg(test)]
mod command_groups_tests;
mod command_replay;
#[cfg(test)]
mod command_round_tests;
#[cfg(test)]
mod command_tests;
#[cfg(test)]
mod command_vote_tests;
pub mod dates;
pub mod decisions;
pub mod discussion;
#[cfg(test)]
mod discussion_tests;
pub mod draft;
pub mod embedded;
pub mod envelope;
pub mod group_words;
pub mod groups;
pub mod journal;
mod load;
pub mod noun;
pub mod open_answers;
#[cfg(test)]
mod open_answers_tests;
pub mod participant;
pub mod participant_list;
pub mod participants;
pub mod pending;
pub mod people;
pub mod phases;
pub mod picks;
mod picks_apply;
#[cfg(test)]
mod picks_tests;
pub mod placement;
pub mod plan;
pub mod privacy;
pub mod prompts;
pub mod references;
#[cfg(test)]
mod role_counts_tests;
pub mod room;
#[cfg(test)]
mod room_tests;
pub mod roster;
pub mod round;
pub mod rounds;
pub mod scale;
#[cfg(test)]
mod scale_tests;
pub mod scoring;
mod sealed_record;
pub mod session;
pub mod session_groups;
mod session_read;
pub mod speaker_notes;
pub mod step_keys;
pub mod steps;
#[cfg(test)]
mod steps_tests;
pub mod strict;
pub mod terms;
#[cfg(test)]
pub(crate) mod test_ballots;
mod validate;
mod vote_replay;
mod voter_batch;
pub mod voter_map;

pub use assessment::Assessment;
pub use command::Command;
pub use command_apply::nearest_value;
pub use load::DEFAULT_MODEL_ID;
pub use session::Session;

use crate::error::{Error, Pos, Problem, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses RON into `T`, turning the parser's error into one that names the file,
/// the line and the column.
///
/// A file with nothing in it (or only blank space) is said to be empty: the
/// parser would blame a missing parenthesis, which sends the reader looking for
/// a fault in content that is not there.
pub(crate) fn parse_ron<T: DeserializeOwned>(src: &str, path: &Path) -> Result<T> {
    let src = without_bom(src);
    if is_blank(src) {
        return Err(Error::Invalid {
            path: path.to_owned(),
            pos: None,
            problem: Problem::EmptyFile,
            terms: None,
        });
    }
    ron::Options::default()
        .from_str(src)
        .map_err(|e: ron::error::SpannedError| Error::Invalid {
            path: path.to_owned(),
            pos: Some(Pos {
                line: e.span.start.line,
                col: e.span.start.col,
            }),
            problem: Problem::Syntax(Box::new((&e.code).into())),
            terms: None,
        })
}

/// `src` without the byte-order mark that Notepad and some other editors put at
/// the start of a UTF-8 file. The mark is not text: the parser would stop at it,
/// and a user does not see it, so columns on the first line are counted after it.
/// Only the text is read without it; the file's bytes, which a journal's
/// fingerprint names, stay as they are until klarhet next saves the session,
/// which writes it without the mark.
pub fn without_bom(src: &str) -> &str {
    src.strip_prefix('\u{feff}').unwrap_or(src)
}

/// True when `src` holds nothing but blank space (a byte order mark included).
pub(crate) fn is_blank(src: &str) -> bool {
    src.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}
