//! A later round on the phones in the room, in the workbench: the entry the
//! "vote again" chooser calls for the room gives the command that opens the
//! round (and opens the room when it is closed), the phones that finished the
//! first round answer the chosen statements again, and the reveal shows the
//! round's answers and sends its phones to the screen. The chooser's third
//! channel, "telefoner i rummet", goes through that entry: the round opens, the
//! room with it when it was closed, and the room's panel takes the screen.

use crate::common;

use common::tui::{commands_and_effects, drawn, send, state_at};
use klarhet::model::command::Command;
use klarhet::model::round::Channel;
use klarhet::model::session::Answer;
use klarhet::room::desk::Request;
use klarhet::tui::msg::{Effect, Msg, ROOM_QUIET, RoomAddress, Timer};
use klarhet::tui::notice::Notice;
use klarhet::tui::screens::Phase;
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

/// The room's panel shows round 2 of the first challenge with no seat done;
/// the three phones answer `again`, the round's statements, with 4 or 5; the
/// panel then counts every seat done.
fn phones_answer_round_two(s: &mut State, again: &[String]) {
    let shown = drawn(s, 80, 24);
    assert!(
        shown.contains("Otydlighet  0 av 3 klara · runda 2"),
        "{shown}"
    );
    phones_answer(s, again, 4);
    let shown = drawn(s, 80, 24);
    assert!(shown.contains("3 av 3 har svarat på allt"), "{shown}");
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
    klarhet::tui::screens::scoring::room::recount(&mut s.shared);
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
    // The seats that finished round 1 answer round 2: the chosen two only.
    phones_answer_round_two(&mut s, &again);
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

fn address() -> RoomAddress {
    RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    }
}

fn phase(s: &State) -> Phase {
    s.screen.phase().cloned().expect("the scoring screen")
}

/// The scoring step, the room closed, the first challenge's first round voted
/// at the keyboard (every voter 2 on every statement) and revealed.
fn keyboard_round_revealed() -> (State, Vec<String>) {
    let mut s = state_at(Step::Scoring);
    s.shared.now = at();
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    let all: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    send(&mut s, &[Msg::StartBallot]);
    for _ in 0..3 {
        send(&mut s, &[Msg::Confirm]);
        for _ in &all {
            send(&mut s, &[Msg::Answer(Answer::Value(2))]);
        }
    }
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    assert!(s.shared.room.is_none());
    (s, all)
}

/// On the reveal, `r` opens the chooser; the shown statement (the first) stays
/// ticked, the third is ticked too, the room is chosen and Enter pressed: the
/// commands the chooser gave and the effects.
fn choose_the_room(s: &mut State, k: usize) -> (Vec<Command>, Vec<Effect>) {
    send(s, &[Msg::VoteAgain]);
    assert!(matches!(phase(s), Phase::VoteAgain(_)), "{:?}", phase(s));
    let chooser = drawn(s, 80, 24);
    assert!(chooser.contains("( ) telefoner i rummet"), "{chooser}");
    send(s, &[Msg::Down, Msg::Down, Msg::Toggle]);
    // From the third statement down past the keyboard and the hands.
    for _ in 2..k + 2 {
        send(s, &[Msg::Down]);
    }
    send(s, &[Msg::Toggle]);
    let chooser = drawn(s, 80, 24);
    assert!(chooser.contains("(•) telefoner i rummet"), "{chooser}");
    commands_and_effects(s, Msg::Confirm)
}

#[test]
fn choosing_the_room_after_a_keyboard_round_opens_round_two_and_the_room() {
    let (mut s, all) = keyboard_round_revealed();
    let again = vec![all[0].clone(), all[2].clone()];
    let (commands, effects) = choose_the_room(&mut s, all.len());
    assert_eq!(
        commands,
        [Command::OpenRound {
            challenge: "otydlighet".into(),
            statements: again.clone(),
            channel: Channel::Room,
            at: at(),
        }]
    );
    // The room is asked to listen, and the round is in the file at once.
    assert_eq!(effects, [Effect::OpenRoom, Effect::Save]);
    assert_eq!(session(&s).current_round("otydlighet"), 2);
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    assert_eq!(session(&s).rounds_of(&c)[1].round.channel, Channel::Room);
    assert_eq!(phase(&s), Phase::Overview, "the room's panel, as after `o`");
    assert_eq!(
        s.shared.notice,
        Some(Notice::RoundOpened {
            round: 2,
            statements: 2
        })
    );
    let room = s.shared.room.as_ref().expect("opening");
    assert_eq!(room.desk.scope, ["otydlighet"]);
    assert_eq!(
        send(&mut s, &[Msg::RoomOpened(Ok(address()))]),
        [
            Effect::Save,
            Effect::after(Timer::RoomQuiet, ROOM_QUIET, Msg::RoomQuiet)
        ]
    );
    let shown = drawn(&s, 80, 24);
    assert!(
        shown.contains("http://127.0.0.1:7373/ROOMTOKEN/"),
        "{shown}"
    );
    assert!(shown.contains("▀"), "the code to scan: {shown}");
    // The phones answer the round's two statements, and only those count.
    phones_answer_round_two(&mut s, &again);
    assert_eq!(session(&s).responses().tally(&all[1]).n(), 0);
    send(&mut s, &[Msg::Reveal]);
    assert_eq!(phase(&s), Phase::Reveal { statement: 0 });
    for st in &again {
        let two = session(&s).round_tally("otydlighet", 2, st);
        assert_eq!((two.n(), two.counts.get(&5)), (3, Some(&2)), "{st}");
        let one = session(&s).round_tally("otydlighet", 1, st);
        assert_eq!(one.counts.get(&2), Some(&3), "round 1 is kept: {st}");
    }
}

#[test]
fn choosing_the_room_while_it_is_open_asks_round_two_on_the_same_room() {
    let (mut s, all) = first_round_revealed();
    send(&mut s, &[Msg::Reveal]);
    let (commands, effects) = choose_the_room(&mut s, all.len());
    assert!(matches!(
        commands.as_slice(),
        [Command::OpenRound { channel: Channel::Room, statements, .. }]
            if *statements == [all[0].clone(), all[2].clone()]
    ));
    assert_eq!(effects, [Effect::Save], "no second room");
    assert_eq!(phase(&s), Phase::Overview);
    let room = s.shared.room.as_ref().unwrap();
    assert_eq!(room.url, "http://127.0.0.1:7373/ROOMTOKEN/");
    assert!(!room.desk.shown_now(session(&s), "otydlighet"));
    phones_answer_round_two(&mut s, &[all[0].clone(), all[2].clone()]);
    assert_eq!(session(&s).responses().tally(&all[2]).n(), 3);
}

#[test]
fn a_room_that_cannot_open_leaves_the_chooser_open_and_says_why() {
    let (mut s, all) = keyboard_round_revealed();
    s.shared.work.as_mut().unwrap().read_only = Some(klarhet::store::ReadOnly::Held);
    let (commands, effects) = choose_the_room(&mut s, all.len());
    assert!(commands.is_empty() && effects.is_empty());
    assert!(matches!(phase(&s), Phase::VoteAgain(_)), "{:?}", phase(&s));
    assert!(s.shared.room.is_none());
    assert_eq!(s.shared.notice, Some(Notice::RoomReadOnly));
    assert_eq!(session(&s).current_round("otydlighet"), 1);
}
