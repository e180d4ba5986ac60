//! Reading a text file the user named: only regular files (a FIFO or a device
//! would block or never end), no larger than a file of its kind can be, and only
//! UTF-8, with the place of the first byte that is not.

use crate::error::{Error, Pos, Problem, Result};
use std::io::Read;
use std::path::Path;

/// The kinds of file klarhet reads, each with the most it reads of one.
///
/// The limits are far above any real file, so that only a file that is not one
/// of them (a disk image renamed, a runaway generator) is refused, before it
/// fills memory: RON is parsed from text read whole, and a session of 200 MB took
/// 608 MB to check. The largest session the design budgets for, 10,000
/// participants who each answered all 27 statements on their phones with nothing
/// revealed yet (`crate::demo::largest`, every answer open beside its seat, the
/// largest form a vote takes in the file), is 6.7 MB; the limit is about ten times
/// that. The largest embedded model is 75 kB and a theme about 1 kB; their limits are
/// some fifty times over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A session file.
    Session,
    /// An assessment model.
    Model,
    /// A colour theme.
    Theme,
    /// A list of participants (`klarhet new --participants`).
    Participants,
}

impl Kind {
    /// The most bytes klarhet reads of a file of this kind.
    pub const fn limit(self) -> u64 {
        match self {
            Kind::Session => 64_000_000,
            Kind::Model => 4_000_000,
            Kind::Theme => 64_000,
            // Ten thousand people, the most a session holds, with long names.
            Kind::Participants => 4_000_000,
        }
    }

    /// The kind's key in messages.
    fn key(self) -> &'static str {
        match self {
            Kind::Session => "session",
            Kind::Model => "model",
            Kind::Theme => "theme",
            Kind::Participants => "participants",
        }
    }

    /// The error for a file of this kind that is `size` bytes.
    pub fn too_large(self, path: &Path, size: u64) -> Error {
        Error::Invalid {
            path: path.to_owned(),
            pos: None,
            problem: Problem::TooLarge {
                kind: self.key(),
                size,
                limit: self.limit(),
            },
            terms: None,
        }
    }
}

/// Reads `path`, a file of `kind`, as UTF-8 text.
pub fn read_text(path: &Path, kind: Kind) -> Result<String> {
    let size = regular(path)?.len();
    // What the file system says is checked first, so that a file known to be too
    // large is not opened at all.
    if size > kind.limit() {
        return Err(kind.too_large(path, size));
    }
    let file = std::fs::File::open(path).map_err(|e| unreachable(path, e))?;
    decode(read_within(file, path, kind)?, path)
}

/// Reads everything `from` gives, up to the limit of `kind`, which holds while
/// reading: a file can grow after its size was read, and a device has none.
pub fn read_within(from: impl Read, path: &Path, kind: Kind) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    from.take(kind.limit() + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreachable(path, e))?;
    let read = bytes.len() as u64;
    if read > kind.limit() {
        // The size now, if the file says; at least what was read.
        let size = std::fs::metadata(path).map_or(read, |m| m.len().max(read));
        return Err(kind.too_large(path, size));
    }
    Ok(bytes)
}

/// Refuses anything at `path` but a regular file, before it is opened: opening a
/// FIFO blocks until someone writes to it. Gives what the file system says of it.
pub fn regular(path: &Path) -> Result<std::fs::Metadata> {
    let meta = std::fs::metadata(path).map_err(|e| unreachable(path, e))?;
    if !meta.is_file() {
        return Err(not_a_file(path, &meta));
    }
    Ok(meta)
}

/// The bytes read from `path` as text, or where the first byte that is not UTF-8 is.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Valid UTF-8 up to here, so the prefix can be read as text to count in;
        // a byte-order mark takes no column.
        let text = String::from_utf8_lossy(valid);
        let before = crate::model::without_bom(&text);
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::Invalid {
            path: path.to_owned(),
            pos: Some(Pos { line, col }),
            problem: Problem::NotUtf8,
            terms: None,
        }
    })
}

/// True when the system says that symbolic links on the way to a file point in
/// a loop (at each other, or one at itself), so that no file is ever reached.
/// std gives this no stable [`std::io::ErrorKind`], so the system's code is read.
pub fn is_link_loop(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    let code = Some(libc::ELOOP);
    // ERROR_CANT_RESOLVE_FILENAME in winerror.h, which std reads as a loop too.
    #[cfg(windows)]
    let code = Some(1921);
    #[cfg(not(any(unix, windows)))]
    let code: Option<i32> = None;
    code.is_some() && e.raw_os_error() == code
}

/// The error for `path` that could not be looked at: a loop of symbolic links is
/// the path's fault, like a folder where a file should be (exit code 2); any
/// other failure is the system's.
pub fn unreachable(path: &Path, e: std::io::Error) -> Error {
    if is_link_loop(&e) {
        Error::Invalid {
            path: path.to_owned(),
            pos: None,
            problem: Problem::LinkLoop,
            terms: None,
        }
    } else {
        Error::io(path, e)
    }
}

/// The error for `path`, which is there but is no regular file: a folder is
/// called a folder, anything else (a FIFO, a device) not a regular file.
pub fn not_a_file(path: &Path, meta: &std::fs::Metadata) -> Error {
    Error::Invalid {
        path: path.to_owned(),
        pos: None,
        problem: Problem::NotAFile {
            folder: meta.is_dir(),
        },
        terms: None,
    }
}
