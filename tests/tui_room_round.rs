//! A later round on the phones in the room, in the workbench: the entry the
//! "vote again" chooser calls for the room gives the command that opens the
//! round (and opens the room when it is closed), the phones that finished the
//! first round answer the chosen statements again, and the reveal shows the
//! round's answers and sends its phones to the screen.

mod common;

use common::tui::{drawn, send, state_at};
use klarhet::model::command::Command;
use klarhet::model::round::Channel;
use klarhet::model::session::Answer;
use klarhet::room::desk::Request;
use klarhet::tui::msg::{Effect, Msg, ROOM_QUIET, RoomAddress, Timer};
use klarhet::tui::screens::scoring::room::vote_again_in_room;
use klarhet::tui::state::{State, Step};

fn at() -> jiff::Timestamp {
    "2026-12-06T13:30:00Z".parse().unwrap()
}

fn session(s: &State) -> &klarhet::model::Session {
    &s.shared.work.as_ref().unwrap().session
}

/// The three seats' phones answer `statements`: seats 1 and 3 with `value` + 1,
/// seat 2 with `value`.
fn phones_answer(s: &mut State, statements: &[String], value: i32) {
    for seat in 1..=3u32 {
        let token = format!("T{seat}");
        let mut calls = vec![Request::Claim {
            seat,
            token: token.clone(),
            held: None,
        }];
        calls.extend(statements.iter().map(|st| Request::Answer {
            seat_token: Some(token.clone()),
            statement: st.clone(),
            answer: Some(Answer::Value(value + seat as i32 % 2)),
        }));
        send(s, &[Msg::RoomCalls(calls)]);
    }
}

/// The scoring step with the room open on the first challenge, its first
/// round answered on three phones and revealed.
fn first_round_revealed() -> (State, Vec<String>) {
    let mut s = state_at(Step::Scoring);
    send(&mut s, &[Msg::OpenRoom { choose: false }]);
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    };
    send(&mut s, &[Msg::RoomOpened(Ok(address))]);
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    let all: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    phones_answer(&mut s, &all, 2);
    send(&mut s, &[Msg::Reveal, Msg::Back]);
    assert_eq!(session(&s).counted(&c.id), 3);
    (s, all)
}

/// Applies the reply's commands as the router does, and gives its effects.
fn carry_out(s: &mut State, reply: klarhet::tui::screens::Reply) -> Vec<Effect> {
    let work = s.shared.work.as_mut().unwrap();
    for command in reply.commands {
        work.session.apply(&work.model, command).expect("accepted");
    }
    work.refresh();
    reply.effects
}

#[test]
fn phones_vote_again_on_two_statements_while_the_room_stays_open() {
    let (mut s, all) = first_round_revealed();
    let c = all[0].split('.').next().unwrap().to_owned();
    let again = vec![all[1].clone(), all[3].clone()];
    let reply = vote_again_in_room(&mut s.shared, again.clone(), at());
    assert_eq!(
        reply.commands,
        [Command::OpenRound {
            challenge: "otydlighet".into(),
            statements: again.clone(),
            channel: Channel::Room,
            at: at(),
        }]
    );
    assert!(reply.effects.is_empty(), "the room is open already");
    assert_eq!(carry_out(&mut s, reply), []);
    assert_eq!(session(&s).current_round("otydlighet"), 2, "{c}");
    let shown = drawn(&s, 80, 24);
    assert!(
        shown.contains("Otydlighet  0 av 3 klara · runda 2"),
        "{shown}"
    );
    // The seats that finished round 1 answer round 2: the chosen two only.
    phones_answer(&mut s, &again, 4);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("3 av 3 har svarat på allt"), "{shown}");
    assert_eq!(session(&s).responses().tally(&again[0]).n(), 3);
    assert_eq!(session(&s).responses().tally(&all[0]).n(), 0);
    let effects = send(&mut s, &[Msg::Reveal]);
    assert_eq!(effects, [Effect::Save]);
    let room = s.shared.room.as_ref().unwrap();
    assert!(room.desk.shown_now(session(&s), "otydlighet"));
    let round_two = session(&s).round_tally("otydlighet", 2, &again[0]);
    assert_eq!((round_two.n(), round_two.counts.get(&5)), (3, Some(&2)));
    let round_one = session(&s).round_tally("otydlighet", 1, &again[0]);
    assert_eq!(round_one.counts.get(&3), Some(&2), "round 1 is kept");
}

#[test]
fn with_the_room_closed_it_opens_for_the_challenge_of_the_round() {
    let (mut s, all) = first_round_revealed();
    send(&mut s, &[Msg::CloseRoom]);
    assert!(s.shared.room.is_none());
    let reply = vote_again_in_room(&mut s.shared, vec![all[2].clone()], at());
    assert_eq!(carry_out(&mut s, reply), [Effect::OpenRoom]);
    let room = s.shared.room.as_ref().expect("opening");
    assert_eq!(room.desk.scope, ["otydlighet"]);
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    };
    assert_eq!(
        send(&mut s, &[Msg::RoomOpened(Ok(address))]),
        [
            Effect::Save,
            Effect::after(Timer::RoomQuiet, ROOM_QUIET, Msg::RoomQuiet)
        ]
    );
    phones_answer(&mut s, &all[2..3], 4);
    assert_eq!(session(&s).responses().tally(&all[2]).n(), 3);
}

#[test]
fn a_round_with_answers_still_open_is_refused_and_no_room_opens() {
    let mut s = state_at(Step::Scoring);
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    let first = c.statements[0].id.clone();
    // An open ballot at the keyboard, not yet counted.
    let work = s.shared.work.as_mut().unwrap();
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: first.clone(),
        voter: 1,
        answer: Answer::Value(3),
    };
    work.session.apply(&work.model, cast).unwrap();
    let reply = vote_again_in_room(&mut s.shared, vec![first], at());
    assert!(reply.commands.is_empty() && reply.effects.is_empty());
    assert!(
        s.shared.room.is_none(),
        "no room for a round that cannot open"
    );
    assert!(s.shared.notice.is_some(), "a notice says why");
}
