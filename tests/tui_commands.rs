//! Transition tests for the commands each screen hands the domain: messages go
//! through a screen's own `update` with no I/O, and the test asserts on the
//! commands it returns; the same messages through the router give the effects
//! that keep the changes, and the session as the commands left it.

mod common;
use common::tui::{fresh, send, state_at as at};
use common::{halmstad, session_with};
use klarhet::model::command::Command;
use klarhet::model::session::{ActionItem, Role, Status};
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::state::{State, Step, Work};

/// The commands the current screen hands for `msg`, and the effects the router
/// returns for the same message (which also applies the commands to `s`).
fn commands_and_effects(s: &mut State, msg: Msg) -> (Vec<Command>, Vec<Effect>) {
    let mut probe = s.clone();
    let reply = probe
        .screen
        .page_mut()
        .update(&mut probe.shared, msg.clone());
    (reply.commands, update(s, msg))
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn session(s: &State) -> &klarhet::model::Session {
    &s.shared.work.as_ref().expect("a session").session
}

#[test]
fn the_level_screen_places_the_group_on_the_ladder() {
    let mut s = at(Step::Level);
    let model = halmstad();
    let ladder = model.levels.as_ref().expect("a ladder");
    send(&mut s, &[Msg::Down]);
    let level = ladder.steps[1].level;
    assert_eq!(
        commands_and_effects(&mut s, Msg::Confirm),
        (
            vec![Command::PlaceLevel { level: Some(level) }],
            vec![Effect::Save]
        )
    );
    assert_eq!(session(&s).level, Some(level));
}

#[test]
fn the_recommendations_screen_adopts_and_drops() {
    let mut s = at(Step::Recommendations);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Toggle);
    let [Command::Adopt { recommendation }] = commands.as_slice() else {
        panic!("{commands:?}");
    };
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).adopted, std::slice::from_ref(recommendation));
    let (commands, _) = commands_and_effects(&mut s, Msg::Toggle);
    assert_eq!(
        commands,
        [Command::DropAdoption {
            recommendation: recommendation.clone()
        }]
    );
    assert!(session(&s).adopted.is_empty());
}

#[test]
fn the_plan_screen_plans_an_action_when_its_form_is_saved() {
    let model = halmstad();
    let mut session_ = session_with(&model, &[Role::Politik]);
    let rec = model.recommendations[0].id.clone();
    session_.adopted.push(rec.clone());
    let mut s = fresh().at(Work::new(session_, model, None), Step::Plan);
    update(&mut s, Msg::Edit);
    send(&mut s, &typed("Färre överlämningar"));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("KLK"));
    send(&mut s, &[Msg::Next, Msg::Next]);
    // Typing hands nothing: the form is not saved yet.
    let (commands, _) = commands_and_effects(&mut s, Msg::Right);
    assert_eq!(commands, []);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    let [
        Command::PlanAction(ActionItem {
            recommendation,
            effect_goal,
            owner,
            status: Status::Started,
            ..
        }),
    ] = commands.as_slice()
    else {
        panic!("{commands:?}");
    };
    assert_eq!(
        (recommendation, effect_goal.as_str(), owner.as_str()),
        (&rec, "Färre överlämningar", "KLK")
    );
    // The form's draft goes with it: one whole save.
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).actions.len(), 1);
}

#[test]
fn the_agreed_score_form_hands_the_agreement_when_saved() {
    let mut s = at(Step::Scoring);
    let challenge = halmstad().challenges[0].id.clone();
    send(&mut s, &[Msg::Agree, Msg::ClearField]);
    send(&mut s, &typed("80"));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("Ingen äger frågan"));
    send(&mut s, &[Msg::Next]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Char('x'));
    assert_eq!(commands, [], "typing is not saving");
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Agree {
            challenge: challenge.clone(),
            severity: 80.0,
            rationale: "Ingen äger frågan".into(),
            notes: "x".into(),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    let session = session(&s);
    assert_eq!(session.agreed[&challenge].severity, Some(80.0));
    assert_eq!(session.notes[&challenge], "x");
}
