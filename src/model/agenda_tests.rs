//! The agenda's commands with a clock the test sets: the time used, left and
//! over on hand-worked moments, and the model's templates and their checks.

use crate::error::Problem;
use crate::model::Assessment;
use crate::model::agenda::{MOST_MINUTES, Part};
use crate::model::command::Command;
use crate::model::command_tests::{applied, refused, session};
use crate::model::journal::Change;
use jiff::Timestamp;
use std::path::Path;

/// The test's clock: `s` seconds after 2026-12-06 13:00 UTC.
fn at(s: i64) -> Timestamp {
    Timestamp::from_second(1_796_562_000 + s).expect("a moment in range")
}

fn choose(m: &Assessment, s: &mut crate::model::Session, id: &str) {
    applied(
        m,
        s,
        Command::ChooseAgenda {
            template: Some(id.into()),
        },
    );
}

#[test]
fn the_clock_runs_pauses_extends_and_runs_over_by_the_given_moments() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    choose(&m, &mut s, "two-hours");
    let a = s.agenda().expect("an agenda").clone();
    assert_eq!(a.planned_minutes(), 120, "the two-hour template adds up");
    assert!(!a.running());
    // Item 2 is otydlighet, 10 minutes.
    assert_eq!(a.items[2].part, Part::Challenge("otydlighet".into()));
    applied(&m, &mut s, Command::StartItem { item: 2, at: at(0) });
    let a = s.agenda().unwrap();
    assert!(a.running());
    assert_eq!(a.used(2, at(90)), 90);
    assert_eq!(a.left(2, at(90)), 510);
    // Paused after 4 minutes: the time stands still while paused.
    applied(&m, &mut s, Command::PauseClock { at: at(240) });
    let a = s.agenda().unwrap();
    assert!(!a.running());
    assert_eq!(a.used(2, at(10_000)), 240);
    assert_eq!(a.items[2].started, Some(at(0)));
    // Resumed at 300 s and run to 900 s: 4 + 10 minutes used of 10 planned.
    applied(
        &m,
        &mut s,
        Command::StartItem {
            item: 2,
            at: at(300),
        },
    );
    let a = s.agenda().unwrap();
    assert_eq!(a.used(2, at(900)), 840);
    assert_eq!(a.left(2, at(900)), -240, "four minutes over");
    assert_eq!(a.items[2].started, Some(at(0)), "the first start stays");
    // Five minutes more: one minute left.
    let changes = applied(&m, &mut s, Command::ExtendItem { minutes: 5 });
    assert!(matches!(changes.as_slice(), [Change::AgendaSet { .. }]));
    assert_eq!(s.agenda().unwrap().left(2, at(900)), 60);
    // The next item at 1200 s: otydlighet keeps its 4 + 15 minutes, obalans runs.
    applied(
        &m,
        &mut s,
        Command::StartItem {
            item: 3,
            at: at(1200),
        },
    );
    let a = s.agenda().unwrap();
    assert_eq!(a.items[2].used, 1140);
    assert_eq!(
        a.left(2, at(5000)),
        15 * 60 - 1140,
        "four minutes over its 15"
    );
    assert_eq!(a.current, Some(3));
    assert_eq!(a.used(3, at(1260)), 60);
    assert_eq!(a.used_total(at(1260)), 1200);
    // A clock set back never makes time used shrink.
    applied(&m, &mut s, Command::PauseClock { at: at(1000) });
    assert_eq!(s.agenda().unwrap().items[3].used, 0);
}

#[test]
fn minutes_are_planned_per_item_within_a_day() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let plan = |item, minutes| Command::PlanMinutes { item, minutes };
    refused(
        &m,
        &mut s,
        plan(0, 10),
        Problem::DanglingId {
            kind: "agenda",
            id: String::new(),
        },
    );
    choose(&m, &mut s, "half-day");
    assert_eq!(s.agenda().unwrap().planned_minutes(), 240);
    applied(&m, &mut s, plan(0, 25));
    assert_eq!(s.agenda().unwrap().items[0].planned, 25);
    assert_eq!(s.agenda().unwrap().planned_minutes(), 255);
    let too_many = Problem::AgendaMinutes {
        minutes: MOST_MINUTES + 1,
        most: MOST_MINUTES,
    };
    refused(&m, &mut s, plan(0, MOST_MINUTES + 1), too_many);
    let none = Problem::AgendaMinutes {
        minutes: 0,
        most: MOST_MINUTES,
    };
    refused(&m, &mut s, plan(0, 0), none);
    let items = s.agenda().unwrap().items.len();
    let off = Problem::DanglingId {
        kind: "agenda-item",
        id: (items + 1).to_string(),
    };
    refused(&m, &mut s, plan(items, 5), off.clone());
    refused(
        &m,
        &mut s,
        Command::StartItem {
            item: items,
            at: at(0),
        },
        off,
    );
    // Extending needs an item the clock is on.
    let no_item = Problem::DanglingId {
        kind: "agenda-item",
        id: String::new(),
    };
    refused(&m, &mut s, Command::ExtendItem { minutes: 5 }, no_item);
    // Choosing the same agenda again changes nothing; another template or none replaces it.
    applied(&m, &mut s, Command::ChooseAgenda { template: None });
    assert!(s.agenda().is_none());
    refused(
        &m,
        &mut s,
        Command::ChooseAgenda {
            template: Some("all-day".into()),
        },
        Problem::DanglingId {
            kind: "agenda",
            id: "all-day".into(),
        },
    );
}

#[test]
fn a_session_without_an_agenda_is_written_as_before_and_one_with_it_reads_back() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    assert!(!s.to_ron().contains("\n    agenda:"), "no agenda, no field");
    choose(&m, &mut s, "two-hours");
    applied(&m, &mut s, Command::StartItem { item: 1, at: at(0) });
    let src = s.to_ron();
    let back = crate::model::Session::parse(&src, Path::new("s.ron")).unwrap();
    assert_eq!(back, s);
    back.check_against(&m, &src, Path::new("s.ron")).unwrap();
    // A part the model lacks is named with its place in the file.
    let bad = src.replacen("Challenge(\"hot\")", "Challenge(\"kyla\")", 1);
    assert_ne!(bad, src);
    let back = crate::model::Session::parse(&bad, Path::new("s.ron")).unwrap();
    let err = back
        .check_against(&m, &bad, Path::new("s.ron"))
        .unwrap_err();
    let line = bad.lines().position(|l| l.contains("kyla")).unwrap() + 1;
    assert!(
        err.to_string().starts_with(&format!("s.ron:{line}:")),
        "{err}"
    );
}

#[test]
fn the_models_templates_are_checked_with_their_place() {
    let src = crate::model::assessment::HALMSTAD_RON;
    let path = Path::new("halmstad.ron");
    let line_of = |text: &str, needle: &str, nth: usize| {
        text.lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .nth(nth)
            .map(|(i, _)| i + 1)
            .unwrap()
    };
    let cases = [
        ("Step(\"circle\")", "Step(\"cirkel\")", "Step(\"cirkel\")"),
        (
            "Challenge(\"vaghet\")",
            "Challenge(\"dimma\")",
            "Challenge(\"dimma\")",
        ),
        (
            "minutes: 10),\n                (part: Step(\"plan\")",
            "minutes: 0),\n                (part: Step(\"plan\")",
            "minutes: 0",
        ),
        (
            "minutes: 5),\n            ],",
            "minutes: 601),\n            ],",
            "minutes: 601",
        ),
    ];
    for (from, to, needle) in cases {
        let bad = src.replacen(from, to, 1);
        assert_ne!(bad, src, "{from} is in the model");
        let err = Assessment::parse(&bad, path).unwrap_err().to_string();
        let line = line_of(&bad, needle, 0);
        assert!(err.starts_with(&format!("halmstad.ron:{line}:")), "{err}");
    }
    let twice = src.replacen("id: \"half-day\"", "id: \"two-hours\"", 1);
    let err = Assessment::parse(&twice, path).unwrap_err().to_string();
    let line = line_of(&twice, "id: \"two-hours\"", 1);
    assert!(err.starts_with(&format!("halmstad.ron:{line}:")), "{err}");
    // The two-hour agenda with its items taken out.
    let start = src.find("id: \"two-hours\"").unwrap();
    let open = start + src[start..].find("items: [").unwrap();
    let close = open + src[open..].find("            ],").unwrap();
    let empty = format!("{}items: [\n{}", &src[..open], &src[close..]);
    let err = Assessment::parse(&empty, path).unwrap_err().to_string();
    let line = line_of(&empty, "id: \"two-hours\"", 0);
    assert!(err.starts_with(&format!("halmstad.ron:{line}:")), "{err}");
    assert!(err.contains("two-hours"), "{err}");
}
