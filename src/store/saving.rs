//! Writing the open session whole: its generation one higher, the file it
//! replaces kept as the backup, and the journal it folds in removed.

use super::{Lock, file_id, journal};
use crate::error::Result;
use crate::model::session::Session;

/// Saves `session` to the file `lock` holds, atomically with mode 0600, first
/// keeping the file it replaces as `<name>.bak`; the lock moves to the new file.
/// The session's generation goes up by one with every write, so that a journal
/// left beside the file is known to be in it (see [`journal`]); a session that
/// is already the file's content is not written again. Gives what the next
/// journal continues.
pub fn save(lock: &Lock, session: &mut Session) -> Result<journal::Base> {
    let was = session.generation();
    session.set_generation(was + 1);
    let bytes = session.to_ron();
    // Read through the locked handle: on Windows no other handle may read it.
    let previous = lock.read_bytes().ok();
    let base = match previous {
        Some(previous) if unchanged(&previous, &bytes, was) => {
            session.set_generation(was);
            journal::Base::written(&previous, session)
        }
        previous => {
            // Empty is the file `Lock::acquire` has just made: nothing to keep.
            if let Some(previous) = previous.filter(|p| !p.is_empty()) {
                if ties_nothing_new(&previous, &bytes, session) {
                    file_id::keep_as_backup(lock.path(), &previous)?;
                } else {
                    // The previous file holds an answer that is no longer open
                    // (a ballot sealed since): kept as the backup it would tie
                    // that ballot to its voter, so it goes with the rename, and
                    // an older backup, which may too, goes before it.
                    drop_backup(lock.path())?;
                }
            }
            lock.replace(bytes.as_bytes())?;
            journal::Base::written(bytes.as_bytes(), session)
        }
    };
    // The file now holds everything the journal did: the journal goes, and with
    // it the ids it tied to answers that a sealed ballot has since taken. One that
    // cannot go (an immutable file) is harmless to the votes, since the file's
    // higher generation says it is folded, and nothing is appended to it.
    if journal::remove(lock.path()).is_err() {
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .open(journal::path_of(lock.path()))
            .and_then(|f| f.set_len(0));
    }
    Ok(base)
}

/// True when every open answer the `previous` file holds is still open in
/// `session` (whose file is `next`), so that keeping it as the backup ties no
/// sealed ballot to its voter. The answers are compared by statement and voter
/// from the files' `responses`, read alone; a file klarhet did not lay out
/// (where they cannot be found) is not kept.
fn ties_nothing_new(previous: &[u8], next: &str, session: &Session) -> bool {
    let Some(before) = std::str::from_utf8(previous).ok().and_then(responses_text) else {
        return false;
    };
    if responses_text(next) == Some(before) {
        return true;
    }
    let Some(before) = open_in(previous) else {
        return false;
    };
    before
        .iter()
        .all(|(statement, voter)| session.responses().open_answer(statement, *voter).is_some())
}

/// The open answers a session file holds, by statement and voter, read from
/// its `responses` alone; none when they cannot be found there.
pub(super) fn open_in(file: &[u8]) -> Option<journal::Ties> {
    let text = responses_text(std::str::from_utf8(file).ok()?)?;
    let responses = ron::from_str::<crate::model::session::Responses>(text).ok()?;
    Some(
        responses
            .open_ballots()
            .map(|(statement, voter)| (statement.to_owned(), voter))
            .collect(),
    )
}

/// The value of a session file's `responses` as [`Session::to_ron`] lays it
/// out: `{}` or a map whose entries are one line each, closed at the field's
/// own indentation.
fn responses_text(file: &str) -> Option<&str> {
    const FIELD: &str = "\n    responses: ";
    let rest = &file[file.find(FIELD)? + FIELD.len()..];
    if rest.starts_with("{}") {
        return Some(&rest[..2]);
    }
    let end = rest.find("\n    }")? + "\n    }".len();
    Some(&rest[..end])
}

/// Removes the backup of the session at `path`, if there is one.
fn drop_backup(path: &std::path::Path) -> Result<()> {
    let backup = super::backup_path(path);
    match std::fs::remove_file(&backup) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(crate::error::Error::io(&backup, e)),
    }
}

/// True when `previous` is the session `next` at the generation before: only
/// the generation's own line tells them apart.
fn unchanged(previous: &[u8], next: &str, was: u64) -> bool {
    let line = |g: u64| format!("\n    generation: {g},\n");
    previous.len() + line(was + 1).len() == next.len() + line(was).len()
        && next.contains(&line(was + 1))
        && previous == next.replacen(&line(was + 1), &line(was), 1).as_bytes()
}
