//! Transition tests of a second round, as a facilitator runs one: a round is
//! voted and revealed, the group talks, `r` on the reveal opens the chooser,
//! the statements and the channel are chosen, and the ballot or the show of
//! hands steps through the new round's statements only. Both rounds are kept,
//! and the reveal has them side by side with the shift in words.

use crate::common;
use common::tui::{commands_and_effects, drawn, state_at as at};
use klarhet::model::command::Command;
use klarhet::model::round::Channel;
use klarhet::model::session::Answer;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{State, Step};

fn session(s: &State) -> &klarhet::model::Session {
    &s.shared.work.as_ref().expect("a session").session
}

fn phase(s: &State) -> Phase {
    s.screen.phase().cloned().expect("the scoring screen")
}

/// Every voter in turn answers `value` to each of the `k` statements offered.
fn ballot_round(s: &mut State, value: i32, k: usize) {
    for voter in 0..3 {
        assert_eq!(phase(s), Phase::Handover { voter }, "voter {voter}");
        update(s, Msg::Confirm);
        for _ in 0..k {
            update(s, Msg::Answer(Answer::Value(value)));
        }
    }
}

/// The chooser over the reveal: the shown statement ticked, `extra` ticked too,
/// the channel at `channel` (0 keyboard, 1 hands) chosen, and opened.
fn vote_again(s: &mut State, extra: usize, channel: usize) -> Vec<Command> {
    update(s, Msg::VoteAgain);
    assert!(matches!(phase(s), Phase::VoteAgain(_)), "{:?}", phase(s));
    let k = s.shared.work.as_ref().unwrap().model.challenges[0]
        .statements
        .len();
    for _ in 0..extra {
        update(s, Msg::Down);
    }
    update(s, Msg::Toggle);
    for _ in extra..k + channel {
        update(s, Msg::Down);
    }
    update(s, Msg::Toggle);
    let (commands, effects) = commands_and_effects(s, Msg::Confirm);
    assert_eq!(effects, [Effect::Save], "a round opens with a whole save");
    commands
}

#[test]
fn a_second_ballot_round_on_two_statements_keeps_both_rounds() {
    let mut s = at(Step::Scoring);
    let model = s.shared.work.as_ref().unwrap().model.clone();
    let c = &model.challenges[0];
    let k = c.statements.len();
    s.shared.now = "2026-11-22T13:40:00Z".parse().unwrap();
    update(&mut s, Msg::StartBallot);
    ballot_round(&mut s, 2, k);
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    let commands = vote_again(&mut s, 2, 0);
    let (first, third) = (c.statements[0].id.clone(), c.statements[2].id.clone());
    assert_eq!(
        commands,
        [Command::OpenRound {
            challenge: c.id.clone(),
            statements: vec![first.clone(), third.clone()],
            channel: Channel::Keyboard,
            at: s.shared.now,
        }]
    );
    assert_eq!(session(&s).current_round(&c.id), 2);
    // The first voter is next, in a round of two statements.
    assert_eq!(phase(&s), Phase::Handover { voter: 0 });
    update(&mut s, Msg::Confirm);
    let (cast, _) = commands_and_effects(&mut s, Msg::Answer(Answer::Value(4)));
    assert!(matches!(&cast[0], Command::Cast { statement, .. } if *statement == first));
    let (cast, _) = commands_and_effects(&mut s, Msg::Answer(Answer::Value(4)));
    assert!(
        matches!(&cast[0], Command::Cast { statement, .. } if *statement == third),
        "the round's second statement is the challenge's third: {cast:?}"
    );
    assert_eq!(phase(&s), Phase::Handover { voter: 1 });
    for _ in 1..3 {
        update(&mut s, Msg::Confirm);
        update(&mut s, Msg::Answer(Answer::Value(4)));
        update(&mut s, Msg::Answer(Answer::Value(4)));
    }
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    let session = session(&s);
    for st in [&first, &third] {
        assert_eq!(session.round_tally(&c.id, 1, st).counts.get(&2), Some(&3));
        assert_eq!(session.round_tally(&c.id, 2, st).counts.get(&4), Some(&3));
    }
    let second = &c.statements[1].id;
    assert_eq!(session.round_tally(&c.id, 2, second).total(), 0);
    assert_eq!(session.shown_tally(&c.id, second).counts.get(&2), Some(&3));
    let analysis = &s.shared.work.as_ref().unwrap().analysis;
    let result = analysis.challenge(&c.id).unwrap();
    assert_eq!(result.rounds[0].len(), 2);
    assert!(result.rounds[1].is_empty(), "asked once");
    // Role means are of the round shown: the second, revealed in one step.
    assert!(result.role_means.is_empty(), "politik has one person");
    let screen = drawn(&s, 80, 24);
    let tall = drawn(&s, 120, 40);
    assert!(tall.contains("Omgång 1"), "{tall}");
    assert!(screen.contains("Omgång 1"), "{screen}");
    assert!(screen.contains("Omgång 2"), "{screen}");
    assert!(
        screen.contains("Samstämmigheten stod kvar på 1,00; medianen steg från 2 till 4"),
        "{screen}"
    );
}

#[test]
fn a_second_round_by_hands_counts_only_the_chosen_statement() {
    let mut s = at(Step::Scoring);
    let model = s.shared.work.as_ref().unwrap().model.clone();
    let c = &model.challenges[0];
    update(&mut s, Msg::StartHands);
    // Three hands at 1 on every statement.
    for _ in 0..c.statements.len() {
        update(&mut s, Msg::Char('3'));
        update(&mut s, Msg::Confirm);
    }
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    update(&mut s, Msg::Right);
    // Only the statement shown (the second), by hands.
    update(&mut s, Msg::VoteAgain);
    let k = c.statements.len();
    for _ in 1..k + 1 {
        update(&mut s, Msg::Down);
    }
    let (commands, _) = commands_and_effects(&mut s, Msg::Toggle);
    assert!(commands.is_empty());
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    let second = c.statements[1].id.clone();
    assert!(matches!(
        commands.as_slice(),
        [Command::OpenRound { statements, channel: Channel::Hands, .. }] if *statements == [second.clone()]
    ));
    // The counter starts empty on the round's one statement.
    let Phase::Hands {
        statement, counts, ..
    } = phase(&s)
    else {
        panic!("{:?}", phase(&s));
    };
    assert_eq!(statement, 0);
    assert!(counts.iter().all(|f| f.value().is_empty()));
    // Three hands at 4.
    for _ in 0..3 {
        update(&mut s, Msg::Down);
    }
    let (commands, _) = commands_and_effects(&mut s, Msg::Char('3'));
    assert!(commands.is_empty());
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert!(
        matches!(
            commands.as_slice(),
            [Command::CountHands { statement, .. }, Command::Reveal { .. }] if *statement == second
        ),
        "{commands:?} {:?} {:?}",
        phase(&s),
        s.shared.notice
    );
    assert!(matches!(phase(&s), Phase::Reveal { .. }));
    let session = session(&s);
    assert_eq!(
        session.round_tally(&c.id, 1, &second).counts.get(&1),
        Some(&3)
    );
    assert_eq!(
        session.round_tally(&c.id, 2, &second).counts.get(&4),
        Some(&3)
    );
    assert_eq!(session.rounds_of(c)[1].round.channel, Channel::Hands);
    let result = s.shared.work.as_ref().unwrap().analysis.challenges[0].clone();
    assert_eq!(result.rounds[1].len(), 2);
    assert!(result.rounds[0].is_empty());
}

#[test]
fn the_chooser_refuses_a_round_with_nothing_ticked_and_cancels_back_to_the_reveal() {
    let mut s = at(Step::Scoring);
    let k = s.shared.work.as_ref().unwrap().model.challenges[0]
        .statements
        .len();
    update(&mut s, Msg::StartBallot);
    ballot_round(&mut s, 3, k);
    update(&mut s, Msg::VoteAgain);
    // The shown statement starts ticked: untick it.
    update(&mut s, Msg::Toggle);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert!(commands.is_empty() && effects.is_empty());
    assert!(matches!(phase(&s), Phase::VoteAgain(_)));
    assert!(s.shared.notice.is_some(), "says why");
    update(&mut s, Msg::Back);
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    assert_eq!(
        session(&s).current_round(&s.shared.work.as_ref().unwrap().model.challenges[0].id),
        1
    );
}
