//! The list of saved sessions: read from a private index of summaries where a
//! file is unchanged, and from the file where it changed.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::Session;
use klarhet::store::{self, Store};

fn saved_session(organisation: &str) -> Session {
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    rename(&mut s, &m, organisation);
    vote(&mut s, "otydlighet.definition", &[4, 5, 0]);
    s
}

#[test]
fn the_list_reads_unchanged_sessions_from_its_index_and_changed_ones_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let a = store.create(&saved_session("Åre kommun")).unwrap();
    let mut other = saved_session("Åre kommun");
    rename(&mut other, &halmstad(), "Berg kommun");
    let b = store.create(&other).unwrap();
    let first = store.list(&catalog).unwrap();
    assert_eq!(first.len(), 2, "the index is not listed as a session");
    let index = store.dir().join(store::INDEX_NAME);
    let text = std::fs::read_to_string(&index).expect("the list wrote its index");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&index).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the index is as private as the sessions");
    }
    // An unchanged file is summarised from the index, not read: a name planted
    // in the index shows, which it could not if the file were parsed.
    std::fs::write(&index, text.replace("Berg kommun", "Planterad kommun")).unwrap();
    let names = |l: &[store::Listed]| {
        let mut n: Vec<String> = l
            .iter()
            .map(|x| x.summary.as_ref().unwrap().organisation.clone())
            .collect();
        n.sort();
        n
    };
    assert!(names(&store.list(&catalog).unwrap()).contains(&"Planterad kommun".to_string()));
    // A file that changes is read again, and one that goes is dropped.
    let (mut s, _) = store::open(&b, &catalog).unwrap();
    rename(&mut s, &halmstad(), "Berg och dal kommun");
    store::write_atomic(&b, s.to_ron().as_bytes()).unwrap();
    std::fs::remove_file(&a).unwrap();
    assert_eq!(
        names(&store.list(&catalog).unwrap()),
        vec!["Berg och dal kommun".to_string()]
    );
    assert!(
        !std::fs::read_to_string(&index)
            .unwrap()
            .contains("Åre kommun")
    );
    // A broken index is rebuilt, and a broken session is listed with its error.
    std::fs::write(&index, "inte ron").unwrap();
    std::fs::write(store.dir().join("trasig.ron"), "Session(").unwrap();
    let listed = store.list(&catalog).unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().any(|l| l.summary.is_err()));
    assert!(
        std::fs::read_to_string(&index)
            .unwrap()
            .contains("Berg och dal kommun")
    );
}

/// Who counts a challenge as assessed: `list`, `validate` and the report, each
/// through the binary a facilitator runs.
fn assessed_as_seen(data: &std::path::Path, session: &std::path::Path) -> (u64, String, String) {
    let listed = run_sv(data, &["list", "--format", "json"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let in_list = rows[0]["challenges_scored"].as_u64().unwrap();
    let valid = run_sv(data, &["validate", session.to_str().unwrap()]);
    assert!(valid.status.success(), "{}", stderr(&valid));
    let report = run_sv(data, &["report", session.to_str().unwrap()]);
    assert!(report.status.success(), "{}", stderr(&report));
    (in_list, stdout(&valid), stdout(&report))
}

#[test]
fn list_validate_and_report_count_the_same_challenges_as_assessed() {
    let dir = tempfile::tempdir().unwrap();
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    for c in &m.challenges {
        for statement in &c.statements {
            vote(&mut s, &statement.id, &[4, 5, 3]);
        }
    }
    let path = Store::new(dir.path()).create(&s).unwrap();
    // Every statement answered, nothing revealed: the report has no severity to
    // show, so nothing is assessed anywhere.
    let (listed, valid, report) = assessed_as_seen(dir.path(), &path);
    assert!(
        report.contains("Inga utmaningar är bedömda ännu"),
        "{report}"
    );
    assert_eq!(listed, 0, "the list counts unrevealed answers as assessed");
    assert!(valid.contains(" 0/6 utmaningar bedömda"), "{valid}");

    // An agreed score with nothing revealed: one challenge has a severity.
    let agree = klarhet::model::Command::Agree {
        challenge: "hot".into(),
        severity: 70.0,
        rationale: String::new(),
        notes: String::new(),
    };
    give(&mut s, &halmstad(), agree);
    store::write_atomic(&path, s.to_ron().as_bytes()).unwrap();
    let (listed, valid, report) = assessed_as_seen(dir.path(), &path);
    assert!(
        !report.contains("Inga utmaningar är bedömda ännu"),
        "{report}"
    );
    assert_eq!(listed, 1);
    assert!(valid.contains(" 1/6 utmaningar bedömda"), "{valid}");

    // Every round revealed: all six, in all three.
    common::close_rounds(&mut s, &m);
    store::write_atomic(&path, s.to_ron().as_bytes()).unwrap();
    let (listed, valid, _) = assessed_as_seen(dir.path(), &path);
    assert_eq!(listed, 6);
    assert!(valid.contains(" 6/6 utmaningar bedömda"), "{valid}");
}
