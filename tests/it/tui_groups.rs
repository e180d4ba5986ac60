//! The participants screen on a model's groups (issue 28): a column per
//! grouping, a group in each (or none) on the participant form, a group of the
//! session's own, and `r` moving a participant through the breakdown's groups.
//! Transition tests on the commands the screen hands the domain, and a
//! snapshot of the screen with two groupings at 80×24.

use crate::common;
use common::groupings::two_groupings;
use common::tui::{commands_and_effects, drawn, fresh, send};
use klarhet::model::command::Command;
use klarhet::model::session::Session;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::state::{State, Step, Work};

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

/// Four people on the model with two groupings, each in a group of both or
/// of one, on the participants screen.
fn at_participants() -> State {
    let model = two_groupings();
    let mut s = Session::new(&model, "Matteby", common::date(), klarhet::text::Lang::SV);
    let people = [
        ("Anna", vec!["politisk", "storre"]),
        ("Bengt", vec!["tjansteperson", "mindre"]),
        ("Cecilia Lindgren-Åkesson", vec!["profession"]),
        ("David", vec!["politisk", "mindre"]),
    ];
    let people = (people.iter())
        .map(|(a, g)| ((*a).to_owned(), g.iter().map(|x| (*x).to_owned()).collect()))
        .collect();
    common::give(&mut s, &model, Command::Enrol { people });
    fresh().at(Work::new(s, model, None), Step::Participants)
}

fn session(s: &State) -> &Session {
    &s.shared.work.as_ref().expect("a session").session
}

#[test]
fn a_new_participant_gets_a_group_in_each_grouping_or_none() {
    let mut s = at_participants();
    send(&mut s, &[Msg::Add]);
    send(&mut s, &typed("Eva"));
    // Niva: the first suggested group; Right moves to the next.
    send(&mut s, &[Msg::Next, Msg::Right, Msg::Next]);
    // Kommun: left of the first is none ("ingen grupp").
    send(&mut s, &[Msg::Left]);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::AddParticipant {
            alias: "Eva".into(),
            groups: vec!["tjansteperson".into()],
        }]
    );
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    let eva = session(&s).participants().last().unwrap();
    assert_eq!(eva.groups, ["tjansteperson"]);
}

#[test]
fn r_moves_the_selected_participant_through_the_breakdown_s_groups_only() {
    let mut s = at_participants();
    let (commands, _) = commands_and_effects(&mut s, Msg::CycleRole);
    assert_eq!(
        commands,
        [Command::EditParticipant {
            id: 1,
            alias: "Anna".into(),
            groups: vec!["tjansteperson".into(), "storre".into()],
        }]
    );
    assert_eq!(
        session(&s).participants()[0].groups,
        ["tjansteperson", "storre"]
    );
}

#[test]
fn a_group_of_the_session_s_own_is_added_and_offered() {
    let mut s = at_participants();
    send(&mut s, &[Msg::AddGroup]);
    send(&mut s, &typed("Tredje kommunen"));
    // Two open groupings: the second field chooses, from the breakdown's.
    send(&mut s, &[Msg::Next, Msg::Right]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::AddGroup {
            grouping: "kommun".into(),
            id: "tredje_kommunen".into(),
            name: "Tredje kommunen".into(),
        }]
    );
    let work = s.shared.work.as_ref().unwrap();
    let kommun = &work.model.groupings[1];
    let offered = work.session.offered(kommun, klarhet::text::Lang::SV);
    assert_eq!(
        offered.last().map(|g| g.name.as_str()),
        Some("Tredje kommunen")
    );
    // A nameless group is not added: the form stays, with a notice.
    send(&mut s, &[Msg::AddGroup]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert!(commands.is_empty(), "{commands:?}");
}

#[test]
fn the_participants_screen_shows_a_column_per_grouping() {
    let s = at_participants();
    insta::assert_snapshot!("participants_two_groupings_80x24", drawn(&s, 80, 24));
}

#[test]
fn u_breaks_the_figures_down_by_the_next_grouping_until_something_is_revealed() {
    let mut s = at_participants();
    // The key is bound, so help names it, because the model has two.
    let help = klarhet::tui::router::help_bindings(&s);
    let bound = help
        .iter()
        .find(|b| b.keys.iter().any(|(_, m)| *m == Msg::CycleBreakdown))
        .expect("a binding");
    assert!(
        bound.enabled && bound.help.contains("gruppering"),
        "{}",
        bound.help
    );
    let (commands, effects) = commands_and_effects(&mut s, Msg::CycleBreakdown);
    assert_eq!(
        commands,
        [Command::ChooseBreakdown {
            grouping: "kommun".into()
        }]
    );
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    let model = &s.shared.work.as_ref().expect("a session").model;
    let now = session(&s).breakdown(model).map(|g| g.id.clone());
    assert_eq!(now.as_deref(), Some("kommun"));
    // Round again, to the first.
    let (commands, _) = commands_and_effects(&mut s, Msg::CycleBreakdown);
    assert_eq!(
        commands,
        [Command::ChooseBreakdown {
            grouping: "niva".into()
        }]
    );
}
