//! One writer per session. The klarhet that has a session open holds an exclusive
//! advisory lock on the session file itself (`flock` on Unix, `LockFileEx` on
//! Windows, through the `fs4` crate). The system lets the lock go when the process
//! ends, however it ends, so a crash or `kill -9` never leaves a session locked and
//! there is nothing stale to guess about.
//!
//! A save replaces the file (a temporary file renamed over it), so the session gets
//! a new inode with every save, and the lock follows: the new file is locked before
//! the rename and its handle kept, and only then is the old one let go. An opener
//! that locked the old file just before a save replaced it sees that the path now
//! names another file, and tries again.
//!
//! Paths are resolved (symlinks followed) before anything is locked or saved, so
//! two names for one file share one lock and a save through a symlink writes the
//! real file. A file with hard links cannot be kept whole by rename-saves (its
//! other names would keep the old content), so it is only ever read.
//!
//! Windows: `LockFileEx` over the whole file also keeps other handles from reading
//! it, so this klarhet reads a session it holds through the locked handle, while
//! another klarhet (or `klarhet report`) cannot read a session that is open; and a
//! file that is open cannot be renamed over there, so a save lets go of the old
//! handle just before the rename (see [`Lock::replace`]).

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How often an opener tries before it settles for reading only: a save in another
/// klarhet can replace the file between the open and the lock, and another process
/// may hold the lock for a moment only (a check before an export).
const TRIES: u32 = 5;

/// The pause between two tries.
const PAUSE: Duration = Duration::from_millis(20);

/// Why a session is open for reading only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another klarhet has it open.
    Held,
    /// The file or its folder cannot be written: permissions, a read-only disk.
    NotWritable,
    /// The file has more than one name (hard links), which a save would split.
    HardLinked,
    /// The file system would not lock the file.
    NoLocks,
    /// Beside it is a journal of votes that cannot be applied to it as it is now
    /// (see [`crate::store::Journalled::Unmatched`]): a save would leave them out.
    UnmatchedJournal,
}

impl ReadOnly {
    /// The reason in words, as the end of a sentence, for the session at `session`.
    pub fn describe(self, session: &Path, lang: crate::text::Lang) -> String {
        match self {
            ReadOnly::UnmatchedJournal => crate::tr!(
                lang,
                "read-only-unmatched-journal",
                journal = crate::store::journal::unmatched_path_of(session)
                    .display()
                    .to_string()
            ),
            ReadOnly::Held => crate::tr!(lang, "read-only-held"),
            ReadOnly::NotWritable => crate::tr!(lang, "read-only-not-writable"),
            ReadOnly::HardLinked => crate::tr!(lang, "read-only-hard-linked"),
            ReadOnly::NoLocks => crate::tr!(lang, "read-only-no-locks"),
        }
    }
}

/// What this klarhet may do with a session it opened.
#[derive(Debug)]
pub enum Access {
    /// It holds the lock and saves to the file.
    Write(Lock),
    /// It only reads, for this reason.
    Read(ReadOnly),
}

/// A session file as [`claim`] opened it.
#[derive(Debug)]
pub struct Claim {
    /// The file, symlinks resolved.
    pub path: PathBuf,
    /// Its text, read through the handle that was locked (or opened to read).
    pub text: String,
    /// Whether this klarhet may write it.
    pub access: Access,
}

/// The lock on a session file: an open handle holding an exclusive advisory lock.
/// Dropping it, or the process ending, lets the lock go.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    // The handle of the file the path names now; a save swaps in the new file's.
    // `None` only after a failed save on Windows lost it (see `replace`).
    file: Mutex<Option<File>>,
}

/// `path` with symlinks resolved; for a file that is not there yet, with its folder
/// resolved.
pub fn real_path(path: &Path) -> Result<PathBuf> {
    match std::fs::canonicalize(path) {
        Ok(real) => Ok(real),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let Some(name) = path.file_name() else {
                return Err(Error::io(path, e));
            };
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let dir = std::fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
            Ok(dir.join(name))
        }
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Opens the session at `path` for this klarhet: locked for writing when it can
/// be, otherwise for reading only, with the reason. Fails only when the file cannot
/// be read at all.
pub fn claim(path: &Path) -> Result<Claim> {
    crate::files::regular(path)?;
    let real = real_path(path)?;
    let io = |e| Error::io(&real, e);
    let dir = real.parent().unwrap_or(Path::new("."));
    for attempt in 1..=TRIES {
        let last = attempt == TRIES;
        let (file, writable) = match File::options().read(true).write(true).open(&real) {
            Ok(file) => (file, true),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                ) =>
            {
                (File::open(&real).map_err(io)?, false)
            }
            Err(e) => return Err(io(e)),
        };
        // A reader takes no lock: a klarhet that can write may still open it.
        let why = if !writable {
            Some(ReadOnly::NotWritable)
        } else if other_names(&file, &real).map_err(io)? > 0 {
            Some(ReadOnly::HardLinked)
        } else if !folder_writable(dir) {
            Some(ReadOnly::NotWritable)
        } else {
            match try_lock(&file) {
                Tried::Locked if same_file(&file, &real).map_err(io)? => None,
                // A save replaced the file after it was opened: the new one is what
                // the path names, and the one to lock.
                Tried::Locked if !last => continue,
                Tried::Locked | Tried::Busy => Some(ReadOnly::Held),
                Tried::Failed(_) => Some(ReadOnly::NoLocks),
            }
        };
        match why {
            None => {
                let lock = Lock::holding(real.clone(), file);
                let text = lock.read_text()?;
                return Ok(Claim {
                    path: real,
                    text,
                    access: Access::Write(lock),
                });
            }
            Some(ReadOnly::Held) if !last => std::thread::sleep(PAUSE),
            Some(why) => {
                let text = read_all(&file, &real)?;
                return Ok(Claim {
                    path: real,
                    text,
                    access: Access::Read(why),
                });
            }
        }
    }
    unreachable!("the last try always returns")
}

/// True when another klarhet holds the lock on the file at `path` (this process
/// counts as another when it holds it through another handle).
pub fn held_elsewhere(path: &Path) -> bool {
    // Only a regular file can be a session, and opening a FIFO would block.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = File::open(path) else {
        return false;
    };
    // A shared lock is enough to see an exclusive one; it goes with the handle.
    matches!(
        fs4::FileExt::try_lock_shared(&file),
        Err(fs4::TryLockError::WouldBlock)
    )
}

impl Lock {
    /// Locks the session file at `path` (symlinks resolved), creating it empty
    /// (mode 0600) if it is not there, for a save to fill (whose atomic write makes
    /// it private on Windows too). Refused when another
    /// klarhet holds it or it has hard links.
    pub fn acquire(path: &Path) -> Result<Lock> {
        let real = real_path(path)?;
        let io = |e| Error::io(&real, e);
        let refused = |why| Error::ReadOnly {
            path: real.clone(),
            why,
        };
        if real.exists() {
            crate::files::regular(&real)?;
        }
        for attempt in 1..=TRIES {
            let mut options = File::options();
            options.read(true).write(true).create(true);
            super::private::owner_only(&mut options);
            let file = options.open(&real).map_err(io)?;
            if other_names(&file, &real).map_err(io)? > 0 {
                return Err(refused(ReadOnly::HardLinked));
            }
            match try_lock(&file) {
                Tried::Locked if same_file(&file, &real).map_err(io)? => {
                    return Ok(Lock::holding(real, file));
                }
                Tried::Locked | Tried::Busy if attempt < TRIES => std::thread::sleep(PAUSE),
                Tried::Locked | Tried::Busy => return Err(refused(ReadOnly::Held)),
                Tried::Failed(e) => return Err(io(e)),
            }
        }
        Err(refused(ReadOnly::Held))
    }

    /// Locks a file this process has just made with create-new: no one else can
    /// have it open yet.
    pub(crate) fn fresh(real: PathBuf, file: File) -> Result<Lock> {
        match try_lock(&file) {
            Tried::Locked => Ok(Lock::holding(real, file)),
            Tried::Busy => Err(Error::ReadOnly {
                path: real,
                why: ReadOnly::Held,
            }),
            Tried::Failed(e) => Err(Error::io(&real, e)),
        }
    }

    fn holding(path: PathBuf, file: File) -> Lock {
        Lock {
            path,
            file: Mutex::new(Some(file)),
        }
    }

    /// The locked file, symlinks resolved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The handle, after a poisoned mutex too: a panic elsewhere does not make the
    /// handle wrong.
    fn handle(&self) -> MutexGuard<'_, Option<File>> {
        self.file.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The handle, locked again if a failed save on Windows lost it.
    fn held(&self) -> Result<MutexGuard<'_, Option<File>>> {
        let mut held = self.handle();
        if held.is_none() {
            *held = Some(relock(&self.path)?);
        }
        Ok(held)
    }

    /// The file's bytes, read through the locked handle.
    pub fn read_bytes(&self) -> Result<Vec<u8>> {
        let held = self.held()?;
        let mut bytes = Vec::new();
        let mut file = held.as_ref().ok_or_else(|| lost(&self.path))?;
        file.seek(SeekFrom::Start(0))
            .and_then(|_| file.read_to_end(&mut bytes))
            .map_err(|e| Error::io(&self.path, e))?;
        Ok(bytes)
    }

    /// The file's text, read through the locked handle, within the limit of a
    /// session file.
    pub fn read_text(&self) -> Result<String> {
        let held = self.held()?;
        let mut file = held.as_ref().ok_or_else(|| lost(&self.path))?;
        file.seek(SeekFrom::Start(0))
            .map_err(|e| Error::io(&self.path, e))?;
        let bytes = crate::files::read_within(file, &self.path, crate::files::Kind::Session)?;
        crate::files::decode(bytes, &self.path)
    }

    /// Replaces the file's content atomically (see [`super::write_atomic`]) and
    /// moves the lock to the new file: it is locked before it is renamed over the
    /// old one, whose handle is let go after. If the write fails, the old file and
    /// its lock are kept.
    pub fn replace(&self, bytes: &[u8]) -> Result<()> {
        use std::io::Write;
        let mut held = self.held()?;
        let written = super::write_locked(
            &self.path,
            |f| f.write_all(bytes),
            |tmp| {
                match try_lock(tmp) {
                    Tried::Locked => {}
                    Tried::Busy => return Err(std::io::ErrorKind::WouldBlock.into()),
                    Tried::Failed(e) => return Err(e),
                }
                // Windows cannot rename over a file that is open, even by this
                // process: the old handle goes first. Another klarhet that opens the
                // file in the moment between makes the rename fail in turn (an open
                // file cannot be replaced there), so it never gets a file that is
                // then replaced under it; it gets the lock, and this save reports
                // the failure.
                #[cfg(windows)]
                {
                    *held = None;
                }
                Ok(())
            },
        );
        match written {
            Ok(file) => {
                // The old handle is dropped here, after the rename: no moment passes
                // in which the path names an unlocked file.
                *held = Some(file);
                Ok(())
            }
            Err(e) => {
                if held.is_none() {
                    *held = relock(&self.path).ok();
                }
                Err(e)
            }
        }
    }
}

/// Opens and locks `path` again, for a lock whose handle a failed save on Windows
/// had to let go.
fn relock(path: &Path) -> Result<File> {
    let file = File::options()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    match try_lock(&file) {
        Tried::Locked => Ok(file),
        Tried::Busy => Err(Error::ReadOnly {
            path: path.to_owned(),
            why: ReadOnly::Held,
        }),
        Tried::Failed(e) => Err(Error::io(path, e)),
    }
}

fn lost(path: &Path) -> Error {
    Error::io(path, std::io::Error::other("the lock on the file was lost"))
}

use super::file_id::{Tried, folder_writable, other_names, read_all, same_file, try_lock};

#[cfg(test)]
#[path = "lock_tests.rs"]
mod tests;
