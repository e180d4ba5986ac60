//! Structure is optional (issue 28): a model without causal links, principles,
//! recommendations or a ladder runs as a workshop of only the steps it has,
//! from setup to summary, and its reports print nothing about what it lacks.
//! Halmstad's trimmed copy (tests/it/common/trimmed.rs) stands for such a model.

use crate::common;
use crate::common::groups_ids;
use common::trimmed;
use common::tui::{drawn, fresh, send};
use klarhet::model::Assessment;
use klarhet::report::Format;
use klarhet::tui::msg::{Msg, Opened};
use klarhet::tui::router::update;
use klarhet::tui::state::{State, Step, Work};

/// A state on the start screen whose catalogue holds the trimmed model too.
fn with_trimmed(dir: &std::path::Path) -> State {
    std::fs::write(dir.join(format!("{}.ron", trimmed::ID)), trimmed::text()).unwrap();
    let catalog = klarhet::store::models::load_catalog(Some(dir)).expect("catalogue");
    let mut s = fresh();
    s.shared.models = catalog;
    s
}

fn keys(steps: &[Step]) -> Vec<&'static str> {
    steps.iter().map(|s| s.key()).collect()
}

#[test]
fn the_trimmed_model_is_valid_and_has_only_its_steps() {
    let model = trimmed::model();
    assert!(model.causal.is_none() && model.levels.is_none());
    assert!(model.principles.is_empty() && model.recommendations.is_empty());
    let steps: Vec<&str> = model.steps().into_iter().map(|s| s.key()).collect();
    assert_eq!(steps, trimmed::STEPS);
}

#[test]
fn an_agenda_template_naming_a_step_the_model_lacks_is_refused_at_its_place() {
    let src = trimmed::text().replacen(
        "(part: Step(\"model\"), minutes: 10),",
        "(part: Step(\"model\"), minutes: 10),\n                (part: Step(\"circle\"), minutes: 10),",
        1,
    );
    let (pos, problem) = common::invalid(&src);
    assert_eq!(
        problem,
        klarhet::error::Problem::DanglingId {
            kind: "step",
            id: "circle".into()
        }
    );
    let at = src.find("Step(\"circle\")").unwrap() + "Step(".len();
    let line = src[..at].matches('\n').count() + 1;
    let col = src[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!((pos.line, pos.col), (line, col));
}

/// From the start screen through setup, choosing the trimmed model, to the
/// summary by the next-step key: only the model's steps are shown, and the
/// previous-step key walks back over the same ones.
#[test]
fn a_workshop_on_the_trimmed_model_goes_through_its_steps_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_trimmed(dir.path());
    update(&mut s, Msg::NextStep);
    assert_eq!(s.step(), Step::Setup);
    send(
        &mut s,
        &"Åre kommun".chars().map(Msg::Char).collect::<Vec<_>>(),
    );
    // To the model field, and on to the trimmed model.
    send(&mut s, &vec![Msg::Next; 5]);
    let at = s
        .shared
        .models
        .all()
        .position(|m| m.id == trimmed::ID)
        .unwrap();
    send(&mut s, &vec![Msg::Right; at]);
    // While it is chosen, the indicator already has only its steps.
    let screen = drawn(&s, 80, 24);
    let top = screen.lines().next().unwrap();
    assert!(top.ends_with(" 7") && !top.contains(" 8 "), "{screen}");
    send(&mut s, &vec![Msg::Confirm; 3]);
    assert_eq!(s.step(), Step::Participants);
    let work = s.shared.work.as_ref().expect("a session");
    assert_eq!(work.model.id, trimmed::ID);
    let mut seen = vec![s.step()];
    for _ in 0..8 {
        update(&mut s, Msg::NextStep);
        if seen.last() != Some(&s.step()) {
            seen.push(s.step());
        }
    }
    assert_eq!(keys(&seen), trimmed::STEPS[1..]);
    let mut back = vec![s.step()];
    for _ in 0..8 {
        update(&mut s, Msg::PrevStep);
        if back.last() != Some(&s.step()) {
            back.push(s.step());
        }
    }
    assert_eq!(
        keys(&back),
        [
            "summary",
            "queue",
            "scoring",
            "model",
            "participants",
            "setup",
            "start"
        ]
    );
}

/// The step indicator at 80×24 numbers the trimmed model's steps one to
/// seven (the start screen and its six), with the current one named.
#[test]
fn the_step_indicator_shows_the_trimmed_models_steps() {
    let model = trimmed::model();
    let session = common::session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    let s = fresh().at(Work::new(session, model, None), Step::Queue);
    insta::assert_snapshot!(drawn(&s, 80, 24).lines().next().unwrap());
    let full = common::tui::state_at(Step::Queue);
    let top = drawn(&full, 80, 24);
    assert!(top.lines().next().unwrap().contains(" 11 "), "{top}");
}

/// A session saved on a step its model no longer has (the file changed)
/// opens on the next step the model has.
#[test]
fn a_session_saved_on_a_step_the_model_lacks_resumes_at_the_next_it_has() {
    let dir = tempfile::tempdir().unwrap();
    for (saved, opens) in [
        ("circle", Step::Summary),
        ("level", Step::Summary),
        ("queue", Step::Queue),
    ] {
        let model = trimmed::model();
        let mut session = common::session_with(&model, &[groups_ids::POLITIK]);
        common::place(&mut session, &model, saved);
        let path = dir.path().join("s.ron");
        std::fs::write(&path, "").unwrap();
        let opened = Opened {
            session: Box::new(session),
            model: Box::new(model),
            path,
            read_only: None,
            replayed: 0,
        };
        let mut s = fresh();
        update(&mut s, Msg::Opened(Ok(opened)));
        assert_eq!(s.step(), opens, "saved on {saved}");
    }
}

/// A scored session on the trimmed model, every challenge agreed.
fn scored(model: &Assessment) -> klarhet::model::Session {
    let mut s = common::session_with(
        model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    common::agree_all(&mut s, model, &[4, 3, 2, 5, 3, 4]);
    s
}

#[test]
fn its_reports_say_nothing_about_a_circle_recommendations_or_a_level() {
    let model = trimmed::model();
    let session = scored(&model);
    // The CSV's header names every column any model may fill; no row may
    // be of a section the model lacks.
    let csv = Format::Csv.render(&session, &model, &common::export());
    let plan = klarhet::tr!(klarhet::text::Lang::SV, "csv-section-action");
    assert!(csv.lines().count() > 1, "{csv}");
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| !l.starts_with(&format!("{plan};"))),
        "{csv}"
    );
    // The JSON keeps its keys, empty: no circle, no recommendations, no level.
    let json: serde_json::Value =
        serde_json::from_str(&Format::Json.render(&session, &model, &common::export())).unwrap();
    assert_eq!(json["circle"], serde_json::Value::Null);
    assert_eq!(json["recommendations"], serde_json::json!([]));
    assert_eq!(json["level"], serde_json::Value::Null);
    common::schema::validate(klarhet::report::json::SCHEMA_VERSION, &json)
        .expect("the export follows the schema");
    let method = json["method"].to_string().to_lowercase();
    for word in ["cirkel", "rekommendation", "princip", "länk"] {
        assert!(!method.contains(word), "the JSON's method speaks of {word}");
    }
    for format in [Format::Md, Format::Html] {
        let text = format.render(&session, &model, &common::export());
        let lower = text.to_lowercase();
        for word in [
            "cirkel",
            "rekommendation",
            "princip",
            "dimios",
            "nivå",
            "länk",
            "relevans",
        ] {
            assert!(
                !lower.contains(word),
                "{format:?} speaks of {word}:\n{}",
                lower
                    .lines()
                    .filter(|l| l.contains(word))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

/// The summary screen counts no adoptions or actions and names no level for
/// a model without recommendations or a ladder; Halmstad's still does.
#[test]
fn the_summary_screen_names_only_what_the_model_has() {
    use klarhet::text::Lang;
    let adopted = klarhet::tr!(Lang::SV, "tui-adopted");
    let level = klarhet::tr!(Lang::SV, "tui-step-level");
    let model = trimmed::model();
    let session = scored(&model);
    let s = fresh().at(Work::new(session, model, None), Step::Summary);
    let screen = drawn(&s, 80, 24);
    assert!(screen.contains("Deltagare: 3"), "{screen}");
    assert!(
        !screen.contains(&adopted) && !screen.contains(&level),
        "{screen}"
    );
    let full = common::tui::state_at(Step::Summary);
    let screen = drawn(&full, 80, 24);
    assert!(screen.contains(&format!("{adopted}: 0")), "{screen}");
}

/// A session whose agenda names a step its model no longer has (the model's
/// file lost its links) is refused with the place of that step in the
/// session's file, as any dangling id in a session is.
#[test]
fn a_session_agenda_naming_a_step_the_model_lacks_is_refused_at_its_place() {
    use klarhet::model::{Command, Session};
    let full = common::halmstad();
    let mut session = common::session_with(&full, &[groups_ids::POLITIK]);
    let choose = Command::ChooseAgenda {
        template: Some(full.agendas[0].id.clone()),
    };
    common::give(&mut session, &full, choose);
    let text = session.to_ron();
    let path = std::path::Path::new("s.ron");
    let read = Session::parse(&text, path).expect("the session reads");
    read.check_against(&full, &text, path)
        .expect("with its own model it is whole");
    let without_links = Assessment::parse(
        &trimmed::replaced_field(
            &klarhet::model::assessment::HALMSTAD_RON
                .lines()
                .filter(|l| !l.contains("Step(\"circle\")"))
                .map(|l| format!("{l}\n"))
                .collect::<String>(),
            "causal: Some((",
            "principles:",
            "causal: None,",
        )
        .replace("step: \"circle\"", "step: \"start\""),
        path,
    )
    .expect("Halmstad without its links is a valid model");
    match read.check_against(&without_links, &text, path) {
        Err(klarhet::error::Error::Invalid {
            pos: Some(pos),
            problem: klarhet::error::Problem::DanglingId { kind: "step", id },
            ..
        }) => {
            assert_eq!(id, "circle");
            let line = text.lines().nth(pos.line - 1).unwrap();
            assert!(line.contains("\"circle\""), "{line}");
        }
        other => panic!("{other:?}"),
    }
}

/// The agree form says the agreed score replaces the computed one only in
/// what the model has: for the trimmed model, the report alone.
#[test]
fn the_agree_form_names_only_what_the_agreed_score_replaces() {
    use klarhet::text::Lang;
    let model = trimmed::model();
    let session = common::session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    update(&mut s, Msg::Agree);
    let screen = drawn(&s, 80, 24)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let said = klarhet::tr!(
        Lang::SV,
        "tui-agree-replaces-report",
        words = trimmed::model().words(Lang::SV),
        computed = "–",
        agreed = "–"
    );
    // The form's first words, before its wrapping shows.
    let start: String = said
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains(&start), "{screen}");
    assert!(screen.contains("i rapporten;"), "{screen}");
    assert!(!screen.contains("cirkeln"), "{screen}");
}

/// The plan with nothing adopted sends the facilitator to the
/// recommendations by the number the step indicator gives them, which
/// follows the model's steps (it said 7 once the queue had made it 8).
#[test]
fn the_empty_plan_names_the_recommendations_step_by_its_number() {
    let s = common::tui::state_at(Step::Plan);
    let model = &s.shared.work.as_ref().unwrap().model;
    let n = 1 + Step::list(Some(model))
        .iter()
        .position(|s| *s == Step::Recommendations)
        .unwrap();
    let screen = drawn(&s, 80, 24);
    assert!(screen.contains(&format!("i steg {n}.")), "{screen}");
    assert!(screen.lines().next().unwrap().contains(&format!(" {n} ")));
}
