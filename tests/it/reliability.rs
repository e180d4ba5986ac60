//! Never lose a workshop: backups, unreadable files, a failing disk,
//! old schema versions and changed models.

use crate::common;
use common::tui::{app, keys, screen};
use klarhet::store::{self, Store};
use klarhet::tui::state::Step;

fn demo_saved(dir: &std::path::Path) -> std::path::PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let s = klarhet::demo::session(&m, jiff::civil::date(2026, 11, 22), klarhet::text::Lang::SV);
    Store::new(dir).create(&s).unwrap()
}

#[test]
fn every_save_keeps_the_previous_file_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Enter}");
    assert_eq!(a.state.step(), Step::Participants);
    keys(&mut a, "aNy{Enter}{Enter}");
    let backup = store::backup_path(&path);
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        before,
        "one generation back"
    );
    keys(&mut a, "aTill{Enter}{Enter}");
    let second = klarhet::store::sessions::read(&backup).unwrap();
    assert_eq!(
        second.participants().len(),
        9,
        "the backup moved one generation on"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [&path, &backup] {
            let mode = std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", p.display());
        }
    }
}

#[test]
fn an_unreadable_session_is_never_overwritten_and_its_backup_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(store::backup_path(&path), &good).unwrap();
    let broken = good.replacen("organisation:", "organisatoin:", 1);
    std::fs::write(&path, &broken).unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Down}{Down}{Enter}");
    let shown = screen(&a, 120, 40);
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        shown.contains(&format!("{name}:4:5")),
        "file, line and column: {shown}"
    );
    assert!(shown.contains("säkerhetskopian"), "{shown}");
    keys(&mut a, "j");
    assert_eq!(a.state.step(), Step::Participants);
    let opened = a.state.shared.work.as_ref().unwrap().path.clone().unwrap();
    assert_ne!(opened, path, "the backup becomes a new session file");
    keys(&mut a, "aNy{Enter}{Enter}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        broken,
        "the broken file is untouched"
    );
    assert_eq!(
        klarhet::store::sessions::read(&opened)
            .unwrap()
            .participants()
            .len(),
        9
    );
}

#[test]
fn a_failing_disk_warns_until_saving_works_again_and_save_as_moves_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let mut a = app(dir.path());
    keys(&mut a, "{Enter}");
    // The folder disappears under the session (a USB stick pulled out).
    let sessions = dir.path().join("sessions");
    let moved = dir.path().join("bort");
    std::fs::rename(&sessions, &moved).unwrap();
    keys(&mut a, "aEtt{Enter}{Enter}");
    let shown = screen(&a, 120, 40);
    assert!(shown.contains("⚠") && shown.contains("Ctrl-S"), "{shown}");
    assert!(a.state.shared.save_error.is_some());
    // The warning stays while the disk keeps failing, and nothing is lost in memory.
    keys(&mut a, "aTvå{Enter}{Enter}");
    assert!(a.state.shared.save_error.is_some());
    assert_eq!(
        a.state
            .shared
            .work
            .as_ref()
            .unwrap()
            .session
            .participants()
            .len(),
        10
    );
    // The folder comes back: the next change saves everything and the warning goes.
    std::fs::rename(&moved, &sessions).unwrap();
    keys(&mut a, "r");
    assert!(a.state.shared.save_error.is_none());
    assert_eq!(
        klarhet::store::sessions::read(&path)
            .unwrap()
            .participants()
            .len(),
        10
    );
    // Save as: Ctrl-S, a new path, Enter; later changes go there.
    let other = tempfile::tempdir().unwrap();
    let target = other.path().join("kopia åäö.ron");
    a.key(crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('s'),
        crossterm::event::KeyModifiers::CONTROL,
    ));
    let Some(klarhet::tui::state::Overlay::SaveAs(field)) = &a.state.overlay else {
        panic!("save-as is not open");
    };
    let field_len = field.value().chars().count();
    keys(&mut a, &"{Bs}".repeat(field_len));
    keys(&mut a, &format!("{}{{Enter}}", target.display()));
    assert_eq!(
        a.state.shared.work.as_ref().unwrap().path.as_deref(),
        Some(target.as_path())
    );
    keys(&mut a, "aTre{Enter}{Enter}");
    assert_eq!(
        klarhet::store::sessions::read(&target)
            .unwrap()
            .participants()
            .len(),
        11
    );
}

#[test]
fn every_earlier_session_version_still_opens() {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let fixture = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/session-v1.ron"
    ));
    let (s, _) = store::open(fixture, &catalog).unwrap();
    assert_eq!(s.organisation(), "Vimmerby kommun");
    assert_eq!(
        s.privacy().min_group(),
        3,
        "defaults fill the fields added later"
    );
    assert!(s.responses().is_tally("hot.effektmal"));
    // Its ballots, kept next to names in schema 1, are counted into the ballot box
    // when it is opened, and revealed: three voters is enough to show.
    assert_eq!(s.schema(), klarhet::model::session::SCHEMA_VERSION);
    assert_eq!(s.responses().tally("otydlighet.definition").total(), 0);
    let shown = s.shown_tally("otydlighet", "otydlighet.definition");
    assert_eq!((shown.n(), shown.unknown), (2, 1));
    assert!(!s.to_ron().contains("Ballots({1:"));
}

/// A session of schema 2 with the journal a klarhet of that time left when its
/// room was killed (format 1: no generation, no checksums): the journal's seat
/// is read, and the workbench folds both into a file of this schema.
#[test]
fn a_schema_two_session_and_its_format_one_journal_still_open() {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let fixtures = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"));
    let (s, _) = store::open(&fixtures.join("session-v2.ron"), &catalog).unwrap();
    assert_eq!(s.organisation(), "Sjöhamra kommun");
    assert_eq!(s.generation(), 0);
    let room = s.room().as_ref().expect("the room its journal opened");
    assert!(room.seats().contains_key(&2), "the journal's seat is read");
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let path = sessions.join("v2.ron");
    std::fs::copy(fixtures.join("session-v2.ron"), &path).unwrap();
    std::fs::copy(
        fixtures.join("session-v2.ron.journal"),
        store::journal::path_of(&path),
    )
    .unwrap();
    let mut opts = common::tui::options(dir.path(), klarhet::tui::theme::Theme::dark());
    opts.resume = Some(path.clone());
    drop(klarhet::tui::App::new(opts).expect("it opens"));
    assert!(!store::journal::path_of(&path).exists(), "folded");
    let s = klarhet::store::sessions::read(&path).unwrap();
    assert_eq!(
        (s.schema(), s.generation()),
        (klarhet::model::session::SCHEMA_VERSION, 1)
    );
    assert!(s.room().as_ref().unwrap().seats().contains_key(&2));
}

#[test]
fn a_session_made_with_another_model_version_is_refused_not_mixed() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_saved(dir.path());
    let version = common::halmstad().version;
    let made_with = format!("version: \"{version}\"");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains(&made_with),
        "the demo names the model's version"
    );
    let text = saved.replacen(&made_with, "version: \"0.9\"", 1);
    std::fs::write(&path, &text).unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let err = store::open(&path, &catalog).unwrap_err();
    let msg = err.render(klarhet::text::Lang::EN);
    assert!(
        msg.contains("made with halmstad 0.9") && msg.contains(&format!("version {version}")),
        "{msg}"
    );
    assert!(err.is_bad_input());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn quitting_with_unsaved_votes_asks_and_is_reported_as_lost() {
    let dir = tempfile::tempdir().unwrap();
    demo_saved(dir.path());
    let mut a = app(dir.path());
    keys(&mut a, "{Enter}");
    let sessions = dir.path().join("sessions");
    std::fs::rename(&sessions, dir.path().join("bort")).unwrap();
    keys(&mut a, "aNy{Enter}{Enter}");
    assert!(a.state.shared.save_error.is_some());
    keys(&mut a, "q");
    assert!(!a.quitting(), "q quit without asking while saves fail");
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("förlorade om du avslutar"), "{shown}");
    keys(&mut a, "n");
    assert!(!a.quitting());
    keys(&mut a, "qj");
    assert!(a.quitting() && a.lost_changes());
}
