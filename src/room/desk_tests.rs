//! Tests of the desk: what a phone is told after the reveal, and that no reply
//! carries an answer or another seat's state.

use super::*;

fn room() -> (Assessment, Session, Desk) {
    let model = Assessment::halmstad().unwrap();
    let mut s = crate::demo::crowd(&model, 5, false);
    s.room_or(|| "RUM".into());
    (model, s, Desk::new(Scope::All))
}

fn claim(s: &mut Session, m: &Assessment, d: &Desk, seat: u32, token: &str) -> Reply {
    let request = Request::Claim {
        seat,
        token: token.into(),
        held: None,
    };
    serve(s, m, d, request).0
}

#[test]
fn after_the_results_are_shown_a_phone_is_sent_to_the_screen() {
    let (model, mut s, mut desk) = room();
    let c = &model.challenges[0];
    assert!(matches!(
        claim(&mut s, &model, &desk, 1, "t"),
        Reply::Seated { .. }
    ));
    let answer = |s: &mut Session, desk: &Desk, value| {
        let request = Request::Answer {
            seat_token: Some("t".into()),
            statement: c.statements[0].id.clone(),
            answer: Some(Answer::Value(value)),
        };
        serve(s, &model, desk, request)
    };
    let (reply, changes) = answer(&mut s, &desk, 3);
    assert!(matches!(reply, Reply::Saved { .. }), "{reply:?}");
    assert_eq!(changes.len(), 1);
    s.seal_room(c);
    desk.shown.insert(c.id.clone());
    let (reply, changes) = answer(&mut s, &desk, 4);
    assert_eq!((reply, changes.len()), (Reply::Shown, 0));
    let page = Request::Page {
        seat_token: Some("t".into()),
        statement: Some(c.statements[0].id.clone()),
    };
    assert_eq!(serve(&mut s, &model, &desk, page).0, Reply::Shown);
    // The next challenge is still open, and the phone goes on there.
    let page = Request::Page {
        seat_token: Some("t".into()),
        statement: None,
    };
    let Reply::Ballot { item, .. } = serve(&mut s, &model, &desk, page).0 else {
        panic!("a ballot of the next challenge");
    };
    assert_eq!(item.id, model.challenges[1].statements[0].id);
}

#[test]
fn no_reply_carries_an_answer_or_another_seats_state() {
    let (model, mut s, desk) = room();
    claim(&mut s, &model, &desk, 1, "a");
    claim(&mut s, &model, &desk, 2, "b");
    for (token, value) in [("a", 5), ("b", 1)] {
        let request = Request::Answer {
            seat_token: Some(token.into()),
            statement: model.challenges[0].statements[0].id.clone(),
            answer: Some(Answer::Value(value)),
        };
        serve(&mut s, &model, &desk, request);
    }
    let page = Request::Page {
        seat_token: Some("b".into()),
        statement: Some(model.challenges[0].statements[0].id.clone()),
    };
    let shown = format!("{:?}", serve(&mut s, &model, &desk, page).0);
    assert!(shown.contains("passed: true"), "its own progress: {shown}");
    let seats = format!(
        "{:?}",
        serve(
            &mut s,
            &model,
            &desk,
            Request::Page {
                seat_token: None,
                statement: None
            }
        )
        .0
    );
    assert!(
        seats.contains("taken: true") && !seats.contains("passed"),
        "{seats}"
    );
    for reply in [shown, seats] {
        assert!(
            !reply.contains("Value(") && !reply.contains("counts"),
            "{reply}"
        );
    }
}
