//! Opening a session together with its journal, and deciding what the journal's
//! votes are to the file as it is now: the rest of it, already in it, or votes
//! that cannot be put into it, which are then never thrown away.

use super::journal::{self, Continues};
use crate::error::{Error, Pos, Problem, Result};
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use std::path::{Path, PathBuf};

/// What opening a session made of the journal beside it.
#[derive(Debug, Clone, PartialEq)]
pub enum Journalled {
    /// There is no journal, or nothing in it was written whole.
    Nothing,
    /// The journal continues the file; this many changes from it were applied.
    Continued(usize),
    /// The journal continues a file that klarhet has written whole since: what it
    /// holds is in the file already. It goes at the next save.
    Folded,
    /// The file was changed by another hand (an editor, a restored copy) after the
    /// journal began; this many changes from it were replayed onto the file as it
    /// is now.
    OntoChanged(usize),
    /// The journal cannot be applied to the file as it is now. The session is the
    /// file alone, and it may only be read until the user has decided.
    Unmatched(Unmatched),
}

/// A journal that could not be applied to its session file.
#[derive(Debug, Clone, PartialEq)]
pub struct Unmatched {
    /// The journal: beside the session, or kept aside under a name that says so.
    pub journal: PathBuf,
    /// The record that could not be applied, and why; none for a journal kept
    /// aside by an earlier opening.
    pub fault: Option<(Pos, Problem)>,
}

impl Unmatched {
    /// The error a reader of the session gives: it names both files and says how
    /// to get the votes back.
    pub fn error(&self, session: &Path) -> Error {
        Error::UnmatchedJournal {
            session: session.to_owned(),
            journal: self.journal.clone(),
            fault: self.fault.clone().map(Box::new),
        }
    }
}

/// Applies the journal beside `path` (whose text is `src`) to `session`, read from
/// that text, as far as the journal can be trusted to belong to it.
pub(super) fn apply_journal(
    src: &str,
    path: &Path,
    session: &mut Session,
    model: &Assessment,
) -> Result<Journalled> {
    let kept_aside = journal::unmatched_path_of(path);
    if kept_aside.exists() {
        return Ok(Journalled::Unmatched(Unmatched {
            journal: kept_aside,
            fault: None,
        }));
    }
    let read = match journal::read(path) {
        Ok(Some(read)) => read,
        Ok(None) => return Ok(Journalled::Nothing),
        // Damaged in the middle: not a crash's doing, and not to be guessed at.
        Err(Error::Invalid {
            path: journal,
            pos,
            problem,
            ..
        }) => {
            return Ok(Journalled::Unmatched(Unmatched {
                journal,
                fault: Some((pos.unwrap_or(Pos { line: 1, col: 1 }), problem)),
            }));
        }
        Err(e) => return Err(e),
    };
    let (Some(continues), false) = (read.continues, read.changes.is_empty()) else {
        return Ok(Journalled::Nothing);
    };
    let onto_changed = if continues.is(&journal::fingerprint(src.as_bytes())) {
        false
    } else {
        match continues {
            Continues::File(base) if session.generation() > base.generation => {
                return Ok(Journalled::Folded);
            }
            // The file is at the journal's generation or before it, yet not the
            // file the journal began on: something else wrote it, and the votes
            // in the journal are in no other place.
            Continues::File(_) => true,
            // A journal of a klarhet that did not count generations: folded if
            // this klarhet has written the file since; otherwise there is no
            // telling whether its votes are older or newer than the file's.
            Continues::Unnumbered(_) if session.generation() > 0 => {
                return Ok(Journalled::Folded);
            }
            Continues::Unnumbered(_) => {
                return Ok(Journalled::Unmatched(Unmatched {
                    journal: journal::path_of(path),
                    fault: Some((Pos { line: 1, col: 1 }, Problem::StaleJournal)),
                }));
            }
        }
    };
    let mut replayed = session.clone();
    for (line, change) in &read.changes {
        if let Err(problem) = replayed.replay(model, change, true) {
            return Ok(Journalled::Unmatched(Unmatched {
                journal: journal::path_of(path),
                fault: Some((
                    Pos {
                        line: *line,
                        col: 1,
                    },
                    problem,
                )),
            }));
        }
    }
    *session = replayed;
    let n = read.changes.len();
    Ok(if onto_changed {
        Journalled::OntoChanged(n)
    } else {
        Journalled::Continued(n)
    })
}

/// Moves a journal that could not be applied out of the way of the next save
/// (which would remove it), under a name that says so; only the klarhet that
/// holds the session's lock does this. When it cannot be moved (a journal kept
/// aside already, an immutable file), it stays where it is, and still no save
/// happens, since the session is then only read.
pub fn set_aside(session: &Path, unmatched: &mut Unmatched) {
    if unmatched.journal == journal::path_of(session)
        && let Ok(to) = journal::keep_unmatched(session)
    {
        unmatched.journal = to;
    }
}
