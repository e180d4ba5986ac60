//! The phases' questions about an area (issue 28; docs/model-format.md,
//! "Phases"): `f` on a placed area opens its phase's questions as an open
//! prompt about that area; the keyboard goes round as for any set and hands
//! `Command::Write` under the area's own set; Esc from the set comes back to
//! the areas; an area not placed asks nothing; an open room takes the set.
//! The set with shown answers is pinned at 80×24.

use crate::common;
use common::tui::{commands_and_effects, drawn, fresh, send};
use klarhet::model::area_prompts::{key, questions};
use klarhet::model::command::Command;
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::state::{State, Step, Work};

const AREA: &str = "styrning";
const PHASE: &str = "initiering";

/// Matteby's phases step with six named participants and the first area in
/// focus, placed in its first phase.
fn placed() -> State {
    let model = common::models::embedded("matteby");
    let session = common::models::workshop(&model, Lang::SV);
    let mut s = fresh().at(Work::new(session, model, None), Step::Phases);
    send(&mut s, &[Msg::Down, Msg::Char('1')]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert!(
        matches!(&commands[..], [Command::PlaceArea { area, phase, .. }] if area == AREA && phase == PHASE),
        "{commands:?}"
    );
    s
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

/// The next writer on the list writes `first` to the first question and
/// nothing else, and hands in; every command handed.
fn write(s: &mut State, first: &str) -> Vec<Command> {
    let mut msgs = vec![Msg::Confirm, Msg::Confirm];
    msgs.extend(typed(first));
    msgs.push(Msg::HandIn);
    msgs.into_iter()
        .flat_map(|m| commands_and_effects(s, m).0)
        .collect()
}

#[test]
fn f_opens_the_phases_questions_and_a_turn_writes_under_the_areas_set() {
    let mut s = placed();
    let areas = drawn(&s, 80, 24);
    assert!(areas.contains("f: gruppen svarar skriftligt"), "{areas}");
    send(&mut s, &[Msg::Ask]);
    let shown = drawn(&s, 120, 40);
    assert!(
        shown.contains("Frågor om Gemensam styrning och beslutsformer, i fas 1: Initiering"),
        "{shown}"
    );
    let model = common::models::embedded("matteby");
    let first = &questions(&model, PHASE)[0];
    let start: String = first.text.get(Lang::SV).chars().take(30).collect();
    assert!(shown.contains(&start), "{start} missing:\n{shown}");
    let commands = write(&mut s, "Personburet");
    assert_eq!(
        commands,
        [Command::Write {
            set: key(AREA, PHASE),
            writer: 1,
            // Only the questions written to, by id.
            answers: vec![(first.id.clone(), vec!["Personburet".to_owned()])],
        }]
    );
    // The hand-over shows nothing of it; Esc leaves the hand-over, and Esc
    // from the set comes back to the areas, still on the phases step.
    assert!(!drawn(&s, 120, 40).contains("Personburet"));
    send(&mut s, &[Msg::Back, Msg::Back]);
    assert_eq!(s.step(), Step::Phases);
    assert!(drawn(&s, 120, 40).contains("Samarbetsområden"));
}

#[test]
fn an_area_not_placed_asks_nothing() {
    let model = common::models::embedded("matteby");
    let session = common::models::workshop(&model, Lang::SV);
    let mut s = fresh().at(Work::new(session, model, None), Step::Phases);
    send(&mut s, &[Msg::Down]);
    let before = drawn(&s, 120, 40);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Ask);
    assert_eq!((commands, effects), (vec![], vec![]));
    assert_eq!(drawn(&s, 120, 40), before);
    assert!(!before.contains("f: gruppen svarar"), "{before}");
}

#[test]
fn answers_show_together_and_the_set_with_them_at_80x24() {
    let mut s = placed();
    send(&mut s, &[Msg::Ask]);
    for text in ["Personburet", "Löst", "Personburet"] {
        write(&mut s, text);
        send(&mut s, &[Msg::Back]);
    }
    let (commands, _) = commands_and_effects(&mut s, Msg::Reveal);
    assert_eq!(
        commands,
        [Command::ShowAnswers {
            set: key(AREA, PHASE)
        }]
    );
    let work = s.shared.work.as_ref().expect("a session");
    let answers = work.session.answers_to(&key(AREA, PHASE)).expect("answers");
    assert_eq!(answers.shown_writers, 3);
    insta::assert_snapshot!(drawn(&s, 80, 24));
}

#[test]
fn an_open_room_takes_the_set_when_it_is_opened() {
    let mut s = placed();
    // `o` on the area opens the room for the vote on its phase.
    let effects = send(&mut s, &[Msg::OpenRoom { choose: false }]);
    assert_eq!(effects, [Effect::OpenRoom]);
    let sets = |s: &State| s.shared.room.as_ref().expect("a room").desk.sets().to_vec();
    assert!(sets(&s).is_empty(), "only the vote is put: {:?}", sets(&s));
    send(&mut s, &[Msg::Ask]);
    assert_eq!(sets(&s), [key(AREA, PHASE)]);
}
