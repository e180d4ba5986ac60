//! `klarhet new`: a session prepared without the workbench, its room filled
//! from a list of participants or given an anonymous seat count.

use crate::error::{Error, Problem};
use crate::files::Kind;
use crate::model::command::Command;
use crate::model::session::MAX_HEADCOUNT;
use std::path::Path;

/// The participants `file` lists, to enrol in the file's order. A line that is
/// not `alias;role` is refused with its file, line and column, and so is a list
/// with nobody on it; nothing is saved then.
pub(super) fn participants(
    file: &Path,
    choices: &[crate::model::roster::Choice],
) -> Result<Command, Error> {
    let text = crate::files::read_text(file, Kind::Participants)?;
    let invalid = |pos, problem| Error::Invalid {
        path: file.to_owned(),
        pos,
        problem,
        terms: None,
    };
    let list =
        crate::model::roster::read(&text, choices).map_err(|(pos, p)| invalid(Some(pos), p))?;
    if list.is_empty() {
        return Err(invalid(None, Problem::EmptyFile));
    }
    let count = u32::try_from(list.len()).unwrap_or(u32::MAX);
    if count > MAX_HEADCOUNT {
        let max = MAX_HEADCOUNT;
        return Err(invalid(None, Problem::HeadCountTooLarge { count, max }));
    }
    Ok(Command::Enrol { people: list })
}
