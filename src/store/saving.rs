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
            journal::Base::of(&previous, was)
        }
        previous => {
            // Empty is the file `Lock::acquire` has just made: nothing to keep.
            if let Some(previous) = previous.filter(|p| !p.is_empty()) {
                file_id::keep_as_backup(lock.path(), &previous)?;
            }
            lock.replace(bytes.as_bytes())?;
            journal::Base::of(bytes.as_bytes(), session.generation())
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

/// True when `previous` is the session `next` at the generation before: only
/// the generation's own line tells them apart.
fn unchanged(previous: &[u8], next: &str, was: u64) -> bool {
    let line = |g: u64| format!("\n    generation: {g},\n");
    previous.len() + line(was + 1).len() == next.len() + line(was).len()
        && next.contains(&line(was + 1))
        && previous == next.replacen(&line(was + 1), &line(was), 1).as_bytes()
}
