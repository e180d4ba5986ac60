//! A disk that fills up on demand, and a file that cannot be changed: the two ways
//! the crash tests take the disk away from a session that is being written.
//!
//! Both need root (CI runs as root; `scripts/test.sh` installs e2fsprogs for chattr): a
//! test that cannot mount or make a file immutable fails and says why, since it
//! would otherwise check nothing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A small tmpfs mounted for one test, unmounted when it goes.
pub struct SmallDisk {
    /// Where it is mounted.
    pub path: PathBuf,
    _mount_point: tempfile::TempDir,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (as mount(8) takes it: "8m").
    pub fn mount(size: &str) -> SmallDisk {
        let mount_point = tempfile::tempdir().expect("a mount point");
        let path = mount_point.path().to_owned();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&path)
            .output()
            .expect("mount(8) runs");
        assert!(
            out.status.success(),
            "a small tmpfs is needed to fill the disk under a session, which takes \
             root (as in CI): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        SmallDisk {
            path,
            _mount_point: mount_point,
        }
    }

    fn ballast(&self) -> PathBuf {
        self.path.join("ballast")
    }

    /// Fills the disk to its last byte; gives how many bytes that took.
    pub fn fill(&self) -> u64 {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.ballast())
            .expect("the ballast file");
        let mut written = 0;
        // Big blocks first, then ever smaller ones, until not one byte fits.
        for block in [1 << 16, 1 << 12, 1 << 8, 1] {
            let chunk = vec![0u8; block];
            while file.write_all(&chunk).is_ok() {
                written += block as u64;
            }
        }
        let _ = file.sync_all();
        written
    }

    /// Gives the disk's space back.
    pub fn empty(&self) {
        let _ = std::fs::remove_file(self.ballast());
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// Makes `path` immutable (`chattr +i`) until the guard goes: it can be neither
/// written, nor removed, nor renamed.
pub struct Immutable(PathBuf);

impl Immutable {
    pub fn set(path: &Path) -> Immutable {
        chattr("+i", path);
        Immutable(path.to_owned())
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        chattr("-i", &self.0);
    }
}

fn chattr(flag: &str, path: &Path) {
    let out = Command::new("chattr")
        .arg(flag)
        .arg(path)
        .output()
        .expect("chattr runs (apt-get install e2fsprogs; bash scripts/test.sh does)");
    assert!(
        out.status.success(),
        "chattr {flag} {} needs root and a file system that keeps the flag (ext4): {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}
