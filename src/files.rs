//! Reading a text file the user named: only regular files (a FIFO or a device
//! would block or never end), and only UTF-8, with the place of the first byte
//! that is not.

use crate::error::{Error, Pos, Problem, Result};
use std::path::Path;

/// Reads `path` as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String> {
    regular(path)?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(bytes, path)
}

/// Refuses anything at `path` but a regular file, before it is opened: opening a
/// FIFO blocks until someone writes to it.
pub fn regular(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| unreachable(path, e))?;
    if !meta.is_file() {
        return Err(not_a_file(path, &meta));
    }
    Ok(())
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
    }
}
