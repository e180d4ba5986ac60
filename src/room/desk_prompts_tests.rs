//! The desk's open prompts: a phone writes to the sets put to the room, once,
//! and is never shown what it or anyone else wrote.

use crate::model::Assessment;
use crate::model::journal::Change;
use crate::model::session::Session;
use crate::room::desk::{Desk, Reply, Request, serve};

const SET: &str = "swot-organisationen";

/// A Wihlborg session with three phones seated and an open room that asks
/// every challenge.
fn room() -> (Assessment, Session, Desk) {
    let (model, s) = super::super::test_room::seated("wihlborg");
    let desk = Desk::new(s.room_scope(&model, None).expect("a scope"));
    (model, s, desk)
}

use super::super::test_room::page;

fn write(
    s: &mut Session,
    m: &Assessment,
    d: &Desk,
    seat: u32,
    answers: &[(usize, &str)],
) -> (Reply, Vec<Change>) {
    let request = Request::Write {
        seat_token: Some(format!("t{seat}")),
        set: SET.to_owned(),
        answers: answers.iter().map(|(i, t)| (*i, (*t).to_owned())).collect(),
    };
    serve(s, m, d, request)
}

#[test]
fn a_set_put_to_the_room_comes_first_and_a_phone_writes_to_it_once() {
    let (m, mut s, mut desk) = room();
    assert!(
        matches!(page(&mut s, &m, &desk, 1), Reply::Ballot { .. }),
        "no set put yet: the statements"
    );
    desk.offer(SET);
    let Reply::Prompts(set) = page(&mut s, &m, &desk, 1) else {
        panic!("the set comes first");
    };
    assert_eq!(set.set, SET);
    assert_eq!(set.prompts.len(), 4);
    assert_eq!((set.answers, set.chars, set.together), (3, 200, 3));
    let (reply, changes) = write(&mut s, &m, &desk, 1, &[(0, "Modiga chefer"), (3, "Budget")]);
    assert_eq!(reply, Reply::Wrote);
    assert_eq!(changes.len(), 1);
    assert!(changes.iter().all(Change::kept_whole));
    let sheet = s.answers_to(SET).expect("written");
    assert!(sheet.has_written(1));
    assert_eq!(sheet.waiting["swot-organisationen.hot"]["Budget"], 1);
    // Sent again (the reply was lost): kept once.
    let (reply, changes) = write(&mut s, &m, &desk, 1, &[(0, "Modiga chefer")]);
    assert_eq!((reply, changes.len()), (Reply::Wrote, 0));
    assert_eq!(s.answers_to(SET).expect("written").waiting_writers, 1);
    // Written: back to the statements, with nothing of the answers on the page.
    let after = page(&mut s, &m, &desk, 1);
    assert!(matches!(after, Reply::Ballot { .. }), "{after:?}");
    assert!(!format!("{after:?}").contains("Modiga"));
}

#[test]
fn a_phone_that_wrote_everything_with_no_statement_left_is_thanked() {
    let (m, mut s, _) = room();
    // A room that asks no challenge: only the set.
    let mut desk = Desk::new(Vec::new());
    desk.offer(SET);
    assert!(matches!(page(&mut s, &m, &desk, 2), Reply::Prompts(_)));
    write(&mut s, &m, &desk, 2, &[(1, "Silos")]);
    assert_eq!(page(&mut s, &m, &desk, 2), Reply::WroteAll);
    // Another seat has not written: it still gets the set.
    assert!(matches!(page(&mut s, &m, &desk, 3), Reply::Prompts(_)));
}

#[test]
fn a_set_taken_back_or_a_prompt_the_set_lacks_keeps_nothing() {
    let (m, mut s, mut desk) = room();
    desk.offer(SET);
    let (reply, changes) = write(&mut s, &m, &desk, 1, &[(4, "Ingen sådan fråga")]);
    assert!(matches!(reply, Reply::Invalid(_)), "{reply:?}");
    assert!(changes.is_empty());
    let too_long = "x".repeat(201);
    let (reply, changes) = write(&mut s, &m, &desk, 1, &[(0, too_long.as_str())]);
    assert!(
        matches!(reply, Reply::Invalid(ref w) if w.contains("200")),
        "{reply:?}"
    );
    assert!(changes.is_empty());
    desk.withdraw(SET);
    let (reply, changes) = write(&mut s, &m, &desk, 1, &[(0, "Sent")]);
    assert!(matches!(reply, Reply::Invalid(_)), "{reply:?}");
    assert!(changes.is_empty());
    assert!(s.answers_to(SET).is_none(), "nothing was kept");
}

#[test]
fn a_phone_writes_to_the_phases_questions_about_an_area_by_the_areas_name() {
    use crate::model::area_prompts::{key, questions};
    let (m, mut s) = super::super::test_room::seated("matteby");
    let place = crate::model::command::Command::PlaceArea {
        area: "styrning".into(),
        phase: "initiering".into(),
        note: None,
    };
    s.apply(&m, place).expect("placed");
    let set = key("styrning", "initiering");
    let mut desk = Desk::new(Vec::new());
    desk.offer(&set);
    let Reply::Prompts(shown) = page(&mut s, &m, &desk, 1) else {
        panic!("the set comes first");
    };
    assert_eq!(shown.set, set);
    assert_eq!(
        shown.name,
        "Frågor om Gemensam styrning och beslutsformer, i fas 1: Initiering"
    );
    assert_eq!(shown.prompts.len(), questions(&m, "initiering").len());
    let request = Request::Write {
        seat_token: Some("t1".to_owned()),
        set: set.clone(),
        answers: vec![(1, "Ingen har sagt det".to_owned())],
    };
    let (reply, changes) = serve(&mut s, &m, &desk, request);
    assert_eq!((reply, changes.len()), (Reply::Wrote, 1));
    let prompt = &questions(&m, "initiering")[1].id;
    let sheet = s.answers_to(&set).expect("written");
    assert_eq!(sheet.waiting[prompt]["Ingen har sagt det"], 1);
    assert_eq!(page(&mut s, &m, &desk, 1), Reply::WroteAll);
}
