//! The exports for machines, read as a consultant's tools read them: the CSV with
//! the `csv` crate as one table, the JSON against its schema, with every key of
//! it checked to be a field name and never a model's id.

use crate::common;
use common::*;

const SCHEMA: &str = include_str!("../../schemas/result-v5.schema.json");
use klarhet::model::{Assessment, Session};
use klarhet::report::{Format, ids};
use klarhet::text::Lang;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn demo(lang: Lang) -> (Session, Assessment) {
    let m = halmstad();
    let mut s = klarhet::demo::session(&m, date(), lang);
    describe(&mut s, &m, |_, _, _, _, code| {
        *code = Some("0114".to_owned())
    });
    (s, m)
}

/// The CSV as the `csv` crate reads it: its header and its rows, each row as
/// wide as the header (the reader refuses anything else).
fn table(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a row as wide as the header"))
        .collect();
    (header, rows)
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}: {header:?}"))
}

#[test]
fn the_csv_follows_swedish_excel_conventions() {
    let (s, m) = demo(Lang::SV);
    let csv = Format::Csv.render(&s, &m, &export());
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM");
    assert!(
        csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'),
        "CRLF"
    );
    let (header, rows) = table(&csv);
    assert!(
        header.join(";").starts_with("avsnitt;organisation;kommunkod;datum;session_id;utmaning_id;utmaning;påstående_id;påstående;antal_svar;antal_vet_ej_svar;andel_vet_ej_svar;median;medelvärde"),
        "{header:?}"
    );
    let section = col(&header, "avsnitt");
    let kind = |r: &csv::StringRecord| r[section].to_owned();
    let challenges: Vec<_> = rows.iter().filter(|r| kind(r) == "utmaning").collect();
    assert_eq!(challenges.len(), 6);
    assert_eq!(rows.iter().filter(|r| kind(r) == "påstående").count(), 27);
    let source = col(&header, "källa");
    assert!(
        rows.iter()
            .filter(|r| matches!(kind(r).as_str(), "utmaning" | "påstående"))
            .all(|r| r[source].starts_with('§')),
        "every challenge and statement names its section"
    );
    let vaghet = challenges
        .iter()
        .find(|r| &r[col(&header, "utmaning_id")] == "vaghet")
        .unwrap();
    assert_eq!(
        &vaghet[col(&header, "allvarlighet")],
        "75,0",
        "decimal comma"
    );
    // No number uses a decimal point in Swedish.
    let numbers = [
        "antal_svar",
        "andel_vet_ej_svar",
        "medelvärde",
        "samstämmighet",
        "lägsta_samstämmighet",
        "allvarlighet",
        "rollgruppens_medelvärde",
    ];
    for r in &rows {
        for n in numbers {
            assert!(!r[col(&header, n)].contains('.'), "{n} in {r:?}");
        }
    }
    let en = Format::Csv.render(&klarhet::demo::session(&m, date(), Lang::EN), &m, &export());
    let (header, rows) = table(&en);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "challenge" && &r[col(&header, "severity")] == "75.0"),
        "decimal point in English"
    );
}

#[test]
fn every_csv_row_says_whose_session_it_is_and_headers_say_what_a_number_is() {
    let (s, m) = demo(Lang::SV);
    let (header, rows) = table(&Format::Csv.render(&s, &m, &export()));
    for (name, want) in [
        ("organisation", "Sjöhamra kommun"),
        ("kommunkod", "0114"),
        ("datum", "2026-11-22"),
        ("session_id", "2026-11-22-sjöhamra-kommun"),
    ] {
        let i = col(&header, name);
        assert!(rows.iter().all(|r| &r[i] == want), "{name} on every row");
    }
    // Counts of answers say so; the challenge's consensus is the lowest one.
    for name in [
        "antal_svar",
        "antal_vet_ej_svar",
        "lägsta_samstämmighet",
        "samstämmighet",
        "antal_svar_1",
        "antal_svar_5",
    ] {
        col(&header, name);
    }
    assert!(!header.iter().any(|h| h == "n"), "{header:?}");
    let (header, _) =
        table(&Format::Csv.render(&klarhet::demo::session(&m, date(), Lang::EN), &m, &export()));
    for name in [
        "section",
        "municipality_code",
        "session_id",
        "number_of_answers",
        "lowest_consensus",
        "role_group_mean",
        "effect_goal",
    ] {
        col(&header, name);
    }
}

#[test]
fn role_means_and_the_action_plan_are_sections_of_their_own() {
    let (s, m) = demo(Lang::SV);
    let (header, rows) = table(&Format::Csv.render(&s, &m, &export()));
    let sections: BTreeSet<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(
        sections,
        [
            "dagordning",
            "handlingsplan",
            "omgång",
            "påstående",
            "rollmedel",
            "utmaning"
        ]
        .into()
    );
    let plan: Vec<_> = rows.iter().filter(|r| &r[0] == "handlingsplan").collect();
    assert_eq!(plan.len(), s.actions().len());
    for (r, a) in plan.iter().zip(s.actions()) {
        assert_eq!(&r[col(&header, "rekommendation_id")], a.recommendation);
        assert_eq!(&r[col(&header, "klart_senast")], a.due.to_string());
        assert_eq!(&r[col(&header, "status_id")], a.status.key());
        assert!(!r[col(&header, "rekommendation")].is_empty());
        // A row of the plan fills no figure of the challenges'.
        assert!(r[col(&header, "allvarlighet")].is_empty());
    }
    // The role means are exactly the JSON's: the groups shown there, no other.
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    let mut in_json = BTreeSet::new();
    for c in json["challenges"].as_array().unwrap() {
        for g in c["role_means"].as_array().unwrap() {
            in_json.insert((
                c["id"].as_str().unwrap().to_owned(),
                g["group"].as_str().unwrap().to_owned(),
            ));
        }
    }
    let in_csv: BTreeSet<(String, String)> = rows
        .iter()
        .filter(|r| &r[0] == "rollmedel")
        .map(|r| {
            (
                r[col(&header, "utmaning_id")].to_owned(),
                r[col(&header, "rollgrupp_id")].to_owned(),
            )
        })
        .collect();
    assert!(!in_csv.is_empty());
    assert_eq!(in_csv, in_json);
    // Kommunledning and förvaltning have one person each: never shown alone.
    for (_, g) in &in_csv {
        assert!(
            !["municipal_management", "administration"].contains(&g.as_str()),
            "{g}"
        );
    }
}

fn validate(json: &Value) -> Result<(), String> {
    common::schema::validate(klarhet::report::json::SCHEMA_VERSION, json)
}

#[test]
fn the_json_matches_its_schema() {
    let (s, m) = demo(Lang::SV);
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    if let Err(e) = validate(&json) {
        panic!("{e}");
    }
    assert_eq!(json["schema_version"], 5);
    assert_eq!(json["exported_at"], "2026-11-23T09:00:00Z");
    assert_eq!(json["session"]["id"], "2026-11-22-sjöhamra-kommun");
    assert_eq!(json["session"]["kommunkod"], "0114");
    assert_eq!(json["assessment"]["scale"]["min"], 1);
    assert_eq!(json["assessment"]["scale"]["max"], 5);
    assert_eq!(
        json["assessment"]["scale"]["options"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    assert_eq!(json["challenges"].as_array().unwrap().len(), 6);
    assert_eq!(json["session"]["min_group"], 3);
    let text = json.to_string();
    for p in s.participants() {
        assert!(!text.contains(&p.alias));
    }
    // And a broken document is caught by the same schema.
    for (pointer, bad) in [
        ("/challenges/0/severity", serde_json::json!(140)),
        ("/session/kommunkod", serde_json::json!("138")),
        ("/exported_at", serde_json::json!("igår")),
    ] {
        let mut broken = json.clone();
        *broken.pointer_mut(pointer).unwrap() = bad;
        assert!(validate(&broken).is_err(), "{pointer}");
    }
    // Without a code, the field is null and still valid.
    let (mut s, m) = demo(Lang::EN);
    describe(&mut s, &m, |_, _, _, _, code| *code = None);
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    assert_eq!(json["session"]["kommunkod"], Value::Null);
    validate(&json).unwrap();
}

/// Every `properties` map and `$defs` entry under `node`, with where it is.
fn described(node: &Value, at: &str, missing: &mut Vec<String>, names: &mut BTreeSet<String>) {
    match node {
        Value::Object(o) => {
            for key in ["properties", "$defs"] {
                if let Some(Value::Object(props)) = o.get(key) {
                    for (name, p) in props {
                        if key == "properties" {
                            names.insert(name.clone());
                        }
                        let ok = p["description"]
                            .as_str()
                            .is_some_and(|d| !d.trim().is_empty());
                        if !ok {
                            missing.push(format!("{at}/{key}/{name}"));
                        }
                    }
                }
            }
            for (k, v) in o {
                described(v, &format!("{at}/{k}"), missing, names);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| described(v, at, missing, names)),
        _ => {}
    }
}

#[test]
fn every_field_of_the_schema_is_described_and_the_policy_is_stated() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let (mut missing, mut names) = (Vec::new(), BTreeSet::new());
    described(&schema, "#", &mut missing, &mut names);
    assert!(missing.is_empty(), "no description: {missing:#?}");
    assert!(names.len() > 80, "{}", names.len());
    let policy = schema["description"].as_str().unwrap();
    assert!(policy.contains("Evolution policy") && policy.contains("result-vN.schema.json"));
}

fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, v) in o {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn no_key_of_the_json_is_a_model_id_and_enum_ids_are_english() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let (mut missing, mut fields) = (Vec::new(), BTreeSet::new());
    described(&schema, "#", &mut missing, &mut fields);
    for lang in [Lang::SV, Lang::EN] {
        let (s, m) = demo(lang);
        let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
        let mut found = BTreeSet::new();
        keys(&json, &mut found);
        let strays: Vec<_> = found.difference(&fields).collect();
        assert!(
            strays.is_empty(),
            "keys that are no field of the schema: {strays:?}"
        );
        let model_ids: BTreeSet<String> = m
            .challenges
            .iter()
            .flat_map(|c| {
                std::iter::once(c.id.clone()).chain(c.statements.iter().map(|s| s.id.clone()))
            })
            .chain(m.recommendations.iter().map(|r| r.id.clone()))
            .collect();
        assert!(found.is_disjoint(&model_ids));
        // Role groups and agreement bands are the same English ids in either language.
        let mut groups = BTreeSet::new();
        let mut bands = BTreeSet::new();
        for c in json["challenges"].as_array().unwrap() {
            groups.extend(
                c["role_means"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|g| g["group"].as_str().unwrap().to_owned()),
            );
            bands.extend(
                c["statements"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|s| s["agreement"].as_str().map(str::to_owned)),
            );
        }
        groups.extend(
            json["session"]["by_role"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["group"].as_str().unwrap().to_owned()),
        );
        assert!(
            !groups.is_empty()
                && groups.iter().all(|g| {
                    // Halmstad's roles keep the English ids exports gave them.
                    let halmstad = ["politicians", "municipal_management", "administration"];
                    let more = ["municipal_companies", "other", ids::MERGED];
                    halmstad.contains(&g.as_str()) || more.contains(&g.as_str())
                }),
            "{groups:?}"
        );
        assert!(
            !bands.is_empty()
                && bands
                    .iter()
                    .all(|b| ["in_agreement", "divided", "split"].contains(&b.as_str())),
            "{bands:?}"
        );
    }
}

#[test]
fn the_export_time_is_the_callers_and_nothing_else_changes_with_it() {
    let (s, m) = demo(Lang::SV);
    let one = Format::Json.render(&s, &m, &export());
    assert_eq!(one, Format::Json.render(&s, &m, &export()), "deterministic");
    let mut later = export();
    later.at = "2027-01-01T00:00:00Z".parse().unwrap();
    let two = Format::Json.render(&s, &m, &later);
    let differ: Vec<(&str, &str)> = one
        .lines()
        .zip(two.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(differ.len(), 1, "{differ:?}");
    assert!(
        differ[0]
            .1
            .contains("\"exported_at\": \"2027-01-01T00:00:00Z\"")
    );
    assert_eq!(
        Format::Csv.render(&s, &m, &export()),
        Format::Csv.render(&s, &m, &later)
    );
}

#[test]
fn the_agreed_score_is_given_once_on_the_screens_scale() {
    let (s, m) = demo(Lang::SV);
    assert!(!s.agreed().is_empty(), "the demo agrees on scores");
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    assert_eq!(
        json["schema_version"], 5,
        "a removed field is a new version, and so were the rounds"
    );
    let analysis = analyse(&s, &m);
    for c in json["challenges"].as_array().unwrap() {
        assert!(c.get("agreed_score").is_none(), "a second scale: {c}");
        let id = c["id"].as_str().unwrap();
        let agreed = analysis.challenge(id).unwrap().agreed;
        assert_eq!(c["agreed_severity"].as_f64(), agreed, "{id}");
        if let Some(v) = agreed {
            assert!((0.0..=100.0).contains(&v));
        }
    }
    // The new version's schema, and the old ones kept for older exports.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let v4 = std::fs::read_to_string(dir.join("result-v4.schema.json")).expect("the v4 schema");
    assert!(!v4.contains("\"agreed_score\""));
    assert!(v4.contains("\"agreed_severity\""));
    assert!(dir.join("result-v3.schema.json").is_file());
}
