//! The shipped Halmstad model, the rules every model must keep, and models of
//! other shapes that must load with no code change.

use crate::common;
use common::{halmstad, invalid};
use klarhet::error::Problem;
use klarhet::model::Assessment;
use klarhet::model::assessment::HALMSTAD_RON;
use std::path::Path;

#[test]
fn the_shipped_model_has_the_reports_structure() {
    let m = halmstad();
    let ids: Vec<&str> = m.challenges.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "otydlighet",
            "obalans",
            "vaghet",
            "ojämlikhet",
            "desintegration",
            "hot"
        ]
    );
    for c in &m.challenges {
        assert!(
            (3..=5).contains(&c.statements.len()),
            "{} has {}",
            c.id,
            c.statements.len()
        );
        for s in &c.statements {
            assert!(s.source.starts_with('§'), "{} has no section", s.id);
            assert!(
                !s.text.in_language("sv").unwrap().is_empty()
                    && !s.text.in_language("en").unwrap().is_empty()
            );
        }
        assert!(
            !c.heading.in_language("sv").unwrap().is_empty()
                && !c.description.in_language("en").unwrap().is_empty()
        );
    }
    assert_eq!(
        m.challenge("otydlighet")
            .unwrap()
            .heading
            .in_language("sv")
            .unwrap(),
        "Otydligheter avseende digitalisering"
    );

    let causal = m.causal.as_ref().unwrap();
    assert!(causal.cycle);
    let path: Vec<(&str, &str)> = causal
        .links
        .iter()
        .map(|l| (l.from.as_str(), l.to.as_str()))
        .collect();
    assert_eq!(
        path,
        [
            ("otydlighet", "obalans"),
            ("obalans", "vaghet"),
            ("vaghet", "ojämlikhet"),
            ("ojämlikhet", "desintegration"),
            ("desintegration", "hot"),
            ("hot", "otydlighet"),
        ]
    );

    let principles: Vec<&str> = m.principles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        principles,
        ["transparens", "balansering", "tydlighet", "dialog"]
    );
    assert_eq!(m.recommendations.len(), 19);
    let count = |p: Option<&str>| {
        m.recommendations
            .iter()
            .filter(|r| r.principle.as_deref() == p)
            .count()
    };
    assert_eq!(
        [
            count(None),
            count(Some("transparens")),
            count(Some("balansering")),
            count(Some("tydlighet")),
            count(Some("dialog"))
        ],
        [2, 3, 6, 6, 2]
    );
    for r in &m.recommendations {
        assert!(!r.addresses.is_empty());
        assert!(r.source.starts_with("§4.2"), "{}", r.id);
    }
    let steps = |id: &str| m.recommendation(id).unwrap().steps.len();
    assert!(steps("tydlighet.inventera-styrdokument") > 0);
    assert!(steps("transparens.alternativkostnad") > 0);
    assert!(steps("tydlighet.utbildning-dialog") > 0);

    let levels = m.levels.as_ref().unwrap();
    let numbers: Vec<u32> = levels.steps.iter().map(|l| l.level).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    assert!(
        levels.steps[3]
            .description
            .in_language("sv")
            .unwrap()
            .contains("DiMiOS")
    );
}

/// The 1-based line on which `needle` first stands in `src`.
fn line_of(src: &str, needle: &str) -> usize {
    src[..src.find(needle).expect("needle in source")]
        .lines()
        .count()
        + usize::from(src[..src.find(needle).unwrap()].ends_with('\n'))
}

fn replace_once(needle: &str, with: &str) -> String {
    assert!(HALMSTAD_RON.contains(needle), "{needle}");
    HALMSTAD_RON.replacen(needle, with, 1)
}

#[test]
fn an_unknown_field_names_its_line_and_column() {
    let version = format!("    version: \"{}\",", halmstad().version);
    let src = replace_once(&version, &format!("{version}\n    colour: \"blå\","));
    let (pos, problem) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "colour:"));
    let msg = problem.describe(klarhet::text::Lang::EN);
    assert!(msg.contains("colour"), "{msg}");
}

#[test]
fn a_syntax_error_says_what_was_expected() {
    let src = replace_once("id: \"obalans\",", "id: \"obalans\"");
    let (pos, problem) = invalid(&src);
    assert!(pos.line >= line_of(&src, "id: \"obalans\""));
    assert!(
        matches!(&problem, Problem::Syntax(s) if matches!(**s, klarhet::error::Syntax::Expected(_))),
        "{problem:?}"
    );
}

#[test]
fn a_duplicate_id_points_at_the_second_one() {
    let src = replace_once("id: \"obalans.mandat\"", "id: \"obalans.konsensus\"");
    let (pos, problem) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "id: \"obalans.konsensus\"") + 5);
    assert_eq!(
        problem,
        Problem::DuplicateId {
            kind: "statement",
            id: "obalans.konsensus".into()
        }
    );
}

#[test]
fn a_dangling_id_points_at_the_reference() {
    let src = replace_once(
        "addresses: [\"vaghet\", \"hot\"]",
        "addresses: [\"vaghet\", \"hott\"]",
    );
    let (pos, problem) = invalid(&src);
    let line = line_of(&src, "\"hott\"");
    assert_eq!(pos.line, line);
    let col = src.lines().nth(line - 1).unwrap().find("\"hott\"").unwrap() + 1;
    assert_eq!(pos.col, col);
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind: "challenge",
            id: "hott".into()
        }
    );

    let src = replace_once("principle: Some(\"dialog\")", "principle: Some(\"samtal\")");
    let (pos, problem) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "\"samtal\""));
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind: "principle",
            id: "samtal".into()
        }
    );
}

#[test]
fn a_recommendation_that_addresses_nothing_is_refused() {
    let src = replace_once("addresses: [\"vaghet\", \"hot\"]", "addresses: []");
    let (pos, problem) = invalid(&src);
    assert_eq!(
        pos.line,
        line_of(&src, "id: \"overgripande.riktning-och-takt\"")
    );
    assert_eq!(
        problem,
        Problem::AddressesNothing {
            id: "overgripande.riktning-och-takt".into()
        }
    );
}

#[test]
fn a_circle_that_misses_or_repeats_a_challenge_is_refused() {
    let hot_link = "from: \"hot\",\n                to: \"otydlighet\",";
    let obalans_link = "from: \"obalans\",\n                to: \"vaghet\",";
    // hot → obalans instead of hot → otydlighet: obalans is entered twice.
    let src = replace_once(hot_link, "from: \"hot\",\n                to: \"obalans\",");
    let (pos, problem) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "from: \"hot\"") + 1);
    assert!(matches!(problem, Problem::BrokenCycle(_)), "{problem:?}");

    // Two small loops: otydlighet ⇄ obalans, and vaghet → … → hot → vaghet.
    let src = replace_once(
        obalans_link,
        "from: \"obalans\",\n                to: \"otydlighet\",",
    );
    let src = src.replacen(
        hot_link,
        "from: \"hot\",\n                to: \"vaghet\",",
        1,
    );
    let (pos, problem) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "causal:"));
    assert!(
        matches!(
            problem,
            Problem::BrokenCycle(klarhet::error::CycleFault::ClosesEarly { .. })
        ),
        "{problem:?}"
    );

    // A challenge left off the circle.
    let src = replace_once(
        hot_link,
        "from: \"desintegration\",\n                to: \"otydlighet\",",
    );
    let (_, problem) = invalid(&src);
    assert!(matches!(problem, Problem::BrokenCycle(_)), "{problem:?}");
}

const SMALL: &str = r#"
Assessment(
    id: "ja-nej", version: "1", title: (sv: "Test", en: "Test"),
    source: (citation: "Wihlborg m.fl. 2021", summary: (sv: "s", en: "s")),
    scale: (
        options: [
            (value: 0, label: (sv: "Nej", en: "No")),
            (value: 1, label: (sv: "Osäker", en: "Unsure")),
            (value: 2, label: (sv: "Ja", en: "Yes")),
        ],
        unknown: None,
    ),
    challenges: [
        (id: "a", name: (sv: "A", en: "A"), heading: (sv: "A", en: "A"), description: (sv: "A", en: "A"), source: "§1",
         statements: [(id: "a.1", text: (sv: "Å", en: "A"), source: "§1")]),
        (id: "b", name: (sv: "B", en: "B"), heading: (sv: "B", en: "B"), description: (sv: "B", en: "B"), source: "§1",
         statements: [(id: "b.1", text: (sv: "Ä", en: "B"), source: "§1")]),
        (id: "c", name: (sv: "C", en: "C"), heading: (sv: "C", en: "C"), description: (sv: "C", en: "C"), source: "§1",
         statements: [(id: "c.1", text: (sv: "Ö", en: "C"), source: "§1")]),
    ],
    causal: LINKS,
    principles: [(id: "p", name: (sv: "P", en: "P"), description: (sv: "P", en: "P"), source: "§2")],
    recommendations: [
        (id: "r", principle: Some("p"), text: (sv: "R", en: "R"), addresses: ["a", "c"], source: "§2", steps: []),
    ],
    levels: LEVELS,
)
"#;

#[test]
fn other_shapes_of_model_load_without_code_changes() {
    let chain = r#"Some((name: (sv: "K", en: "C"), source: "§3", cycle: false, links: [
        (from: "a", to: "b", text: (sv: "x", en: "x"), source: "§3"), (from: "a", to: "c", text: (sv: "y", en: "y"), source: "§3")]))"#;
    let five_levels = r#"Some((name: (sv: "Steg", en: "Steps"), source: "§4", steps: [
        (level: 0, name: (sv: "0", en: "0"), description: (sv: "d", en: "d")),
        (level: 1, name: (sv: "1", en: "1"), description: (sv: "d", en: "d")),
        (level: 2, name: (sv: "2", en: "2"), description: (sv: "d", en: "d")),
        (level: 3, name: (sv: "3", en: "3"), description: (sv: "d", en: "d")),
        (level: 4, name: (sv: "4", en: "4"), description: (sv: "d", en: "d"))]))"#;
    for (links, levels) in [(chain, five_levels), ("None", "None")] {
        let src = SMALL.replace("LINKS", links).replace("LEVELS", levels);
        let m = Assessment::parse(&src, Path::new("small.ron")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m.challenges.len(), 3);
        assert_eq!(m.scale.width(), 2.0);
    }
}

#[test]
fn a_non_cycle_with_a_self_link_is_refused() {
    let links = r#"Some((name: (sv: "K", en: "C"), source: "§3", cycle: false, links: [
        (from: "b", to: "b", text: (sv: "x", en: "x"), source: "§3")]))"#;
    let src = SMALL.replace("LINKS", links).replace("LEVELS", "None");
    let (pos, _) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "(from: \"b\""));
}

#[test]
fn a_link_without_a_source_is_refused() {
    let links = r#"Some((name: (sv: "K", en: "C"), source: "§3", cycle: false, links: [
        (from: "a", to: "b", text: (sv: "x", en: "x"))]))"#;
    let src = SMALL.replace("LINKS", links).replace("LEVELS", "None");
    let (pos, _) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "(from: \"a\""));
}

#[test]
fn a_principle_or_step_without_a_source_is_refused_where_it_stands() {
    let src = SMALL
        .replace("LINKS", "None")
        .replace("LEVELS", "None")
        .replace(
            r#"description: (sv: "P", en: "P"), source: "§2")"#,
            r#"description: (sv: "P", en: "P"), source: " ")"#,
        );
    let (pos, _) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "principles: [(id: \"p\""));
    let src = SMALL
        .replace("LINKS", "None")
        .replace("LEVELS", "None")
        .replace(
            "steps: []",
            r#"steps: [(text: (sv: "S", en: "S"), source: "")]"#,
        );
    let (pos, _) = invalid(&src);
    assert_eq!(pos.line, line_of(&src, "(id: \"r\""));
}
