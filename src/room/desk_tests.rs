//! Tests of the desk: what a phone is told after the reveal, that a reply
//! carries only the phone's own answers and never another seat's state, and
//! which challenges a room serves.

use super::*;

fn room() -> (Assessment, Session, Desk) {
    let model = Assessment::halmstad().unwrap();
    let mut s = crate::demo::crowd(&model, 5, false);
    open_room(&mut s, &model);
    let all = s.room_scope(&model, None).unwrap();
    (model, s, Desk::new(all))
}

/// Opens the session's room, as the facilitator does.
fn open_room(s: &mut Session, model: &Assessment) {
    let open = crate::model::Command::OpenRoom {
        token: "RUM".into(),
    };
    s.apply(model, open).unwrap();
}

/// Seats 1 to `seats` answer `value` to every statement of `c` at the
/// keyboard, and the results are shown, as the facilitator does.
fn vote_and_show(s: &mut Session, m: &Assessment, c: &Challenge, seats: u32, value: i32) {
    use crate::model::test_ballots::{ballot, reveal};
    let answers = vec![Answer::Value(value); c.statements.len()];
    for voter in 1..=seats {
        ballot(m, s, c, voter, &answers);
    }
    reveal(m, s, c);
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
    let reveal = crate::model::Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    s.apply(&model, reveal).unwrap();
    desk.show(&c.id, 1);
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
fn a_reply_carries_the_phones_own_answer_and_never_another_seats() {
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
    assert!(shown.contains("answer: Some(Value(1))"), "its own: {shown}");
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
    assert!(
        !shown.contains("Value(5)") && !shown.contains("counts"),
        "{shown}"
    );
    assert!(
        !seats.contains("Value(") && !seats.contains("counts"),
        "{seats}"
    );
}

#[test]
fn a_skip_is_passed_with_no_answer_and_a_changed_answer_shows_the_last() {
    let (model, mut s, desk) = room();
    claim(&mut s, &model, &desk, 1, "a");
    let c = &model.challenges[0];
    let answer = |s: &mut Session, statement: &str, answer| {
        let request = Request::Answer {
            seat_token: Some("a".into()),
            statement: statement.to_owned(),
            answer,
        };
        serve(s, &model, &desk, request).0
    };
    answer(&mut s, &c.statements[0].id, None);
    answer(&mut s, &c.statements[1].id, Some(Answer::Value(2)));
    answer(&mut s, &c.statements[1].id, Some(Answer::Unknown));
    let page = |s: &mut Session, statement: &str| {
        let request = Request::Page {
            seat_token: Some("a".into()),
            statement: Some(statement.to_owned()),
        };
        match serve(s, &model, &desk, request).0 {
            Reply::Ballot { item, .. } => item,
            other => panic!("a ballot: {other:?}"),
        }
    };
    let skipped = page(&mut s, &c.statements[0].id);
    assert!(skipped.passed && skipped.answer.is_none(), "{skipped:?}");
    let changed = page(&mut s, &c.statements[1].id);
    assert_eq!(changed.answer, Some(Answer::Unknown));
    let fresh = page(&mut s, &c.statements[2].id);
    assert!(!fresh.passed && fresh.answer.is_none(), "{fresh:?}");
}

#[test]
fn a_room_serves_the_chosen_challenges_whose_results_are_not_shown() {
    let model = Assessment::halmstad().unwrap();
    let mut s = crate::demo::crowd(&model, 8, false);
    let ids: Vec<String> = model.challenges.iter().map(|c| c.id.clone()).collect();
    let first_three = ids[..3].to_vec();
    assert_eq!(
        s.room_scope(&model, Some(first_three.as_slice())),
        Ok(first_three.clone())
    );
    assert_eq!(s.room_scope(&model, None), Ok(ids.clone()));
    assert!(matches!(
        s.room_scope(&model, Some(["ingen".to_owned()].as_slice())),
        Err(crate::error::Problem::DanglingId { .. })
    ));
    // The first challenge's results are shown: the room no longer asks about it.
    let c = &model.challenges[0];
    vote_and_show(&mut s, &model, c, 8, 3);
    assert!(s.results_shown(c));
    assert_eq!(s.room_scope(&model, None), Ok(ids[1..].to_vec()));
    assert_eq!(
        s.room_scope(&model, Some(&ids[..2])),
        Ok(vec![ids[1].clone()])
    );
    assert_eq!(
        s.room_scope(&model, Some(&ids[..1])),
        Err(crate::error::Problem::AllShown)
    );
    // A desk that still lists it (a file changed under the room) refuses it.
    open_room(&mut s, &model);
    let desk = Desk::new(ids.clone());
    claim(&mut s, &model, &desk, 1, "a");
    let request = Request::Answer {
        seat_token: Some("a".into()),
        statement: c.statements[0].id.clone(),
        answer: Some(Answer::Value(1)),
    };
    let (reply, changes) = serve(&mut s, &model, &desk, request);
    assert_eq!(reply, Reply::Shown);
    assert!(changes.is_empty());
    // Every challenge shown: nothing to open.
    for c in &model.challenges[1..] {
        vote_and_show(&mut s, &model, c, 8, 2);
    }
    assert_eq!(
        s.room_scope(&model, None),
        Err(crate::error::Problem::AllShown)
    );
}

/// A phone is offered the statement's own scale (issue 28): a categorical
/// statement's options, and no vet ej where its scale has none; vet ej sent
/// anyway is refused.
#[test]
fn a_phone_is_offered_the_statements_own_scale() {
    let src = include_str!("../../tests/fixtures/models/scales.ron");
    let model = Assessment::parse(src, std::path::Path::new("scales.ron")).unwrap();
    let mut s = Session::new(
        &model,
        "Testkommun",
        jiff::civil::date(2026, 12, 6),
        Lang::SV,
    );
    let heads = crate::model::Command::CountHeads { headcount: Some(5) };
    s.apply(&model, heads).unwrap();
    open_room(&mut s, &model);
    let desk = Desk::new(s.room_scope(&model, None).unwrap());
    claim(&mut s, &model, &desk, 1, "t");
    let ballot = |s: &mut Session, statement: &str| {
        let page = Request::Page {
            seat_token: Some("t".into()),
            statement: Some(statement.into()),
        };
        match serve(s, &model, &desk, page).0 {
            Reply::Ballot {
                options, unknown, ..
            } => (options, unknown),
            other => panic!("{other:?}"),
        }
    };
    let (options, unknown) = ballot(&mut s, "ledning.kompetens");
    let labels: Vec<&str> = options.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!((labels, unknown), (vec!["Ja", "Osäker", "Nej"], None));
    let (options, unknown) = ballot(&mut s, "ledning.hinder");
    assert_eq!((options.len(), unknown.as_deref()), (4, Some("Vet ej")));
    let request = Request::Answer {
        seat_token: Some("t".into()),
        statement: "ledning.kompetens".into(),
        answer: Some(Answer::Unknown),
    };
    let (_, changes) = serve(&mut s, &model, &desk, request);
    assert!(changes.is_empty(), "vet ej was kept on a scale without it");
}
