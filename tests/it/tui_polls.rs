//! The private vote before an open decision (issue 28; src/model/picks.rs):
//! `b` on the alternatives, or on an area on the phases screen, passes the
//! keyboard round; each voter's turn hands exactly one `Command::Pick` and
//! leaves nothing of it on the screen; `r` shows the votes only when enough
//! wait together, and then as counts and shares beside what the group
//! decides. The picking turn and the shown shares are pinned at 80×24.

use crate::common;
use common::tui::{commands_and_effects, drawn, fresh};
use klarhet::model::command::Command;
use klarhet::model::picks::{Pick, Poll};
use klarhet::model::{Assessment, Session};
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::Notice;
use klarhet::tui::state::{State, Step, Work};

/// `model`'s step `step`, with six named participants (P1…P6).
fn at(model: &str, step: Step) -> State {
    let model: Assessment = common::models::embedded(model);
    let session = common::models::workshop(&model, Lang::SV);
    fresh().at(Work::new(session, model, None), step)
}

/// Sends `msgs` in turn; every command the screen handed for them.
fn commands(s: &mut State, msgs: &[Msg]) -> Vec<Command> {
    msgs.iter()
        .flat_map(|m| commands_and_effects(s, m.clone()).0)
        .collect()
}

/// The next voter on the list picks the choice `down` places below the
/// first (one past the last choice is "cannot say").
fn vote(s: &mut State, down: usize) -> Vec<Command> {
    let mut msgs = vec![Msg::Confirm];
    msgs.extend(vec![Msg::Down; down]);
    msgs.push(Msg::Confirm);
    commands(s, &msgs)
}

fn session(s: &State) -> &Session {
    &s.shared.work.as_ref().expect("a session").session
}

fn alternative(i: usize) -> String {
    let m = common::models::embedded("trollhattan");
    m.alternatives.expect("alternatives").items[i].id.clone()
}

#[test]
fn each_voter_hands_one_pick_and_nothing_of_it_stays_on_the_screen() {
    let mut s = at("trollhattan", Step::Alternatives);
    assert_eq!(commands(&mut s, &[Msg::StartBallot]), []);
    let before_pick = drawn(&s, 80, 24);
    assert!(before_pick.contains("Vem röstar nu?"), "{before_pick}");
    assert!(before_pick.contains("P1"), "{before_pick}");
    // P1 moves to II: the turn shows the choices and hands nothing yet.
    assert_eq!(commands(&mut s, &[Msg::Confirm, Msg::Down]), []);
    let turn = drawn(&s, 80, 24);
    assert!(turn.contains("P1 röstar"), "{turn}");
    assert!(turn.contains("▸ II"), "{turn}");
    assert!(turn.contains("Vet ej"), "{turn}");
    let (handed, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        handed,
        [Command::Pick {
            poll: Poll::Alternatives,
            voter: 1,
            pick: Pick::Choice(alternative(1)),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    let after = drawn(&s, 80, 24);
    assert!(after.contains("Rösten är inlämnad"), "{after}");
    assert!(!after.contains("▸") && !after.contains(" II "), "{after}");
    // P2 cannot say: that is an answer too.
    commands(&mut s, &[Msg::Confirm]);
    let handed = vote(&mut s, 3);
    assert_eq!(
        handed,
        [Command::Pick {
            poll: Poll::Alternatives,
            voter: 2,
            pick: Pick::Unsure,
        }]
    );
    // P1 has voted: the list goes on from P3.
    assert_eq!(commands(&mut s, &[Msg::Confirm]), []);
    let list = drawn(&s, 80, 24);
    assert!(!list.contains("  P1") && list.contains("P3"), "{list}");
    assert!(list.contains("Har röstat: 2 av 6"), "{list}");
}

#[test]
fn the_votes_show_only_with_enough_waiting_and_then_as_shares() {
    let mut s = at("trollhattan", Step::Alternatives);
    commands(&mut s, &[Msg::StartBallot]);
    vote(&mut s, 1);
    commands(&mut s, &[Msg::Back]);
    assert_eq!(commands(&mut s, &[Msg::Reveal]), []);
    assert_eq!(s.shared.notice, Some(Notice::PicksNeedVoters(2)));
    let waiting = drawn(&s, 80, 24);
    assert!(!waiting.contains("av 1 ("), "nothing is shown:\n{waiting}");
    commands(&mut s, &[Msg::StartBallot]);
    vote(&mut s, 1);
    commands(&mut s, &[Msg::Confirm]);
    vote(&mut s, 0);
    commands(&mut s, &[Msg::Back]);
    let shown = commands(&mut s, &[Msg::Reveal]);
    assert_eq!(
        shown,
        [Command::ShowPicks {
            poll: Poll::Alternatives
        }]
    );
    let picks = session(&s).picks(&Poll::Alternatives).expect("picks");
    assert_eq!(picks.shown.of(&alternative(1)), 2);
    let screen = drawn(&s, 80, 24);
    assert!(screen.contains("2 av 3 (67 %)"), "{screen}");
    assert!(screen.contains("1 av 3 (33 %)"), "{screen}");
    // The open choice is still the group's: nothing chose for it.
    assert!(session(&s).choice().is_none());
    insta::assert_snapshot!("polls_alternatives_shown_80x24", screen);
}

#[test]
fn everyone_voted_closes_the_list_and_esc_leaves_a_turn_without_a_pick() {
    let mut s = at("trollhattan", Step::Alternatives);
    commands(&mut s, &[Msg::StartBallot, Msg::Confirm]);
    // Esc in a turn goes back to the list and hands nothing.
    assert_eq!(commands(&mut s, &[Msg::Back]), []);
    assert!(drawn(&s, 80, 24).contains("Vem röstar nu?"));
    for _ in 0..6 {
        vote(&mut s, 0);
        commands(&mut s, &[Msg::Confirm]);
    }
    assert_eq!(s.shared.notice, Some(Notice::EveryoneHasVoted));
    assert_eq!(commands(&mut s, &[Msg::StartBallot]), []);
    assert_eq!(s.shared.notice, Some(Notice::EveryoneHasVoted));
    let picks = session(&s).picks(&Poll::Alternatives).expect("picks");
    assert_eq!(picks.voters.len(), 6);
}

#[test]
fn an_area_is_voted_on_from_the_phases_screen() {
    let mut s = at("matteby", Step::Phases);
    // The first row is the phase model itself: nothing to vote on.
    assert_eq!(commands(&mut s, &[Msg::StartBallot]), []);
    assert!(!drawn(&s, 80, 24).contains("Vem röstar nu?"));
    commands(&mut s, &[Msg::Down, Msg::StartBallot, Msg::Confirm]);
    let turn = drawn(&s, 80, 24);
    assert!(turn.contains("I vilken fas står"), "{turn}");
    insta::assert_snapshot!("polls_area_turn_80x24", turn);
    let m = common::models::embedded("matteby");
    let phases = m.phases.expect("phases");
    let area = phases.areas[0].id.clone();
    let handed = commands(&mut s, &[Msg::Down, Msg::Confirm]);
    assert_eq!(
        handed,
        [Command::Pick {
            poll: Poll::Area(area.clone()),
            voter: 1,
            pick: Pick::Choice(phases.steps[1].id.clone()),
        }]
    );
    for down in [1, 2] {
        commands(&mut s, &[Msg::Confirm]);
        vote(&mut s, down);
    }
    commands(&mut s, &[Msg::Back, Msg::Reveal]);
    let picks = session(&s).picks(&Poll::Area(area)).expect("picks");
    assert_eq!(picks.shown.total(), 3);
    // The vote places nothing: the group does, openly.
    let rows = session(&s).areas(&m_again(), Lang::SV);
    assert!(rows[0].placement.is_none());
    insta::assert_snapshot!("polls_area_shown_80x24", drawn(&s, 80, 24));
}

fn m_again() -> Assessment {
    common::models::embedded("matteby")
}

#[test]
fn v_takes_the_vote_again_and_the_first_round_stays_beside_it() {
    let mut s = at("trollhattan", Step::Alternatives);
    // Nothing shown yet: nothing to take again.
    assert_eq!(commands(&mut s, &[Msg::VoteAgain]), []);
    commands(&mut s, &[Msg::StartBallot]);
    for down in [0, 1, 1] {
        vote(&mut s, down);
        commands(&mut s, &[Msg::Confirm]);
    }
    commands(&mut s, &[Msg::Back, Msg::Reveal]);
    assert_eq!(
        commands(&mut s, &[Msg::VoteAgain]),
        [Command::ReopenPoll {
            poll: Poll::Alternatives
        }]
    );
    let screen = drawn(&s, 80, 24);
    assert!(screen.contains("omgång 2"), "{screen}");
    assert!(
        screen.contains("Omgång 1 (3 röster): I  Nuläge 1 ·"),
        "{screen}"
    );
    assert!(screen.contains("Har röstat: 0 av 6"), "{screen}");
    // Everyone may vote afresh.
    commands(&mut s, &[Msg::StartBallot]);
    assert!(drawn(&s, 80, 24).contains("P1"));
    insta::assert_snapshot!("polls_again_80x24", screen);
}
