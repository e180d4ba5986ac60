//! The ways to lose an acknowledged vote that the red team found (issue 23), each
//! reproduced as a user or the disk would do it: a disk that fills and empties
//! under the journal, a hand edit of the session file while it is open, a journal
//! that cannot be removed, and a journal cut inside a letter. After each, the
//! session opens, and every vote that was acknowledged is in it.

use crate::common;
use common::disk::{Immutable, SmallDisk};
use common::phone::{Phone, RoomProcess};
use common::saved::{base, open, resume, three_on_scoring};
use common::tui::keys;
use common::{halmstad, run_sv, stderr};
use klarhet::model::journal::Change;
use klarhet::model::session::{Answer, Session};
use klarhet::store::{ReadOnly, journal};
use std::path::{Path, PathBuf};

/// Changes the file as `sed -i` does: a new file renamed over the old one.
fn edit_by_hand(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} is in the file");
    let tmp = path.with_extension("sed");
    std::fs::write(&tmp, text.replacen(from, to, 1)).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// Every statement of the model, in order, with its challenge.
fn statements() -> Vec<(String, String)> {
    halmstad()
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| (c.id.clone(), s.id.clone())))
        .collect()
}

fn casts(voter: u32, values: &[i32]) -> Vec<Change> {
    statements()
        .into_iter()
        .zip(values)
        .map(|((challenge, statement), v)| Change::Cast {
            challenge,
            statement,
            voter,
            answer: Answer::Value(*v),
            round: 1,
        })
        .collect()
}

/// How many answers the session holds over all statements, counted or open.
fn answers(s: &Session) -> u32 {
    statements()
        .iter()
        .map(|(c, st)| s.answer_count(c, st))
        .sum()
}

#[test]
fn a_disk_that_fills_under_an_append_leaves_no_torn_record_for_the_next_to_glue_to() {
    let disk = SmallDisk::mount("2m");
    let path = three_on_scoring(&disk.path);
    let b = base(&path);
    journal::append(&path, &b, &casts(1, &[4])).unwrap();
    let kept = std::fs::metadata(journal::path_of(&path)).unwrap().len();
    disk.fill();
    // More than the page the journal's end is in: part of it fits, the rest not.
    let many: Vec<Change> = (0..60).flat_map(|_| casts(2, &[1, 2, 3, 4])).collect();
    assert!(
        journal::append(&path, &b, &many).is_err(),
        "the disk is full"
    );
    assert_eq!(
        std::fs::metadata(journal::path_of(&path)).unwrap().len(),
        kept,
        "the failed append is cut off, to the byte"
    );
    disk.empty();
    journal::append(&path, &b, &casts(3, &[5, 5])).unwrap();
    let s = open(&path).expect("the session opens after the disk was full");
    assert_eq!(answers(&s), 3, "the answers before and after the full disk");
}

#[test]
fn a_journal_cut_inside_a_letter_opens_without_its_last_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    // The fourth challenge is "ojämlikhet": its records hold "ä", two bytes.
    let (challenge, statement) = statements()
        .into_iter()
        .find(|(c, _)| c.contains('ä'))
        .unwrap();
    let cast = |voter| Change::Cast {
        challenge: challenge.clone(),
        statement: statement.clone(),
        voter,
        answer: Answer::Value(2),
        round: 1,
    };
    journal::append(&path, &base(&path), &[cast(1), cast(2)]).unwrap();
    let whole = std::fs::read(journal::path_of(&path)).unwrap();
    let last_line = whole[..whole.len() - 1]
        .iter()
        .rposition(|b| *b == b'\n')
        .unwrap()
        + 1;
    // Every byte offset inside the last record: inside "ä" among them.
    let inside_a = last_line + whole[last_line..].iter().position(|b| *b == 0xc3).unwrap() + 1;
    for cut in last_line..whole.len() {
        std::fs::write(journal::path_of(&path), &whole[..cut]).unwrap();
        let s = open(&path).unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        assert_eq!(s.answer_count(&challenge, &statement), 1, "cut at {cut}");
    }
    assert!((last_line..whole.len()).contains(&inside_a));
}

#[test]
fn a_hand_edit_while_the_workbench_is_open_loses_no_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let mut a = resume(dir.path(), &path);
    // Anna answers two statements: they are in the journal.
    keys(&mut a, "b{Enter}43");
    assert!(journal::path_of(&path).exists());
    edit_by_hand(&path, "facilitator: \"", "facilitator: \"Handredigerad ");
    keys(&mut a, "2");
    // The workbench dies (kill -9): nothing more is written.
    drop(a);
    let s = open(&path).expect("the session opens");
    assert_eq!(answers(&s), 3, "all three acknowledged answers");
    assert!(s.facilitator().starts_with("Handredigerad"), "and the edit");
    // The workbench opens it writable, says what it did, and folds it.
    let a = resume(dir.path(), &path);
    let work = a.state.shared.work.as_ref().unwrap();
    assert_eq!(work.read_only, None);
    assert_eq!(
        a.state.shared.notice,
        Some(klarhet::tui::notice::Notice::JournalReplayed(6))
    );
    drop(a);
    assert!(!journal::path_of(&path).exists(), "folded into the file");
    assert_eq!(answers(&klarhet::store::sessions::read(&path).unwrap()), 3);
}

#[test]
fn a_journal_that_no_longer_fits_the_edited_file_is_kept_and_the_session_only_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let mut a = resume(dir.path(), &path);
    keys(&mut a, "b{Enter}43");
    drop(a);
    // Anna, whose answers are in the journal, is taken out of the file by hand.
    let text = std::fs::read_to_string(&path).unwrap();
    // Participants are written `1: "Politik Anna",`, one a line.
    let anna = text
        .lines()
        .find(|l| l.trim_start().starts_with("1: \""))
        .expect("Anna's line")
        .to_owned();
    edit_by_hand(&path, &format!("{anna}\n"), "");
    let edited = std::fs::read(&path).unwrap();
    let journal_bytes = std::fs::read(journal::path_of(&path)).unwrap();
    // Readers say so, naming both files, and how to get the answers back.
    for args in [
        vec!["validate", path.to_str().unwrap()],
        vec!["report", path.to_str().unwrap()],
    ] {
        let o = run_sv(dir.path(), &args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(".ron.journal:2:1:"), "{err}");
        assert!(err.contains("Ingenting har tagits bort"), "{err}");
    }
    // The workbench opens it for reading only and sets the journal aside.
    let a = resume(dir.path(), &path);
    let work = a.state.shared.work.as_ref().unwrap();
    assert_eq!(work.read_only, Some(ReadOnly::UnmatchedJournal));
    let kept = journal::unmatched_path_of(&path);
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        journal_bytes,
        "kept, byte for byte"
    );
    assert!(!journal::path_of(&path).exists());
    let shown = common::tui::screen(&a, 120, 40);
    assert!(shown.contains("journal.unmatched"), "{shown}");
    drop(a);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        edited,
        "the file is not written"
    );
    let o = run_sv(dir.path(), &["validate", path.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("journal.unmatched") && err.contains(".ron.journal"),
        "{err}"
    );
    // Put Anna back and the journal where it was: the answers come in.
    std::fs::write(&path, &text).unwrap();
    std::fs::rename(&kept, journal::path_of(&path)).unwrap();
    assert_eq!(answers(&open(&path).unwrap()), 2);
}

/// A room of `seats` in `data`, every seat claimed by its phone.
fn room_with_phones(data: &Path, seats: u32) -> (PathBuf, RoomProcess, Vec<Phone>) {
    let (id, path) = common::phone::saved_crowd(data, seats, |_| {});
    let room = RoomProcess::start(data, &id, &[]);
    let phones = (1..=seats)
        .map(|seat| {
            let mut phone = Phone::new();
            assert_eq!(phone.try_claim(&room.url, seat), Ok(true), "seat {seat}");
            phone
        })
        .collect();
    (path, room, phones)
}

/// Each phone answers `count` statements from `from` on, all with `value`; gives
/// the (phone, statement) pairs acknowledged.
fn answer_all(
    room: &str,
    phones: &mut [Phone],
    from: usize,
    count: usize,
    value: &str,
) -> Vec<(usize, String)> {
    let st = statements();
    let mut acked = Vec::new();
    for (p, phone) in phones.iter_mut().enumerate() {
        for (_, statement) in &st[from..from + count] {
            if phone.try_answer(room, statement, value) == Ok(true) {
                acked.push((p, statement.clone()));
            }
        }
    }
    acked
}

/// Every acknowledged answer is in the session as it opens now (an answer the
/// room refused may be there too: it was kept in memory and written with the
/// next whole save, which is no loss).
fn all_there(path: &Path, acked: &[(usize, String)]) {
    let s = open(path).expect("the session opens");
    let model = halmstad();
    for (_, statement) in acked {
        let c = model
            .challenges
            .iter()
            .find(|c| c.statements.iter().any(|s| &s.id == statement))
            .unwrap();
        let n = acked.iter().filter(|(_, st)| st == statement).count() as u32;
        let have = s.answer_count(&c.id, statement);
        assert!(have >= n, "{statement}: {n} acknowledged, {have} kept");
    }
}

#[test]
fn a_hand_edit_while_the_room_is_open_loses_no_acknowledged_answer() {
    let data = tempfile::tempdir().unwrap();
    let (path, room, mut phones) = room_with_phones(data.path(), 3);
    let mut acked = answer_all(&room.url, &mut phones, 0, 2, "4");
    assert_eq!(acked.len(), 6);
    edit_by_hand(&path, "facilitator: \"", "facilitator: \"Handredigerad ");
    acked.extend(answer_all(&room.url, &mut phones, 2, 1, "2"));
    assert_eq!(acked.len(), 9);
    room.kill();
    all_there(&path, &acked);
    assert!(
        open(&path)
            .unwrap()
            .facilitator()
            .starts_with("Handredigerad")
    );
}

#[test]
fn a_full_disk_in_a_room_then_kill_9_leaves_a_session_that_opens_with_every_acknowledged_answer() {
    let disk = SmallDisk::mount("4m");
    let (path, room, mut phones) = room_with_phones(&disk.path, 30);
    let mut acked = answer_all(&room.url, &mut phones, 0, 2, "3");
    assert_eq!(acked.len(), 60);
    disk.fill();
    let while_full = answer_all(&room.url, &mut phones, 2, 3, "4");
    assert!(while_full.len() < 90, "the full disk refused answers");
    acked.extend(while_full);
    disk.empty();
    acked.extend(answer_all(&room.url, &mut phones, 5, 3, "5"));
    room.kill();
    all_there(&path, &acked);
    let o = run_sv(&disk.path, &["validate", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_journal_that_cannot_be_removed_never_takes_an_answer_the_next_opening_would_not_read() {
    let data = tempfile::tempdir().unwrap();
    let (path, room, mut phones) = room_with_phones(data.path(), 3);
    let mut acked = answer_all(&room.url, &mut phones, 0, 2, "3");
    assert!(journal::path_of(&path).exists());
    {
        let _stuck = Immutable::set(&journal::path_of(&path));
        acked.extend(answer_all(&room.url, &mut phones, 2, 2, "4"));
    }
    acked.extend(answer_all(&room.url, &mut phones, 4, 2, "5"));
    room.kill();
    all_there(&path, &acked);
    assert_eq!(acked.len(), 18, "every answer was taken");
}
