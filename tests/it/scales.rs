//! Scales belong to the model (issue 28): a model with a 1–5 scale whose high
//! end is a strength, a reverse-coded statement, a 1–4 scale and a categorical
//! Ja / Osäker / Nej (tests/fixtures/models/scales.ron), run through commands
//! as the workbench runs it: the score from concern values, a categorical
//! statement shown as counts and shares with no figure computed on its codes,
//! the queue's categorical rules, no agreed score where there is nothing
//! ordinal, and every report; then each rule of the scales refused at its place.

use crate::common;
use common::*;
use klarhet::error::{Problem, ScaleFault};
use klarhet::model::Assessment;
use klarhet::model::ballots::Answer;
use klarhet::model::command::Command;
use klarhet::model::scoring::queue::{Reason, queue};
use klarhet::model::session::Session;
use klarhet::report::Format;
use std::path::Path;

use common::scales::SRC;

use common::scales::model;

/// Three politicians then three from the companies, each answering the
/// values given per statement (voter i gives `values[i]`), every ballot
/// passed and both challenges revealed.
fn workshop(m: &Assessment) -> Session {
    let mut s = session_with(m, &common::scales::ROLES);
    let answers: [(&str, &str, [i32; 6]); 5] = [
        ("ledning", "ledning.mal", [5, 5, 4, 4, 2, 2]),
        ("ledning", "ledning.silo", [1, 1, 2, 2, 4, 4]),
        ("ledning", "ledning.hinder", [1, 1, 1, 4, 4, 4]),
        ("ledning", "ledning.kompetens", [1, 1, 1, 3, 3, 3]),
        ("kunskap", "kunskap.egen", [1, 2, 2, 3, 1, 2]),
    ];
    for c in &m.challenges {
        for (challenge, statement, values) in &answers {
            if *challenge != c.id {
                continue;
            }
            for (voter, v) in (1u32..).zip(values) {
                cast(&mut s, m, c, statement, voter, Answer::Value(*v));
            }
        }
        for voter in 1..=6 {
            pass(&mut s, m, c, voter, c.statements.len());
        }
        reveal(&mut s, m, c);
    }
    s
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn the_score_comes_from_concern_values_on_each_statements_own_scale() {
    let m = model();
    let a = analyse(&workshop(&m), &m);
    let ledning = a.challenge("ledning").unwrap();
    let scores: Vec<Option<f64>> = ledning.statements.iter().map(|s| s.score).collect();
    // "Shared goals" on a strength scale: mean 3,67 is concern 2,33, score 33,3;
    // "each their own issue", reverse-coded on it: mean 2,33 is the concern,
    // 33,3; "formal obstacles" on 1–4: (2,5 − 1) / 3 · 100 = 50.
    assert!(close(scores[0].unwrap(), 100.0 / 3.0), "{scores:?}");
    assert!(close(scores[1].unwrap(), 100.0 / 3.0), "{scores:?}");
    assert!(close(scores[2].unwrap(), 50.0), "{scores:?}");
    assert_eq!(scores[3], None, "a categorical statement has no score");
    // Means are shown as answered.
    assert!(close(ledning.statements[0].mean.unwrap(), 22.0 / 6.0));
    // The challenge: the mean of its ordinal statements' scores.
    assert!(close(
        ledning.computed.unwrap(),
        (100.0 / 3.0 * 2.0 + 50.0) / 3.0
    ));
    // Its groups' means on its own (strength) scale, each statement turned to
    // it: politicians 4,67 · 4,67 · 5, companies 2,67 · 2,67 · 1.
    let means: Vec<f64> = ledning.role_means.iter().map(|(_, m)| *m).collect();
    assert_eq!(means.len(), 2, "{:?}", ledning.role_means);
    assert!(
        close(means[0], 43.0 / 9.0) && close(means[1], 19.0 / 9.0),
        "{means:?}"
    );
    assert_eq!(a.divergences.len(), 1);
}

#[test]
fn a_categorical_challenge_has_counts_and_shares_and_no_score_anywhere() {
    let m = model();
    let a = analyse(&workshop(&m), &m);
    let kunskap = a.challenge("kunskap").unwrap();
    let st = &kunskap.statements[0];
    assert!(st.categorical);
    assert_eq!(st.counts, [(1, 2), (2, 3), (3, 1)]);
    assert_eq!(st.share(2), Some(0.5));
    assert_eq!((st.mean, st.median, st.consensus), (None, None, None));
    assert_eq!((kunskap.computed, kunskap.severity()), (None, None));
    assert!(!kunskap.is_assessed());
    // Left out of the ranking: the recommendation's relevance is ledning's alone.
    let ranked = &a.ranking[0].recommendations[0];
    assert_eq!(ranked.reason.len(), 1, "{ranked:?}");
    assert_eq!(ranked.reason[0].0, "ledning");
}

#[test]
fn the_queue_has_a_categorical_statements_own_rules() {
    let m = model();
    let a = analyse(&workshop(&m), &m);
    let rows = queue(&m, &a);
    let reasons = |id: &str| {
        rows.iter()
            .find(|r| r.topic.statement() == Some(id))
            .map(|r| r.reasons.clone())
            .unwrap_or_default()
    };
    // Ja 3 and Nej 3 of 6, politicians all Ja and the companies all Nej.
    let kompetens = reasons("ledning.kompetens");
    assert!(
        kompetens.iter().any(
            |r| matches!(r, Reason::Split { first, second } if first.1 == 0.5 && second.1 == 0.5)
        ),
        "{kompetens:?}"
    );
    assert!(
        kompetens.iter().any(
            |r| matches!(r, Reason::SharesApart { high, low, .. } if high.1 == 1.0 && low.1 == 0.0)
        ),
        "{kompetens:?}"
    );
    // Osäker 3 of 6 (not more than half) and Ja 2 of 6 (a third): a split;
    // Osäker is 2 of 3 politicians' answer and 1 of 3 in the companies: 33
    // points apart.
    let egen = reasons("kunskap.egen");
    assert!(
        matches!(&egen[..], [Reason::Split { first: (2, _), second: (1, _) }, Reason::SharesApart { option: 2, high, low, .. }]
            if close(high.1, 2.0 / 3.0) && close(low.1, 1.0 / 3.0)),
        "{egen:?}"
    );
    let row = rows
        .iter()
        .find(|r| r.topic.statement() == Some("kunskap.egen"))
        .unwrap();
    let words = row.words(&m, klarhet::text::Lang::SV);
    assert!(
        words.starts_with("50 % Osäker och 33 % Ja; Osäker: "),
        "{words}"
    );
    // No rule from a mean or consensus touches a categorical statement.
    assert!(
        !kompetens
            .iter()
            .any(|r| matches!(r, Reason::LowConsensus { .. } | Reason::Extremes { .. }))
    );
}

#[test]
fn a_challenge_with_only_categorical_statements_takes_a_note_not_an_agreed_score() {
    let m = model();
    let mut s = workshop(&m);
    let agree = Command::Agree {
        challenge: "kunskap".into(),
        severity: 50.0,
        rationale: String::new(),
        notes: String::new(),
    };
    assert_eq!(
        s.apply(&m, agree),
        Err(Problem::Scale(ScaleFault::NoAgreedScore {
            challenge: "kunskap".into()
        }))
    );
    let note = Command::Note {
        challenge: "kunskap".into(),
        notes: "Osäkerheten är stor.".into(),
    };
    give(&mut s, &m, note);
    // On the strength scale an agreed severity of 25 is the value 4.
    let agree = Command::Agree {
        challenge: "ledning".into(),
        severity: 25.0,
        rationale: String::new(),
        notes: String::new(),
    };
    give(&mut s, &m, agree);
    assert_eq!(s.agreed()["ledning"].score, 4);
}

#[test]
fn every_report_shows_the_shares_and_the_json_matches_v5() {
    let m = model();
    let s = workshop(&m);
    let md = Format::Md.render(&s, &m, &export());
    assert!(
        md.contains("Ja 2 (33 %) · Osäker 3 (50 %) · Nej 1 (17 %)"),
        "{md}"
    );
    assert!(md.contains("inget poängvärde (kategorisk skala)"), "{md}");
    assert!(md.contains("Skalan ja-osaker-nej är kategorisk"), "{md}");
    assert!(
        md.contains("Skalan instammer har sin höga ände som styrka"),
        "{md}"
    );
    assert!(md.contains("Ett påstående är omvänt"), "{md}");
    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("Ja 2 (33 %) · Osäker 3 (50 %) · Nej 1 (17 %)"));
    let csv = Format::Csv.render(&s, &m, &export());
    let head = csv.lines().next().unwrap();
    assert!(
        head.contains("antal_svar_fyra_4") && head.contains("andel_ja-osaker-nej_2"),
        "{head}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    schema::validate(klarhet::report::json::SCHEMA_VERSION, &json)
        .unwrap_or_else(|e| panic!("{e}"));
    let egen = &json["challenges"][1]["statements"][0];
    assert_eq!(egen["scale"], "ja-osaker-nej");
    assert_eq!(egen["shares"][1]["share"], 0.5);
    assert_eq!(egen["mean"], serde_json::Value::Null);
    // Its scale has no vet ej: no share of it, rather than a share of 0.
    assert_eq!(egen["unknown_share"], serde_json::Value::Null);
    assert_eq!(
        json["challenges"][1]["unknown_share"],
        serde_json::Value::Null
    );
    assert_eq!(json["assessment"]["scales"][1]["kind"], "categorical");
    assert_eq!(json["challenges"][0]["statements"][1]["reverse"], true);
}

/// The line and column where `needle` begins in `src` (1-based).
fn place_of(src: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = src
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle}"))
        .0;
    let line = src[..at].matches('\n').count() + 1;
    let col = src[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

fn refused(src: &str) -> ((usize, usize), Problem) {
    let (pos, problem) = invalid(src);
    ((pos.line, pos.col), problem)
}

#[test]
fn each_rule_of_the_scales_is_refused_at_its_place() {
    // A categorical scale of one option.
    let src = SRC.replacen(
        "                (value: 2, label: (sv: \"Osäker\", en: \"Unsure\")),\n                (value: 3, label: (sv: \"Nej\", en: \"No\")),\n",
        "",
        1,
    );
    let (at, problem) = refused(&src);
    assert_eq!(problem, Problem::Scale(ScaleFault::TooShort));
    assert_eq!(at, place_of(&src, "options", 2));
    // An ordinal scale out of order: its third value is the first not above.
    let src = SRC.replacen(
        "(value: 3, label: (sv: \"Ofta\"",
        "(value: 2, label: (sv: \"Ofta\"",
        1,
    );
    let (at, problem) = refused(&src);
    assert_eq!(problem, Problem::Scale(ScaleFault::NotRising));
    assert_eq!(at, place_of(&src, "value: 2, label: (sv: \"Ofta\"", 0));
    // A categorical scale's codes used twice (its order is free).
    let src = SRC.replacen(
        "(value: 3, label: (sv: \"Nej\"",
        "(value: 1, label: (sv: \"Nej\"",
        1,
    );
    let (at, problem) = refused(&src);
    assert_eq!(
        problem,
        Problem::DuplicateId {
            kind: "option",
            id: "1".into()
        }
    );
    assert_eq!(at, place_of(&src, "value: 1, label: (sv: \"Nej\"", 0));
    let reordered = SRC.replacen(
        "(value: 1, label: (sv: \"Ja\"",
        "(value: 4, label: (sv: \"Ja\"",
        1,
    );
    assert!(Assessment::parse(&reordered, Path::new("t.ron")).is_ok());
    // Two scales with one id.
    let src = SRC.replacen("id: \"fyra\"", "id: \"instammer\"", 1);
    let (at, problem) = refused(&src);
    assert_eq!(
        problem,
        Problem::DuplicateId {
            kind: "scale",
            id: "instammer".into()
        }
    );
    assert_eq!(at, place_of(&src, "\"instammer\"", 1));
    // A scale named that the model lacks.
    let src = SRC.replacen("scale: Some(\"fyra\")", "scale: Some(\"fem\")", 1);
    let (at, problem) = refused(&src);
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind: "scale",
            id: "fem".into()
        }
    );
    assert_eq!(at, place_of(&src, "scale: Some(\"fem\")", 0));
    // A categorical statement reverse-coded.
    let src = SRC.replacen(
        "scale: Some(\"ja-osaker-nej\"),\n                ),",
        "scale: Some(\"ja-osaker-nej\"),\n                    reverse: true,\n                ),",
        1,
    );
    let (at, problem) = refused(&src);
    assert_eq!(
        problem,
        Problem::Scale(ScaleFault::ReverseCategorical {
            statement: "ledning.kompetens".into()
        })
    );
    // The second `reverse`: the first is the ordinal statement's, allowed.
    assert_eq!(at, place_of(&src, "reverse: true,\n                ),", 1));
    // An ordinal statement in a challenge whose own scale is categorical.
    let src = SRC.replacen(
        "source: \"§4.2\",\n                ),\n            ],\n        ),\n    ],",
        "source: \"§4.2\",\n                    scale: Some(\"fyra\"),\n                ),\n            ],\n        ),\n    ],",
        1,
    );
    let (at, problem) = refused(&src);
    assert_eq!(
        problem,
        Problem::Scale(ScaleFault::AgreedScale {
            challenge: "kunskap".into()
        })
    );
    assert_eq!(at, place_of(&src, "\"kunskap\"", 0));
}

#[test]
fn the_errors_are_in_swedish_and_english_with_file_line_and_column() {
    let src = SRC.replacen("scale: Some(\"fyra\")", "scale: Some(\"fem\")", 1);
    let err = Assessment::parse(&src, Path::new("skalor.ron")).unwrap_err();
    let (line, col) = place_of(&src, "scale: Some(\"fem\")", 0);
    let sv = err.render(klarhet::text::Lang::SV);
    let en = err.render(klarhet::text::Lang::EN);
    assert!(sv.starts_with(&format!("skalor.ron:{line}:{col}:")), "{sv}");
    assert!(sv.contains("en skala i modellen"), "{sv}");
    assert!(en.contains("a scale of the model"), "{en}");
}

#[test]
fn the_matteby_models_scale_reads_as_a_strength_scale() {
    let src = include_str!("../fixtures/models/matteby-scale.ron");
    let scale: klarhet::model::assessment::Scale =
        ron::from_str(src).expect("Matteby's scale reads");
    assert_eq!(scale.id, "instammer");
    assert_eq!(scale.high, klarhet::model::assessment::Pole::Strength);
    assert!(!scale.is_categorical() && scale.unknown.is_some());
    // "Stämmer helt" on a strength is no need for development at all.
    assert_eq!(scale.score(scale.high, 5.0), 0.0);
}

#[test]
fn the_wihlborg_models_categorical_scale_reads_without_vet_ej() {
    let src = include_str!("../fixtures/models/wihlborg-scales.ron");
    let scales: Vec<klarhet::model::assessment::Scale> =
        ron::from_str(src).expect("Wihlborg's scales read");
    let [scale] = &scales[..] else {
        panic!("{scales:?}")
    };
    assert_eq!(scale.id, "ja-osaker-nej");
    assert!(scale.is_categorical() && scale.unknown.is_none());
    let labels: Vec<&str> = scale
        .options
        .iter()
        .map(|o| o.label.get(klarhet::text::Lang::SV))
        .collect();
    assert_eq!(labels, ["Ja", "Osäker", "Nej"]);
}
