//! The phases' questions about an area, answered as an open prompt about that
//! area in the phase it stands in (src/model/area_prompts.rs).

use crate::error::Problem;
use crate::model::Assessment;
use crate::model::area_prompts::{key, parse, questions};
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::session::Session;
use crate::model::test_ballots::with_people;
use crate::text::Lang;

const AREA: &str = "styrning";
const FIRST: &str = "initiering";
const SECOND: &str = "mobilisering";

fn matteby() -> Assessment {
    let catalog = Catalog::embedded().expect("the embedded models read");
    catalog.get("matteby").expect("embedded").clone()
}

fn write(set: &str, writer: u32, prompt: &str, text: &str) -> Command {
    Command::Write {
        set: set.to_owned(),
        writer,
        answers: vec![(prompt.to_owned(), vec![text.to_owned()])],
    }
}

#[test]
fn a_phase_asks_its_aspects_questions_in_the_models_order_of_aspects() {
    let m = matteby();
    let phases = m.phases.as_ref().expect("phases");
    let phase = phases.phase(FIRST).expect("the first phase");
    let asked = questions(&m, FIRST);
    let ids: Vec<&str> = asked.iter().map(|p| p.id.as_str()).collect();
    let expected: Vec<String> = (phases.aspects.iter())
        .filter(|a| {
            phase
                .aspects
                .iter()
                .any(|s| s.aspect == a.id && !s.ask.is_empty())
        })
        .map(|a| format!("{}.1", a.id))
        .collect();
    assert_eq!(ids, expected);
    let first = (phase.aspects.iter())
        .find(|a| a.aspect == phases.aspects[0].id)
        .expect("the first aspect");
    assert_eq!(asked[0].text, first.ask[0].text);
    assert_eq!(asked[0].source, first.ask[0].source);
    assert!(questions(&m, "ingenstans").is_empty());
}

#[test]
fn a_key_names_an_area_and_a_phase_and_nothing_else() {
    assert_eq!(parse(&key(AREA, FIRST)), Some((AREA, FIRST)));
    for bad in [
        "area:",
        "area:x",
        "area::y",
        "area:x:",
        "area:x:y:z",
        "swot",
        "x:y",
    ] {
        assert_eq!(parse(bad), None, "{bad}");
    }
}

#[test]
fn the_group_writes_about_an_area_and_the_answers_show_with_enough_writers() {
    let m = matteby();
    let mut s = with_people(&m, 3);
    let set = key(AREA, FIRST);
    let prompt = &questions(&m, FIRST)[0].id;
    for writer in 1..=2 {
        s.apply(&m, write(&set, writer, prompt, "Personburet"))
            .expect("written");
    }
    let show = Command::ShowAnswers { set: set.clone() };
    assert!(s.apply(&m, show.clone()).expect("no refusal").is_empty());
    s.apply(&m, write(&set, 3, prompt, "Löst"))
        .expect("written");
    s.apply(&m, show).expect("shown");
    let answers = s.answers_to(&set).expect("answers");
    assert_eq!(
        answers.shown_to(prompt),
        vec![("Löst", 1), ("Personburet", 2)]
    );
    assert_eq!(s.area_sets_shown(&m), vec![set.clone()]);
    // Another phase of the same area is another set, written afresh.
    let again = key(AREA, SECOND);
    let prompt = &questions(&m, SECOND)[0].id;
    s.apply(&m, write(&again, 1, prompt, "Skaver"))
        .expect("written");
    assert_eq!(s.area_sets_shown(&m), vec![set], "nothing shown yet");
}

#[test]
fn the_set_is_named_by_the_area_and_the_phase_in_each_language() {
    let m = matteby();
    let mut s = with_people(&m, 3);
    let add = Command::AddArea {
        id: "skola".to_owned(),
        name: "Skola".to_owned(),
    };
    s.apply(&m, add).expect("added");
    let set = s.prompt_set(&m, &key("skola", FIRST)).expect("a set");
    assert_eq!(
        set.name.get(Lang::SV),
        "Frågor om Skola, i fas 1: Initiering"
    );
    assert_eq!(
        set.name.get(Lang::EN),
        "Questions about Skola, in phase 1: Initiation"
    );
    assert_eq!(set.prompts.len(), questions(&m, FIRST).len());
    let suggested = s.prompt_set(&m, &key(AREA, FIRST)).expect("a set");
    assert!(
        suggested
            .name
            .get(Lang::EN)
            .contains("Joint governance and decision-making"),
        "{:?}",
        suggested.name
    );
}

#[test]
fn an_area_or_phase_the_session_lacks_is_refused() {
    let m = matteby();
    let mut s = with_people(&m, 3);
    let prompt = questions(&m, FIRST)[0].id.clone();
    for set in [
        key("skola", FIRST),
        key(AREA, "ingenstans"),
        "area:x".to_owned(),
    ] {
        let err = s
            .apply(&m, write(&set, 1, &prompt, "Text"))
            .expect_err("refused");
        assert_eq!(
            err,
            Problem::DanglingId {
                kind: "prompt-set",
                id: set.clone()
            }
        );
    }
    // A prompt the phase does not ask is refused as for any set.
    let err = s
        .apply(&m, write(&key(AREA, FIRST), 1, "misstag.9", "Text"))
        .expect_err("refused");
    assert_eq!(
        err,
        Problem::DanglingId {
            kind: "prompt",
            id: "misstag.9".to_owned()
        }
    );
}

#[test]
fn a_file_with_answers_about_an_area_reads_back_and_a_tampered_one_is_refused() {
    let m = matteby();
    let mut s = with_people(&m, 3);
    let set = key(AREA, FIRST);
    let prompt = questions(&m, FIRST)[0].id.clone();
    for writer in 1..=3 {
        s.apply(&m, write(&set, writer, &prompt, "Text"))
            .expect("written");
    }
    s.apply(&m, Command::ShowAnswers { set: set.clone() })
        .expect("shown");
    let text = crate::model::test_ballots::reads_back(&s, &m);
    let path = std::path::Path::new("s.klarhet");
    let tampered = text.replace(&set, &key("ingenstans", FIRST));
    assert_ne!(tampered, text, "{set} is in the file: {text}");
    let read = Session::parse(&tampered, path).expect("parses");
    let err = crate::model::validate::session(&read, &m, &tampered, path)
        .expect_err("a tampered file is refused");
    let crate::error::Error::Invalid { pos, problem, .. } = err else {
        panic!("not a fault of the file: {err:?}");
    };
    assert!(matches!(
        problem,
        Problem::DanglingId {
            kind: "prompt-set",
            ..
        }
    ));
    assert!(pos.is_some(), "placed in the file");
}
