//! How far each voter got is written as runs of voters at the same count, and
//! every file from before runs (one voter a key) still reads exactly as it did:
//! today's fixtures, old form, read to the same session as the same session
//! written with runs and read back.

use klarhet::model::Assessment;
use klarhet::model::session::Session;
use std::path::Path;

fn fixture(name: &str) -> (String, Session) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let session = Session::parse(&text, &path).unwrap();
    (text, session)
}

#[test]
fn old_files_one_voter_a_key_read_as_the_same_session_written_with_runs() {
    for name in [
        "session-v1.ron",
        "session-v1-draft.ron",
        "session-v2.ron",
        "session-v2-waiting.ron",
    ] {
        let (_, old) = fixture(name);
        let written = old.to_ron();
        let again = Session::parse(&written, Path::new(name)).unwrap();
        // The rest of an old file is brought up to date on writing (its schema,
        // its sealed boxes); how far each voter got must come back the same.
        assert_eq!(again.progress(), old.progress(), "{name}");
        assert_eq!(again.responses(), old.responses(), "{name}");
        assert_eq!(again.room(), old.room(), "{name}");
    }
}

#[test]
fn the_old_form_of_the_v2_fixture_gives_each_voter_their_count() {
    let (text, s) = fixture("session-v2.ron");
    assert!(
        text.contains("\"otydlighet\": {1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4},"),
        "the fixture is in the old form"
    );
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let done: Vec<u32> = (0..s.voter_count())
        .filter_map(|i| s.voter_id(i))
        .filter(|v| s.finished(c, *v))
        .collect();
    assert!(!done.is_empty());
    assert_eq!(done, (1..=7).collect::<Vec<u32>>());
    assert_eq!(s.progress()[&c.id].len(), 7);
    // Written again, voters in a row at one count are one run.
    let written = s.to_ron();
    assert!(
        written.contains("\"otydlighet\": {\"1-7\": 4},"),
        "{written}"
    );
}

#[test]
fn a_room_of_ten_thousand_who_passed_everything_writes_one_run_a_challenge() {
    let model = Assessment::halmstad().unwrap();
    let s = klarhet::demo::crowd(&model, 10_000, true);
    let text = s.to_ron();
    let progress = text
        .lines()
        .skip_while(|l| !l.contains("progress: {"))
        .take_while(|l| !l.trim_start().starts_with('}'))
        .collect::<Vec<_>>()
        .join("\n");
    for c in &model.challenges {
        let line = progress
            .lines()
            .find(|l| l.contains(&format!("\"{}\"", c.id)))
            .unwrap_or_else(|| panic!("{progress}"));
        let run = format!("\"1-10000\": {}", c.statements.len());
        assert!(line.contains(&run), "{line}");
    }
    assert_eq!(Session::parse(&text, Path::new("big.ron")).unwrap(), s);
}

#[test]
fn progress_naming_someone_not_in_the_session_is_refused() {
    let (text, _) = fixture("session-v2.ron");
    let model = Assessment::halmstad().unwrap();
    let path = Path::new("session-v2.ron");
    let old = "{1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4}";
    // Participants are 1 to 8: a stranger before them, among them in a run,
    // after them, and after a gap.
    for (runs, stranger) in [
        ("{0: 4, 1: 4}", 0),
        ("{\"1-9\": 4}", 9),
        ("{1: 4, 8: 4, 12: 4}", 12),
        ("{\"2-3\": 4, 5: 4, 100: 4}", 100),
    ] {
        let changed = text.replacen(old, runs, 1);
        let s = Session::parse(&changed, path).unwrap();
        let error = s.check_against(&model, &changed, path).unwrap_err();
        let said = format!("{error:?}");
        assert!(
            said.contains("DanglingId") && said.contains(&format!("id: \"{stranger}\"")),
            "{runs}: {said}"
        );
    }
    for runs in ["{\"1-8\": 4}", "{1: 4, \"3-5\": 2, 8: 1}", "{}"] {
        let changed = text.replacen(old, runs, 1);
        let s = Session::parse(&changed, path).unwrap();
        assert!(s.check_against(&model, &changed, path).is_ok(), "{runs}");
    }
}
