//! The temporary files of atomic writes, and the ones a kill left behind.
//!
//! An atomic write (see [`super::write_atomic`]) writes
//! `.klarhet-<name>.<random>.tmp` beside the file `<name>` it replaces, then
//! renames it over that file. A kill between the two leaves the temporary file
//! behind: a full copy of what was being written, a session or a journal whose
//! open answers are tied to their voters, which nothing would ever remove and
//! which outlives the seal of those ballots. Its name says which file it was
//! for. A session, its backup and its journal are written only by the klarhet
//! that holds the session's lock, so the one that takes the lock knows that no
//! writer of theirs is left, and removes them ([`sweep`]). Files of any other
//! name (another session's, an export's, the folder's index) are left alone.

use super::{NAME_MAX, backup_path, journal};
use std::path::Path;

const PREFIX: &str = ".klarhet-";
/// The end of every temporary file's name.
pub(super) const SUFFIX: &str = ".tmp";
/// The random characters the temporary file's name has before its suffix.
pub(super) const RANDOM: usize = 6;

/// The start of the name of a temporary file that replaces `target`:
/// `.klarhet-<name>.`. A name too long for that within [`NAME_MAX`] is cut
/// between two characters and given a fingerprint of the whole name, so that
/// two long names never share their temporary files.
pub(super) fn prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let room = NAME_MAX - PREFIX.len() - ".".len() - RANDOM - SUFFIX.len();
    if name.len() <= room {
        return format!("{PREFIX}{name}.");
    }
    let mark = format!("~{}", &journal::fingerprint(name.as_bytes())[..16]);
    let mut cut = room - mark.len();
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{PREFIX}{}{mark}.", &name[..cut])
}

/// Removes the temporary files that writes of `session`, its backup and its
/// journal cut off by a kill left in its folder. Only the holder of the
/// session's lock calls it: the lock proves that none of their writers is
/// still at work. A file that cannot be removed stays; nothing depends on it.
pub(super) fn sweep(session: &Path) {
    let Some(dir) = session.parent() else {
        return;
    };
    let prefixes = [
        prefix(session),
        prefix(&backup_path(session)),
        prefix(&journal::path_of(session)),
    ];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let left = prefixes.iter().any(|p| {
            name.len() == p.len() + RANDOM + SUFFIX.len()
                && name.starts_with(p.as_str())
                && name.ends_with(SUFFIX)
        });
        if left && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_temporary_file_is_named_for_its_file_and_fits_every_file_system() {
        let short = PathBuf::from("/s/2026-11-22-åre.ron");
        assert_eq!(prefix(&short), ".klarhet-2026-11-22-åre.ron.");
        let long = PathBuf::from(format!("/s/{}.ron", "ö".repeat(120)));
        let longer = PathBuf::from(format!("/s/{}.ron.bak", "ö".repeat(120)));
        let (a, b) = (prefix(&long), prefix(&longer));
        assert!(a.len() + RANDOM + SUFFIX.len() <= NAME_MAX, "{}", a.len());
        assert!(b.len() + RANDOM + SUFFIX.len() <= NAME_MAX, "{}", b.len());
        assert_ne!(a, b, "cut alike, told apart by the fingerprint");
    }
}
