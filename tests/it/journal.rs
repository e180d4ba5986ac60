//! Votes kept by appending to a journal instead of rewriting the session: read
//! back by every reader, folded into the file on open and on quit, never holding
//! a sealed ballot, and never trusted when it continues another file.

use crate::common;
use common::halmstad;
use common::saved::{base, open, resume, three_on_scoring};
use common::tui::keys;
use klarhet::model::assessment::Catalog;
use klarhet::model::journal::Change;
use klarhet::model::session::Answer;
use klarhet::store::{self, Store, journal};

fn cast(statement: &str, voter: u32, value: i32) -> Change {
    Change::Cast {
        challenge: "otydlighet".into(),
        statement: statement.into(),
        voter,
        answer: Answer::Value(value),
        round: 1,
    }
}

#[test]
fn every_reader_sees_the_votes_in_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let first = &halmstad().challenges[0].statements[0].id;
    journal::append(&path, &base(&path), &[cast(first, 1, 4), cast(first, 2, 2)]).unwrap();
    let s = open(&path).unwrap();
    assert_eq!(s.answer_count("otydlighet", first), 2);
    // Appending again continues it; a changed answer replaces the earlier one.
    journal::append(&path, &base(&path), &[cast(first, 1, 5)]).unwrap();
    let s = open(&path).unwrap();
    assert_eq!(s.answer_count("otydlighet", first), 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(journal::path_of(&path))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "a journal is as private as its session"
        );
    }
}

#[test]
fn a_line_cut_off_by_a_crash_is_left_out_and_a_broken_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let first = &halmstad().challenges[0].statements[0].id;
    journal::append(&path, &base(&path), &[cast(first, 1, 4)]).unwrap();
    let file = journal::path_of(&path);
    let whole = std::fs::read_to_string(&file).unwrap();
    // Half a line, never acknowledged: left out.
    std::fs::write(&file, format!("{whole}Cast(challenge: \"otydl")).unwrap();
    assert_eq!(open(&path).unwrap().answer_count("otydlighet", first), 1);
    // The same half line with more after it is damage, named by file and line.
    std::fs::write(&file, format!("{whole}Cast(challenge: \"otydl\n{whole}")).unwrap();
    let err = open(&path).unwrap_err();
    let text = err.to_string();
    assert!(text.contains(".journal") && text.contains(":3:"), "{text}");
    assert!(err.is_bad_input());
    // A vote for someone the session does not have is refused in the same way.
    std::fs::write(
        &file,
        format!("{whole}{}\n", ron::to_string(&cast(first, 99, 3)).unwrap()),
    )
    .unwrap();
    let text = open(&path).unwrap_err().to_string();
    assert!(text.contains(".journal:3:"), "{text}");
}

#[test]
fn a_journal_of_another_version_of_the_file_is_neither_read_nor_continued() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let first = &halmstad().challenges[0].statements[0].id;
    let old = base(&path);
    journal::append(&path, &old, &[cast(first, 1, 4)]).unwrap();
    // klarhet writes the file whole (a generation on) without the journal being
    // removed (a crash between).
    let (mut s, _) = {
        let catalog = Catalog::embedded().unwrap();
        store::open(&path, &catalog).unwrap()
    };
    common::rename(&mut s, &halmstad(), "Ny kommun");
    let journal_text = std::fs::read(journal::path_of(&path)).unwrap();
    let was = s.generation();
    let lock = store::Lock::acquire(&path).unwrap();
    store::save(&lock, &mut s).unwrap();
    drop(lock);
    assert_eq!(s.generation(), was + 1);
    std::fs::write(journal::path_of(&path), &journal_text).unwrap();
    // The file holds the vote already; the stale journal adds nothing, and
    // nothing new may be appended to it.
    assert_eq!(open(&path).unwrap().answer_count("otydlighet", first), 1);
    assert!(journal::append(&path, &base(&path), &[cast(first, 2, 2)]).is_err());
    assert!(journal::append(&path, &old, &[cast(first, 2, 2)]).is_ok());
}

#[test]
fn votes_go_to_the_journal_until_the_ballot_is_sealed_and_the_file_is_whole_after() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut a = resume(dir.path(), &path);
    // Anna starts the round and answers three of four statements.
    keys(&mut a, "b{Enter}432");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "no vote rewrote the file"
    );
    let lines = std::fs::read_to_string(journal::path_of(&path)).unwrap();
    assert_eq!(
        lines.lines().count(),
        1 + 3 * 2,
        "a header, and a cast and a step per vote"
    );
    assert!(!lines.contains("Anna"), "{lines}");
    assert_eq!(
        open(&path)
            .unwrap()
            .answer_count("otydlighet", &halmstad().challenges[0].statements[2].id),
        1
    );
    // The fourth answer seals her ballot: the file is not written again, and
    // the journal is written anew without the records that tied her answers
    // to her (tests/it/sealed_privacy.rs reads every file for them).
    keys(&mut a, "5");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the seal left the file alone"
    );
    let lines = std::fs::read_to_string(journal::path_of(&path)).unwrap();
    assert_eq!(
        lines.lines().count(),
        1 + 1,
        "a header and the sealed ballot: {lines}"
    );
    assert!(lines.starts_with("klarhet-journal"), "{lines}");
    assert!(
        lines.lines().nth(1).unwrap().starts_with("Sealed("),
        "{lines}"
    );
    let s = open(&path).unwrap();
    assert_eq!(s.counted("otydlighet"), 1);
    assert!(s.finished(&halmstad().challenges[0], 1));
    // Bengt answers one; quitting folds it into the file.
    keys(&mut a, "{Enter}3");
    assert!(journal::path_of(&path).exists());
    keys(&mut a, "{Esc}q");
    assert!(a.quitting(), "{}", common::tui::screen(&a, 80, 24));
    assert!(
        !journal::path_of(&path).exists(),
        "quitting leaves the file whole"
    );
    let s = klarhet::store::sessions::read(&path).unwrap();
    assert_eq!(s.passed("otydlighet", 2), 1);
}

#[test]
fn opening_folds_a_journal_left_by_a_crash_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let first = &halmstad().challenges[0].statements[0].id;
    journal::append(&path, &base(&path), &[cast(first, 3, 1)]).unwrap();
    let a = resume(dir.path(), &path);
    assert!(!journal::path_of(&path).exists());
    let s = klarhet::store::sessions::read(&path).unwrap();
    assert_eq!(
        s.answer_count("otydlighet", first),
        1,
        "the file alone holds the vote"
    );
    drop(a);
}

#[test]
fn the_list_counts_the_votes_in_a_journal_left_by_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let store = Store::new(dir.path());
    let catalog = Catalog::embedded().unwrap();
    let scored = |store: &Store| {
        store.list(&catalog).unwrap()[0]
            .summary
            .as_ref()
            .unwrap()
            .scored
    };
    assert_eq!(scored(&store), Some((0, 6)));
    let all: Vec<Change> = halmstad().challenges[0]
        .statements
        .iter()
        .map(|s| cast(&s.id, 1, 3))
        .collect();
    journal::append(&path, &base(&path), &all).unwrap();
    // The session is read with its journal, as the report reads it: its votes
    // are open, so they assess nothing, there as here (one definition of
    // assessed); and the summary is not kept in the index, which the journal
    // would leave behind the file once applied.
    let (opened, model) = store::open(&path, &catalog).unwrap();
    assert_eq!(
        opened.answer_count("otydlighet", &model.challenges[0].statements[0].id),
        1
    );
    assert_eq!(
        scored(&store),
        Some((opened.challenges_assessed(&model), 6))
    );
    assert_eq!(scored(&store), Some((0, 6)), "open votes are not assessed");
    let index = std::fs::read_to_string(store.dir().join(store::INDEX_NAME)).unwrap_or_default();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(!index.contains(&name), "{index}");
}

#[test]
fn after_a_failed_save_the_next_vote_saves_everything_not_just_itself() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_on_scoring(dir.path());
    let mut a = resume(dir.path(), &path);
    keys(&mut a, "b{Enter}4");
    let sessions = path.parent().unwrap().to_owned();
    let away = dir.path().join("bort");
    // The folder goes: the second vote can be neither appended nor saved.
    std::fs::rename(&sessions, &away).unwrap();
    keys(&mut a, "3");
    assert!(a.state.shared.save_error.is_some());
    // It comes back: the third vote must bring the second with it.
    std::fs::rename(&away, &sessions).unwrap();
    keys(&mut a, "2");
    assert!(a.state.shared.save_error.is_none());
    assert!(
        !journal::path_of(&path).exists(),
        "saved whole, not appended"
    );
    let s = klarhet::store::sessions::read(&path).unwrap();
    let statements = &halmstad().challenges[0].statements;
    for st in &statements[..3] {
        assert_eq!(s.answer_count("otydlighet", &st.id), 1, "{}", st.id);
    }
}
