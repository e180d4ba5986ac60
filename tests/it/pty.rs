//! The built binary in a real pseudo-terminal: cast a ballot, quit, start again and
//! find the session where it was left, and check that the terminal was restored.

use crate::common;
use common::pty::Term;
use std::path::Path;

#[test]
fn a_ballot_survives_quitting_and_the_terminal_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::start(dir.path(), &[]);
    t.wait_for("Ny session");
    t.send(b"\r");
    t.wait_for("Organisation");
    t.send("Piteå kommun".as_bytes());
    // Organisation, facilitator, date, kommunkod, language, model, self-assessment,
    // names in the room.
    for _ in 0..8 {
        t.send(b"\r");
    }
    t.wait_for("Deltagare (0)");
    t.send(b"a");
    t.send(b"Anna");
    t.send(b"\r");
    t.send(b"\r");
    t.wait_for("Deltagare (1)");
    t.send(b"n");
    t.send(b"n");
    t.wait_for("inga svar ännu");
    t.send(b"b");
    t.wait_for("Lämna över till Anna, tryck Enter");
    t.send(b"\r");
    t.wait_for("påstående 1 av 4");
    t.send(b"4");
    t.wait_for("påstående 2 av 4");
    // Quitting in the middle of the round asks first.
    t.send(b"q");
    t.wait_for("Avsluta ändå?");
    t.send(b"j");
    t.exits();
    t.restored();

    // Start again: the session is listed and preselected, and opens on the scoring
    // step with the vote kept.
    let mut t = Term::start(dir.path(), &[]);
    t.wait_for("Piteå kommun");
    t.send(b"\r");
    t.wait_for("Bedömning");
    t.wait_for("1 av 1 har svarat");
    t.send(b"q");
    t.exits();
    t.restored();
}

#[test]
fn resume_opens_a_session_directly_and_a_tiny_window_asks_for_more_room() {
    let dir = tempfile::tempdir().unwrap();
    let demo = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .arg("demo")
        .env("KLARHET_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let mut t = Term::start(
        dir.path(),
        &["--resume", &resume_id(dir.path()), "--no-color"],
    );
    // The organisation is cut at 80 columns for the demo's paused agenda clock.
    t.wait_for("⏸ 3:20 · 1:40 kvar");
    t.wait_for("Deltagare (8)");
    t.resize(12, 40);
    t.wait_for("behöver minst 80×24");
    t.resize(24, 80);
    t.wait_for("Deltagare (8)");
    t.send(b"q");
    t.exits();
    t.restored();
}

/// The id of the only saved session.
fn resume_id(data: &Path) -> String {
    let entry = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    entry
        .path()
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// The colour indexes sent after `38;5;` or `48;5;` (crossterm also sends the
/// named colours this way, as indexes 0–15 of the terminal's own palette).
fn indexes(raw: &str) -> Vec<u16> {
    ["38;5;", "48;5;"]
        .iter()
        .flat_map(|code| raw.split(code).skip(1))
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect()
}

/// The colours a terminal is sent follow what it says it can show: 24-bit codes
/// only with `COLORTERM=truecolor`, xterm's 256 with `TERM=xterm-256color` alone
/// (macOS's Terminal.app), the 16 colours of its own palette on a plain terminal.
#[test]
fn colours_follow_what_the_terminal_says_it_shows() {
    // The environment, whether 24-bit codes are sent, and the bound of indexes.
    type Case<'a> = (&'a [(&'a str, &'a str)], bool, u16);
    let cases: [Case; 3] = [
        (&[("COLORTERM", "truecolor")], true, 16),
        (&[("TERM_PROGRAM", "Apple_Terminal")], false, 256),
        (&[("TERM", "vt220")], false, 16),
    ];
    for (env, rgb, below) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Term::spawn(dir.path(), env!("CARGO_BIN_EXE_klarhet"), &[], env);
        t.wait_for("Ny session");
        t.send(b"q");
        t.exits();
        let raw = t.output();
        assert_eq!(raw.contains("38;2;"), rgb, "{env:?}: 24-bit text colours");
        assert_eq!(raw.contains("48;2;"), rgb, "{env:?}: 24-bit grounds");
        let sent = indexes(&raw);
        assert_eq!(sent.is_empty(), rgb, "{env:?}: {sent:?}");
        assert!(sent.iter().all(|i| *i < below), "{env:?}: {sent:?}");
        if below == 256 {
            assert!(sent.iter().any(|i| *i >= 16), "{env:?}: {sent:?}");
        }
    }
}
