//! A sealed ballot is not kept next to its voter on disk (DESIGN.md §8): from
//! the moment the vote that seals it is acknowledged, no file in the session's
//! folder (the session, its backup, its journal, anything beside them) ties
//! the ballot's answers to the voter who gave them.

use crate::common;
use common::halmstad;
use common::saved::{resume, three_on_scoring};
use common::tui::keys;
use klarhet::model::journal::Change;
use klarhet::model::session::Session;
use klarhet::store::journal;
use std::path::{Path, PathBuf};

/// Every file under `dir`, at any depth.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Panics naming the file that ties one of `voter`'s answers to `challenge`
/// to them: a session or backup holding an open answer of theirs, or a
/// journal record that names them with an answer.
fn nothing_ties(dir: &Path, challenge: &str, voter: u32) {
    let model = halmstad();
    let c = model.challenge(challenge).unwrap();
    let mut read = 0;
    for path in files(dir) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".ron") || name.ends_with(".ron.bak") {
            let s = Session::parse(&std::fs::read_to_string(&path).unwrap(), &path).unwrap();
            for st in &c.statements {
                assert_eq!(
                    s.responses().open_answer(&st.id, voter),
                    None,
                    "{name} ties {}'s answer to {voter}",
                    st.id
                );
            }
            read += 1;
        } else if let Some(session) = name.strip_suffix(".journal") {
            let j = journal::read(&path.with_file_name(session))
                .unwrap()
                .unwrap();
            for (line, change) in &j.changes {
                let tie = match change {
                    Change::Cast {
                        challenge: ch,
                        voter: v,
                        ..
                    } => ch == challenge && *v == voter,
                    Change::RoomAnswer {
                        challenge: ch,
                        seat,
                        answer,
                        ..
                    } => ch == challenge && *seat == voter && answer.is_some(),
                    _ => false,
                };
                assert!(!tie, "{name}:{line} ties an answer to {voter}: {change:?}");
            }
            read += 1;
        } else if name.starts_with(".klarhet-") && name.ends_with(".tmp") {
            // A file being written when the process was killed: a journal or
            // a session, perhaps cut short, so it is read line by line.
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            for line in text.lines() {
                let line = line.trim_start();
                let cast = line.starts_with("Cast(")
                    && line.contains(&format!("challenge:\"{challenge}\""))
                    && line.contains(&format!("voter:{voter},"));
                let ballot = line.starts_with(&format!("\"{challenge}."))
                    && line.contains("Ballots(")
                    && (line.contains(&format!("{{{voter}:"))
                        || line.contains(&format!(", {voter}:")));
                assert!(!cast && !ballot, "{name} ties an answer to {voter}: {line}");
            }
        } else {
            // The index of summaries and the lock hold no answers; anything
            // else is new and must be looked at here.
            assert!(
                name == ".klarhet-index" || name.ends_with(".lock"),
                "an unknown file beside the session: {name}"
            );
        }
    }
    assert!(read > 0, "the session was read");
}

#[test]
fn after_a_ballot_is_sealed_no_file_ties_its_answers_to_the_voter() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let mut a = resume(dir.path(), &path);
    // Anna answers all four statements; the fourth seals her ballot.
    keys(&mut a, "b{Enter}4325");
    let s = common::saved::open(&path).unwrap();
    assert!(s.finished(&halmstad().challenges[0], 1));
    nothing_ties(dir.path(), "otydlighet", 1);
    // Bengt answers two; Anna's ballot is still tied to nobody.
    keys(&mut a, "{Enter}11");
    nothing_ties(dir.path(), "otydlighet", 1);
    // His seal is kept in the journal: the file is not written again.
    let file = std::fs::read(&path).unwrap();
    keys(&mut a, "11");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        file,
        "the seal left the file alone"
    );
    let kept = journal::read(&path).unwrap().expect("a journal");
    assert!(
        kept.changes
            .iter()
            .any(|(_, c)| matches!(c, Change::Sealed { voters, .. } if voters.contains(&2))),
        "{kept:?}"
    );
    nothing_ties(dir.path(), "otydlighet", 2);
    let s = common::saved::open(&path).unwrap();
    assert_eq!(s.counted("otydlighet"), 2);
}

#[test]
fn a_ballot_begun_before_klarhet_was_closed_is_tied_to_nobody_once_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let mut a = resume(dir.path(), &path);
    // Anna answers two, and the workbench is closed: her open ballot is in
    // the file, as it must be for the round to resume there.
    keys(&mut a, "b{Enter}43{Esc}q");
    assert!(a.quitting());
    drop(a);
    let s = klarhet::store::sessions::read(&path).unwrap();
    assert_eq!(s.passed("otydlighet", 1), 2);
    // Opened again, she finishes: the file that held her open answers must
    // not stay behind as the backup.
    let mut a = resume(dir.path(), &path);
    keys(&mut a, "b{Enter}25");
    let s = common::saved::open(&path).unwrap();
    assert!(s.finished(&halmstad().challenges[0], 1), "she finished");
    assert_eq!(s.counted("otydlighet"), 1);
    nothing_ties(dir.path(), "otydlighet", 1);
}

/// The real binary killed with SIGKILL while a seal is being kept, at random
/// moments around the key that seals: every ballot sealed before the kill is
/// counted, the one in flight is either sealed or still open (never lost,
/// never counted twice), and no sealed ballot is tied to its voter in any file.
#[test]
fn kill_9_around_a_seal_loses_no_ballot_and_ties_none() {
    use common::pty::Term;
    let dir = tempfile::tempdir().unwrap();
    let model = halmstad();
    let mut s = Session::new(
        &model,
        "Kilslaget kommun",
        jiff::civil::date(2026, 11, 22),
        klarhet::text::Lang::SV,
    );
    let count = klarhet::model::Command::CountHeads {
        headcount: Some(100),
    };
    common::give(&mut s, &model, count);
    common::place(&mut s, &model, "scoring");
    let path = klarhet::store::Store::new(dir.path()).create(&s).unwrap();
    let arg = path.display().to_string();
    let c = &model.challenges[0];
    let mut sealed = 0;
    for round in 0..12u32 {
        let mut t = Term::start(dir.path(), &["--resume", &arg]);
        t.wait_for("Bedömning");
        t.send(b"b");
        t.wait_for("tryck Enter");
        t.send(b"\r");
        t.wait_for(": Otydlighet · påstående");
        // The seat on screen answers what is left of its ballot but the last.
        let seat = loop {
            let screen = t.contents();
            let line = screen
                .lines()
                .find(|l| l.contains("påstående"))
                .unwrap()
                .to_owned();
            // e.g. "#12: Otydlighet · påstående 3 av 4"
            let seat: u32 = line
                .trim()
                .trim_start_matches('#')
                .split(':')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap();
            let statement: u32 = line
                .split("påstående ")
                .nth(1)
                .and_then(|r| r.split(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            if statement == 4 {
                break seat;
            }
            t.type_now(b"3");
            t.wait_for(&format!(
                "#{seat}: Otydlighet · påstående {} av 4",
                statement + 1
            ));
        };
        // The sealing key, and the kill somewhere around its write; every
        // third round only once the screen has moved on to the next voter,
        // which it does after the seal is kept, so that the rounds after a
        // seal are there however slow a loaded machine makes the write.
        t.type_now(b"4");
        if round % 3 == 0 {
            t.wait_for("tryck Enter");
        } else {
            std::thread::sleep(std::time::Duration::from_micros(u64::from(round) * 700));
        }
        t.kill9();
        let s = common::saved::open(&path).expect("the session opens after the kill");
        let counted = s.counted(&c.id);
        assert!(
            counted == sealed || counted == sealed + 1,
            "round {round}: {sealed} sealed before, {counted} counted"
        );
        sealed = counted;
        if !s.finished(c, seat) {
            // The ballot in flight, not sealed: every acknowledged answer is
            // still there, to finish.
            let open = c
                .statements
                .iter()
                .filter(|st| s.responses().open_answer(&st.id, seat).is_some())
                .count();
            assert!(open >= 3, "round {round}: seat {seat} kept {open} answers");
        }
        for voter in (1..=100).filter(|v| s.finished(c, *v)) {
            nothing_ties(dir.path(), &c.id, voter);
        }
    }
    // Four rounds killed after their seal was on screen, the others anywhere.
    assert!(sealed >= 4, "the kills after a seal kept it: {sealed}");
}
