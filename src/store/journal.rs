//! The journal beside a session file, `<name>.ron.journal`: votes appended one
//! line each and synced before the screen moves on, so that a vote in a session
//! of thousands costs a short write, not a rewrite of the whole file.
//!
//! Its first line names the session file it continues: the SHA-256 of that file's
//! bytes and its generation (how many times klarhet had written it whole). Each
//! line after it is one change and a checksum of it, so that a reader can tell a
//! whole record from a torn one whatever byte a crash or a full disk cut it at.
//!
//! The rules that keep every acknowledged vote:
//! - A failed append leaves nothing behind: the journal is cut back to its last
//!   whole record, and one that cannot be is never appended to again (a whole save
//!   takes over).
//! - A journal is only appended to while its first line names the file as it was
//!   last written; every whole save folds the journal into the file and removes
//!   it, and gives the file a higher generation.
//! - Opening reads a journal that continues the file, and also one whose file was
//!   changed by another hand since (a hand edit, a restored copy: the file's
//!   generation is not past the journal's), replaying it onto the file as it is
//!   now (see [`super::opening`]). Only a journal whose file klarhet has written
//!   whole since is known to be in the file already, and is left out.
//! - A last line without its newline was cut off by a crash and was never
//!   acknowledged: it is left out, whatever byte it ends on. A whole record glued
//!   behind a torn one (as klarhet before 0.1 could leave after a full disk) is
//!   recovered.

use super::names;
use crate::error::{Error, Pos, Problem, Result};
use crate::model::journal::Change;
use sha2::{Digest, Sha256};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// What a journal's first line starts with.
const MAGIC: &str = "klarhet-journal";

/// The journal format this klarhet writes: records with checksums, and a header
/// that names the generation of the file.
const VERSION: u32 = 2;

/// The change names a record can start with: where a whole record glued behind a
/// torn one begins.
const RECORD_STARTS: [&[u8]; 5] = [b"Cast(", b"Passed(", b"Seated(", b"RoomAnswer(", b"Sealed("];

/// The journal of the session file at `session`.
pub fn path_of(session: &Path) -> PathBuf {
    names::beside(session, ".journal")
}

/// Where a journal that could not be applied to its file is kept, beside it.
pub fn unmatched_path_of(session: &Path) -> PathBuf {
    names::beside(session, ".journal.unmatched")
}

/// The fingerprint that ties a journal to the bytes of its session file.
pub fn fingerprint(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The session file a journal continues, as klarhet last wrote it whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// The SHA-256 of the file's bytes.
    pub fingerprint: String,
    /// The file's generation ([`crate::model::Session::generation`]).
    pub generation: u64,
    /// The open answers the file holds, by statement and voter (never the
    /// answer), when known: a ballot sealed later can be kept in the journal
    /// only if the file holds none of its answers (see [`super::sealing`]).
    pub open: Option<std::sync::Arc<Ties>>,
}

/// Open answers by statement id and voter.
pub type Ties = std::collections::BTreeSet<(String, u32)>;

impl Base {
    /// The base for a file of `bytes` at `generation`, its open answers unknown.
    pub fn of(bytes: &[u8], generation: u64) -> Base {
        Base {
            fingerprint: fingerprint(bytes),
            generation,
            open: None,
        }
    }

    /// The base for a file of `bytes` at `generation`, its open answers read
    /// from it (unknown when they cannot be).
    pub fn read(bytes: &[u8], generation: u64) -> Base {
        Base {
            open: super::saving::open_in(bytes).map(std::sync::Arc::new),
            ..Base::of(bytes, generation)
        }
    }

    /// The base for a file of `bytes` that holds `session`.
    pub fn written(bytes: &[u8], session: &crate::model::Session) -> Base {
        let open: Ties = session
            .responses()
            .open_ballots()
            .map(|(statement, voter)| (statement.to_owned(), voter))
            .collect();
        Base {
            open: Some(std::sync::Arc::new(open)),
            ..Base::of(bytes, session.generation())
        }
    }

    /// True when `other` names the same file (what a journal's header says).
    pub fn same_file(&self, other: &Base) -> bool {
        self.fingerprint == other.fingerprint && self.generation == other.generation
    }

    pub(super) fn header(&self) -> String {
        format!(
            "{MAGIC} {VERSION} {} {}\n",
            self.fingerprint, self.generation
        )
    }
}

/// What a journal's first line says it continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Continues {
    /// A file with this fingerprint and generation.
    File(Base),
    /// A file with this fingerprint, written by a klarhet that did not yet count
    /// generations (journal format 1).
    Unnumbered(String),
}

impl Continues {
    /// True when the journal continues the file whose bytes have `fingerprint`.
    pub fn is(&self, fingerprint: &str) -> bool {
        match self {
            Continues::File(base) => base.fingerprint == fingerprint,
            Continues::Unnumbered(f) => f == fingerprint,
        }
    }
}

/// A journal as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Journal {
    /// The file it continues; none when not even its first line was written
    /// whole (a crash during its first write: nothing in it was acknowledged).
    pub continues: Option<Continues>,
    /// Its whole records, each with its line for an error that names it.
    pub changes: Vec<(usize, Change)>,
}

/// Appends `changes` to the journal of `session`, which must continue the file
/// `base`, and syncs it to disk. On any failure the journal is as it was before
/// (or, if it could not even be cut back, marked by its torn end so that nothing
/// is ever appended behind it): the caller saves the session whole instead.
pub fn append(session: &Path, base: &Base, changes: &[Change]) -> Result<()> {
    let path = path_of(session);
    let io = |e: std::io::Error| Error::io(&path, e);
    let mut options = std::fs::OpenOptions::new();
    options.create(true).read(true).append(true);
    super::private::owner_only(&mut options);
    let mut file = options.open(&path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    let mut text = String::new();
    if len == 0 {
        // A journal just made: private before its first line (on Windows, where
        // the open could not say so).
        super::private::restrict(&path).map_err(io)?;
        text.push_str(&base.header());
    } else {
        check_continues(&mut file, len, base).map_err(|problem| Error::Invalid {
            path: path.clone(),
            pos: None,
            problem,
            terms: None,
        })?;
    }
    for change in changes {
        text.push_str(&line(change).map_err(io)?);
    }
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_data());
    if let Err(e) = written {
        // Part of the text may be on disk (a full disk takes what fits): cut it
        // off, so that the next append does not glue a record to half of one.
        // If even that fails, the torn end stays, and `check_continues` refuses
        // to write behind it.
        if file.set_len(len).is_ok() {
            let _ = file.sync_data();
        }
        return Err(io(e));
    }
    if len == 0 {
        // A new file's name must survive a power cut as well as its content.
        #[cfg(unix)]
        if let Some(dir) = path.parent().and_then(|d| std::fs::File::open(d).ok()) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

/// One record as a line of the journal: the change, a tab, its checksum.
pub(super) fn line(change: &Change) -> std::io::Result<String> {
    if change.kept_whole() {
        // Never reached through the host, which saves such changes whole; a
        // line here would tie open answers to their writer.
        return Err(std::io::Error::other("open answers are never journalled"));
    }
    let record = ron::to_string(change).map_err(std::io::Error::other)?;
    let check = checksum(record.as_bytes());
    Ok(format!("{record}\t{check}\n"))
}

/// Checks, before appending, that the journal continues `base` (appending to a
/// journal of another file would put votes where no reader looks) and ends with
/// a whole record (a record behind a torn one would be glued to it).
fn check_continues(
    file: &mut std::fs::File,
    len: u64,
    base: &Base,
) -> std::result::Result<(), Problem> {
    let header = base.header();
    let mut first = vec![0; header.len()];
    let read = file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.read(&mut first));
    if !matches!(read, Ok(n) if n == header.len() && first == header.as_bytes()) {
        return Err(Problem::StaleJournal);
    }
    let mut last = [0u8];
    let read = file
        .seek(SeekFrom::Start(len - 1))
        .and_then(|_| file.read(&mut last));
    if !matches!(read, Ok(1)) || last[0] != b'\n' {
        return Err(Problem::TornJournal);
    }
    Ok(())
}

/// The checksum of a record: the first 64 bits of its SHA-256, enough to tell a
/// whole record from a torn or damaged one.
fn checksum(record: &[u8]) -> String {
    hex(&Sha256::digest(record)[..8])
}

/// Reads the journal of `session`; none when there is none.
pub fn read(session: &Path) -> Result<Option<Journal>> {
    read_bytes(session)?
        .map(|bytes| parse_bytes(session, &bytes))
        .transpose()
}

/// The journal of `session` as bytes; none when there is none.
pub fn read_bytes(session: &Path) -> Result<Option<Vec<u8>>> {
    let path = path_of(session);
    match std::fs::read(&path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(&path, e)),
    }
}

/// The journal of `session`, read from `bytes` already read from it.
pub fn parse_bytes(session: &Path, bytes: &[u8]) -> Result<Journal> {
    parse(bytes).map_err(|(line, col, problem)| Error::Invalid {
        path: path_of(session),
        pos: Some(Pos { line, col }),
        problem,
        terms: None,
    })
}

/// A journal's bytes, read; or the line, column and problem of a record that is
/// neither whole nor torn by a crash.
fn parse(bytes: &[u8]) -> std::result::Result<Journal, (usize, usize, Problem)> {
    // Every line but the last ends with its newline; the last, without one, was
    // cut off before it was acknowledged, and is left out whatever it holds.
    let mut lines = bytes.split_inclusive(|b| *b == b'\n');
    let whole = |line: &&[u8]| line.last() == Some(&b'\n');
    let Some(first) = lines.next().filter(whole) else {
        return Ok(Journal {
            continues: None,
            changes: Vec::new(),
        });
    };
    let continues = header(first).ok_or((1, 1, Problem::UnknownJournal))?;
    let checked = matches!(continues, Continues::File(_));
    let mut changes = Vec::new();
    for (i, line) in lines.filter(whole).enumerate() {
        let number = i + 2;
        let line = &line[..line.len() - 1];
        match record(line, checked) {
            Ok(change) => changes.push((number, change)),
            Err(problem) => match glued(line, checked) {
                // A record torn by a failed append, with a whole one written
                // after it on the same line: the torn one was never acknowledged.
                Some(change) => changes.push((number, change)),
                None => return Err((number, 1, problem)),
            },
        }
    }
    Ok(Journal {
        continues: Some(continues),
        changes,
    })
}

/// The journal's first line: format 2 with its file's fingerprint and
/// generation, or format 1 with the fingerprint alone.
fn header(line: &[u8]) -> Option<Continues> {
    let text = std::str::from_utf8(line).ok()?.trim_end();
    let mut words = text.split(' ');
    if words.next()? != MAGIC {
        return None;
    }
    let version = words.next()?;
    let fingerprint = words.next()?.to_owned();
    let continues = match version {
        "1" => Continues::Unnumbered(fingerprint),
        "2" => Continues::File(Base {
            fingerprint,
            generation: words.next()?.parse().ok()?,
            open: None,
        }),
        _ => return None,
    };
    words.next().is_none().then_some(continues)
}

/// One record, without its newline: `<change>\t<checksum>` in format 2, the
/// change alone in format 1.
fn record(line: &[u8], checked: bool) -> std::result::Result<Change, Problem> {
    let text = std::str::from_utf8(line).map_err(|_| Problem::NotUtf8)?;
    let change = if checked {
        let (change, check) = text.rsplit_once('\t').ok_or(Problem::DamagedRecord)?;
        if checksum(change.as_bytes()) != check {
            return Err(Problem::DamagedRecord);
        }
        change
    } else {
        text
    };
    ron::from_str::<Change>(change).map_err(|e| Problem::Syntax(Box::new((&e.code).into())))
}

/// The whole record at the end of a line that starts with a torn one, if there is one.
fn glued(line: &[u8], checked: bool) -> Option<Change> {
    (1..line.len())
        .filter(|&at| RECORD_STARTS.iter().any(|s| line[at..].starts_with(s)))
        .find_map(|at| record(&line[at..], checked).ok())
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

/// Moves the journal of `session`, which could not be applied to the file, out
/// of the way under a name that says so, never over one already kept there.
pub fn keep_unmatched(session: &Path) -> Result<PathBuf> {
    let from = path_of(session);
    let to = unmatched_path_of(session);
    if to.exists() {
        return Err(Error::io(
            &to,
            std::io::Error::from(std::io::ErrorKind::AlreadyExists),
        ));
    }
    std::fs::rename(&from, &to).map_err(|e| Error::io(&from, e))?;
    Ok(to)
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;
