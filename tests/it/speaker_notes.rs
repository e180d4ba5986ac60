//! The model's speaker notes: the Halmstad model's questions for each challenge
//! and notes for the steps, each with its place in the report, and the rules
//! every model's notes must keep, with the file's line and column when broken.

use crate::common;
use common::{halmstad, invalid};
use klarhet::error::Problem;
use klarhet::model::Assessment;
use klarhet::model::assessment::{HALMSTAD_RON, Question, STEP_KEYS};
use std::path::Path;

/// A section of the report: "§" and a number, as every source in the model.
fn is_section(source: &str) -> bool {
    source.starts_with('§') && source[2..].starts_with(|c: char| c.is_ascii_digit())
}

fn assert_questions(of: &str, ask: &[Question]) {
    for q in ask {
        assert!(
            is_section(&q.source),
            "{of}: {:?} has no section",
            q.text.in_language("sv").unwrap()
        );
        for text in [
            &q.text.in_language("sv").unwrap(),
            &q.text.in_language("en").unwrap(),
        ] {
            assert!(
                text.trim_end().ends_with('?'),
                "{of}: {text:?} is not a question"
            );
        }
    }
}

#[test]
fn every_challenge_has_something_to_say_and_questions_with_their_sections() {
    let model = halmstad();
    for c in &model.challenges {
        let say = c
            .say
            .as_ref()
            .unwrap_or_else(|| panic!("{} has nothing to say", c.id));
        // The analysis of each challenge is in §4.1, under its own heading.
        assert!(say.source.starts_with("§4.1"), "{}: {}", c.id, say.source);
        assert!(
            !say.text.in_language("sv").unwrap().is_empty()
                && !say.text.in_language("en").unwrap().is_empty()
        );
        assert!(c.ask.len() >= 3, "{} has {} questions", c.id, c.ask.len());
        assert_questions(&c.id, &c.ask);
        // Most of them are the report's; klarhet's own are the few beyond it.
        let own = c.ask.iter().filter(|q| q.own).count();
        assert!(
            own * 2 < c.ask.len(),
            "{}: {own} of {} are klarhet's",
            c.id,
            c.ask.len()
        );
    }
    assert!(
        model.challenges.iter().any(|c| c.ask.iter().any(|q| q.own)),
        "the questions that go beyond the report are marked as klarhet's"
    );
}

#[test]
fn the_model_the_circle_the_plan_and_the_level_have_notes() {
    let model = halmstad();
    for step in ["model", "circle", "recommendations", "plan", "level"] {
        let notes = model
            .step_notes(step)
            .unwrap_or_else(|| panic!("no notes for {step}"));
        let say = notes.say.as_ref().expect("something to say");
        assert!(is_section(&say.source), "{step}: {}", say.source);
        assert!(!notes.ask.is_empty(), "{step} asks nothing");
        assert_questions(step, &notes.ask);
    }
    // The circle's question turns the pair scored highest together into a
    // question; the report does not ask it, so it is klarhet's.
    assert!(
        model
            .step_notes("circle")
            .unwrap()
            .ask
            .iter()
            .all(|q| q.own)
    );
    assert!(model.step_notes("scoring").is_none());
}

/// The 1-based line and column of the `nth` (0-based) `needle` in `src`.
fn place_of(src: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = src
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} in the source"))
        .0;
    let line = src[..at].matches('\n').count() + 1;
    let col = src[..at].rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The Halmstad model with the `nth` (0-based) `needle` replaced by `with`.
fn replaced(needle: &str, nth: usize, with: &str) -> String {
    let (at, _) = HALMSTAD_RON
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} in the model"));
    format!(
        "{}{with}{}",
        &HALMSTAD_RON[..at],
        &HALMSTAD_RON[at + needle.len()..]
    )
}

#[test]
fn a_question_without_a_source_is_refused_where_its_source_stands() {
    // The last question about obalans, klarhet's own, in the middle of the notes.
    let needle = "source: \"§4.1 Obalans\",\n                    own: true";
    let src = replaced(needle, 0, "source: \" \",\n                    own: true");
    let (pos, problem) = invalid(&src);
    assert_eq!(
        problem,
        Problem::NotesWithoutSource {
            of: "obalans".into()
        }
    );
    let (line, col) = place_of(&src, "\" \",\n                    own: true", 0);
    assert_eq!((pos.line, pos.col), (line, col));
    let message = problem.describe(klarhet::text::Lang::SV);
    assert!(message.contains("talarstödet för obalans"), "{message}");
}

/// The steps of Halmstad's workshop, which has no phases or alternatives.
fn halmstads_steps() -> Vec<&'static str> {
    STEP_KEYS
        .into_iter()
        .filter(|s| !["phases", "alternatives"].contains(s))
        .collect()
}

#[test]
fn notes_for_a_step_the_workshop_lacks_or_twice_for_one_are_refused_at_the_step() {
    let src = replaced("step: \"circle\"", 0, "step: \"cirkel\"");
    let (pos, problem) = invalid(&src);
    assert_eq!(
        problem,
        Problem::NotesStep {
            step: "cirkel".into(),
            again: false,
            steps: halmstads_steps(),
        }
    );
    assert_eq!((pos.line, pos.col), place_of(&src, "\"cirkel\"", 0));
    let message = problem.describe(klarhet::text::Lang::EN);
    assert!(message.contains(&halmstads_steps().join(", ")), "{message}");

    let src = replaced("step: \"plan\"", 0, "step: \"circle\"");
    let (pos, problem) = invalid(&src);
    assert_eq!(
        problem,
        Problem::NotesStep {
            step: "circle".into(),
            again: true,
            steps: halmstads_steps(),
        }
    );
    assert_eq!((pos.line, pos.col), place_of(&src, "\"circle\"", 1));
}

/// Notes for a step the model's workshop lacks are refused too: a model
/// without causal links has no circle to say anything at (issue 28), and the
/// message lists only the steps it has.
#[test]
fn notes_for_a_step_the_model_lacks_are_refused_at_the_step() {
    let src = common::trimmed::replaced_field(
        HALMSTAD_RON,
        "causal: Some((",
        "principles:",
        "causal: None,",
    );
    // The agendas' circle would be refused first.
    let src: String = src
        .lines()
        .filter(|l| !l.contains("Step(\"circle\")"))
        .map(|l| format!("{l}\n"))
        .collect();
    let (pos, problem) = invalid(&src);
    let Problem::NotesStep {
        step,
        again: false,
        steps,
    } = &problem
    else {
        panic!("{problem:?}");
    };
    assert_eq!(step, "circle");
    assert!(
        !steps.contains(&"circle") && steps.contains(&"level"),
        "{steps:?}"
    );
    assert_eq!((pos.line, pos.col), place_of(&src, "\"circle\"", 0));
    let message = problem.describe(klarhet::text::Lang::SV);
    assert!(message.contains(&steps.join(", ")), "{message}");
}

#[test]
fn a_question_without_its_source_field_is_a_parse_error_with_a_place() {
    let src = replaced(
        ",\n                    source: \"§4.1 Hot\",\n                ),",
        0,
        ",\n                ),",
    );
    let (pos, problem) = invalid(&src);
    assert!(matches!(problem, Problem::Syntax(_)), "{problem:?}");
    assert!(pos.line > 1);
}

#[test]
fn a_model_without_notes_loads_as_before() {
    let without: String = {
        let start = HALMSTAD_RON.find("    speaker_notes: [").expect("notes");
        let end = HALMSTAD_RON.find("    levels: Some((").expect("levels");
        format!("{}{}", &HALMSTAD_RON[..start], &HALMSTAD_RON[end..])
    };
    let model = Assessment::parse(&without, Path::new("test.ron")).expect("loads");
    assert!(model.speaker_notes.is_empty());
}
