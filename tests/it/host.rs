//! The workbench's lock on its session lives in one place, the session's host:
//! opening another session, beginning a new one and saving somewhere else each
//! hand it on, and the file before is let go at once. Seen from outside, as
//! another klarhet would see it: whether the file is held, and what it holds.

use crate::common;
use common::tui::{keys, options, screen};
use klarhet::store::{Store, held_elsewhere};
use klarhet::tui::App;
use klarhet::tui::msg::Msg;
use klarhet::tui::step::Step;
use klarhet::tui::theme::Theme;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

fn saved(dir: &Path, organisation: &str) -> PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let mut s =
        klarhet::demo::session(&m, jiff::civil::date(2026, 11, 22), klarhet::text::Lang::SV);
    common::named(&mut s, &m, organisation);
    Store::new(dir).create(&s).unwrap()
}

fn open(data: &Path, session: &Path) -> App {
    let mut opts = options(data, Theme::dark());
    opts.resume = Some(session.to_owned());
    App::new(opts).expect("the session opens")
}

/// Goes back to the start screen, which lists the saved sessions again.
fn to_start(a: &mut App) {
    for _ in 0..Step::ALL.len() {
        if a.state.step() == Step::Start {
            return;
        }
        a.handle(Msg::PrevStep);
    }
    assert_eq!(a.state.step(), Step::Start, "{}", screen(a, 80, 24));
}

/// Makes `path` the newest file, which the start screen selects first.
fn newest(path: &Path) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(3600))
        .unwrap();
}

fn organisation(path: &Path) -> String {
    klarhet::store::sessions::read(path)
        .unwrap()
        .organisation()
        .clone()
}

#[test]
fn opening_another_session_hands_the_lock_to_it_and_lets_the_first_go() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "Första kommun");
    let second = saved(dir.path(), "Andra kommun");
    let mut a = open(dir.path(), &first);
    assert!(held_elsewhere(&first));
    assert!(!held_elsewhere(&second));
    newest(&second);
    to_start(&mut a);
    keys(&mut a, "{Enter}");
    // At 120 columns: at 80 the demo's agenda clock takes the organisation's
    // place in the top line.
    assert!(
        screen(&a, 120, 40).contains("Andra kommun"),
        "{}",
        screen(&a, 120, 40)
    );
    assert!(held_elsewhere(&second), "the session opened is held");
    assert!(!held_elsewhere(&first), "the one before is let go");
    // Its changes go to its own file, never the first.
    let before = std::fs::read(&first).unwrap();
    keys(&mut a, "{Right}");
    a.handle(Msg::NextStep);
    a.handle(Msg::PrevStep);
    assert_eq!(std::fs::read(&first).unwrap(), before);
    drop(a);
    assert!(!held_elsewhere(&second), "closing klarhet lets it go");
}

#[test]
fn beginning_a_new_session_lets_the_open_one_go_and_never_writes_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "Första kommun");
    let mut a = open(dir.path(), &first);
    assert!(held_elsewhere(&first));
    let before = std::fs::read(&first).unwrap();
    to_start(&mut a);
    // The rows are: a new session, the demo, and the one saved session, which
    // is selected; two up is the new session.
    assert_eq!(a.state.shared.saved.len(), 1);
    keys(&mut a, "{Up}{Up}");
    keys(&mut a, "{Enter}");
    assert_eq!(a.state.step(), Step::Setup, "{}", screen(&a, 80, 24));
    assert!(!held_elsewhere(&first), "the session closed is let go");
    keys(&mut a, "Nya kommun");
    for _ in 0..8 {
        keys(&mut a, "{Enter}");
    }
    assert_eq!(a.state.step(), Step::Participants, "{}", screen(&a, 80, 24));
    assert_eq!(
        std::fs::read(&first).unwrap(),
        before,
        "nothing went into it"
    );
    let made = a
        .session_path()
        .expect("the new session has a file")
        .to_owned();
    assert_ne!(made, first.canonicalize().unwrap());
    assert_eq!(organisation(&made), "Nya kommun");
    assert!(held_elsewhere(&made), "the new file is held from the start");
}

#[test]
fn save_as_moves_the_lock_to_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "Första kommun");
    let mut a = open(dir.path(), &first);
    let copy = dir.path().join("kopia.ron");
    a.handle(Msg::SaveAs);
    keys(&mut a, &"{Bs}".repeat(400));
    keys(&mut a, &format!("{}{{Enter}}", copy.display()));
    assert!(copy.is_file(), "{}", screen(&a, 80, 24));
    assert!(held_elsewhere(&copy), "the copy is held");
    assert!(!held_elsewhere(&first), "the file before is let go");
    // From now on the session is written to the copy only.
    let before = std::fs::read(&first).unwrap();
    keys(&mut a, "aNy{Enter}{Enter}");
    let participants = |p: &Path| {
        klarhet::store::sessions::read(p)
            .unwrap()
            .participants()
            .len()
    };
    assert_eq!(participants(&copy), participants(&first) + 1);
    assert_eq!(std::fs::read(&first).unwrap(), before);
}
