//! Every export of a set of sessions, compared byte for byte with the text the
//! release before the report document (4336fdc) wrote: the document must not
//! change one byte of what a municipality keeps.
//!
//! The golden files are in `tests/fixtures/reports/`, one a session and format.
//! `KLARHET_WRITE_GOLDEN=1 cargo test --test it report_golden::` writes them anew;
//! only do that on the commit whose output they are meant to pin.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::{Format, compare};
use klarhet::text::Lang;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports")
}

/// A fixture in `tests/fixtures` opened as `klarhet report` opens it, from a
/// copy (with its journal) so that the fixture is never touched.
fn fixture(name: &str) -> (Session, Assessment) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for file in [name.to_owned(), format!("{name}.journal")] {
        if from.join(&file).exists() {
            std::fs::copy(from.join(&file), dir.path().join(&file)).expect("copied");
        }
    }
    let catalog = klarhet::store::models::load_catalog(None).expect("the catalogue");
    klarhet::store::open(&dir.path().join(name), &catalog).expect("the fixture opens")
}

const ROLES: [&str; 6] = [
    groups_ids::POLITIK,
    groups_ids::POLITIK,
    groups_ids::POLITIK,
    groups_ids::BOLAG,
    groups_ids::BOLAG,
    groups_ids::BOLAG,
];

/// The sessions whose reports are pinned: today's fixtures, the demo in both
/// languages, and the cases the report treats apart (names shown, hostile text,
/// a show of hands, too few answers, roles that differ, ballots not yet revealed,
/// nothing answered).
fn sessions() -> Vec<(&'static str, Session, Assessment)> {
    let m = halmstad();
    let mut all = Vec::new();
    for (case, file) in [
        ("v1-draft", "session-v1-draft.ron"),
        ("v1", "session-v1.ron"),
        ("v2-waiting", "session-v2-waiting.ron"),
        ("v2", "session-v2.ron"),
    ] {
        let (s, model) = fixture(file);
        all.push((case, s, model));
    }
    for (case, lang) in [("demo-sv", Lang::SV), ("demo-en", Lang::EN)] {
        all.push((case, klarhet::demo::session(&m, date(), lang), m.clone()));
        let later = klarhet::demo::year_later(&m, date(), lang);
        let case = if lang == Lang::SV {
            "later-sv"
        } else {
            "later-en"
        };
        all.push((case, later, m.clone()));
    }
    let mut named = klarhet::demo::session(&m, date(), Lang::SV);
    common::privacy(&mut named, &m, |_, names, _| *names = true);
    all.push(("names-shown", named, m.clone()));
    all.push(("hostile", hostile_session(&m), m.clone()));

    let mut hands = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ]
        .repeat(3),
    );
    for statement in &m.challenges[1].statements {
        vote(&mut hands, &statement.id, &[4, 5, 3, 4, 5, 3, 4, 5, 3]);
    }
    common::close_rounds(&mut hands, &m);
    for statement in &m.challenges[0].statements {
        let count = Command::CountHands {
            statement: statement.id.clone(),
            tally: klarhet::model::ballots::Tally {
                counts: [(2, 4), (4, 5)].into(),
                unknown: 0,
            },
        };
        common::give(&mut hands, &m, count);
    }
    all.push(("hands-sv", hands.clone(), m.clone()));
    common::describe(&mut hands, &m, |_, _, _, lang, _| *lang = Lang::EN);
    all.push(("hands-en", hands, m.clone()));

    let mut three = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    for c in &m.challenges {
        for statement in &c.statements {
            vote(&mut three, &statement.id, &[4, 5, 3]);
        }
    }
    common::close_rounds(&mut three, &m);
    all.push(("three", three, m.clone()));

    let mut differ = session_with(&m, &ROLES);
    for st in &m.challenge("obalans").expect("obalans").statements {
        vote(&mut differ, &st.id, &[2, 2, 2, 5, 5, 5]);
    }
    for st in &m.challenges[0].statements {
        vote(&mut differ, &st.id, &[3; 6]);
    }
    common::close_rounds(&mut differ, &m);
    all.push(("roles-differ", differ, m.clone()));

    let mut sealed = session_with(&m, &ROLES);
    for c in &m.challenges[..2] {
        for st in &c.statements {
            vote(&mut sealed, &st.id, &[1, 2, 3, 4, 5, 0]);
        }
    }
    all.push(("not-revealed", sealed, m.clone()));

    all.push(("empty", session_with(&m, &ROLES), m.clone()));
    let mut empty_en = Session::new(&m, "Empty", date(), Lang::EN);
    common::describe(&mut empty_en, &m, |_, f, _, _, _| *f = "F".to_owned());
    all.push(("empty-en", empty_en, m.clone()));
    all
}

/// Every export of every session, and the comparisons a year apart, by file name.
fn outputs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let sessions = sessions();
    for (case, s, m) in &sessions {
        for format in Format::ALL {
            let name = format!("{case}.{}", format.extension());
            out.push((name, format.render(s, m, &export())));
        }
    }
    let find = |case: &str| {
        sessions
            .iter()
            .find(|(c, _, _)| *c == case)
            .expect("the case")
    };
    for lang in ["sv", "en"] {
        let (_, old, m) = find(&format!("demo-{lang}"));
        let (_, new, _) = find(&format!("later-{lang}"));
        let c = compare::compare(old, m, new, m).expect("comparable");
        out.push((
            format!("compare-{lang}.md"),
            compare::markdown(&c, old, new, m),
        ));
        out.push((
            format!("compare-{lang}.html"),
            compare::html(&c, old, new, m),
        ));
    }
    out
}

#[test]
fn every_export_is_byte_for_byte_what_the_release_before_the_document_wrote() {
    let dir = golden_dir();
    if std::env::var_os("KLARHET_WRITE_GOLDEN").is_some() {
        std::fs::create_dir_all(&dir).expect("the golden folder");
        for (name, text) in outputs() {
            std::fs::write(dir.join(name), text).expect("written");
        }
    }
    let mut differ = Vec::new();
    let outputs = outputs();
    for (name, text) in &outputs {
        let want = std::fs::read(dir.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e} (KLARHET_WRITE_GOLDEN=1 writes it)"));
        if want != text.as_bytes() {
            let at = want
                .iter()
                .zip(text.as_bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(want.len().min(text.len()));
            let from = at.saturating_sub(80);
            differ.push(format!(
                "{name} differs at byte {at}:\n  was: {:?}\n  now: {:?}",
                String::from_utf8_lossy(&want[from..(at + 80).min(want.len())]),
                String::from_utf8_lossy(&text.as_bytes()[from..(at + 80).min(text.len())]),
            ));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // Every golden file is still made: none is left over from a case dropped.
    let made: std::collections::BTreeSet<&str> = outputs.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(&dir).expect("the golden folder") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        assert!(made.contains(name.as_ref()), "{name} is no longer made");
    }
}
