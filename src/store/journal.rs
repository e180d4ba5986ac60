//! The journal beside a session file, `<name>.ron.journal`: votes appended one
//! line each and synced before the screen moves on, so that a vote in a session
//! of thousands costs a short write, not a rewrite of the whole file.
//!
//! Its first line names the session file it continues by the SHA-256 of that
//! file's bytes. A journal that does not continue the file as it is now (the
//! file was saved whole after it, and the journal's removal did not happen) is
//! stale: it is not read, and it is never appended to. A last line cut off by a
//! crash was never acknowledged, and is left out. The journal is folded into the
//! file, and removed, on every whole save: when a ballot is sealed, when the
//! session is opened by the klarhet that holds it, and on any other change.

use super::names;
use crate::error::{Error, Pos, Problem, Result};
use crate::model::journal::Change;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const HEADER: &str = "klarhet-journal 1 ";

/// The journal of the session file at `session`.
pub fn path_of(session: &Path) -> PathBuf {
    names::beside(session, ".journal")
}

/// The fingerprint that ties a journal to the bytes of its session file.
pub fn fingerprint(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Appends `changes` to the journal of `session`, which must continue the file
/// whose fingerprint is `base`, and syncs it to disk.
pub fn append(session: &Path, base: &str, changes: &[Change]) -> Result<()> {
    let path = path_of(session);
    let io = |e: std::io::Error| Error::io(&path, e);
    let mut options = std::fs::OpenOptions::new();
    options.create(true).read(true).append(true);
    super::private::owner_only(&mut options);
    let mut file = options.open(&path).map_err(io)?;
    let mut head = String::new();
    let len = file.metadata().map_err(io)?.len();
    if len == 0 {
        // A journal just made: private before its first line (on Windows, where
        // the open could not say so).
        super::private::restrict(&path).map_err(io)?;
    }
    if len > 0 {
        // Only the header is read: appending to a journal of another file would
        // put these votes where no reader looks.
        let mut first = vec![0; HEADER.len() + 64];
        let n = file.read(&mut first).map_err(io)?;
        head = String::from_utf8_lossy(&first[..n]).into_owned();
        if head != format!("{HEADER}{base}") {
            return Err(Error::Invalid {
                path: path.clone(),
                pos: Some(Pos { line: 1, col: 1 }),
                problem: Problem::StaleJournal,
            });
        }
    }
    let mut text = String::new();
    if head.is_empty() {
        text.push_str(HEADER);
        text.push_str(base);
        text.push('\n');
    }
    for change in changes {
        let line =
            ron::to_string(change).map_err(|e| Error::io(&path, std::io::Error::other(e)))?;
        text.push_str(&line);
        text.push('\n');
    }
    file.write_all(text.as_bytes()).map_err(io)?;
    file.sync_data().map_err(io)?;
    if len == 0 {
        // A new file's name must survive a power cut as well as its content.
        #[cfg(unix)]
        if let Some(dir) = path.parent().and_then(|d| std::fs::File::open(d).ok()) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

/// The changes in the journal of `session` that continue the file as read,
/// whose fingerprint is `base`; none when there is no journal or it is stale.
/// Each with its line, for an error that names it.
pub fn read(session: &Path, base: &str) -> Result<Vec<(usize, Change)>> {
    let path = path_of(session);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let text = crate::files::decode(bytes, &path)?;
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some(&format!("{HEADER}{base}")) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let number = i + 2;
        match ron::from_str::<Change>(line.trim_end()) {
            Ok(change) => out.push((number, change)),
            // A last line cut off by a crash was never acknowledged.
            Err(_) if !line.ends_with('\n') => break,
            Err(e) => {
                return Err(Error::Invalid {
                    path,
                    pos: Some(Pos {
                        line: number,
                        col: e.span.start.col,
                    }),
                    problem: Problem::Syntax((&e.code).into()),
                });
            }
        }
    }
    Ok(out)
}

/// Removes the journal of `session` once the file holds everything in it.
pub fn remove(session: &Path) -> Result<()> {
    let path = path_of(session);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(&path, e)),
    }
}
