//! A save cut off by a kill between writing its temporary file and renaming it
//! leaves that file beside the session: a full copy of a session or a journal,
//! open answers tied to their voters included. Whoever takes the session's lock
//! next (the workbench or `klarhet room`) removes the ones written for that
//! session, and only those: no klarhet can still be writing them.
#![cfg(target_os = "linux")]

use crate::common;
use common::tui::{keys, options};
use klarhet::model::assessment::Catalog;
use klarhet::store::{Store, backup_path, journal};
use klarhet::tui::App;
use klarhet::tui::theme::Theme;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

fn crowd(dir: &Path, organisation: &str, voted: bool) -> PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let mut s = klarhet::demo::crowd(&m, 4, voted);
    common::named(&mut s, &m, organisation);
    Store::new(dir).create(&s).unwrap()
}

/// Writes `target` through klarhet's own atomic write and cuts it off where a
/// kill -9 would: after the temporary file is written and synced, before the
/// rename. The write's failure removes the file, so it is put back as the kill
/// would have left it: same name, same bytes, same mode. Gives its path.
fn cut_off(target: &Path, bytes: &[u8]) -> PathBuf {
    let mut left = None;
    let written = klarhet::store::write_atomic_with(target, |f| {
        f.write_all(bytes)?;
        f.sync_all()?;
        let path = std::fs::read_link(format!("/proc/self/fd/{}", f.as_raw_fd()))?;
        let mode = f.metadata()?.permissions().mode() & 0o777;
        left = Some((path, mode));
        Err(std::io::Error::other("killed before the rename"))
    });
    assert!(written.is_err());
    let (path, mode) = left.expect("the temporary file was written");
    assert_eq!(mode, 0o600, "a temporary file is private from the start");
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&path)
        .unwrap();
    file.write_all(bytes).unwrap();
    path
}

fn strays(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_workbench_removes_what_cut_off_writes_of_its_session_left_and_nothing_else() {
    let data = tempfile::tempdir().unwrap();
    let session = crowd(data.path(), "Kommunen", true);
    let other = crowd(data.path(), "Grannkommunen", true);
    let dir = session.parent().unwrap().to_owned();
    let bytes = std::fs::read(&session).unwrap();
    let mine = [
        cut_off(&session, &bytes),
        cut_off(&journal::path_of(&session), b"Cast(...)\n"),
        cut_off(&backup_path(&session), &bytes),
    ];
    let theirs = cut_off(&other, &std::fs::read(&other).unwrap());
    // Not named for a session: another program's, or an older klarhet's.
    let foreign = dir.join(".klarhet-ab12CD.tmp");
    std::fs::write(&foreign, "").unwrap();
    assert_eq!(strays(&dir).len(), 5);

    let mut opts = options(data.path(), Theme::dark());
    opts.resume = Some(session.clone());
    let mut app = App::new(opts).expect("the session opens");
    keys(&mut app, "aNy{Enter}{Enter}");
    for left in &mine {
        assert!(!left.exists(), "{} is still there", left.display());
    }
    assert!(theirs.exists(), "another session's is left to its holder");
    assert!(foreign.exists(), "a file klarhet did not name for it stays");
    drop(app);
}

#[test]
fn a_room_taking_the_session_removes_them_too() {
    let data = tempfile::tempdir().unwrap();
    let session = crowd(data.path(), "Kommunen", false);
    let left = cut_off(
        &journal::path_of(&session),
        b"Cast(challenge: \"x\", voter: 1)\n",
    );
    let catalog = Catalog::embedded().unwrap();
    let owner = klarhet::room::owner::Owner::take(&session, &catalog, None).expect("taken");
    assert!(!left.exists(), "{} is still there", left.display());
    owner.close().unwrap();
}

#[test]
fn a_session_only_read_leaves_them_to_its_holder() {
    let data = tempfile::tempdir().unwrap();
    let session = crowd(data.path(), "Kommunen", true);
    let holder = klarhet::store::Lock::acquire(&session).unwrap();
    let left = cut_off(&backup_path(&session), b"a copy");
    let mut opts = options(data.path(), Theme::dark());
    opts.resume = Some(session.clone());
    let reader = App::new(opts).expect("the session opens to read");
    assert!(
        left.exists(),
        "a reader cannot know that no write is under way"
    );
    drop(reader);
    drop(holder);
}
