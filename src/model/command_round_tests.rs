//! `Session::apply` for a round opened after the group has talked: the change
//! it makes names the round, is saved whole (never journalled), replays once
//! however often it is replayed, and a refused one changes nothing.

use super::command_tests::{applied, refused, session};
use crate::error::Problem;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::round::Channel;
use crate::model::session::{Answer, Tally};
use jiff::Timestamp;

fn at() -> Timestamp {
    "2026-12-06T10:15:00Z".parse().unwrap()
}

/// Three seats vote `value` on every statement of challenge 0's current round,
/// and the round is revealed.
fn three_vote(m: &Assessment, s: &mut crate::model::Session, value: i32) {
    let c = &m.challenges[0];
    let asked: Vec<String> = s
        .round_statements(c)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for voter in 1..=3 {
        for st in &asked {
            let cast = Command::Cast {
                challenge: c.id.clone(),
                statement: st.clone(),
                voter,
                answer: Answer::Value(value),
            };
            applied(m, s, cast);
        }
        let pass = Command::Pass {
            challenge: c.id.clone(),
            voter,
            count: asked.len(),
        };
        applied(m, s, pass);
    }
    let reveal = Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    applied(m, s, reveal);
}

#[test]
fn a_second_round_opens_on_the_chosen_statements_and_keeps_the_first() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = session(&m);
    applied(&m, &mut s, Command::CountHeads { headcount: Some(3) });
    three_vote(&m, &mut s, 2);
    // Chosen out of the model's order: asked in it.
    let chosen = vec![c.statements[2].id.clone(), c.statements[0].id.clone()];
    let open = Command::OpenRound {
        challenge: c.id.clone(),
        statements: chosen,
        channel: Channel::Keyboard,
        at: at(),
    };
    let changes = applied(&m, &mut s, open);
    let [
        change @ Change::RoundOpened {
            round, statements, ..
        },
    ] = changes.as_slice()
    else {
        panic!("{changes:?}");
    };
    assert_eq!(*round, 2);
    assert_eq!(
        *statements,
        [c.statements[0].id.clone(), c.statements[2].id.clone()]
    );
    assert!(!change.journalled(&m), "a round opens with a whole save");
    assert!(!change.journalled_in(&s, &m));
    assert_eq!(s.current_round(&c.id), 2);
    assert_eq!(s.round_len(c), 2);
    // The same voters vote again, in the new round only.
    three_vote(&m, &mut s, 4);
    let first = &c.statements[0].id;
    assert_eq!(s.round_tally(&c.id, 1, first).counts.get(&2), Some(&3));
    assert_eq!(s.round_tally(&c.id, 2, first).counts.get(&4), Some(&3));
    assert_eq!(s.rounds_of(c)[1].round.opened, Some(at()));
    // A statement the second round did not ask still shows the first's figures.
    let second = &c.statements[1].id;
    assert_eq!(s.shown_tally(&c.id, second).counts.get(&2), Some(&3));
}

#[test]
fn a_second_round_by_hands_after_a_show_of_hands() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[1];
    let st = c.statements[0].id.clone();
    let mut s = session(&m);
    let hands = |v: i32, n: u32| Tally {
        counts: [(v, n)].into(),
        unknown: 0,
    };
    let count = |tally| Command::CountHands {
        statement: st.clone(),
        tally,
    };
    applied(&m, &mut s, count(hands(1, 7)));
    let open = Command::OpenRound {
        challenge: c.id.clone(),
        statements: vec![st.clone()],
        channel: Channel::Hands,
        at: at(),
    };
    applied(&m, &mut s, open);
    applied(&m, &mut s, count(hands(3, 7)));
    assert_eq!(s.round_tally(&c.id, 1, &st), hands(1, 7));
    assert_eq!(s.round_tally(&c.id, 2, &st), hands(3, 7));
    assert_eq!(s.rounds_of(c)[1].round.channel, Channel::Hands);
}

#[test]
fn a_round_is_refused_over_open_ballots_and_for_statements_of_another_challenge() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = session(&m);
    applied(&m, &mut s, Command::CountHeads { headcount: Some(3) });
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 1,
        answer: Answer::Value(3),
    };
    applied(&m, &mut s, cast);
    let open = |statements: Vec<String>| Command::OpenRound {
        challenge: c.id.clone(),
        statements,
        channel: Channel::Keyboard,
        at: at(),
    };
    refused(
        &m,
        &mut s,
        open(vec![c.statements[0].id.clone()]),
        Problem::RoundUnfinished {
            challenge: c.id.clone(),
        },
    );
    let stranger = m.challenges[1].statements[0].id.clone();
    refused(
        &m,
        &mut s,
        open(vec![stranger.clone()]),
        Problem::DanglingId {
            kind: "statement",
            id: stranger,
        },
    );
    refused(
        &m,
        &mut s,
        open(Vec::new()),
        Problem::NoStatements {
            challenge: c.id.clone(),
        },
    );
}

#[test]
fn a_round_opened_names_its_number_and_a_later_one_is_refused_on_replay() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = session(&m);
    let opened = |round| Change::RoundOpened {
        challenge: c.id.clone(),
        round,
        statements: vec![c.statements[0].id.clone()],
        channel: Channel::Keyboard,
        at: at(),
    };
    // Nothing voted: round 3 cannot follow.
    let before = s.clone();
    assert!(matches!(
        s.replay(&m, &opened(3), true),
        Err(Problem::DanglingId { kind: "round", .. })
    ));
    assert_eq!(s, before);
    // Round 1 opened on one statement, before anyone voted.
    s.replay(&m, &opened(1), true).unwrap();
    assert_eq!(s.current_round(&c.id), 1);
    assert_eq!(s.round_len(c), 1);
    let once = s.clone();
    s.replay(&m, &opened(1), true).unwrap();
    assert_eq!(s, once, "opened already");
}
