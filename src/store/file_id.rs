//! What the session lock asks of the file system: whether a handle got the lock,
//! whether a path still names an open file, how many names a file has, and
//! whether a folder can be written. Kept apart from the lock's logic because each
//! answer differs between Unix and Windows.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::Path;

pub(super) enum Tried {
    Locked,
    Busy,
    Failed(std::io::Error),
}

pub(super) fn try_lock(file: &File) -> Tried {
    // Called through the trait by name: std's own `File::try_lock` (Rust 1.89) has
    // the same name and another error type, and this crate builds on 1.88.
    match fs4::FileExt::try_lock(file) {
        Ok(()) => Tried::Locked,
        Err(fs4::TryLockError::WouldBlock) => Tried::Busy,
        Err(fs4::TryLockError::Error(e)) => Tried::Failed(e),
    }
}

/// The session's text, read through `file` within the limit of a session file.
pub(super) fn read_all(mut file: &File, path: &Path) -> Result<String> {
    file.seek(SeekFrom::Start(0))
        .map_err(|e| Error::io(path, e))?;
    let bytes = crate::files::read_within(file, path, crate::files::Kind::Session)?;
    crate::files::decode(bytes, path)
}

/// Whether a save could write into `dir`: a temporary file is made there and
/// removed at once. Permission bits alone would miss a read-only disk, access lists
/// and immutable folders.
pub(super) fn folder_writable(dir: &Path) -> bool {
    tempfile::Builder::new()
        .prefix(".klarhet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .is_ok()
}

/// True when `path` still names the file open as `file`.
#[cfg(unix)]
pub(super) fn same_file(file: &File, path: &Path) -> std::io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    match std::fs::metadata(path) {
        Ok(named) => Ok(open.dev() == named.dev() && open.ino() == named.ino()),
        // Removed since it was opened: not the file to lock either.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Windows has no stable file id in std (`MetadataExt::file_index` is unstable),
/// and needs none here: a file that is open cannot be renamed over there, so no
/// save can replace it between the open and the lock.
#[cfg(not(unix))]
pub(super) fn same_file(_: &File, _: &Path) -> std::io::Result<bool> {
    Ok(true)
}

/// How many names the file has besides `path` and its own backup: a save keeps
/// the previous file as `<name>.bak` by giving it that second name just before the
/// rename that takes `path` from it, so a crash in between leaves the pair linked
/// and that is no reason to stop saving. Any other name would be split by a save.
#[cfg(unix)]
pub(super) fn other_names(file: &File, path: &Path) -> std::io::Result<u64> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    let names = open.nlink().saturating_sub(1);
    let backup = std::fs::metadata(super::backup_path(path));
    let backup_too = backup.is_ok_and(|b| b.dev() == open.dev() && b.ino() == open.ino());
    Ok(names.saturating_sub(u64::from(backup_too)))
}

/// On Windows the link count comes from the handle (std's
/// `MetadataExt::number_of_links` is unstable): NTFS has hard links too, and a
/// save would split them as well. The backup is always a copy there (see
/// [`keep_as_backup`]), so it is never one of the names.
#[cfg(windows)]
pub(super) fn other_names(file: &File, _: &Path) -> std::io::Result<u64> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        BY_HANDLE_FILE_INFORMATION, GetFileInformationByHandle,
    };
    let mut info = BY_HANDLE_FILE_INFORMATION::default();
    // SAFETY: the handle stays open while `file` lives, and `info` is the place
    // for the answer.
    if unsafe { GetFileInformationByHandle(file.as_raw_handle(), &mut info) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(u64::from(info.nNumberOfLinks.saturating_sub(1)))
}

/// Elsewhere hard links go unnoticed.
#[cfg(not(any(unix, windows)))]
pub(super) fn other_names(_: &File, _: &Path) -> std::io::Result<u64> {
    Ok(0)
}

/// Keeps the file at `path` as its backup `<name>.bak` before a save replaces it.
/// On Unix the backup is a second name for the same, already synced file, so
/// nothing is copied or synced again: the rename that follows leaves `.bak` its
/// only name. Where links are refused (some USB sticks' file systems), and on
/// Windows, where the open session file is locked against other handles, the
/// bytes are written out as before.
pub(super) fn keep_as_backup(path: &Path, previous: &[u8]) -> Result<()> {
    let backup = super::backup_path(path);
    #[cfg(unix)]
    {
        match std::fs::remove_file(&backup) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&backup, e)),
        }
        if std::fs::hard_link(path, &backup).is_ok() {
            return Ok(());
        }
    }
    super::write_atomic(&backup, previous)
}
