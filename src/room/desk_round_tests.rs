//! The desk in a later round: the room asks the round's statements only, a seat
//! that finished the round before answers again, its progress is the round's,
//! and nothing a phone is told carries an answer of a round that has closed.

use super::*;
use crate::model::round::Channel;

fn at() -> jiff::Timestamp {
    "2026-12-06T13:00:00Z".parse().unwrap()
}

fn page(s: &mut Session, m: &Assessment, d: &Desk, token: &str, statement: Option<&str>) -> Reply {
    let request = Request::Page {
        seat_token: Some(token.into()),
        statement: statement.map(str::to_owned),
    };
    serve(s, m, d, request).0
}

fn answer(
    s: &mut Session,
    m: &Assessment,
    d: &Desk,
    token: &str,
    statement: &str,
    v: i32,
) -> Reply {
    let request = Request::Answer {
        seat_token: Some(token.into()),
        statement: statement.into(),
        answer: Some(Answer::Value(v)),
    };
    serve(s, m, d, request).0
}

/// Five seats answer every statement of the first challenge on their phones;
/// the results are shown; a second round opens on its second and fourth
/// statements, for `channel`.
fn second_round(channel: Channel) -> (Assessment, Session, Desk, Vec<String>) {
    let model = Assessment::halmstad().unwrap();
    let mut s = crate::demo::crowd(&model, 5, false);
    s.apply(
        &model,
        Command::OpenRoom {
            token: "RUM".into(),
        },
    )
    .unwrap();
    let c = model.challenges[0].clone();
    let mut desk = Desk::new(
        s.room_scope(&model, Some(std::slice::from_ref(&c.id)))
            .unwrap(),
    );
    for seat in 1..=5 {
        let token = format!("t{seat}");
        let claim = Request::Claim {
            seat,
            token: token.clone(),
            held: None,
        };
        serve(&mut s, &model, &desk, claim);
        for st in &c.statements {
            let got = answer(&mut s, &model, &desk, &token, &st.id, 2);
            assert!(matches!(got, Reply::Saved { .. }), "{got:?}");
        }
    }
    s.apply(
        &model,
        Command::Reveal {
            challenge: c.id.clone(),
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    )
    .unwrap();
    desk.show(&c.id, 1);
    assert_eq!(page(&mut s, &model, &desk, "t1", None), Reply::Shown);
    let again = vec![c.statements[1].id.clone(), c.statements[3].id.clone()];
    s.apply(
        &model,
        Command::OpenRound {
            challenge: c.id.clone(),
            statements: again.clone(),
            channel,
            at: at(),
        },
    )
    .unwrap();
    (model, s, desk, again)
}

#[test]
fn a_seat_that_finished_round_one_answers_the_second_rounds_statements_only() {
    let (model, mut s, desk, again) = second_round(Channel::Room);
    let c = &model.challenges[0];
    let Reply::Ballot {
        item, number, of, ..
    } = page(&mut s, &model, &desk, "t1", None)
    else {
        panic!("a ballot in round 2");
    };
    assert_eq!((item.id.as_str(), number, of), (again[0].as_str(), 1, 2));
    assert_eq!(
        (item.slot.challenge, item.slot.statement, item.slot.round),
        (0, 1, 2),
        "its place in the model, and the round"
    );
    assert_eq!(item.answer, None, "no answer of round 1 comes back");
    assert!(!item.passed && item.open);
    // A statement the round does not ask: the phone is sent to the screen.
    let first = &c.statements[0].id;
    assert_eq!(answer(&mut s, &model, &desk, "t1", first, 5), Reply::Shown);
    let Reply::Saved { next, slot, .. } = answer(&mut s, &model, &desk, "t1", &again[0], 4) else {
        panic!("saved");
    };
    assert_eq!(next.as_deref(), Some(again[1].as_str()));
    assert_eq!((slot.statement, slot.round), (1, 2));
    // Halfway: counted as started, not answered.
    let progress = crate::room::progress(&s, &model, &desk);
    assert_eq!((progress.done, progress.started), (0, 1));
    let Reply::Saved { next, .. } = answer(&mut s, &model, &desk, "t1", &again[1], 5) else {
        panic!("saved");
    };
    assert_eq!(next, None);
    let Reply::Done { items } = page(&mut s, &model, &desk, "t1", None) else {
        panic!("the end of round 2");
    };
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, [again[0].as_str(), again[1].as_str()]);
    let progress = crate::room::progress(&s, &model, &desk);
    assert_eq!(progress.answered, vec![(c.id.clone(), 1)]);
    assert_eq!((progress.done, &progress.missing), (1, &vec![2, 3, 4, 5]));
    // The counts kept batch by batch agree with the recount.
    let counts = crate::room::counts::Counts::new(&s, &model, &desk);
    assert_eq!(counts.progress(), &progress);
    // Round 1's ballots are sealed in its record; round 2's answer is open.
    assert_eq!(s.current_round(&c.id), 2);
    assert_eq!(s.round_tally(&c.id, 1, &again[0]).n(), 5);
    assert_eq!(s.responses().tally(&again[0]).n(), 1);
}

#[test]
fn the_reveal_of_round_two_sends_its_phones_to_the_screen_and_a_third_round_asks_again() {
    let (model, mut s, mut desk, again) = second_round(Channel::Room);
    let c = &model.challenges[0];
    for seat in 1..=5 {
        let token = format!("t{seat}");
        for st in &again {
            answer(&mut s, &model, &desk, &token, st, 4);
        }
    }
    s.apply(
        &model,
        Command::Reveal {
            challenge: c.id.clone(),
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    )
    .unwrap();
    desk.show(&c.id, 2);
    assert_eq!(page(&mut s, &model, &desk, "t1", None), Reply::Shown);
    assert_eq!(s.round_tally(&c.id, 2, &again[0]).counts.get(&4), Some(&5));
    s.apply(
        &model,
        Command::OpenRound {
            challenge: c.id.clone(),
            statements: vec![again[1].clone()],
            channel: Channel::Room,
            at: at(),
        },
    )
    .unwrap();
    let Reply::Ballot { item, of, .. } = page(&mut s, &model, &desk, "t3", None) else {
        panic!("a ballot in round 3");
    };
    assert_eq!(
        (item.id.as_str(), of, item.slot.round),
        (again[1].as_str(), 1, 3)
    );
}

#[test]
fn a_later_round_by_hands_or_keyboard_is_not_the_rooms() {
    for channel in [Channel::Hands, Channel::Keyboard] {
        let (model, mut s, desk, again) = second_round(channel);
        assert_eq!(page(&mut s, &model, &desk, "t1", None), Reply::Shown);
        assert_eq!(
            answer(&mut s, &model, &desk, "t1", &again[0], 3),
            Reply::Shown
        );
        assert!(
            s.room_scope(&model, Some(&[model.challenges[0].id.clone()]))
                .is_err()
        );
    }
}

#[test]
fn a_room_opened_after_round_two_was_opened_for_phones_asks_it() {
    let (model, s, _, again) = second_round(Channel::Room);
    let scope = s.room_scope(&model, None).unwrap();
    assert_eq!(scope[0], model.challenges[0].id, "round 2 is the room's");
    let mut s = s;
    let desk = Desk::new(scope);
    let Reply::Ballot { item, .. } = page(&mut s, &model, &desk, "t2", None) else {
        panic!("a ballot");
    };
    assert_eq!(item.id, again[0]);
}
