//! The rules for a model's open prompts, phases, alternatives, reference
//! figures and the sources of a ladder's levels (issue 28): each rule refuses
//! a small model that breaks it, with its problem, at the place of the fault.

use crate::common;
use common::constructs::{at, small_model};
use common::invalid;
use klarhet::error::{ConstructFault, Problem};
use klarhet::model::Assessment;
use klarhet::model::assessment::Beside;
use klarhet::model::assessment::HALMSTAD_RON;
use klarhet::text::Lang;
use std::path::Path;

/// A scale of three answers and vet ej.
const WITH_UNKNOWN: &str = r#"(
        options: [
            (value: 1, label: (sv: "Ja", en: "Yes")),
            (value: 2, label: (sv: "Osäker", en: "Unsure")),
            (value: 3, label: (sv: "Nej", en: "No")),
        ],
        unknown: Some((sv: "Vet ej", en: "Don't know")),
    )"#;

/// A small model on `scale` with `blocks`.
fn model(scale: &str, blocks: &str) -> String {
    small_model(scale, blocks)
}

/// Parses `src`, which must be valid.
fn valid(src: &str) -> Assessment {
    Assessment::parse(src, Path::new("test.ron")).unwrap_or_else(|e| panic!("{e}"))
}

/// Checks that `src` is refused with `problem` at the `nth` `needle`.
fn refused(src: &str, needle: &str, nth: usize, problem: Problem) {
    assert_eq!(invalid(src), (at(src, needle, nth), problem));
}

/// `src` with `from` replaced once by `to`, which must change it.
fn with(src: &str, from: &str, to: &str) -> String {
    assert!(src.contains(from), "{from:?} is not in the model");
    src.replacen(from, to, 1)
}

fn fault(f: ConstructFault) -> Problem {
    Problem::from(f)
}

fn dup(kind: &'static str, id: &str) -> Problem {
    Problem::DuplicateId {
        kind,
        id: id.into(),
    }
}

fn unsourced(kind: &'static str, id: &str) -> Problem {
    Problem::WithoutSource {
        kind,
        id: id.into(),
    }
}

const PROMPTS: &str = r#"    prompts: [
        (
            id: "forst",
            name: (sv: "Först", en: "First"),
            source: "§1",
            after: "model",
            intro: Some((text: (sv: "I", en: "I"), source: "§1")),
            prompts: [
                (id: "forst.a", text: (sv: "A?", en: "A?"), source: "§1"),
                (id: "forst.b", text: (sv: "B?", en: "B?"), source: "§1", own: true),
            ],
        ),
        (
            id: "sedan",
            name: (sv: "Sedan", en: "Then"),
            source: "§2",
            after: "forst",
            prompts: [
                (id: "sedan.a", text: (sv: "C?", en: "C?"), source: "§2"),
            ],
        ),
    ],
"#;

#[test]
fn prompt_sets_are_steps_after_the_step_they_name_and_after_each_other() {
    let m = valid(&model(WITH_UNKNOWN, PROMPTS));
    assert_eq!(
        m.step_keys(),
        [
            "setup",
            "participants",
            "model",
            "forst",
            "sedan",
            "scoring",
            "queue",
            "summary"
        ]
    );
    assert!(m.has_step("sedan") && !m.has_step("circle"));
    assert!(m.prompts[0].prompts[1].own && !m.prompts[0].prompts[0].own);
}

#[test]
fn a_prompt_set_without_prompts_is_refused_at_its_id() {
    let src = model(WITH_UNKNOWN, PROMPTS);
    let src = with(
        &src,
        r#"                (id: "sedan.a", text: (sv: "C?", en: "C?"), source: "§2"),
"#,
        "",
    );
    let id = "sedan".to_owned();
    refused(
        &src,
        "\"sedan\"",
        0,
        fault(ConstructFault::EmptyPromptSet { id }),
    );
}

#[test]
fn a_prompt_set_after_a_step_the_model_lacks_is_refused_there_naming_its_steps() {
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"after: "forst""#,
        r#"after: "circle""#,
    );
    let (pos, problem) = invalid(&src);
    assert_eq!(pos, at(&src, "\"circle\"", 0));
    let Problem::Construct(found) = &problem else {
        panic!("{problem:?}");
    };
    let ConstructFault::PromptAfter { id, after, steps } = found.as_ref() else {
        panic!("{problem:?}");
    };
    assert_eq!((id.as_str(), after.as_str()), ("sedan", "circle"));
    assert!(steps.contains(&"forst".to_owned()) && !steps.contains(&"circle".to_owned()));
    let words = problem.describe(Lang::SV);
    assert!(
        words.contains("\"circle\"") && words.contains("forst"),
        "{words}"
    );
}

#[test]
fn prompt_sets_that_wait_for_each_other_are_refused_as_a_loop() {
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"after: "model""#,
        r#"after: "sedan""#,
    );
    let id = "forst".to_owned();
    refused(
        &src,
        "\"forst\"",
        0,
        fault(ConstructFault::PromptLoop { id }),
    );
    let own = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"after: "model""#,
        r#"after: "forst""#,
    );
    let (_, problem) = invalid(&own);
    assert_eq!(
        problem,
        fault(ConstructFault::PromptLoop { id: "forst".into() })
    );
}

#[test]
fn a_prompt_set_named_as_a_built_in_step_or_as_another_set_is_refused() {
    // `area:…` is the key of the phases' questions about an area.
    for step in [
        "queue",
        "phases",
        "alternatives",
        "start",
        "area:styrning:fas",
    ] {
        let quoted = format!("\"{step}\"");
        let src = model(WITH_UNKNOWN, PROMPTS).replace("\"forst\"", &quoted);
        refused(&src, &quoted, 0, dup("step", step));
    }
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"id: "sedan""#,
        r#"id: "forst""#,
    );
    refused(&src, "\"forst\"", 1, dup("step", "forst"));
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"id: "sedan.a""#,
        r#"id: "forst.a""#,
    );
    refused(&src, "\"forst.a\"", 1, dup("prompt", "forst.a"));
}

#[test]
fn a_prompt_or_a_set_without_a_source_is_refused_at_its_id() {
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"source: "§1", own: true"#,
        r#"source: " ", own: true"#,
    );
    refused(&src, "\"forst.b\"", 0, unsourced("prompt", "forst.b"));
    let src = with(
        &model(WITH_UNKNOWN, PROMPTS),
        r#"en: "I"), source: "§1""#,
        r#"en: "I"), source: """#,
    );
    refused(&src, "\"forst\"", 0, unsourced("prompt-set", "forst"));
}

const PHASES: &str = r#"    phases: Some((
        name: (sv: "Faser", en: "Phases"),
        source: "§4",
        about: [(text: (sv: "Inte ett facit", en: "Not an answer key"), source: "§4.5")],
        area: (
            one: (sv: "område", en: "area"),
            many: (sv: "områden", en: "areas"),
            the_one: (sv: "området", en: "the area"),
            the_many: (sv: "områdena", en: "the areas"),
        ),
        areas: [(id: "styrning", name: (sv: "Styrning", en: "Governance"), source: "§4.2", own: true)],
        aspects: [
            (id: "kannetecken", name: (sv: "Kännetecken", en: "Characteristics"), source: "§4.1"),
            (id: "misstag", name: (sv: "Misstag", en: "Mistake"), source: "§4.1"),
        ],
        steps: [
            (
                id: "initiering",
                number: 1,
                name: (sv: "Initiering", en: "Initiation"),
                heading: (sv: "H", en: "H"),
                source: "§4.1",
                aspects: [
                    (aspect: "kannetecken", text: (sv: "K1", en: "K1"), source: "§4.1",
                     ask: [(text: (sv: "F?", en: "Q?"), source: "§4.1", own: true)]),
                    (aspect: "misstag", text: (sv: "M1", en: "M1"), source: "§4.1"),
                ],
                risk: Some((text: (sv: "R", en: "R"), source: "§4.1")),
            ),
            (
                id: "mobilisering",
                number: 2,
                name: (sv: "Mobilisering", en: "Mobilisation"),
                heading: (sv: "H", en: "H"),
                source: "§4.2",
                aspects: [
                    (aspect: "kannetecken", text: (sv: "K2", en: "K2"), source: "§4.2"),
                    (aspect: "misstag", text: (sv: "M2", en: "M2"), source: "§4.2"),
                ],
            ),
        ],
    )),
"#;

#[test]
fn phases_are_a_step_of_their_own_and_keep_their_words() {
    let m = valid(&model(WITH_UNKNOWN, PHASES));
    assert_eq!(
        m.step_keys(),
        [
            "setup",
            "participants",
            "model",
            "scoring",
            "queue",
            "phases",
            "summary"
        ]
    );
    let phases = m.phases.as_ref().unwrap();
    assert_eq!(phases.area.the_many.get(Lang::SV), "områdena");
    assert_eq!(phases.phase("mobilisering").map(|p| p.number), Some(2));
    assert!(phases.steps[1].risk.is_none() && phases.areas[0].own);
    // A model without phases writes none: Halmstad's serialisation is as before.
    let halmstad = ron::to_string(&common::halmstad()).unwrap();
    assert!(!halmstad.contains("phases") && !halmstad.contains("own_name"));
}

#[test]
fn phases_without_a_phase_or_an_aspect_are_refused() {
    let src = model(WITH_UNKNOWN, PHASES);
    let (from, to) = (
        src.find("        steps: [").unwrap(),
        src.find("    )),").unwrap(),
    );
    let none = format!("{}        steps: [],\n{}", &src[..from], &src[to..]);
    refused(&none, "steps", 0, fault(ConstructFault::NoPhases));
    let src = with(
        &src,
        r#"            (id: "kannetecken", name: (sv: "Kännetecken", en: "Characteristics"), source: "§4.1"),
            (id: "misstag", name: (sv: "Misstag", en: "Mistake"), source: "§4.1"),
"#,
        "",
    );
    refused(&src, "phases", 0, fault(ConstructFault::NoAspects));
}

#[test]
fn a_phase_id_or_number_given_twice_is_refused_at_the_second() {
    let src = with(
        &model(WITH_UNKNOWN, PHASES),
        r#"id: "mobilisering""#,
        r#"id: "initiering""#,
    );
    refused(&src, "\"initiering\"", 1, dup("phase", "initiering"));
    let src = with(&model(WITH_UNKNOWN, PHASES), "number: 2", "number: 1");
    refused(&src, "number", 1, dup("phase", "1"));
    let src = with(
        &model(WITH_UNKNOWN, PHASES),
        r#"(id: "misstag""#,
        r#"(id: "kannetecken""#,
    );
    refused(&src, "\"kannetecken\"", 1, dup("aspect", "kannetecken"));
}

#[test]
fn a_phase_gives_every_aspect_exactly_once_and_no_other() {
    let base = model(WITH_UNKNOWN, PHASES);
    let missing = with(
        &base,
        r#"                    (aspect: "misstag", text: (sv: "M2", en: "M2"), source: "§4.2"),
"#,
        "",
    );
    let expected = |aspect: &str, again| {
        let (phase, aspect) = ("mobilisering".into(), aspect.into());
        fault(ConstructFault::PhaseAspect {
            phase,
            aspect,
            again,
        })
    };
    refused(&missing, "\"mobilisering\"", 0, expected("misstag", false));
    let twice = with(
        &base,
        r#"(aspect: "misstag", text: (sv: "M2""#,
        r#"(aspect: "kannetecken", text: (sv: "M2""#,
    );
    refused(&twice, "\"kannetecken\"", 3, expected("kannetecken", true));
    let words = expected("kannetecken", true).describe(Lang::SV);
    assert!(words.contains("två gånger"), "{words}");
    let other = with(
        &base,
        r#"(aspect: "misstag", text: (sv: "M2""#,
        r#"(aspect: "ledning", text: (sv: "M2""#,
    );
    let id = "ledning".to_owned();
    refused(
        &other,
        "\"ledning\"",
        0,
        Problem::DanglingId { kind: "aspect", id },
    );
}

#[test]
fn every_text_of_the_phases_says_where_it_comes_from() {
    let base = model(WITH_UNKNOWN, PHASES);
    let src = with(&base, r#"source: "§4.5")"#, r#"source: "")"#);
    refused(&src, "phases", 0, unsourced("phases", "Faser"));
    let src = with(
        &base,
        r#"source: "§4.2", own: true"#,
        r#"source: "", own: true"#,
    );
    refused(&src, "\"styrning\"", 0, unsourced("area", "styrning"));
    let src = with(
        &base,
        r#"en: "Mistake"), source: "§4.1""#,
        r#"en: "Mistake"), source: """#,
    );
    refused(&src, "\"misstag\"", 0, unsourced("aspect", "misstag"));
    let src = with(
        &base,
        r#"en: "R"), source: "§4.1""#,
        r#"en: "R"), source: " ""#,
    );
    refused(&src, "\"initiering\"", 0, unsourced("phase", "initiering"));
    let src = with(
        &base,
        r#"en: "Q?"), source: "§4.1""#,
        r#"en: "Q?"), source: """#,
    );
    let id = "initiering/kannetecken";
    refused(&src, "\"kannetecken\"", 1, unsourced("aspect", id));
}

const ALTERNATIVES: &str = r#"    alternatives: Some((
        name: (sv: "Optioner", en: "Options"),
        question: (sv: "Vilken?", en: "Which?"),
        source: "§5.1",
        cumulative: true,
        items: [
            (id: "nulage", label: "I", name: (sv: "Nuläge", en: "Current"), description: (sv: "D", en: "D"), source: "§5.1",
             measures: [(text: (sv: "M1", en: "M1"), source: "§5.1")]),
            (id: "forstarkning", label: "II", name: (sv: "Förstärkning", en: "Reinforcement"), description: (sv: "D", en: "D"), source: "§5.1",
             measures: [(text: (sv: "M2", en: "M2"), source: "§5.1")]),
        ],
        without: Some((text: (sv: "Utan", en: "Without"), source: "§5.1")),
        ask: [(text: (sv: "F?", en: "Q?"), source: "§5.1", own: true)],
    )),
"#;

#[test]
fn alternatives_are_a_step_of_their_own() {
    let m = valid(&model(WITH_UNKNOWN, ALTERNATIVES));
    assert_eq!(
        m.step_keys(),
        [
            "setup",
            "participants",
            "model",
            "scoring",
            "queue",
            "alternatives",
            "summary"
        ]
    );
    let alternatives = m.alternatives.as_ref().unwrap();
    assert!(alternatives.cumulative && alternatives.without.is_some());
    assert_eq!(
        alternatives.item("forstarkning").map(|a| a.label.as_str()),
        Some("II")
    );
}

#[test]
fn fewer_than_two_alternatives_or_one_without_measures_is_refused() {
    let base = model(WITH_UNKNOWN, ALTERNATIVES);
    let (from, to) = (
        base.find("            (id: \"forstarkning\"").unwrap(),
        base.find("        ],\n        without").unwrap(),
    );
    let one = format!("{}{}", &base[..from], &base[to..]);
    let expected = fault(ConstructFault::TooFewAlternatives);
    refused(&one, "alternatives", 0, expected);
    let src = with(
        &base,
        r#"measures: [(text: (sv: "M2", en: "M2"), source: "§5.1")]"#,
        "measures: []",
    );
    let id = "forstarkning".to_owned();
    refused(
        &src,
        "\"forstarkning\"",
        0,
        fault(ConstructFault::NoMeasures { id }),
    );
}

#[test]
fn alternatives_are_told_apart_by_id_and_by_label() {
    let base = model(WITH_UNKNOWN, ALTERNATIVES);
    let src = with(&base, r#"label: "II""#, r#"label: "I""#);
    refused(&src, "\"I\"", 1, dup("alternative", "I"));
    let src = with(&base, r#"id: "forstarkning""#, r#"id: "nulage""#);
    refused(&src, "\"nulage\"", 1, dup("alternative", "nulage"));
}

#[test]
fn every_text_of_the_alternatives_says_where_it_comes_from() {
    let base = model(WITH_UNKNOWN, ALTERNATIVES);
    let src = with(
        &base,
        r#"en: "M2"), source: "§5.1""#,
        r#"en: "M2"), source: """#,
    );
    refused(
        &src,
        "\"forstarkning\"",
        0,
        unsourced("alternative", "forstarkning"),
    );
    let src = with(
        &base,
        r#"en: "Without"), source: "§5.1""#,
        r#"en: "Without"), source: """#,
    );
    refused(
        &src,
        "alternatives",
        0,
        unsourced("alternatives", "Optioner"),
    );
}

/// The references, and the grouping whose group the figure per group names.
const REFERENCES: &str = r#"    groupings: [
        (
            id: "forvaltning",
            name: (sv: "Förvaltning", en: "Administration"),
            source: "Figur 2",
            groups: [(id: "asf", name: (sv: "Arbetsmarknad", en: "Labour market"), source: "Figur 2")],
        ),
    ],
    references: [
        (
            id: "presidier",
            name: (sv: "Presidier", en: "Presidia"),
            source: "§4.2",
            beside: Statement("kompetens.tillracklig"),
            population: (sv: "Presidier", en: "Presidia"),
            n: 108,
            collected: "2019-11/2019-12",
            caution: (text: (sv: "Inget mål", en: "No target"), source: "§4.2", own: true),
            figures: [
                Count(answer: Value(1), count: 44, percent: 40.7),
                Count(answer: Value(2), count: 36, percent: 33.3),
                Count(answer: Value(3), count: 28, percent: 25.9),
            ],
        ),
        (
            id: "vet-ej",
            name: (sv: "Vet ej", en: "Don't know"),
            source: "Figur 3",
            beside: Dimension("balansering"),
            population: (sv: "Förvaltningar", en: "Administrations"),
            n: None,
            collected: None,
            caution: (text: (sv: "Självskattningar", en: "Self-ratings"), source: "§3.1"),
            figures: [
                GroupShare(group: "asf", answer: Unknown, percent: 38.3),
                Share(answer: Unknown, percent: 8.0),
            ],
        ),
    ],
"#;

/// The references with only the first, on a scale without vet ej.
fn counted_only() -> String {
    let without = WITH_UNKNOWN.replace(r#"Some((sv: "Vet ej", en: "Don't know"))"#, "None");
    let src = model(&without, REFERENCES);
    let (from, to) = (
        src.find("        (\n            id: \"vet-ej\"").unwrap(),
        src.find("    ],\n)").unwrap(),
    );
    format!("{}{}", &src[..from], &src[to..])
}

#[test]
fn references_read_with_or_without_n_and_date() {
    let m = valid(&model(WITH_UNKNOWN, REFERENCES));
    let (first, second) = (&m.references[0], &m.references[1]);
    assert_eq!(
        (first.n, first.collected.as_deref()),
        (Some(108), Some("2019-11/2019-12"))
    );
    assert_eq!((second.n, second.collected.as_deref()), (None, None));
    assert!(first.caution.own && !second.caution.own);
    let as_option = with(&model(WITH_UNKNOWN, REFERENCES), "n: 108", "n: Some(108)");
    assert_eq!(valid(&as_option).references[0].n, Some(108));
    let m = valid(&counted_only());
    assert_eq!(m.references.len(), 1);
    // Written back and read again, the references are the same.
    let again = ron::from_str::<Assessment>(&ron::to_string(&m).unwrap()).unwrap();
    assert_eq!(again.references[0].figures, m.references[0].figures);
    assert_eq!(again.references[0].n, Some(108));
}

#[test]
fn a_reference_beside_a_statement_or_dimension_the_model_lacks_is_refused_there() {
    let base = model(WITH_UNKNOWN, REFERENCES);
    let src = with(
        &base,
        r#"Statement("kompetens.tillracklig")"#,
        r#"Statement("kompetens.okand")"#,
    );
    let id = "kompetens.okand".to_owned();
    refused(
        &src,
        "\"kompetens.okand\"",
        0,
        Problem::DanglingId {
            kind: "statement",
            id,
        },
    );
    let src = with(
        &base,
        r#"Dimension("balansering")"#,
        r#"Dimension("prioritering")"#,
    );
    let id = "prioritering".to_owned();
    refused(
        &src,
        "\"prioritering\"",
        0,
        Problem::DanglingId {
            kind: "challenge",
            id,
        },
    );
}

#[test]
fn a_figure_off_the_scale_or_vet_ej_on_a_scale_without_it_is_refused_at_the_figure() {
    let base = model(WITH_UNKNOWN, REFERENCES);
    let src = with(&base, "answer: Value(2)", "answer: Value(4)");
    let statement = "kompetens.tillracklig".to_owned();
    let off = Problem::AnswerOffScale {
        statement,
        answer: Some(4),
    };
    refused(&src, "answer", 1, off);
    let without = WITH_UNKNOWN.replace(r#"Some((sv: "Vet ej", en: "Don't know"))"#, "None");
    let src = model(&without, REFERENCES);
    let statement = "balansering".to_owned();
    let off = Problem::AnswerOffScale {
        statement,
        answer: None,
    };
    refused(&src, "answer", 3, off);
}

#[test]
fn a_reference_without_n_population_or_caution_is_incomplete() {
    let base = model(WITH_UNKNOWN, REFERENCES);
    let incomplete = |id: &str, field| {
        fault(ConstructFault::ReferenceIncomplete {
            id: id.into(),
            field,
        })
    };
    let src = with(&base, "n: 108", "n: 0");
    refused(&src, "n: 0", 0, incomplete("presidier", "n"));
    let src = with(&base, "n: 108", "n: None");
    refused(&src, "n: None", 0, incomplete("presidier", "n"));
    let src = with(
        &base,
        r#"population: (sv: "Presidier", en: "Presidia")"#,
        r#"population: (sv: " ", en: "")"#,
    );
    refused(&src, "population", 0, incomplete("presidier", "population"));
    let src = with(
        &base,
        r#"text: (sv: "Självskattningar", en: "Self-ratings")"#,
        r#"text: (sv: "", en: "")"#,
    );
    refused(&src, "caution", 1, incomplete("vet-ej", "caution"));
    let words = incomplete("vet-ej", "population").describe(Lang::SV);
    assert!(
        words.contains("population: en siffra ur rapporten visas bara med vilka den gäller"),
        "{words}"
    );
}

#[test]
fn a_collection_time_that_does_not_read_is_refused_where_it_is_written() {
    for bad in ["2019-13", "nov 2019", "2019-12/2019-11"] {
        let src = with(
            &model(WITH_UNKNOWN, REFERENCES),
            r#""2019-11/2019-12""#,
            &format!("{bad:?}"),
        );
        let value = bad.to_owned();
        refused(
            &src,
            &format!("{bad:?}"),
            0,
            fault(ConstructFault::BadDate { value }),
        );
    }
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        r#""2019-11/2019-12""#,
        r#"Some("2019")"#,
    );
    assert_eq!(valid(&src).references[0].collected.as_deref(), Some("2019"));
}

#[test]
fn a_percentage_outside_0_to_100_is_refused() {
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "percent: 8.0",
        "percent: 108.0",
    );
    refused(
        &src,
        "percent",
        4,
        fault(ConstructFault::PercentRange { percent: 108.0 }),
    );
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "percent: 38.3",
        "percent: -1.0",
    );
    refused(
        &src,
        "percent",
        3,
        fault(ConstructFault::PercentRange { percent: -1.0 }),
    );
}

#[test]
fn a_count_that_is_not_its_printed_percentage_is_refused_and_said_in_figures() {
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "percent: 40.7",
        "percent: 47.0",
    );
    let mismatch = ConstructFault::FigureMismatch {
        count: 44,
        n: 108,
        percent: 47.0,
    };
    refused(&src, "percent", 0, fault(mismatch.clone()));
    assert_eq!(
        fault(mismatch.clone()).describe(Lang::SV),
        "44 av 108 = 40,7 %, inte 47,0 %"
    );
    assert_eq!(
        fault(mismatch).describe(Lang::EN),
        "44 of 108 = 40.7 %, not 47.0 %"
    );
    // Within half of the last decimal place it is the report's rounding.
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "percent: 40.7",
        "percent: 40.79",
    );
    valid(&src);
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "percent: 40.7",
        "percent: 40.8",
    );
    assert_eq!(invalid(&src).0, at(&src, "percent", 0));
    // A count above n.
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "count: 28, percent: 25.9",
        "count: 280, percent: 100.0",
    );
    let (_, problem) = invalid(&src);
    assert_eq!(
        problem,
        fault(ConstructFault::FigureMismatch {
            count: 280,
            n: 108,
            percent: 100.0
        })
    );
}

#[test]
fn counts_that_cover_the_whole_scale_add_up_to_n() {
    let src = with(
        &counted_only(),
        "count: 28, percent: 25.9",
        "count: 27, percent: 25.0",
    );
    let sum = ConstructFault::FiguresDontSum { sum: 107, n: 108 };
    refused(&src, "figures", 0, fault(sum));
    // With vet ej on the scale, the three counts do not cover it: no sum is asked.
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        "count: 28, percent: 25.9",
        "count: 27, percent: 25.0",
    );
    valid(&src);
}

#[test]
fn a_reference_without_a_source_is_refused_at_its_id() {
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        r#"source: "§3.1"),"#,
        r#"source: ""),"#,
    );
    refused(&src, "\"vet-ej\"", 0, unsourced("reference", "vet-ej"));
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        r#"source: "Figur 3""#,
        r#"source: " ""#,
    );
    refused(&src, "\"vet-ej\"", 0, unsourced("reference", "vet-ej"));
    let src = with(
        &model(WITH_UNKNOWN, REFERENCES),
        r#"id: "vet-ej""#,
        r#"id: "presidier""#,
    );
    refused(&src, "\"presidier\"", 1, dup("reference", "presidier"));
}

/// The references with the first for one group and with the report's own
/// question; `group` and `asked` as the model file writes them.
fn for_one_group(group: &str, asked: &str) -> String {
    with(
        &model(WITH_UNKNOWN, REFERENCES),
        "            n: 108,\n",
        &format!(
            "            group: Some({group:?}),\n            asked: Some({asked}),\n            n: 108,\n"
        ),
    )
}

const ASKED: &str =
    r#"(text: (sv: "Leder du KF?", en: "Do you lead the council?"), source: "§4.2")"#;

#[test]
fn a_reference_for_one_group_with_the_reports_question_reads() {
    let m = valid(&for_one_group("asf", ASKED));
    let r = &m.references[0];
    assert_eq!(r.group.as_deref(), Some("asf"));
    let asked = r.asked.as_ref().expect("asked");
    assert_eq!(
        (asked.text.get(Lang::SV), asked.source.as_str(), asked.own),
        ("Leder du KF?", "§4.2", false)
    );
    assert!(m.references[1].group.is_none() && m.references[1].asked.is_none());
}

#[test]
fn a_reference_for_a_group_the_model_lacks_is_refused_at_the_group() {
    let src = for_one_group("okand", ASKED);
    let id = "okand".to_owned();
    let problem = Problem::DanglingId { kind: "group", id };
    refused(&src, "\"okand\"", 0, problem);
    // A figure per group that names the same missing group is placed at its
    // own, not at the reference's.
    let src = with(
        &for_one_group("asf", ASKED),
        r#"GroupShare(group: "asf""#,
        r#"GroupShare(group: "okand""#,
    );
    let id = "okand".to_owned();
    refused(
        &src,
        "\"okand\"",
        0,
        Problem::DanglingId { kind: "group", id },
    );
}

#[test]
fn the_reports_question_without_a_source_is_refused_at_it() {
    let blank = ASKED.replace(r#"source: "§4.2""#, r#"source: " ""#);
    let src = for_one_group("asf", &blank);
    refused(&src, "asked", 0, unsourced("reference", "presidier"));
}

#[test]
fn the_reports_question_without_its_words_is_incomplete() {
    let blank = ASKED.replace("Do you lead the council?", " ");
    let src = for_one_group("asf", &blank);
    let fault = ConstructFault::ReferenceIncomplete {
        id: "presidier".into(),
        field: "asked",
    };
    refused(&src, "asked", 0, Problem::from(fault.clone()));
    let words = Problem::from(fault).describe(Lang::SV);
    assert!(words.contains("rapportens fråga"), "{words}");
    // In a language the model lacks, or without one it has, it is refused
    // as every other text of the model.
    let src = for_one_group(
        "asf",
        &ASKED.replace(r#", en: "Do you lead the council?""#, ""),
    );
    assert_eq!(
        invalid(&src).1,
        Problem::Syntax(Box::new(klarhet::error::Syntax::MissingTranslation(
            "en".into()
        )))
    );
}

#[test]
fn a_ladder_that_names_a_levels_source_names_every_levels() {
    let sourced = with(
        HALMSTAD_RON,
        "level: 1,",
        "level: 1, source: \"§4.1 Ojämlighet\",",
    );
    refused(&sourced, "level: ", 1, unsourced("level", "2"));
    let own = with(HALMSTAD_RON, "level: 1,", "level: 1, own_name: true,");
    refused(&own, "level: ", 0, unsourced("level", "1"));
    // Every level sourced, Halmstad's ladder reads, and writes what it read.
    let mut all = HALMSTAD_RON.to_owned();
    for level in 1..=4 {
        let at = format!("level: {level},");
        all = with(
            &all,
            &at,
            &format!("{at} source: \"§4.1 Ojämlighet\", own_name: true,"),
        );
    }
    let ladder = valid(&all).levels.unwrap();
    assert!(
        ladder
            .steps
            .iter()
            .all(|l| l.own_name && l.source == "§4.1 Ojämlighet")
    );
}

/// A recommendation tied to both phases of [`PHASES`], the first by klarhet's reading.
const TIED: &str = r#"recommendations: [
        (
            id: "styrning-efter-fas",
            principle: None,
            text: (sv: "Styr efter fas", en: "Govern by phase"),
            addresses: ["balansering"],
            addresses_own: true,
            phases: [
                (phase: "initiering", source: "§5.2 (tidigt)", own: true),
                (phase: "mobilisering", source: "§5.6"),
            ],
            source: "§5.6",
            steps: [],
        ),
    ],"#;

#[test]
fn a_recommendation_is_tied_only_to_phases_the_model_has_once_each_with_a_source() {
    let base = model(WITH_UNKNOWN, PHASES).replacen("recommendations: [],", TIED, 1);
    let m = valid(&base);
    let rec = &m.recommendations[0];
    assert!(rec.addresses_own && rec.phases[0].own && !rec.phases[1].own);
    let ties: Vec<&str> = rec.phases.iter().map(|t| t.phase.as_str()).collect();
    assert_eq!(ties, ["initiering", "mobilisering"]);

    let dangling = |id: &str| Problem::DanglingId {
        kind: "phase",
        id: id.into(),
    };
    let src = with(
        &base,
        r#"(phase: "mobilisering""#,
        r#"(phase: "stabilisering""#,
    );
    refused(&src, "\"stabilisering\"", 0, dangling("stabilisering"));
    let src = with(
        &base,
        r#"(phase: "mobilisering""#,
        r#"(phase: "initiering""#,
    );
    refused(&src, "\"initiering\"", 1, dup("phase", "initiering"));
    let src = with(&base, r#"source: "§5.2 (tidigt)""#, r#"source: """#);
    refused(
        &src,
        "\"initiering\"",
        0,
        unsourced("recommendation", "styrning-efter-fas"),
    );
    // Without phases, a tie names a phase the model lacks.
    let src = model(WITH_UNKNOWN, "").replacen("recommendations: [],", TIED, 1);
    refused(&src, "\"initiering\"", 0, dangling("initiering"));
}

#[test]
fn a_model_with_every_construct_is_written_and_read_back_the_same() {
    let blocks = [PHASES, ALTERNATIVES, PROMPTS, REFERENCES].concat();
    let src = model(WITH_UNKNOWN, &blocks).replacen("recommendations: [],", TIED, 1);
    let m = valid(&src);
    let written = ron::ser::to_string_pretty(&m, ron::ser::PrettyConfig::default()).unwrap();
    let again = valid(&written);
    let rewritten = ron::ser::to_string_pretty(&again, ron::ser::PrettyConfig::default()).unwrap();
    assert_eq!(rewritten, written);
    // What was written is what was read, not only stable.
    for part in [
        "own: true",
        "Some(108)",
        "GroupShare(",
        "cumulative: true",
        "own_name",
        "addresses_own: true",
    ] {
        assert_eq!(written.contains(part), part != "own_name", "{part}");
    }
    assert_eq!(again.step_keys(), m.step_keys());
    assert_eq!(
        m.step_keys(),
        [
            "setup",
            "participants",
            "model",
            "forst",
            "sedan",
            "scoring",
            "queue",
            "phases",
            "recommendations",
            "alternatives",
            "plan",
            "summary"
        ]
    );
}

#[test]
fn an_id_another_kind_also_uses_is_placed_at_its_own_occurrence() {
    // The alternative "balansering" comes after the dimension of that id.
    let src = with(
        &model(WITH_UNKNOWN, ALTERNATIVES),
        r#"id: "forstarkning""#,
        r#"id: "balansering""#,
    );
    let src = with(
        &src,
        r#"measures: [(text: (sv: "M2", en: "M2"), source: "§5.1")]"#,
        "measures: []",
    );
    let id = "balansering".to_owned();
    refused(
        &src,
        "\"balansering\"",
        1,
        fault(ConstructFault::NoMeasures { id }),
    );
}

#[test]
fn a_references_answers_are_on_the_scale_of_the_statement_it_stands_beside() {
    // The model's scale has five values and vet ej; the statement's own, three and none.
    let five = r#"(
        options: [
            (value: 1, label: (sv: "1", en: "1")),
            (value: 2, label: (sv: "2", en: "2")),
            (value: 3, label: (sv: "3", en: "3")),
            (value: 4, label: (sv: "4", en: "4")),
            (value: 5, label: (sv: "5", en: "5")),
        ],
        unknown: Some((sv: "Vet ej", en: "Don't know")),
    )"#;
    let own = r#"    scales: [
        (
            id: "jon",
            kind: Categorical,
            options: [
                (value: 1, label: (sv: "Ja", en: "Yes")),
                (value: 2, label: (sv: "Osäker", en: "Unsure")),
                (value: 3, label: (sv: "Nej", en: "No")),
            ],
            unknown: None,
        ),
    ],
"#;
    let src = model(five, &format!("{own}{REFERENCES}"));
    let src = with(
        &src,
        r#"source: "§4.2"),"#,
        r#"source: "§4.2", scale: Some("jon")),"#,
    );
    let m = valid(&src);
    let statement = Beside::Statement("kompetens.tillracklig".into());
    assert_eq!(
        m.scale_for_reference(&statement).map(|s| s.id.as_str()),
        Some("jon")
    );
    let dimension = Beside::Dimension("balansering".into());
    assert!(
        m.scale_for_reference(&dimension)
            .is_some_and(|s| s.unknown.is_some())
    );
    // 4 is on the model's scale, not on the statement's.
    let four = with(&src, "answer: Value(2)", "answer: Value(4)");
    let statement = "kompetens.tillracklig".to_owned();
    refused(
        &four,
        "answer",
        1,
        Problem::AnswerOffScale {
            statement,
            answer: Some(4),
        },
    );
    // The three counts cover the statement's whole scale: they must add up to n.
    let short = with(&src, "count: 28, percent: 25.9", "count: 27, percent: 25.0");
    let sum = ConstructFault::FiguresDontSum { sum: 107, n: 108 };
    refused(&short, "figures", 0, fault(sum));
}
