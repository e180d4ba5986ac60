//! Every source the four other embedded models give names a place their
//! report has (docs/model-format.md, "Sources"): a numbered section by a
//! heading line of the report's body (not its table of contents, which for
//! seed 002 lists only the second of two headings numbered alike), with the
//! heading's words where the source names them (commas aside, since a source
//! separates its parts with them); a figure or table by its caption; an
//! unnumbered part by its name. What is klarhet's says so and names nothing.

use std::collections::BTreeSet;

/// The report a model is built on, beside the repository as CI places it.
fn seed(file: &str) -> String {
    let path = format!("{}/../shared/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the report must lie beside the repository at {path}: {e}"))
}

/// The report's heading lines: a number such as `4.3.1` (with or without a
/// closing dot) and the words after it, commas removed; lines of the table
/// of contents (ending in a page number after dots or a tab) are not headings.
fn headings(seed: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in seed.lines().map(str::trim) {
        let number: String = line
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        // Seed 004 is OCR text, which reads "4.1.Omställning" as
        // "4.1.0mstallning": a 0 run into the heading's first word is its O.
        let number = match line[number.len()..].chars().next() {
            Some(c) if c.is_alphabetic() && number.ends_with(".0") => &number[..number.len() - 1],
            _ => number.as_str(),
        };
        let digits = number.trim_end_matches('.');
        if digits.is_empty() || !digits.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let rest = line[number.len()..].trim();
        if rest.contains('\t') || rest.contains("....") {
            continue;
        }
        out.push((digits.to_owned(), rest.replace(',', "")));
    }
    out
}

/// Every `source` in `v`, once each.
fn sources(v: &serde_json::Value, out: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(o) => {
            for (key, child) in o {
                match (key.as_str(), child.as_str()) {
                    ("source", Some(s)) if !s.trim().is_empty() => {
                        out.insert(s.to_owned());
                    }
                    _ => sources(child, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| sources(i, out)),
        _ => {}
    }
}

/// What in `source` names no place of the report, if anything.
fn check(source: &str, seed: &str, heads: &[(String, String)]) -> Option<String> {
    for part in source.split([';', ',']).map(str::trim) {
        let part = part.split(" (").next().unwrap_or(part).trim();
        if part.is_empty() || part.contains("klarhets") {
            continue;
        }
        if let Some(section) = part.strip_prefix('§') {
            let (number, name) = section.split_once(' ').unwrap_or((section, ""));
            let lines: Vec<&String> = (heads.iter())
                .filter(|(n, _)| n == number)
                .map(|(_, words)| words)
                .collect();
            if lines.is_empty() {
                return Some(format!("{source:?}: the report has no heading {number}"));
            }
            if !name.is_empty() && !lines.iter().any(|words| words.starts_with(name)) {
                return Some(format!(
                    "{source:?}: no heading {number} reads {name:?}: {lines:?}"
                ));
            }
        } else if !seed.contains(part) {
            return Some(format!("{source:?}: the report has no {part:?}"));
        }
    }
    None
}

#[test]
fn every_source_of_the_other_models_names_a_place_their_report_has() {
    let mut problems = Vec::new();
    for (id, file) in [
        ("matteby", "000_cfd10605eec81b41.txt"),
        ("hjeltman-larsson", "002_3eecb9056783a5a6.txt"),
        ("wihlborg", "003_5080c3ba6e639220.txt"),
        ("trollhattan", "004_2b898ddf42fbb1fe.txt"),
    ] {
        let model = crate::common::models::embedded(id);
        let seed = seed(file);
        let heads = headings(&seed);
        let mut found = BTreeSet::new();
        sources(
            &serde_json::to_value(&model).expect("the model serialises"),
            &mut found,
        );
        assert!(
            found.len() > 20,
            "{id}: the walk found its sources: {found:?}"
        );
        problems.extend(
            (found.iter()).filter_map(|s| check(s, &seed, &heads).map(|p| format!("{id}: {p}"))),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_source_naming_a_heading_the_report_lacks_is_caught() {
    let seed = "Innehåll\n4.1.0mstallning\n4.3.1 Avtal viktiga förtroende.....\t24\n\n4.3.1 Förtroende, en viktig aspekt i samverkan\ntext\n4.3.1 Avtal viktiga förtroende\nFigur 3. Andelar\n";
    let heads = headings(seed);
    assert!(
        check(
            "§4.3.1 Förtroende en viktig aspekt i samverkan; Figur 3",
            seed,
            &heads
        )
        .is_none()
    );
    assert!(
        check(
            "§4.3.1 Avtal viktiga förtroende; §4.3.1 (i stycket om avtal)",
            seed,
            &heads
        )
        .is_none()
    );
    assert!(check("§4.3.2", seed, &heads).is_some());
    assert!(
        check("§4.1", seed, &heads).is_none(),
        "OCR's 0 for O: {heads:?}"
    );
    assert!(check("§4.3.1 Trygghet", seed, &heads).is_some());
    assert!(check("Figur 4", seed, &heads).is_some());
    assert!(check("§4.3.1; temana är klarhets", seed, &heads).is_none());
}
