//! One writer per session, through the workshop's own API: a second klarhet (here
//! a second `App` in this process, which has a handle of its own just as another
//! process would) gets the session read-only, and so does a file that cannot be
//! kept whole by a save. Only the rendered screen and the files are looked at, so
//! these tests say the same about any way of locking.

use crate::common;
use common::tui::{keys, options, screen};
use klarhet::store::Store;
use klarhet::tui::App;
use klarhet::tui::msg::Msg;
use klarhet::tui::theme::Theme;
use std::path::{Path, PathBuf};

fn demo_saved(dir: &Path) -> PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let s = klarhet::demo::session(&m, jiff::civil::date(2026, 11, 22), klarhet::text::Lang::SV);
    Store::new(dir).create(&s).unwrap()
}

/// The workshop with `session` opened as `--resume` would.
fn open(data: &Path, session: &Path) -> App {
    let mut opts = options(data, Theme::dark());
    opts.resume = Some(session.to_owned());
    App::new(opts).expect("the session opens")
}

fn read_only(a: &App) -> bool {
    screen(a, 80, 24).contains("skrivskyddad")
}

/// Adds a participant, which saves when the session can be saved.
fn change(a: &mut App) {
    keys(a, "aNy{Enter}{Enter}");
}

fn participants(path: &Path) -> usize {
    klarhet::store::sessions::read(path)
        .unwrap()
        .participants()
        .len()
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).unwrap().ino()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_lock_file_left_by_an_older_klarhet_blocks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    // Older versions kept the holder's pid beside the session; pid 1 always runs.
    let mut old = path.clone().into_os_string();
    old.push(".lock");
    std::fs::write(&old, "1").unwrap();
    let mut a = open(dir.path(), &path);
    assert!(!read_only(&a), "{}", screen(&a, 80, 24));
    change(&mut a);
    assert_eq!(participants(&path), 9, "the session was saved");
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let listed = Store::new(dir.path()).list(&catalog).unwrap();
    assert_eq!(
        listed.len(),
        1,
        "the old lock file is not listed as a session"
    );
}

#[test]
fn a_second_klarhet_reads_only_and_its_changes_wait_for_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let first = open(dir.path(), &path);
    let before = std::fs::read(&path).unwrap();
    let mut second = open(dir.path(), &path);
    let shown = screen(&second, 80, 24);
    assert!(
        shown.contains("⚠ skrivskyddad"),
        "the mark in the top line: {shown}"
    );
    assert!(
        shown.contains("öppnad i en annan klarhet"),
        "the reason: {shown}"
    );
    change(&mut second);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing is saved");
    // Quitting would lose the change: it asks, and no keeps it.
    keys(&mut second, "q");
    assert!(!second.quitting());
    let asked = screen(&second, 80, 24);
    assert!(asked.contains("Avsluta ändå?"), "{asked}");
    keys(&mut second, "{Esc}");
    // Saved as a file of its own, the session is written there from then on.
    second.handle(Msg::SaveAs);
    keys(&mut second, "{End}{Bs}{Bs}{Bs}{Bs}-kopia.ron{Enter}");
    let copy = dir.path().join(format!(
        "{}-kopia.ron",
        path.file_stem().unwrap().to_string_lossy()
    ));
    assert_eq!(participants(&copy), 9, "the change went to the copy");
    assert!(
        !klarhet::store::backup_path(&copy).exists(),
        "a new file has nothing to back up"
    );
    assert!(!read_only(&second), "{}", screen(&second, 80, 24));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    drop(first);
}

#[cfg(unix)]
#[test]
fn after_a_save_replaced_the_file_a_second_klarhet_still_cannot_lock_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let mut first = open(dir.path(), &path);
    let before = inode(&path);
    change(&mut first);
    assert_ne!(
        inode(&path),
        before,
        "a save renames a new file over the old"
    );
    let second = open(dir.path(), &path);
    assert!(read_only(&second), "{}", screen(&second, 80, 24));
    change(&mut first);
    assert_eq!(participants(&path), 10, "the first goes on saving");
    assert_eq!(mode(&path), 0o600);
    drop(first);
    let third = open(dir.path(), &path);
    assert!(!read_only(&third), "closing the first lets the lock go");
}

#[cfg(unix)]
#[test]
fn a_symlink_shares_the_lock_of_its_file_and_saves_go_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let link = dir.path().join("länk.ron");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let first = open(dir.path(), &path);
    let through_link = open(dir.path(), &link);
    assert!(read_only(&through_link), "two names, one lock");
    drop(through_link);
    drop(first);
    let mut a = open(dir.path(), &link);
    assert!(!read_only(&a));
    change(&mut a);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the symlink is still a symlink"
    );
    assert_eq!(participants(&path), 9, "the real file was saved");
    assert_eq!(mode(&path), 0o600);
    // And the other way round: held through the link, the file itself is refused.
    let direct = open(dir.path(), &path);
    assert!(read_only(&direct));
}

#[cfg(unix)]
#[test]
fn a_hard_linked_session_is_only_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let other = dir.path().join("samma.ron");
    std::fs::hard_link(&path, &other).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut a = open(dir.path(), &path);
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("skrivskyddad"), "{shown}");
    assert!(shown.contains("hårda länkar"), "the reason: {shown}");
    change(&mut a);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

/// A save keeps the previous file as `.bak` by giving it a second name before
/// the new file is renamed over the session; `kill -9` between the two leaves the
/// session and its backup one file. That pair is the session's own: it opens for
/// writing, and the next save parts them without touching the backup's bytes.
#[cfg(unix)]
#[test]
fn a_session_still_linked_to_its_backup_by_a_crash_opens_for_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let backup = klarhet::store::backup_path(&path);
    std::fs::hard_link(&path, &backup).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut a = open(dir.path(), &path);
    assert!(!read_only(&a), "{}", screen(&a, 80, 24));
    change(&mut a);
    assert_eq!(participants(&path), 9, "the change was saved");
    assert_eq!(std::fs::read(&backup).unwrap(), before, "the backup kept");
    assert_ne!(inode(&path), inode(&backup));
}

/// The backup a save keeps is the previous file itself, not a copy: the save
/// writes one file, and the backup has only its own name afterwards.
#[cfg(unix)]
#[test]
fn a_save_keeps_the_previous_file_itself_as_the_backup() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let previous = inode(&path);
    let mut a = open(dir.path(), &path);
    change(&mut a);
    let backup = klarhet::store::backup_path(&path);
    assert_eq!(inode(&backup), previous);
    assert_eq!(std::fs::metadata(&backup).unwrap().nlink(), 1);
    assert_eq!(std::fs::metadata(&path).unwrap().nlink(), 1);
    assert_eq!(mode(&backup), 0o600);
}

/// Makes a folder unwritable, for root as well (which ignores permission bits) by
/// marking it immutable; undone on drop, so the temporary folder can go.
#[cfg(unix)]
struct Unwritable<'a>(&'a Path, bool);

#[cfg(unix)]
impl<'a> Unwritable<'a> {
    fn new(dir: &'a Path) -> Unwritable<'a> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
        if std::fs::File::create(dir.join("probe")).is_err() {
            return Unwritable(dir, false);
        }
        let _ = std::fs::remove_file(dir.join("probe"));
        let immutable = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .status()
            .unwrap_or_else(|e| {
                panic!("chattr does not run ({e}): apt-get install e2fsprogs (bash scripts/test.sh does)")
            })
            .success();
        assert!(
            immutable && std::fs::File::create(dir.join("probe")).is_err(),
            "running as root, and `chattr +i` could not make {} unwritable: \
             run as another user or on a file system with attributes (ext4, xfs)",
            dir.display()
        );
        Unwritable(dir, true)
    }
}

#[cfg(unix)]
impl Drop for Unwritable<'_> {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(self.0)
                .status();
        }
        let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o700));
    }
}

#[cfg(unix)]
#[test]
fn a_session_in_a_folder_that_cannot_be_written_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let before = std::fs::read(&path).unwrap();
    let sessions = path.parent().unwrap();
    let guard = Unwritable::new(sessions);
    let mut a = open(dir.path(), &path);
    insta::assert_snapshot!("read_only_folder_80x24", screen(&a, 80, 24));
    let mut english_opts = options(dir.path(), Theme::dark());
    english_opts.resume = Some(path.clone());
    english_opts.lang = Some(klarhet::text::Lang::EN);
    let english = App::new(english_opts).unwrap();
    insta::assert_snapshot!("read_only_folder_80x24_en", screen(&english, 80, 24));
    change(&mut a);
    drop(guard);
    assert_eq!(std::fs::read(&path).unwrap(), before, "no save was tried");
}

fn klarhet(data: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .args(args)
        .env("KLARHET_DATA_DIR", data)
        .env("KLARHET_LANG", "sv")
        .output()
        .unwrap()
}

#[test]
fn the_command_line_reads_an_open_session_but_never_writes_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let arg = path.display().to_string();
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let a = open(dir.path(), &path);
    let before = std::fs::read(&path).unwrap();
    for args in [
        vec!["list"],
        vec!["validate", &arg],
        vec!["report", &id],
        vec!["compare", &id, &arg],
    ] {
        let out = klarhet(dir.path(), &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // --format: without it the .ron would be refused as no report's extension
    // before the lock is asked (tests/it/cli_paths.rs).
    let out = klarhet(dir.path(), &["report", &id, "-o", &arg, "--format", "md"]);
    // Another klarhet holding the file is the environment, as a full disk is.
    assert_eq!(out.status.code(), Some(1), "refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("öppnad i en annan klarhet"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    drop(a);
}
