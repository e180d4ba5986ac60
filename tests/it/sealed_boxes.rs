//! Sealed and revealed ballot boxes as a session file holds them, read through
//! the real loader: a box counted by klarhet opens as counted, and a hand edit
//! that names a statement of another challenge, a value off the scale, or vet-ej
//! counts where the scale has none is refused with the place it is at, and the
//! file is left as it was.

use crate::common;
use crate::common::groups_ids;
use common::{halmstad, run_sv, session_with, stderr};
use klarhet::error::{Error, Problem};
use klarhet::model::assessment::{Assessment, Catalog};
use klarhet::model::session::{Answer, Session};
use klarhet::store::{self, Store};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Three participants who each finished the first challenge (0 is vet ej), with
/// their ballots counted and revealed.
fn voted(m: &Assessment, ballots: [[i32; 4]; 3]) -> Session {
    let c = &m.challenges[0];
    assert_eq!(c.statements.len(), 4);
    let mut s = session_with(
        m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    for (voter, values) in (1u32..).zip(ballots) {
        for (st, v) in c.statements.iter().zip(values) {
            let answer = if v == 0 {
                Answer::Unknown
            } else {
                Answer::Value(v)
            };
            common::cast(&mut s, m, c, &st.id, voter, answer);
        }
        common::pass(&mut s, m, c, voter, c.statements.len());
    }
    common::reveal(&mut s, m, c);
    assert!(s.pending().is_empty(), "everything counted is shown");
    s
}

/// The ballots of [`voted`] on the shipped model: vet ej on two statements.
const WITH_VET_EJ: [[i32; 4]; 3] = [[4, 2, 0, 5], [4, 3, 1, 5], [2, 0, 1, 5]];

/// The session's file text with `from` replaced by `to` once, inside `field`
/// (`sealed` or `revealed`), as a hand edit would.
fn edited(text: &str, field: &str, from: &str, to: &str) -> String {
    let text = &with_old_sealed_box(text);
    let start = text
        .find(&format!("\n    {field}: {{"))
        .unwrap_or_else(|| panic!("no {field} in the file"));
    let at = start
        + text[start..]
            .find(from)
            .unwrap_or_else(|| panic!("no {from} in {field}"));
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

/// The file as files from before waiting ballots were kept apart held it: the
/// counted ballots as `sealed` too, which is still read and checked as strictly.
fn with_old_sealed_box(text: &str) -> String {
    let at = text.find("    revealed: {\n").expect("a revealed box");
    let end = text[at..].find("\n    },\n").expect("its end") + at + "\n    },\n".len();
    let block = text[at..end].replacen("revealed", "sealed", 1);
    format!("{}{block}{}", &text[..at], &text[at..])
}

/// The lines of `field`'s section in `text`, 1-based: its key to the next key.
fn lines_of(text: &str, field: &str) -> std::ops::RangeInclusive<usize> {
    let key = format!("    {field}: {{");
    let first = text.lines().position(|l| l == key).unwrap() + 1;
    let last = first
        + text
            .lines()
            .skip(first)
            .position(|l| l == "    },")
            .unwrap()
        + 1;
    first..=last
}

/// Saves `s`, applies the hand edit, opens the file: it must be refused at a
/// place inside `field`, and left as it was. Gives the problem.
fn refused(catalog: &Catalog, s: &Session, field: &str, from: &str, to: &str) -> Problem {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = Store::new(dir.path()).create(s).unwrap();
    let text = edited(&std::fs::read_to_string(&path).unwrap(), field, from, to);
    std::fs::write(&path, &text).unwrap();
    let problem = match store::open(&path, catalog) {
        Err(Error::Invalid {
            path: p,
            pos,
            problem,
            ..
        }) => {
            assert_eq!(p, path);
            let line = pos.map(|p| p.line).unwrap_or(0);
            assert!(
                lines_of(&text, field).contains(&line),
                "{problem:?} placed at line {line}, outside {field}"
            );
            problem
        }
        Err(other) => panic!("refused, but not as bad input: {other}"),
        Ok(_) => panic!("{field} with {to} instead of {from} was accepted"),
    };
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    problem
}

#[test]
fn boxes_counted_by_klarhet_open_as_counted_with_and_without_vet_ej() {
    let dir = tempfile::tempdir().unwrap();
    let m = halmstad();
    let c = &m.challenges[0];
    let s = voted(&m, WITH_VET_EJ);
    let path = Store::new(dir.path()).create(&s).unwrap();
    let (opened, _) = store::open(&path, &Catalog::embedded().unwrap()).unwrap();
    assert!(opened.sealed().is_empty() && opened.pending().is_empty());
    assert_eq!(opened.revealed(), s.revealed());
    let malbild = opened.revealed()[&c.id].tally("otydlighet.malbild");
    assert_eq!(
        (malbild.counts, malbild.unknown),
        (BTreeMap::from([(1, 2)]), 1)
    );

    // On a scale without vet ej, a box with none opens too.
    let (catalog, plain) = common::catalog_without_vet_ej(dir.path());
    let s = voted(&plain, [[4, 2, 1, 5], [4, 3, 1, 5], [2, 1, 1, 5]]);
    let path = Store::new(dir.path()).create(&s).unwrap();
    let (opened, _) = store::open(&path, &catalog).unwrap();
    assert!(opened.sealed().is_empty() && opened.pending().is_empty());
    assert_eq!(opened.revealed(), s.revealed());
}

#[test]
fn a_box_naming_a_statement_of_another_challenge_is_refused() {
    let m = halmstad();
    let catalog = Catalog::embedded().unwrap();
    let s = voted(&m, WITH_VET_EJ);
    for field in ["sealed", "revealed"] {
        for stranger in ["obalans.olika-syn", "otydlighet.finns-inte"] {
            let problem = refused(
                &catalog,
                &s,
                field,
                "\"otydlighet.samverkan\"",
                &format!("\"{stranger}\""),
            );
            assert_eq!(
                problem,
                Problem::DanglingId {
                    kind: "statement",
                    id: stranger.into()
                },
                "{field}"
            );
        }
        let problem = refused(&catalog, &s, field, "\"otydlighet\":", "\"finns-inte\":");
        assert_eq!(
            problem,
            Problem::DanglingId {
                kind: "challenge",
                id: "finns-inte".into()
            }
        );
    }
}

#[test]
fn a_box_with_a_value_off_the_scale_is_refused() {
    let m = halmstad();
    let catalog = Catalog::embedded().unwrap();
    let s = voted(&m, WITH_VET_EJ);
    for field in ["sealed", "revealed"] {
        for (from, to, statement, value) in [
            (
                "counts: {5: 3}",
                "counts: {6: 3}",
                "otydlighet.samverkan",
                6,
            ),
            (
                "counts: {2: 1, 4: 2}",
                "counts: {0: 1, 4: 2}",
                "otydlighet.definition",
                0,
            ),
        ] {
            assert_eq!(
                refused(&catalog, &s, field, from, to),
                Problem::AnswerOffScale {
                    statement: statement.into(),
                    answer: Some(value)
                },
                "{field}"
            );
        }
    }
}

#[test]
fn vet_ej_counts_where_the_scale_has_none_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, plain) = common::catalog_without_vet_ej(dir.path());
    let s = voted(&plain, [[4, 2, 1, 5], [4, 3, 1, 5], [2, 1, 1, 5]]);
    for field in ["sealed", "revealed"] {
        assert_eq!(
            refused(
                &catalog,
                &s,
                field,
                "counts: {5: 3}, unknown: 0",
                "counts: {5: 2}, unknown: 1"
            ),
            Problem::AnswerOffScale {
                statement: "otydlighet.samverkan".into(),
                answer: None
            },
            "{field}"
        );
    }
}

#[test]
fn validate_refuses_a_hand_edited_box_with_exit_code_2_and_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let m = halmstad();
    let path = Store::new(dir.path())
        .create(&voted(&m, WITH_VET_EJ))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let fine = run_sv(dir.path(), &["validate", path.to_str().unwrap()]);
    assert!(fine.status.success(), "{}", stderr(&fine));

    let text = edited(&text, "revealed", "counts: {5: 3}", "counts: {7: 3}");
    std::fs::write(&path, &text).unwrap();
    let o = run_sv(dir.path(), &["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    let name = path.file_name().unwrap().to_str().unwrap();
    let placed = lines_of(&text, "revealed").any(|l| err.contains(&format!("{name}:{l}:")));
    assert!(placed, "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
}
