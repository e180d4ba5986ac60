//! The discussion queue's `discussed` rows and the `agenda` in the JSON export
//! are fields of schema version 5: an export of a session with both, built by
//! commands as the workbench builds it, matches `schemas/result-v5.schema.json`,
//! and the schema holds them to their shape (a required field taken away, an
//! unknown rule or part, a stray key, a place of 0 are each refused), so that a
//! reader checking against v5 can rely on what it says of them.

use crate::common;
use common::*;
use klarhet::model::command::Command;
use klarhet::model::discussion::Topic;
use klarhet::model::scoring::{analyse, queue::queue};
use klarhet::model::{Assessment, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::{Value, json};

fn at(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_796_562_000 + s).expect("a moment")
}

/// The demo session (which has three rows of the queue worked through and the
/// two-hour agenda) in which the group also discussed the queue's third row
/// and its first challenge as a whole, noted its first row, and changed to the
/// half-day agenda (which has a break), run into its second item, still running.
fn discussed_on_an_agenda() -> (Session, Assessment) {
    let m = halmstad();
    let mut s = klarhet::demo::session(&m, date(), Lang::SV);
    let rows = queue(&m, &analyse(&s, &m));
    assert!(rows.len() >= 3, "{rows:?}");
    let whole = Topic::Challenge {
        challenge: m.challenges[0].id.clone(),
    };
    let commands = [
        Command::MarkDiscussed {
            topic: rows[2].topic.clone(),
            discussed: true,
        },
        Command::MarkDiscussed {
            topic: whole,
            discussed: true,
        },
        Command::NoteTopic {
            topic: rows[0].topic.clone(),
            note: "Bolagen tar med frågan till ägardialogen.".into(),
        },
        Command::ChooseAgenda {
            template: Some("half-day".into()),
        },
        Command::StartItem { item: 0, at: at(0) },
        Command::ExtendItem { minutes: 5 },
        Command::StartItem {
            item: 1,
            at: at(960),
        },
    ];
    for c in commands {
        give(&mut s, &m, c);
    }
    (s, m)
}

fn exported() -> Value {
    let (s, m) = discussed_on_an_agenda();
    serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON")
}

fn validate(json: &Value) -> Result<(), String> {
    schema::validate(klarhet::report::json::SCHEMA_VERSION, json)
}

#[test]
fn an_export_with_discussed_topics_and_an_agenda_matches_v5() {
    let json = exported();
    assert_eq!(json["schema_version"], 5);
    validate(&json).unwrap_or_else(|e| panic!("{e}"));
    // The document has what the schema is checked on: nulls and values alike.
    let discussed = json["discussed"].as_array().expect("discussed");
    // The demo's three and the two marked here.
    assert_eq!(discussed.len(), 5, "{discussed:#?}");
    // The first challenge as a whole is not in the queue: no place, score,
    // rule or reason.
    let left = discussed
        .iter()
        .find(|r| r["statement"].is_null() && r["challenge"] == "otydlighet");
    let left = left.expect("the whole challenge");
    assert_eq!(
        (&left["place"], &left["score"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!((&left["rules"], &left["reasons"]), (&json!([]), &json!("")));
    assert!(discussed.iter().any(|r| r["note"].is_string()));
    assert!(discussed.iter().any(|r| r["note"].is_null()));
    assert!(discussed.iter().any(|r| r["place"].as_u64() == Some(1)));
    assert!(
        discussed
            .iter()
            .any(|r| !r["rules"].as_array().unwrap().is_empty())
    );
    let items = json["agenda"]["items"].as_array().expect("items");
    assert!(
        items
            .iter()
            .any(|i| i["part"] == "break" && i["id"].is_null())
    );
    assert!(items.iter().any(|i| i["part"] == "step"));
    assert!(items.iter().any(|i| i["part"] == "challenge"));
    assert_eq!(items[0]["started_at"], "2026-12-06T13:00:00Z");
    assert_eq!(items[0]["extended_minutes"], 5);
    assert!(items.iter().any(|i| i["started_at"].is_null()));
    assert_eq!(items[1]["running"], true);
    assert!(json["agenda"]["source"].is_string());
}

/// Every key of `at` in `json`, each taken away in turn, makes the document
/// fail the schema: the schema requires every field the export always writes.
fn each_field_is_required(json: &Value, at: &str) {
    let fields = json.pointer(at).and_then(Value::as_object).expect(at);
    assert!(!fields.is_empty(), "{at}");
    for key in fields.keys() {
        let mut broken = json.clone();
        let object = broken.pointer_mut(at).and_then(Value::as_object_mut);
        object.expect(at).remove(key);
        assert!(validate(&broken).is_err(), "{at} without {key} passed");
    }
}

#[test]
fn v5_holds_the_discussed_rows_and_the_agenda_to_their_shape() {
    let json = exported();
    validate(&json).unwrap_or_else(|e| panic!("{e}"));
    for at in [
        "/discussed/0",
        "/agenda",
        "/agenda/items/0",
        "/agenda/items/2",
    ] {
        each_field_is_required(&json, at);
    }
    for (pointer, bad) in [
        ("/discussed/0/rules/0", json!("loud_voices")),
        ("/discussed/0/place", json!(0)),
        ("/discussed/0/score", json!("high")),
        ("/discussed/0/discussed", json!(null)),
        ("/agenda/items/0/part", json!("lunch")),
        ("/agenda/items/0/started_at", json!("i morse")),
        ("/agenda/items/0/used_seconds", json!(-1)),
        ("/agenda/planned_minutes", json!(1.5)),
    ] {
        let mut broken = json.clone();
        *broken.pointer_mut(pointer).expect(pointer) = bad;
        assert!(validate(&broken).is_err(), "{pointer}");
    }
    for at in ["/discussed/0", "/agenda", "/agenda/items/0"] {
        let mut broken = json.clone();
        let object = broken.pointer_mut(at).and_then(Value::as_object_mut);
        object.expect(at).insert("stray".into(), json!(1));
        assert!(validate(&broken).is_err(), "a stray key in {at}");
    }
    // The workbench's clock gives fractions of a second; they are RFC 3339 too.
    let mut finer = json.clone();
    finer["agenda"]["items"][0]["started_at"] = json!("2026-12-06T13:00:00.25Z");
    validate(&finer).unwrap_or_else(|e| panic!("{e}"));
    // Both stay optional: an export without them is valid, as before them.
    let mut without = json.clone();
    let top = without.as_object_mut().expect("an object");
    top.remove("discussed");
    top.remove("agenda");
    validate(&without).unwrap_or_else(|e| panic!("{e}"));
}
