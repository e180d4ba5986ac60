//! The alternatives step (issue 28, seed 004 §5.1): shown after the
//! recommendations only for a model with alternatives; the screen hands
//! `Command::Choose` with the reason typed, never a blank one; the choice is
//! marked; and the screen drawn at 80×24 on the embedded model is pinned.

use crate::common;
use common::tui::{commands_and_effects, drawn, fresh, send};
use klarhet::model::Assessment;
use klarhet::model::command::Command;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::Notice;
use klarhet::tui::router::update;
use klarhet::tui::state::{State, Step};

/// The embedded model of seed 004, which has three cumulative alternatives.
fn with_alternatives() -> Assessment {
    common::models::embedded("trollhattan")
}

fn at(step: Step) -> State {
    common::models::fresh_at("trollhattan", step)
}

fn ids() -> Vec<String> {
    let m = with_alternatives();
    let all = m.alternatives.expect("alternatives");
    all.items.into_iter().map(|a| a.id).collect()
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn choice(s: &State) -> Option<klarhet::model::choice::Choice> {
    let work = s.shared.work.as_ref().expect("a session");
    work.session.choice().cloned()
}

#[test]
fn the_step_comes_after_the_recommendations_only_when_the_model_has_alternatives() {
    let model = with_alternatives();
    let steps = Step::list(Some(&model));
    let at = |step| steps.iter().position(|s| *s == step);
    let here = at(Step::Alternatives).expect("the model has the step");
    assert_eq!(at(Step::Recommendations), Some(here - 1));
    assert_eq!(at(Step::Plan), Some(here + 1));
    assert!(!Step::list(Some(&common::halmstad())).contains(&Step::Alternatives));
    assert!(model.step_keys().contains(&"alternatives"));
    // `n` and PgUp go through it, as the step indicator lists it.
    let mut s = at_step(Step::Recommendations);
    send(&mut s, &[Msg::NextStep]);
    assert_eq!(s.step(), Step::Alternatives);
    send(&mut s, &[Msg::NextStep]);
    assert_eq!(s.step(), Step::Plan);
    send(&mut s, &[Msg::PrevStep]);
    assert_eq!(s.step(), Step::Alternatives);
    let mut halmstad = common::tui::state_at(Step::Recommendations);
    send(&mut halmstad, &[Msg::NextStep]);
    assert_eq!(halmstad.step(), Step::Plan);
}

fn at_step(step: Step) -> State {
    at(step)
}

#[test]
fn choosing_hands_the_choice_with_its_reason_and_marks_it() {
    let mut s = at(Step::Alternatives);
    let ids = ids();
    // Moving and opening the reason hand nothing.
    let (commands, _) = commands_and_effects(&mut s, Msg::Down);
    assert_eq!(commands, []);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Edit);
    assert_eq!((commands, effects), (vec![], vec![]));
    for msg in typed("Vi har resurserna") {
        let (commands, _) = commands_and_effects(&mut s, msg);
        assert_eq!(commands, []);
    }
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Choose {
            alternative: ids[1].clone(),
            reason: "Vi har resurserna".into(),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    let kept = choice(&s).expect("the choice is kept");
    assert_eq!(kept.alternative, ids[1]);
    let shown = drawn(&s, 80, 24);
    assert!(
        shown.contains("● II  "),
        "the chosen one is marked:\n{shown}"
    );
    assert!(shown.contains("Vi har resurserna"), "{shown}");
}

#[test]
fn a_blank_reason_is_not_kept_and_says_why() {
    let mut s = at(Step::Alternatives);
    send(&mut s, &[Msg::Edit]);
    send(&mut s, &typed("   "));
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!((commands, effects), (vec![], vec![]));
    assert_eq!(
        s.shared.notice,
        Some(Notice::ReasonMissing {
            alternative: "I".into()
        })
    );
    assert!(choice(&s).is_none());
    // The form stays open with what was typed; Esc closes it and hands nothing.
    send(&mut s, &typed("Skäl"));
    let (commands, _) = commands_and_effects(&mut s, Msg::Back);
    assert_eq!(commands, []);
    assert_eq!(s.step(), Step::Alternatives, "Esc closes the form only");
    assert!(choice(&s).is_none());
    let shown = drawn(&s, 80, 24);
    assert!(!shown.contains("●"), "nothing is marked:\n{shown}");
}

#[test]
fn a_later_choice_replaces_the_earlier_and_the_form_holds_its_reason() {
    let mut s = at(Step::Alternatives);
    let ids = ids();
    send(&mut s, &[Msg::Edit]);
    send(&mut s, &typed("Först"));
    send(&mut s, &[Msg::Confirm, Msg::Down, Msg::Down, Msg::Edit]);
    send(&mut s, &typed("Sedan"));
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Choose {
            alternative: ids[2].clone(),
            reason: "Sedan".into(),
        }]
    );
    let kept = choice(&s).expect("a choice");
    assert_eq!(kept.alternative, ids[2]);
    assert_eq!(kept.earlier.len(), 1);
    // Opening the chosen one again holds its reason, to be amended.
    send(&mut s, &[Msg::Edit]);
    send(&mut s, &typed(" och mer"));
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Choose {
            alternative: ids[2].clone(),
            reason: "Sedan och mer".into(),
        }]
    );
    // The screen opens on the chosen one.
    let again = {
        let work = s.shared.work.clone().expect("a session");
        fresh().at(work, Step::Alternatives)
    };
    let mut again = again;
    let (commands, _) = commands_and_effects(&mut again, Msg::Edit);
    assert_eq!(commands, []);
    update(&mut again, Msg::Confirm);
    assert_eq!(
        choice(&again).map(|c| c.reason),
        Some("Sedan och mer".into())
    );
}

#[test]
fn the_shared_paragraph_is_shown_once_and_cannot_be_chosen() {
    let mut s = at(Step::Alternatives);
    let model = with_alternatives();
    let all = model.alternatives.as_ref().expect("alternatives");
    let without = all.without.as_ref().expect("a shared paragraph");
    // Past the last alternative the focus is on the paragraph: Enter opens nothing.
    send(&mut s, &vec![Msg::Down; all.items.len() + 3]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Edit);
    assert_eq!(commands, []);
    send(&mut s, &typed("x"));
    assert!(choice(&s).is_none());
    let shown = drawn(&s, 120, 40);
    let start: String = without
        .text
        .get(klarhet::text::Lang::SV)
        .chars()
        .take(30)
        .collect();
    assert_eq!(shown.matches(start.as_str()).count(), 1, "{shown}");
}

#[test]
fn the_screen_at_80x24() {
    let mut s = at(Step::Alternatives);
    insta::assert_snapshot!("alternatives_80x24", drawn(&s, 80, 24));
    send(&mut s, &[Msg::Down, Msg::Edit]);
    send(&mut s, &typed("Vi behöver samla kraften"));
    insta::assert_snapshot!("alternatives_reason_80x24", drawn(&s, 80, 24));
    send(&mut s, &[Msg::Confirm]);
    insta::assert_snapshot!("alternatives_chosen_80x24", drawn(&s, 80, 24));
    insta::assert_snapshot!("alternatives_chosen_120x40", drawn(&s, 120, 40));
}

#[test]
fn the_screen_in_english() {
    let mut s = at(Step::Alternatives);
    s.shared.lang = klarhet::text::Lang::EN;
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Current course"), "{shown}");
    send(&mut s, &[Msg::Down]);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("II builds on I"), "{shown}");
}

#[test]
fn the_screen_survives_every_small_size() {
    let mut s = at(Step::Alternatives);
    for focus in 0..5 {
        for w in 1..=100 {
            for h in 1..=40 {
                let shown =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drawn(&s, w, h)));
                assert!(shown.is_ok(), "focus {focus} panicked at {w}×{h}");
            }
        }
        send(&mut s, &[Msg::Down]);
        if focus == 2 {
            send(&mut s, &[Msg::Edit]);
        }
    }
}

/// The reason being typed for a choice is kept as the session's draft once
/// the typing pauses, as every other form's text is, and comes back in its
/// form, on its alternative, when the session is opened again after a crash.
#[test]
fn a_reason_being_typed_is_kept_as_a_draft_and_opens_again() {
    use klarhet::model::session::{Draft, DraftForm};
    let mut s = at(Step::Alternatives);
    let ids = ids();
    send(&mut s, &[Msg::Down, Msg::Edit]);
    send(&mut s, &typed("Förstärkningen bär, men kräver mandat"));
    let kept = Draft {
        form: DraftForm::Choice {
            alternative: ids[1].clone(),
            reason: "Förstärkningen bär, men kräver mandat".into(),
        },
        focus: 0,
    };
    let model = with_alternatives();
    let text = common::drafts::kept_after_a_pause(&mut s, &model, &kept);
    // One naming an alternative the model lacks is refused.
    let from = format!("alternative: \"{}\"", ids[1]);
    let (problem, _, _) = common::drafts::refused_with(&model, &text, &from, "alternative: \"IV\"");
    assert_eq!(
        problem,
        klarhet::error::Problem::DanglingId {
            kind: "alternative",
            id: "IV".into()
        }
    );
    // Opened again: the form on the second alternative, holding the reason.
    s.screen = klarhet::tui::screens::Screen::restored(&kept, &mut s.shared)
        .expect("the alternatives restore the reason");
    assert_eq!(s.step(), Step::Alternatives);
    assert!(drawn(&s, 80, 24).contains("Förstärkningen bär, men kräver mandat"));
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Choose {
            alternative: ids[1].clone(),
            reason: "Förstärkningen bär, men kräver mandat".into(),
        }]
    );
    let work = s.shared.work.as_ref().expect("a session");
    assert_eq!(work.session.draft(), &None);
}
