//! The real binary, hurt on purpose: killed with SIGKILL in the middle of ballot
//! rounds, made to panic, opened twice, and watched for network use.

use crate::common;
use common::pty::Term;
use klarhet::model::Session;
use klarhet::store::Store;
use std::path::{Path, PathBuf};

/// An anonymous room of 1,000 seats on the scoring step, so rounds never run out.
/// The anonymous room's seats: enough for the longest run.
const SEATS: u32 = 1000;

fn room(dir: &Path) -> PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let mut s = Session::new(
        &m,
        "Kilslaget kommun",
        jiff::civil::date(2026, 11, 22),
        klarhet::text::Lang::SV,
    );
    let count = klarhet::model::Command::CountHeads {
        headcount: Some(SEATS),
    };
    common::give(&mut s, &m, count);
    common::place(&mut s, &m, "scoring");
    Store::new(dir).create(&s).unwrap()
}

/// The votes kept for `path`, as klarhet reads them: the file and its journal.
fn votes(path: &Path) -> u32 {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (s, m) = klarhet::store::open(path, &catalog).expect("the session stays readable");
    m.statements()
        .map(|(c, st)| s.answer_count(&c.id, &st.id))
        .sum()
}

/// The seat number and statement number of the ballot on screen.
fn position(screen: &str) -> (u32, u32) {
    let line = screen
        .lines()
        .find(|l| l.contains("påstående"))
        .expect("a ballot on screen");
    let seat = line
        .trim()
        .trim_start_matches('#')
        .split(':')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("seat");
    let statement = line
        .split("påstående ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("statement");
    (seat, statement)
}

/// A small fixed-seed generator, so a failing run can be repeated exactly.
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// `kill -9` at random points of ballot rounds loses at most the keystroke in
/// flight: every vote the screen acknowledged is in the file, and the session
/// opens where it was left. KLARHET_KILLS sets the number of kills (50 by default).
#[test]
fn kill_9_loses_at_most_the_keystroke_in_flight() {
    let kills: u32 = std::env::var("KLARHET_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let path = room(dir.path());
    let arg = path.display().to_string();
    let mut rng = Rng(0x6b6c_6172_6865_7421);
    let mut acknowledged = 0;
    let mut full = false;
    let mut done = 0;
    // The kills must land while votes are only in the journal, too.
    let mut journalled = false;
    for round in 0..kills {
        let mut t = Term::start(dir.path(), &["--resume", &arg]);
        t.wait_for("Bedömning");
        t.send(b"b");
        t.wait_for("tryck Enter");
        t.send(b"\r");
        // The voter cut off by the last kill carries on where they were.
        t.wait_for(": Otydlighet · påstående");
        for _ in 0..rng.next(9) {
            // The voter and the statement on screen now, e.g. "#12: Otydlighet · påstående 3 av 4".
            let (seat, statement) = position(&t.contents());
            let last = statement == 4 && seat == SEATS;
            let expected = if statement < 4 {
                format!("#{seat}: Otydlighet · påstående {} av 4", statement + 1)
            } else if last {
                // The last seat done: the round ends in the reveal.
                "Fördelning".to_owned()
            } else {
                format!("Lämna över till #{}", seat + 1)
            };
            let key = b"12345v"[rng.next(6) as usize];
            t.type_now(&[key]);
            // Acknowledged: the screen has moved on to exactly the next step.
            t.wait_for(&expected);
            acknowledged += 1;
            if last {
                full = true;
                break;
            }
            if statement == 4 {
                t.type_now(b"\r");
                t.wait_for(&format!("#{}: Otydlighet · påstående 1 av 4", seat + 1));
            }
        }
        // Sometimes one more key is in flight when the kill lands.
        let in_flight = !full && rng.next(2) == 1;
        if in_flight {
            t.type_now(b"3");
        }
        std::thread::sleep(std::time::Duration::from_millis(rng.next(15)));
        t.kill9();
        let saved = votes(&path);
        assert!(
            saved >= acknowledged && saved <= acknowledged + u32::from(in_flight),
            "round {round}: {acknowledged} acknowledged, {saved} saved"
        );
        acknowledged = saved;
        assert_eq!(
            klarhet::store::sessions::read(&path).unwrap().resume().step,
            "scoring",
            "round {round}"
        );
        journalled |= klarhet::store::journal::path_of(&path).exists();
        done += 1;
        if full {
            eprintln!("every seat has voted after {} kills", round + 1);
            break;
        }
    }
    eprintln!("survived {done} kills; {acknowledged} votes kept");
    assert!(
        journalled,
        "some kill found votes in the journal, not yet in the file"
    );
}

/// Text typed into a form and not yet saved survives `kill -9` once the typing
/// has paused: the file holds it, and the session opens with the form open and
/// the text in it. Esc then drops it, from the file too.
#[test]
fn a_rationale_typed_but_not_saved_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let path = room(dir.path());
    let arg = path.display().to_string();
    let rationale = "Bolagens styrelser vet inte vem som äger målen";
    let mut t = Term::start(dir.path(), &["--resume", &arg]);
    t.wait_for("Bedömning");
    t.send(b"a");
    t.wait_for("Motivering");
    // No votes yet: the severity is typed before the rationale.
    t.send(b"60");
    t.send(b"\t");
    t.type_now(rationale.as_bytes());
    t.wait_for(rationale);
    // The draft is written a second after the last key; two leave a margin
    // for a loaded machine.
    std::thread::sleep(std::time::Duration::from_secs(2));
    t.kill9();
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(
        file.contains(rationale),
        "the draft is not in the file:\n{file}"
    );
    let mut t = Term::start(dir.path(), &["--resume", &arg]);
    t.wait_for("är tillbaka");
    t.wait_for(rationale);
    assert!(t.contents().contains("Bedömning"), "{}", t.contents());
    t.send(b"\x1b");
    t.wait_until(|screen| !screen.contains(rationale));
    t.send(b"q");
    assert!(t.ends());
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!file.contains(rationale), "Esc drops the draft:\n{file}");
}

#[test]
fn after_a_panic_the_terminal_is_back_and_the_message_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let path = room(dir.path());
    let arg = path.display().to_string();
    let mut t = Term::spawn(
        dir.path(),
        env!("CARGO_BIN_EXE_klarhet"),
        &["--resume", &arg],
        &[("KLARHET_TEST_PANIC_AFTER", "6")],
    );
    t.wait_for("Bedömning");
    t.send(b"b");
    t.send(b"\r");
    t.send(b"4");
    t.send(b"5");
    t.wait_for("påstående 3 av");
    t.send(b"2");
    t.send(b"1");
    assert!(!t.ends(), "a panic is a failure exit");
    assert!(!t.screen_is_alternate(), "the alternate screen was left");
    let out = t.output();
    assert!(out.contains("\x1b[?1049l"));
    assert!(out.contains("klarhet --resume"), "{out}");
    assert!(
        out.contains("Kilslaget") || out.contains("kilslaget-kommun"),
        "the message names the session file"
    );
    assert_eq!(votes(&path), 3, "the votes before the panic are on disk");
}

/// A second klarhet gets the session read-only; the commands that only read go on
/// working; and a holder killed with SIGKILL leaves nothing behind that blocks the
/// next one.
#[test]
fn a_session_open_in_another_klarhet_opens_read_only_until_that_one_dies() {
    let dir = tempfile::tempdir().unwrap();
    let path = room(dir.path());
    let arg = path.display().to_string();
    let mut first = Term::start(dir.path(), &["--resume", &arg]);
    first.wait_for("Bedömning");
    let mut second = Term::start(dir.path(), &["--resume", &arg]);
    second.wait_for("skrivskyddad");
    second.wait_for("öppnad i en annan klarhet");
    let report = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .args(["report", &arg])
        .env("KLARHET_DATA_DIR", dir.path())
        .env("KLARHET_LANG", "sv")
        .output()
        .unwrap();
    assert!(report.status.success(), "a report only reads");
    assert!(String::from_utf8_lossy(&report.stdout).contains("Kilslaget"));
    // Nothing changed in the second, so it quits without asking.
    second.send(b"q");
    assert!(second.ends());
    first.kill9();
    let mut third = Term::start(dir.path(), &["--resume", &arg]);
    third.wait_for("Bedömning");
    assert!(
        !third.contents().contains("skrivskyddad"),
        "the lock died with its process:\n{}",
        third.contents()
    );
    third.send(b"q");
    assert!(third.ends());
}

/// The program opens no network connection: under strace, no socket of any
/// internet family is created, in the command line or in the workshop.
#[test]
fn no_network_is_ever_used() {
    common::need_strace();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace");
    let bin = env!("CARGO_BIN_EXE_klarhet");
    let ok = std::process::Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=%network", "-o"])
        .arg(&log)
        .args([bin, "demo", "--year-later"])
        .env("KLARHET_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(ok.status.success());
    let mut traced = std::fs::read_to_string(&log).unwrap();
    let path = room(dir.path());
    let tui_log = dir.path().join("trace-tui");
    let mut t = Term::spawn(
        dir.path(),
        "strace",
        &[
            "-f",
            "-qq",
            "-e",
            "trace=%network",
            "-o",
            &tui_log.display().to_string(),
            bin,
            "--resume",
            &path.display().to_string(),
        ],
        &[],
    );
    t.wait_for("Bedömning");
    t.send(b"b");
    t.send(b"\r");
    t.send(b"4");
    t.send(b"q");
    t.send(b"j");
    assert!(t.ends());
    traced.push_str(&std::fs::read_to_string(&tui_log).unwrap());
    for line in traced.lines() {
        assert!(
            !line.contains("AF_INET") && !line.contains("connect("),
            "network use: {line}"
        );
    }
}
