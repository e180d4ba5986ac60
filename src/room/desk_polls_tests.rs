//! The desk's polls: a phone votes once in each poll put to the room, the
//! vote leaves its seat at once, and the phone is never shown anyone's vote.

use crate::model::Assessment;
use crate::model::journal::Change;
use crate::model::picks::Poll;
use crate::model::session::Session;
use crate::room::desk::{Desk, Reply, Request, serve};

/// A session on `model` with three phones seated and an open room that asks
/// no challenge.
fn room(model: &str) -> (Assessment, Session, Desk) {
    let (model, s) = super::super::test_room::seated(model);
    (model, s, Desk::new(Vec::new()))
}

use super::super::test_room::page;

fn pick(
    s: &mut Session,
    m: &Assessment,
    d: &Desk,
    seat: u32,
    poll: &str,
    choice: Option<usize>,
) -> (Reply, Vec<Change>) {
    let request = Request::Pick {
        seat_token: Some(format!("t{seat}")),
        poll: poll.to_owned(),
        choice,
    };
    serve(s, m, d, request)
}

#[test]
fn a_poll_put_to_the_room_is_voted_in_once_and_leaves_no_trace_of_the_seat() {
    let (m, mut s, mut desk) = room("trollhattan");
    assert_eq!(page(&mut s, &m, &desk, 1), Reply::Shown, "nothing put yet");
    desk.offer_poll(Poll::Alternatives);
    let Reply::Poll(poll) = page(&mut s, &m, &desk, 1) else {
        panic!("the poll comes first");
    };
    assert_eq!(poll.poll, "alternatives");
    assert_eq!(poll.choices.len(), 3);
    assert!(poll.choices[1].starts_with("II"), "{:?}", poll.choices);
    assert_eq!(poll.together, 3);
    let (reply, changes) = pick(&mut s, &m, &desk, 1, "alternatives", Some(1));
    assert_eq!(reply, Reply::Picked);
    assert_eq!(changes.len(), 1);
    assert!(changes.iter().all(Change::kept_whole));
    let second = "opt-2-forstarkning";
    let picks = s.picks(&Poll::Alternatives).expect("picked");
    assert!(picks.has_voted(1));
    assert_eq!(picks.waiting.of(second), 1);
    // Sent again (the reply was lost), or changed: kept once, as first sent.
    let (reply, changes) = pick(&mut s, &m, &desk, 1, "alternatives", Some(2));
    assert_eq!((reply, changes.len()), (Reply::Picked, 0));
    assert_eq!(
        s.picks(&Poll::Alternatives)
            .expect("picked")
            .waiting
            .total(),
        1
    );
    // Voted: the rest happens on the screen, with nothing of the vote.
    let after = page(&mut s, &m, &desk, 1);
    assert_eq!(after, Reply::WroteAll);
    // Another seat has not voted: it still gets the poll, and may not say.
    assert!(matches!(page(&mut s, &m, &desk, 2), Reply::Poll(_)));
    let (reply, _) = pick(&mut s, &m, &desk, 2, "alternatives", None);
    assert_eq!(reply, Reply::Picked);
    assert_eq!(
        s.picks(&Poll::Alternatives).expect("picked").waiting.unsure,
        1
    );
}

#[test]
fn an_areas_poll_asks_in_the_models_words_and_a_bad_vote_keeps_nothing() {
    let (m, mut s, mut desk) = room("matteby");
    let area = m.phases.as_ref().expect("phases").areas[0].clone();
    let key = format!("area:{}", area.id);
    // A poll the room did not put keeps nothing.
    let (reply, changes) = pick(&mut s, &m, &desk, 1, &key, Some(0));
    assert!(matches!(reply, Reply::Invalid(_)), "{reply:?}");
    assert!(changes.is_empty());
    desk.offer_poll(Poll::Area(area.id.clone()));
    let Reply::Poll(poll) = page(&mut s, &m, &desk, 1) else {
        panic!("the poll");
    };
    assert!(
        poll.question.contains(area.name.get(crate::text::Lang::SV)),
        "{poll:?}"
    );
    assert!(poll.choices[0].starts_with("Fas 1"), "{poll:?}");
    for (key, choice) in [
        (key.as_str(), Some(4)),
        ("area:", Some(0)),
        ("nothing", Some(0)),
        ("alternatives", Some(0)),
    ] {
        let (reply, changes) = pick(&mut s, &m, &desk, 1, key, choice);
        assert!(matches!(reply, Reply::Invalid(_)), "{key}: {reply:?}");
        assert!(changes.is_empty());
    }
    assert!(s.picks(&Poll::Area(area.id.clone())).is_none());
    let (reply, _) = pick(&mut s, &m, &desk, 1, &key, Some(3));
    assert_eq!(reply, Reply::Picked);
}
