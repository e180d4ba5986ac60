//! One writer per session: a lock file beside the session holds the pid of the
//! klarhet that has it open. A lock left by a process that no longer runs is taken
//! over.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
}

/// The lock file of a session: `<name>.ron.lock`.
pub fn lock_path(session: &Path) -> PathBuf {
    super::names::beside(session, ".lock")
}

/// Whether the process `pid` is running. Where that cannot be told, it is assumed to be.
fn alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}

impl Lock {
    /// Takes the lock on `session`, or says which process holds it.
    pub fn acquire(session: &Path) -> Result<Lock> {
        let path = lock_path(session);
        for _ in 0..2 {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            match options.open(&path) {
                Ok(mut file) => {
                    file.write_all(std::process::id().to_string().as_bytes())
                        .and_then(|()| file.sync_all())
                        .map_err(|e| Error::io(&path, e))?;
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(&path)
                        .ok()
                        .and_then(|s| s.trim().parse::<u32>().ok());
                    match holder {
                        Some(pid) if pid != std::process::id() && alive(pid) => {
                            return Err(Error::Locked {
                                path: session.to_owned(),
                                pid,
                            });
                        }
                        // Ours, a dead process's, or unreadable: stale, take it over.
                        _ => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                }
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
        Err(Error::io(
            &path,
            std::io::Error::other("the lock could not be taken"),
        ))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_holder_blocks_and_a_dead_one_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.ron");
        // A lock held by a running process (pid 1 always runs) blocks.
        std::fs::write(lock_path(&session), "1").unwrap();
        if Path::new("/proc/1").exists() {
            let err = Lock::acquire(&session).unwrap_err();
            assert!(matches!(err, Error::Locked { pid: 1, .. }), "{err}");
        }
        // A pid that cannot be running is stale.
        std::fs::write(lock_path(&session), "4294967").unwrap();
        let lock = Lock::acquire(&session).unwrap();
        assert_eq!(
            std::fs::read_to_string(lock_path(&session)).unwrap(),
            std::process::id().to_string()
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(lock_path(&session))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600);
        }
        drop(lock);
        assert!(!lock_path(&session).exists());
    }
}
