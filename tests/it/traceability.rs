//! Every claim traceable: each piece of model text that reaches a report names
//! the place in the Halmstad report it rests on, that place exists in the
//! report, and whatever is klarhet's own says so where it is shown.

use crate::common;
use common::*;
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The Halmstad report as text, beside the repository as CI places it.
fn seed() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seeds/001_16866a97785baf9f.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("the Halmstad report must lie beside the repository at {path}: {e}")
    })
}

/// The report's sections with the subsections each names: its table of
/// contents for §3.2 and §4.1, and the principles it lists under §4.2.
fn sections(seed: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let toc = seed
        .split("Innehållsförteckning")
        .nth(1)
        .and_then(|rest| rest.split("\n1. Bakgrund\n").next())
        .expect("the report has a table of contents");
    let mut current = String::new();
    for line in toc.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let head = line.split(['.', '\t', ' ']).collect::<Vec<_>>();
        if head[0].chars().all(|c| c.is_ascii_digit()) {
            // "3.2. Existerande utmaningar" or "5. Avslutande kommentarer".
            let number: Vec<&str> = head
                .iter()
                .take_while(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .copied()
                .collect();
            current = number.join(".");
            out.entry(current.clone()).or_default();
        } else {
            let name = line
                .split([':', '.', '\t'])
                .next()
                .unwrap_or_default()
                .trim();
            out.entry(current.clone())
                .or_default()
                .insert(name.to_owned());
        }
    }
    let recommendations = seed
        .rsplit("\n4.2. Rekommendationer\n")
        .next()
        .and_then(|rest| rest.split("\n5. Avslutande kommentarer\n").next())
        .expect("the report has §4.2");
    for line in recommendations.lines() {
        let item = line.trim().trim_start_matches("- ").trim();
        if !item.is_empty() && !item.contains(' ') && item.chars().all(char::is_alphabetic) {
            out.entry("4.2".into()).or_default().insert(item.to_owned());
        }
    }
    out
}

/// The problem with one `source`, if any: every part must name a section that
/// exists (with a subsection the section has), a figure the report has, or
/// say what in the text is klarhet's (a link's mechanism is "klarhets läsning";
/// the ladder's level names, which §4.1 only numbers, "är klarhets").
fn check_source(
    source: &str,
    known: &BTreeMap<String, BTreeSet<String>>,
    seed: &str,
) -> Option<String> {
    for part in source.split([';', ',']).map(str::trim) {
        let part = part.split(" (").next().unwrap_or(part).trim();
        if part.contains("klarhets läsning") || part.ends_with(" är klarhets") {
            continue;
        }
        if let Some(figure) = part.strip_prefix("Figur ") {
            if !seed.contains(&format!("Figur {figure}.")) {
                return Some(format!("{source:?}: the report has no Figur {figure}"));
            }
            continue;
        }
        let Some(section) = part.strip_prefix('§') else {
            return Some(format!("{source:?}: {part:?} names no section"));
        };
        let (number, name) = section.split_once(' ').unwrap_or((section, ""));
        let Some(names) = known.get(number) else {
            return Some(format!("{source:?}: the report has no §{number}"));
        };
        if !name.is_empty() && !names.contains(name) {
            return Some(format!(
                "{source:?}: §{number} has no {name:?} (it has {names:?})"
            ));
        }
    }
    None
}

fn is_text(v: &Value) -> bool {
    v.as_object().is_some_and(|o| {
        o.len() == 2
            && o.get("sv").is_some_and(Value::is_string)
            && o.get("en").is_some_and(Value::is_string)
    })
}

/// Text that is not a claim about the report: the model's title and the
/// bibliography itself, the answer scale (klarhet's, as the method appendix
/// says), and klarhet's notes (shown as klarhet's; see the last test).
fn exempt(path: &str) -> bool {
    path == "title"
        || path == "source.summary"
        || path.starts_with("scale.")
        || path.ends_with(".note")
}

/// Every text in `v`, with the `source` that covers it: its own object's, or
/// the nearest enclosing one's.
fn texts(v: &Value, path: &str, source: Option<&str>, out: &mut Vec<(String, Option<String>)>) {
    match v {
        Value::Object(o) => {
            let own = o
                .get("source")
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty());
            let source = own.or(source);
            for (key, child) in o {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                if is_text(child) {
                    out.push((path, source.map(str::to_owned)));
                } else {
                    texts(child, &path, source, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, &format!("{path}[{i}]"), source, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_that_reaches_a_report_names_a_place_in_the_report_that_exists() {
    let m = halmstad();
    let seed = seed();
    let known = sections(&seed);
    assert!(known["4.1"].contains("Ojämlighet") && known["4.2"].contains("Transparens"));
    let model = serde_json::to_value(&m).expect("the model serialises");
    let mut found = Vec::new();
    texts(&model, "", None, &mut found);
    assert!(
        found.len() > 100,
        "the walk found the model's texts: {}",
        found.len()
    );
    let mut problems = Vec::new();
    for (path, source) in &found {
        if exempt(path) {
            continue;
        }
        match source {
            None => problems.push(format!("{path} has no source")),
            Some(source) => {
                problems.extend(check_source(source, &known, &seed).map(|p| format!("{path}: {p}")))
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_source_naming_a_section_the_report_lacks_is_caught() {
    let seed = seed();
    let known = sections(&seed);
    assert!(check_source("§4.1 Hot; §3.2 Obalans, Figur 3", &known, &seed).is_none());
    assert!(check_source("§4.3 Hot", &known, &seed).is_some());
    assert!(check_source("§4.1 Transparens", &known, &seed).is_some());
    assert!(check_source("Figur 9", &known, &seed).is_some());
    assert!(check_source("intervjuerna", &known, &seed).is_some());
    assert!(check_source("§4.1 Ojämlighet; nivåernas namn är klarhets", &known, &seed).is_none());
    assert!(check_source("§4.1 Ojämlighet; klarhets", &known, &seed).is_some());
}

#[test]
fn klarhets_own_notes_are_shown_as_klarhets_in_every_report() {
    let m = halmstad();
    let notes: Vec<_> = m
        .recommendations
        .iter()
        .filter_map(|r| r.note.as_ref())
        .collect();
    assert!(
        notes.len() >= 2,
        "DIOS and internt kontra externt carry notes"
    );
    for lang in [Lang::SV, Lang::EN] {
        let s = klarhet::demo::session(&m, date(), lang);
        let label = klarhet::tr!(lang, "report-klarhet-note");
        let md = Format::Md.render(&s, &m, &export());
        let html = Format::Html.render(&s, &m, &export());
        let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
        let in_json: Vec<&str> = json["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["recommendations"].as_array().unwrap())
            .filter_map(|r| r["klarhet_note"].as_str())
            .collect();
        for note in &notes {
            let text = note.get(lang);
            assert!(
                md.contains(&format!("*{label}:* {text}")),
                "Markdown labels the note: {text}"
            );
            assert!(
                html.contains(&format!("<em>{label}:</em>")),
                "HTML labels the note"
            );
            assert!(
                in_json.contains(&text),
                "JSON keeps the note apart as klarhet_note"
            );
        }
    }
}

#[test]
fn the_method_appendix_separates_the_report_from_klarhet_in_every_report() {
    let m = halmstad();
    for lang in [Lang::SV, Lang::EN] {
        let s = klarhet::demo::session(&m, date(), lang);
        let from = klarhet::tr!(lang, "method-from-source-heading");
        let own = klarhet::tr!(lang, "method-own-heading");
        let md = Format::Md.render(&s, &m, &export());
        let (report_part, rest) = md
            .split_once(&format!("### {from}"))
            .and_then(|(_, r)| r.split_once(&format!("### {own}")))
            .expect("the appendix has both parts, the report's first");
        assert!(report_part.contains(&m.challenges.len().to_string()));
        let own_part = rest.split("### ").next().unwrap();
        for (key, text) in [
            (
                "mapping",
                klarhet::tr!(lang, "method-own-mapping", words = m.words(lang)),
            ),
            ("ranking", klarhet::tr!(lang, "method-own-ranking")),
        ] {
            assert!(own_part.contains(&text), "the {key} is klarhet's own");
        }
        assert!(own_part.contains("25"), "the vet-ej threshold is klarhet's");
        let html = Format::Html.render(&s, &m, &export());
        let (from_html, own_html) = (
            klarhet::report::html::esc(&from),
            klarhet::report::html::esc(&own),
        );
        assert!(
            html.contains(&format!("<h3>{from_html}</h3>"))
                && html.contains(&format!("<h3>{own_html}</h3>")),
            "the HTML appendix has both parts"
        );
        let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
        let klarhets = json["method"]["klarhet"].as_array().unwrap();
        for part in [
            "statements",
            "recommendation_challenge_mapping",
            "relevance",
            "thresholds",
        ] {
            assert!(
                klarhets.iter().any(|v| v == part),
                "JSON names {part} as klarhet's"
            );
        }
        assert!(
            json["method"]["from_source"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v == "circle_order")
        );
        assert!(
            json["circle"]["links"]
                .as_array()
                .unwrap()
                .iter()
                .all(|l| !l["source"].as_str().unwrap().is_empty())
        );
    }
}

/// §4.1 Ojämlighet numbers the levels of work with DiMiOS ("Nivå 1: …") and
/// names none of them: the ladder's short names are klarhet's, and its source,
/// printed beside the level in every report, says so.
#[test]
fn the_level_names_are_marked_as_klarhets_where_the_ladder_is_cited() {
    let m = halmstad();
    let seed = seed();
    let ladder = m.levels.as_ref().expect("the Halmstad model has a ladder");
    for step in &ladder.steps {
        assert!(
            seed.contains(&format!("Nivå {}: Organisationen", step.level)),
            "the report numbers level {}",
            step.level
        );
    }
    assert!(
        ladder.source.ends_with("nivåernas namn är klarhets"),
        "{:?}",
        ladder.source
    );
    for lang in [Lang::SV, Lang::EN] {
        let s = klarhet::demo::session(&m, date(), lang);
        let md = Format::Md.render(&s, &m, &export());
        assert!(
            md.contains(&format!("({})", ladder.source)),
            "the method appendix cites the ladder with its mark"
        );
    }
}
