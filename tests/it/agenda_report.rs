//! The agenda in every report: a session run on the two-hour agenda, its
//! clock started, paused and moved on by commands with set moments, records
//! per item the minutes planned and added and the time used, in Markdown,
//! HTML, JSON and CSV; a session without an agenda exports as before.

use crate::common;
use crate::common::groups_ids;
use common::{export, halmstad, session_with};
use klarhet::model::command::Command;
use klarhet::report::Format;

fn at(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_796_562_000 + s).expect("a moment")
}

/// The model's item (10 min) run for 12:20 with 5 minutes added, then
/// otydlighet's (10 min) run for 6:00 and still running.
fn workshop() -> (klarhet::model::Session, klarhet::model::Assessment) {
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
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

/// The CSV as the `csv` crate reads it: the header, and the rows of `section`.
fn csv_rows(text: &str, section: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = (reader.headers().expect("a header").iter())
        .map(str::to_owned)
        .collect();
    let rows = (reader.records())
        .map(|r| r.expect("a row as wide as the header"))
        .filter(|r| &r[0] == section)
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn the_csv_has_a_row_an_item_with_its_minutes_planned_added_and_used() {
    let (s, m) = workshop();
    let (header, rows) = csv_rows(&Format::Csv.render(&s, &m, &export()), "dagordning");
    let col = |name: &str| {
        (header.iter().position(|h| h == name)).unwrap_or_else(|| panic!("{name}: {header:?}"))
    };
    let at = |row: &Vec<String>, name: &str| row[col(name)].clone();
    assert_eq!(rows.len(), 13, "one row an item of the two-hour agenda");
    // The agenda's columns come last, after the plan's: a file without an
    // agenda keeps the columns it had.
    assert_eq!(header[header.len() - 7], "punkt_nummer");
    assert_eq!(header.last().map(String::as_str), Some("använda_minuter"));
    let first = &rows[0];
    assert_eq!(at(first, "punkt_nummer"), "1");
    assert_eq!(at(first, "punkt_typ"), "step");
    assert_eq!(at(first, "punkt_id"), "participants");
    assert_eq!(at(first, "dagordningspunkt"), "Deltagare");
    assert_eq!(at(first, "planerade_minuter"), "7");
    assert_eq!(at(first, "tillagda_minuter"), "0");
    assert_eq!(at(first, "använda_minuter"), "", "never started: no time");
    let model_item = &rows[1];
    assert_eq!(at(model_item, "punkt_id"), "model");
    assert_eq!(at(model_item, "tillagda_minuter"), "5");
    // 12:20 is 740 seconds: 12,33 minutes, with the decimal comma.
    assert_eq!(at(model_item, "använda_minuter"), "12,33");
    let otydlighet = &rows[2];
    assert_eq!(at(otydlighet, "punkt_typ"), "challenge");
    assert_eq!(at(otydlighet, "punkt_id"), "otydlighet");
    assert_eq!(at(otydlighet, "dagordningspunkt"), "Otydlighet");
    // Running: counted up to its last pause or move, as in the other formats.
    assert_eq!(at(otydlighet, "använda_minuter"), "6,00");
    // An agenda row fills no figure of the challenges'.
    assert_eq!(at(otydlighet, "allvarlighet"), "");
    assert_eq!(at(otydlighet, "utmaning_id"), "");
}

#[test]
fn the_csv_in_english_names_the_agendas_columns_in_english() {
    let (mut s, m) = workshop();
    common::describe(&mut s, &m, |_, _, _, lang, _| {
        *lang = klarhet::text::Lang::EN
    });
    let (header, rows) = csv_rows(&Format::Csv.render(&s, &m, &export()), "agenda");
    assert_eq!(rows.len(), 13);
    for name in [
        "item_number",
        "item_kind",
        "item_id",
        "agenda_item",
        "planned_minutes",
        "extended_minutes",
        "used_minutes",
    ] {
        assert!(header.iter().any(|h| h == name), "{name}: {header:?}");
    }
    let used = header
        .iter()
        .position(|h| h == "used_minutes")
        .expect("used");
    assert_eq!(rows[1][used], "12.33", "a decimal point in English");
}

#[test]
fn a_session_without_an_agenda_exports_no_agenda() {
    let m = halmstad();
    let s = session_with(&m, &[groups_ids::POLITIK]);
    for format in [Format::Md, Format::Html, Format::Json, Format::Csv] {
        let text = format.render(&s, &m, &export());
        assert!(!text.contains("Dagordning"), "{format:?}");
        assert!(!text.contains("\"agenda\""), "{format:?}");
        assert!(!text.contains("dagordning"), "{format:?}");
        assert!(!text.contains("punkt_nummer"), "{format:?}");
    }
}
