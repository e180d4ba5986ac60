//! The agenda in every report: a session run on the two-hour agenda, its
//! clock started, paused and moved on by commands with set moments, records
//! per item the minutes planned and added and the time used, in Markdown,
//! HTML and JSON; a session without an agenda exports as before.

mod common;
use common::{export, halmstad, session_with};
use klarhet::model::command::Command;
use klarhet::model::session::Role;
use klarhet::report::Format;

fn at(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_796_562_000 + s).expect("a moment")
}

/// The model's item (10 min) run for 12:20 with 5 minutes added, then
/// otydlighet's (10 min) run for 6:00 and still running.
fn workshop() -> (klarhet::model::Session, klarhet::model::Assessment) {
    let m = halmstad();
    let mut s = session_with(&m, &[Role::Politik, Role::Bolag, Role::Bolag]);
    let commands = [
        Command::ChooseAgenda {
            template: Some("two-hours".into()),
        },
        Command::PlanMinutes {
            item: 0,
            minutes: 7,
        },
        Command::StartItem { item: 1, at: at(0) },
        Command::ExtendItem { minutes: 5 },
        Command::PauseClock { at: at(300) },
        Command::StartItem {
            item: 1,
            at: at(1000),
        },
        Command::StartItem {
            item: 2,
            at: at(1440),
        },
        Command::PauseClock { at: at(1800) },
        Command::StartItem {
            item: 2,
            at: at(1900),
        },
    ];
    for c in commands {
        s.apply(&m, c).expect("accepted");
    }
    (s, m)
}

#[test]
fn markdown_records_each_items_plan_and_use() {
    let (s, m) = workshop();
    let md = Format::Md.render(&s, &m, &export());
    assert!(md.contains("## Dagordning och tid"), "{md}");
    assert!(md.contains("Workshop på två timmar"), "{md}");
    assert!(
        md.contains("punkterna och minuterna är klarhets"),
        "the source says whose it is"
    );
    assert!(md.contains("planerat 122 minuter, använt 18:20"), "{md}");
    assert!(md.contains("| Deltagare | 7 minuter | – | – | – |"), "{md}");
    assert!(
        md.contains("| Modellen | 10 minuter | +5 minuter | 12:20 | +2:20 |"),
        "{md}"
    );
    assert!(
        md.contains("| Otydlighet (pågår) | 10 minuter | – | 6:00 | −4:00 |"),
        "{md}"
    );
}

#[test]
fn html_and_json_carry_the_same_record() {
    let (s, m) = workshop();
    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("<section id=\"dagordning\">"), "{html}");
    assert!(html.contains("<td>+5 minuter</td><td>12:20</td><td>+2:20</td>"));
    let json: serde_json::Value =
        serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
    let agenda = &json["agenda"];
    assert_eq!(agenda["template"], "two-hours");
    assert_eq!(agenda["planned_minutes"], 122);
    assert_eq!(agenda["used_seconds"], 1100);
    let model_item = &agenda["items"][1];
    assert_eq!(model_item["part"], "step");
    assert_eq!(model_item["id"], "model");
    assert_eq!(model_item["planned_minutes"], 10);
    assert_eq!(model_item["extended_minutes"], 5);
    assert_eq!(model_item["used_seconds"], 740);
    assert_eq!(model_item["started_at"], "2026-12-06T13:00:00Z");
    assert_eq!(model_item["running"], false);
    assert_eq!(agenda["items"][2]["part"], "challenge");
    assert_eq!(agenda["items"][2]["running"], true);
    assert_eq!(agenda["items"][0]["started_at"], serde_json::Value::Null);
}

#[test]
fn a_session_without_an_agenda_exports_no_agenda() {
    let m = halmstad();
    let s = session_with(&m, &[Role::Politik]);
    for format in [Format::Md, Format::Html, Format::Json] {
        let text = format.render(&s, &m, &export());
        assert!(!text.contains("Dagordning"), "{format:?}");
        assert!(!text.contains("\"agenda\""), "{format:?}");
    }
}
