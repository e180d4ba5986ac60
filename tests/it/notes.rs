//! `klarhet notes`: speaker notes in a real terminal that follow a session
//! another process holds and changes, without taking its lock and without
//! writing, through journalled changes and whole saves.

use crate::common;
use common::phone::saved_crowd;
use common::pty::Term;
use klarhet::model::assessment::Catalog;
use klarhet::model::command::Command;
use klarhet::store::host::{Host, claim};
use std::collections::BTreeMap;
use std::path::Path;

/// Every file under `dir` with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(at) = todo.pop() {
        for entry in std::fs::read_dir(&at).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("a file");
                out.insert(path.display().to_string(), bytes);
            }
        }
    }
    out
}

#[test]
fn the_notes_follow_a_session_another_process_changes_without_its_lock_and_write_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = saved_crowd(dir.path(), 4, |_| {});
    let mut notes = Term::start(dir.path(), &["notes", &id]);
    notes.wait_for("Talarstöd · Storstad kommun · Deltagare");
    notes.wait_for("Modellen har inget talarstöd för det här steget.");
    assert!(notes.screen_is_alternate());

    // The workbench's part, played by this process: the session is taken for
    // writing (the notes hold no lock, so it can be) and the workshop moves to
    // the second challenge, a change appended to the journal.
    let catalog = Catalog::embedded().expect("the embedded models");
    let opening = claim(&path).expect("read").open(&catalog).expect("opened");
    let lock = opening
        .access
        .expect("the notes took no lock, so the session can be written");
    let (model, mut session) = (opening.model, opening.session);
    let mut host = Host::new(lock);
    let go = |session: &mut klarhet::model::Session, step: &str, challenge: usize| {
        let place = Command::RememberPlace {
            step: step.into(),
            challenge,
        };
        session.apply(&model, place).expect("a place")
    };
    let changes = go(&mut session, "scoring", 1);
    host.record(&mut session, &changes).expect("journalled");
    notes.wait_for("Bedömning: Obalans (2 av 6)");
    let obalans = &model.challenges[1];
    let question: String = obalans.ask[0]
        .text
        .in_language("sv")
        .unwrap()
        .chars()
        .take(40)
        .collect();
    notes.wait_for(&question);
    notes.wait_for("(§4.1 Obalans)");

    // A whole save, the file renamed over the old one and the journal folded in.
    let changes = go(&mut session, "circle", 0);
    assert!(!changes.is_empty());
    host.save(&mut session).expect("saved whole");
    notes.wait_for("Talarstöd · Storstad kommun · Cirkeln");
    notes.wait_for("klarhets fråga, utifrån §4.1, Figur 2");

    // Nobody holds the session once this process lets go: the notes never did.
    drop(host);
    assert!(
        !klarhet::store::held_elsewhere(&path),
        "the notes take no lock"
    );
    let before = files(dir.path());
    notes.send(b"j");
    notes.send(b"q");
    assert!(notes.ends(), "q ends the notes cleanly");
    assert!(!notes.screen_is_alternate(), "the terminal is given back");
    assert_eq!(files(dir.path()), before, "the notes wrote nothing");
}

/// A session file that another hand breaks is said, over the last good page,
/// and the notes go on when it is good again.
#[test]
fn a_file_broken_under_the_notes_is_said_and_they_go_on_when_it_is_mended() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = saved_crowd(dir.path(), 3, |_| {});
    let good = std::fs::read(&path).expect("the session");
    let mut notes = Term::start(dir.path(), &["notes", &id]);
    notes.wait_for("Talarstöd · Storstad kommun · Deltagare");
    std::fs::write(&path, b"Session(\n  organisation: 12,\n").expect("broken");
    notes.wait_for("Sessionen gick inte att läsa just nu");
    notes.wait_for("Talarstöd · Storstad kommun · Deltagare");
    std::fs::write(&path, &good).expect("mended");
    notes.wait_until(|screen| !screen.contains("gick inte att läsa"));
    notes.wait_for("Modellen har inget talarstöd för det här steget.");
    notes.send(b"q");
    assert!(notes.ends());
}

/// A session that is not there is said before the terminal is touched, and
/// exits 1 as `follow` and every other command does (klarhet(1), EXIT STATUS).
#[test]
fn an_unknown_session_is_said_and_exits_1_as_for_follow() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, said) in [
        ("sv", "ingen session med det id:t"),
        ("en", "no session with that id"),
    ] {
        for command in ["notes", "follow"] {
            let out = common::run_in(dir.path(), lang, &[command, "nothing-here"]);
            assert_eq!(out.status.code(), Some(1), "{}", common::said(&out));
            assert!(
                common::said(&out).to_lowercase().contains(said),
                "{command}: {}",
                common::said(&out)
            );
        }
    }
}

/// Without a terminal the notes cannot draw: they say so, as the workbench does.
#[test]
fn without_a_terminal_the_notes_say_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, _) = saved_crowd(dir.path(), 2, |_| {});
    let out = common::run_in(dir.path(), "en", &["notes", &id]);
    assert_ne!(out.status.code(), Some(0), "{}", common::said(&out));
    let workbench = common::run_in(dir.path(), "en", &["--resume", &id]);
    assert_eq!(out.status.code(), workbench.status.code());
    assert_eq!(common::said(&out), common::said(&workbench));
}

/// The crowd's session on the scoring step with the two-hour agenda's clock
/// started on its first challenge just now, and paused at once when `paused`.
fn clocked(dir: &Path, paused: bool) -> (String, std::path::PathBuf) {
    saved_crowd(dir, 4, |s| {
        let m = common::halmstad();
        common::place(s, &m, "scoring");
        let now = jiff::Timestamp::now();
        let mut commands = vec![
            Command::ChooseAgenda {
                template: Some("two-hours".into()),
            },
            Command::StartItem { item: 2, at: now },
        ];
        if paused {
            commands.push(Command::PauseClock { at: now });
        }
        for c in commands {
            common::give(s, &m, c);
        }
    })
}

/// The clock's line of the notes' screen: the second.
fn clock_line(screen: &str) -> String {
    screen.lines().nth(1).unwrap_or_default().to_owned()
}

/// The notes' clock counts on by itself while it runs (nothing in the session
/// changes), and stands once the workbench pauses it.
#[test]
fn the_notes_clock_ticks_while_it_runs_and_stands_once_paused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = clocked(dir.path(), false);
    let mut notes = Term::start(dir.path(), &["notes", &id]);
    notes.wait_for("⏱ Otydlighet · ");
    notes.wait_for("slutar enligt planen");
    let first = clock_line(&notes.contents());
    notes.wait_until(|screen| {
        let line = clock_line(screen);
        line.starts_with("⏱ Otydlighet") && line != first
    });

    // The workbench pauses the clock: the notes follow, and say so.
    let catalog = Catalog::embedded().expect("the embedded models");
    let opening = claim(&path).expect("read").open(&catalog).expect("opened");
    let lock = opening.access.expect("the notes took no lock");
    let (model, mut session) = (opening.model, opening.session);
    let mut host = Host::new(lock);
    let pause = Command::PauseClock {
        at: jiff::Timestamp::now(),
    };
    let changes = session.apply(&model, pause).expect("paused");
    host.record(&mut session, &changes).expect("journalled");
    notes.wait_for("⏸ Otydlighet · ");
    notes.wait_for("klockan är pausad");
    notes.send(b"q");
    assert!(notes.ends());
}

/// With the clock paused the notes make no system call while idle: a clock
/// that does not run costs nothing. Running, they wake (about once a second).
#[test]
fn idle_notes_with_a_paused_clock_make_no_system_call_and_a_running_one_wakes() {
    common::need_strace();
    for paused in [true, false] {
        let dir = tempfile::tempdir().expect("tempdir");
        let (id, _) = clocked(dir.path(), paused);
        let trace = dir.path().join("trace");
        let trace_arg = trace.display().to_string();
        let bin = env!("CARGO_BIN_EXE_klarhet");
        let args = ["-f", "-ttt", "-o", &trace_arg, bin, "notes", &id];
        let mut notes = Term::spawn(dir.path(), "strace", &args, &[]);
        notes.wait_for(if paused {
            "klockan är pausad"
        } else {
            "slutar enligt planen"
        });
        // Settled: the first frame is out, the follower's first read behind it.
        std::thread::sleep(std::time::Duration::from_millis(500));
        let from = common::epoch_now();
        std::thread::sleep(std::time::Duration::from_secs(3));
        let to = common::epoch_now();
        notes.send(b"q");
        assert!(notes.ends());
        let trace = std::fs::read_to_string(&trace).expect("strace's output");
        let idle = common::calls_between(&trace, from, to);
        if paused {
            assert!(idle.is_empty(), "woken while idle: {idle:#?}");
        } else {
            assert!(!idle.is_empty(), "a running clock ticks: {trace}");
        }
    }
}
