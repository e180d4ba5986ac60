//! The built binary in a real pseudo-terminal: cast a ballot, quit, start again and
//! find the session where it was left, and check that the terminal was restored.

mod common;
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
    // Organisation, facilitator, date, kommunkod, language, model, self-assessment.
    for _ in 0..7 {
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
    t.wait_for("Sjöhamra kommun");
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
