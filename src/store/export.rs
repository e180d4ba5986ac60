//! Writing a report where the user pointed `-o`: *through* what is there. A
//! symlink keeps pointing where it did and its target gets the report; a
//! character device or a FIFO (`/dev/null`, a pipe a script reads) is written to
//! as a stream; a regular file is replaced atomically, keeping its permissions
//! (a new one is readable by others: see [`Readers::Anyone`]).
//! Nothing that is not a regular file is ever replaced by one: as root, a rename
//! over `/dev/full` would have swapped the device for a file.

use super::{held_elsewhere, lock::ReadOnly, persist, private::Readers};
use crate::error::{Error, Problem, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many symlinks are followed before the operating system is left to say
/// there is a loop (Linux's own limit is 40).
const MAX_LINKS: usize = 40;

/// Writes a report meant to be shared to `path`, readable by others (0644) when
/// it is new: session files stay private, exports are for handing on. A file that
/// a klarhet holds as its open session is never written over.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<()> {
    let real = follow_links(path)?;
    let meta = match std::fs::metadata(&real) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&real, e)),
    };
    match meta {
        Some(meta) if meta.is_dir() => Err(crate::files::not_a_file(path, &meta)),
        Some(meta) if is_stream(&meta) => write_stream(&real, bytes),
        Some(meta) if !meta.is_file() => Err(Error::Invalid {
            path: path.to_owned(),
            pos: None,
            problem: Problem::NotAFile { folder: false },
            terms: None,
        }),
        existing => {
            if held_elsewhere(&real) {
                return Err(Error::ReadOnly {
                    path: real,
                    why: ReadOnly::Held,
                });
            }
            let readers = match existing {
                Some(meta) => Readers::As(meta.permissions()),
                None => Readers::Anyone,
            };
            persist(&real, readers, |f| f.write_all(bytes), |_| Ok(())).map(drop)
        }
    }
}

/// `path` with every symlink on it followed, also one whose target is not there
/// yet (the report then creates the target, and the link starts to work).
fn follow_links(path: &Path) -> Result<PathBuf> {
    let mut at = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&at).map_err(|e| Error::io(&at, e))?;
                at = match at.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(at),
        }
    }
    // A loop: let the operating system say so in its own words.
    std::fs::canonicalize(&at).map_err(|e| Error::io(path, e))
}

/// A character device or a FIFO: something that takes a stream of bytes and
/// cannot be renamed over. A block device is not one: writing a report onto a
/// disk is refused.
#[cfg(unix)]
fn is_stream(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    kind.is_char_device() || kind.is_fifo()
}

#[cfg(not(unix))]
fn is_stream(_meta: &std::fs::Metadata) -> bool {
    false
}

/// Writes into a device or FIFO as it is: no temporary file, no rename, and a
/// full device (`/dev/full`) is an error, not a silent success. Opening a FIFO
/// waits for its reader.
fn write_stream(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |e| Error::io(path, e);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(io)?;
    file.write_all(bytes).map_err(io)?;
    file.flush().map_err(io)
}
