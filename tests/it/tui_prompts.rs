//! The open prompts step (issue 28; docs/model-format.md, "Open prompts"): a
//! model's sets are steps where `step_keys` puts them, named by the model; a
//! writer's turn hands exactly one `Command::Write` with what they typed and
//! leaves none of it on the screen; showing with too few writers says how
//! many more must write; themes hand `ThemeAnswers`; a session resumes on a
//! set. The writer's turn, the hand-over and the shown list with a theme are
//! pinned at 80×24.

use crate::common;
use common::tui::{commands_and_effects, drawn, fresh};
use klarhet::model::command::Command;
use klarhet::model::{Assessment, Session};
use klarhet::text::Lang;
use klarhet::tui::msg::{Msg, Opened};
use klarhet::tui::notice::{Notice, Question};
use klarhet::tui::router::update;
use klarhet::tui::state::{Overlay, State, Step, Work};

const SET: &str = "swot-organisationen";

fn wihlborg() -> Assessment {
    common::models::embedded("wihlborg")
}

/// The step of the set `id` in `model`.
fn step_of(model: &Assessment, id: &str) -> Step {
    Step::from_key_in(id, model).unwrap_or_else(|| panic!("{id} is a step"))
}

/// Wihlborg's first SWOT set, with six named participants (P1…P6).
fn at_set() -> State {
    let model = wihlborg();
    let session = common::models::workshop(&model, Lang::SV);
    let step = step_of(&model, SET);
    fresh().at(Work::new(session, model, None), step)
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

/// Sends `msgs` in turn; every command the screen handed for them.
fn commands(s: &mut State, msgs: &[Msg]) -> Vec<Command> {
    msgs.iter()
        .flat_map(|m| commands_and_effects(s, m.clone()).0)
        .collect()
}

/// The next writer on the list writes `answers` (per prompt, in the set's
/// order; at most three each) and hands in with Ctrl-S.
fn write(s: &mut State, answers: &[&[&str]]) -> Vec<Command> {
    let mut msgs = vec![Msg::Confirm, Msg::Confirm];
    for texts in answers {
        for field in 0..3 {
            if let Some(text) = texts.get(field) {
                msgs.extend(typed(text));
            }
            msgs.push(Msg::Next);
        }
    }
    msgs.push(Msg::HandIn);
    commands(s, &msgs)
}

fn session(s: &State) -> &Session {
    &s.shared.work.as_ref().expect("a session").session
}

#[test]
fn the_sets_are_steps_where_step_keys_puts_them() {
    for id in ["wihlborg", "hjeltman-larsson"] {
        let model = common::models::embedded(id);
        let list = Step::list(Some(&model));
        assert_eq!(list[0], Step::Start);
        let keys: Vec<&str> = list[1..].iter().map(|s| s.key_in(&model)).collect();
        assert_eq!(keys, model.step_keys(), "{id}");
        let sets = list
            .iter()
            .filter(|s| matches!(s, Step::Prompts(_)))
            .count();
        assert_eq!(sets, model.prompts.len(), "{id}: every set is a step");
        for set in &model.prompts {
            let at = list.iter().position(|s| *s == step_of(&model, &set.id));
            let after = list.iter().position(|s| s.key_in(&model) == set.after);
            assert!(at > after, "{id}: {} comes after {}", set.id, set.after);
        }
    }
}

#[test]
fn next_and_previous_step_go_through_a_set_and_the_indicator_names_it() {
    let model = wihlborg();
    let set = step_of(&model, SET);
    let mut s = common::models::fresh_at("wihlborg", Step::Model);
    update(&mut s, Msg::NextStep);
    assert_eq!(s.step(), set, "the set follows the model step it is after");
    let shown = drawn(&s, 120, 24);
    let header = shown.lines().next().unwrap_or_default();
    assert!(header.contains("SWOT: organisationen"), "{header}");
    update(&mut s, Msg::NextStep);
    assert_eq!(s.step(), Step::Scoring);
    update(&mut s, Msg::PrevStep);
    assert_eq!(s.step(), set);
    update(&mut s, Msg::PrevStep);
    assert_eq!(s.step(), Step::Model);
}

#[test]
fn a_session_left_on_a_set_remembers_it_and_resumes_there() {
    let model = wihlborg();
    let mut s = common::models::fresh_at("wihlborg", Step::Model);
    update(&mut s, Msg::NextStep);
    let saved = session(&s).clone();
    assert_eq!(saved.resume().step, SET, "the set's id is the place kept");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    std::fs::write(&path, "").unwrap();
    let opened = Opened {
        session: Box::new(saved),
        model: Box::new(model.clone()),
        path,
        read_only: None,
        replayed: 0,
    };
    let mut again = fresh();
    update(&mut again, Msg::Opened(Ok(opened)));
    assert_eq!(again.step(), step_of(&model, SET));
}

#[test]
fn a_writer_s_turn_hands_exactly_one_write_with_their_answers() {
    let mut s = at_set();
    let handed = write(
        &mut s,
        &[&["Engagerad ledning", "Bra nätverk"], &[], &["Samverkan"]],
    );
    let model = wihlborg();
    let prompts = &model.prompts[0].prompts;
    assert_eq!(
        handed,
        [Command::Write {
            set: SET.into(),
            writer: 1,
            answers: vec![
                (
                    prompts[0].id.clone(),
                    vec!["Engagerad ledning".into(), "Bra nätverk".into()]
                ),
                (prompts[2].id.clone(), vec!["Samverkan".into()]),
            ],
        }]
    );
    let answers = session(&s).answers_to(SET).expect("written");
    assert!(answers.has_written(1));
    assert_eq!(answers.waiting_writers, 1);
}

#[test]
fn after_handing_in_the_screen_shows_none_of_the_writer_s_text() {
    let mut s = at_set();
    send_and_check_typed(&mut s);
    write_rest(&mut s);
    for (w, h) in [(80, 24), (120, 40)] {
        let shown = drawn(&s, w, h);
        assert!(!shown.contains("Hemligt svar"), "{shown}");
        assert!(shown.contains("Lämna tangentbordet vidare"), "{shown}");
    }
    // The next writer's fields are empty.
    update(&mut s, Msg::Confirm);
    update(&mut s, Msg::Confirm);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("P2 skriver"), "{shown}");
    assert!(!shown.contains("Hemligt svar"), "{shown}");
}

/// P1 types an answer, which is on the screen while they write.
fn send_and_check_typed(s: &mut State) {
    update(s, Msg::Confirm);
    update(s, Msg::Confirm);
    for m in typed("Hemligt svar") {
        update(s, m);
    }
    let shown = drawn(s, 80, 24);
    assert!(shown.contains("Hemligt svar"), "{shown}");
}

/// The writer hands in.
fn write_rest(s: &mut State) {
    let handed = commands(s, &[Msg::HandIn]);
    assert!(matches!(handed.as_slice(), [Command::Write { .. }]));
}

#[test]
fn showing_with_too_few_writers_says_how_many_more_must_write() {
    let mut s = at_set();
    write(&mut s, &[&["Ett svar"]]);
    update(&mut s, Msg::Back);
    let (handed, effects) = commands_and_effects(&mut s, Msg::Reveal);
    assert_eq!((handed, effects), (vec![], vec![]));
    assert_eq!(s.shared.notice, Some(Notice::AnswersNeedWriters(2)));
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("2 till behöver skriva"), "{shown}");
    assert!(
        !shown.contains("Ett svar"),
        "not shown below the minimum:\n{shown}"
    );
    write(&mut s, &[&["Två"]]);
    update(&mut s, Msg::Back);
    update(&mut s, Msg::Reveal);
    assert_eq!(s.shared.notice, Some(Notice::AnswersNeedWriters(1)));
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("en till behöver skriva"), "{shown}");
}

/// Three writers, the first two with the same answer, and the answers shown.
fn shown_three() -> State {
    let mut s = at_set();
    write(&mut s, &[&["Stark ledning", "Budget"]]);
    write(&mut s, &[&["Stark ledning"]]);
    write(&mut s, &[&["Kompetens"], &["Silos"]]);
    update(&mut s, Msg::Back);
    let handed = commands(&mut s, &[Msg::Reveal]);
    assert_eq!(
        handed,
        [Command::ShowAnswers { set: SET.into() }],
        "{:?}",
        s.shared.notice
    );
    s
}

#[test]
fn shown_answers_are_sorted_by_text_once_each_with_their_count() {
    let s = shown_three();
    let shown = drawn(&s, 80, 24);
    let budget = shown.find("Budget").expect("shown");
    let kompetens = shown.find("Kompetens").expect("shown");
    let stark = shown.find("Stark ledning").expect("shown");
    assert!(budget < kompetens && kompetens < stark, "{shown}");
    assert_eq!(shown.matches("Stark ledning").count(), 1, "{shown}");
    assert!(shown.contains("Stark ledning  ×2"), "{shown}");
    assert!(
        shown.contains("Har skrivit: 3 av 6 (P1, P2, P3)"),
        "{shown}"
    );
}

#[test]
fn marked_answers_are_grouped_under_a_typed_theme_and_taken_out_again() {
    let mut s = shown_three();
    // Budget, Kompetens, Stark ledning under the first prompt: mark two.
    let mut msgs = vec![Msg::Toggle, Msg::Down, Msg::Down, Msg::Toggle, Msg::Edit];
    msgs.extend(typed("Ledning och pengar"));
    msgs.push(Msg::Confirm);
    let handed = commands(&mut s, &msgs);
    let prompt = wihlborg().prompts[0].prompts[0].id.clone();
    assert_eq!(
        handed,
        [Command::ThemeAnswers {
            set: SET.into(),
            prompt: prompt.clone(),
            theme: Some("Ledning och pengar".into()),
            answers: vec!["Budget".into(), "Stark ledning".into()],
        }]
    );
    let answers = session(&s).answers_to(SET).expect("shown");
    assert_eq!(
        answers.theme_of(&prompt, "Budget"),
        Some("Ledning och pengar")
    );
    // The themed answers come first; the cursor is on the first of them.
    let handed = commands(&mut s, &[Msg::Up, Msg::Up, Msg::Up, Msg::Remove]);
    assert_eq!(
        handed,
        [Command::ThemeAnswers {
            set: SET.into(),
            prompt,
            theme: None,
            answers: vec!["Budget".into()],
        }]
    );
}

#[test]
fn a_theme_without_a_name_is_not_kept_and_says_why() {
    let mut s = shown_three();
    let handed = commands(&mut s, &[Msg::Edit, Msg::Char(' '), Msg::Confirm]);
    assert_eq!(handed, []);
    assert_eq!(s.shared.notice, Some(Notice::ThemeNameMissing));
}

#[test]
fn letters_go_to_the_field_and_quitting_or_leaving_a_turn_asks_first() {
    let mut s = at_set();
    update(&mut s, Msg::Confirm);
    update(&mut s, Msg::Confirm);
    let q = klarhet::tui::bindings::lookup(
        &klarhet::tui::router::bindings(&s),
        &crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('q')),
    );
    assert_eq!(q, Some(Msg::Char('q')), "q is typed while writing");
    update(&mut s, Msg::Char('q'));
    update(&mut s, Msg::Quit);
    assert_eq!(s.overlay, Some(Overlay::Ask(Question::QuitDuringRound)));
    update(&mut s, Msg::No);
    update(&mut s, Msg::Back);
    assert_eq!(s.overlay, Some(Overlay::Ask(Question::DropWriting)));
    let (handed, _) = commands_and_effects(&mut s, Msg::Yes);
    assert_eq!(handed, []);
    assert!(session(&s).answers_to(SET).is_none(), "nothing was kept");
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Har skrivit: 0 av 6"), "{shown}");
}

#[test]
fn an_anonymous_room_writes_by_seat_and_each_seat_once() {
    let model = wihlborg();
    let mut session = Session::new(&model, "Testkommun", common::date(), Lang::SV);
    common::give(
        &mut session,
        &model,
        Command::CountHeads { headcount: Some(3) },
    );
    let step = step_of(&model, SET);
    let mut s = fresh().at(Work::new(session, model, None), step);
    update(&mut s, Msg::Confirm);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("#1") && shown.contains("#3"), "{shown}");
    for seat in 1..=3u32 {
        let handed = write(&mut s, &[&["x"]]);
        assert!(
            matches!(handed.as_slice(), [Command::Write { writer, .. }] if *writer == seat),
            "{handed:?}"
        );
    }
    update(&mut s, Msg::Confirm);
    assert_eq!(s.shared.notice, Some(Notice::EveryoneHasWritten));
}

#[test]
fn the_screens_at_80x24() {
    let mut s = at_set();
    insta::assert_snapshot!("prompts_set_80x24", drawn(&s, 80, 24));
    update(&mut s, Msg::Confirm);
    update(&mut s, Msg::Confirm);
    for m in typed("Engagerad ledning") {
        update(&mut s, m);
    }
    update(&mut s, Msg::Next);
    for m in typed("Bra nätverk i regionen") {
        update(&mut s, m);
    }
    insta::assert_snapshot!("prompts_writing_80x24", drawn(&s, 80, 24));
    update(&mut s, Msg::HandIn);
    insta::assert_snapshot!("prompts_hand_over_80x24", drawn(&s, 80, 24));
    let mut s = shown_three();
    let mut msgs = vec![Msg::Toggle, Msg::Down, Msg::Down, Msg::Toggle, Msg::Edit];
    msgs.extend(typed("Ledning och pengar"));
    msgs.push(Msg::Confirm);
    commands(&mut s, &msgs);
    insta::assert_snapshot!("prompts_shown_with_theme_80x24", drawn(&s, 80, 24));
}
