//! A private vote on the phones from the workbench (issue 28): `o` on the
//! alternatives, or on an area, opens the room for the vote; with a room
//! open, `b` puts the vote to its phones instead of passing the keyboard.
//! The screen shows the code and address beside the question; a phone's vote
//! is saved whole, never journalled, and nothing of it is drawn.

use crate::common;
use common::tui::{drawn, fresh, send};
use klarhet::model::picks::Poll;
use klarhet::room::desk::{Reply, Request};
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg, RoomAddress};
use klarhet::tui::state::{State, Step, Work};

fn address() -> RoomAddress {
    RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    }
}

fn at(model: &str, step: Step) -> State {
    let model = common::models::embedded(model);
    let session = common::models::workshop(&model, Lang::SV);
    fresh().at(Work::new(session, model, None), step)
}

fn offered(s: &State) -> Vec<Poll> {
    let room = s.shared.room.as_ref().expect("a room");
    room.desk.polls().to_vec()
}

fn claim_and_vote(s: &mut State, seat: u32, poll: &str, choice: Option<usize>) -> Vec<Effect> {
    let token = format!("T{seat}");
    let claim = Request::Claim {
        seat,
        token: token.clone(),
        held: None,
    };
    let page = Request::Page {
        seat_token: Some(token.clone()),
        statement: None,
    };
    let pick = Request::Pick {
        seat_token: Some(token),
        poll: poll.into(),
        choice,
    };
    send(s, &[Msg::RoomCalls(vec![claim, page, pick])])
}

#[test]
fn o_on_the_alternatives_opens_the_room_and_a_phones_vote_is_saved_whole() {
    let mut s = at("trollhattan", Step::Alternatives);
    assert_eq!(
        send(&mut s, &[Msg::OpenRoom { choose: false }]),
        vec![Effect::OpenRoom]
    );
    assert_eq!(offered(&s), [Poll::Alternatives]);
    send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
    let screen = drawn(&s, 120, 40);
    assert!(
        screen.contains("http://127.0.0.1:7373/ROOMTOKEN/"),
        "{screen}"
    );
    assert!(screen.contains("röstar på sina telefoner"), "{screen}");
    let effects = claim_and_vote(&mut s, 2, "alternatives", Some(1));
    let [.., Effect::Save, Effect::RoomReplies(replies)] = effects.as_slice() else {
        panic!("a whole save, then the replies: {effects:?}");
    };
    assert!(matches!(replies[1], Reply::Poll(_)), "{replies:?}");
    assert_eq!(replies[2], Reply::Picked);
    let session = &s.shared.work.as_ref().expect("a session").session;
    let picks = session.picks(&Poll::Alternatives).expect("voted");
    assert!(picks.has_voted(2));
    // The screen counts the voter, and shows nothing of the vote.
    let screen = drawn(&s, 120, 40);
    assert!(screen.contains("Har röstat: 1 av 6"), "{screen}");
    assert!(!screen.contains("1 av 1"), "{screen}");
}

#[test]
fn with_the_room_open_b_puts_an_areas_vote_to_the_phones() {
    let mut s = at("matteby", Step::Phases);
    send(&mut s, &[Msg::Down, Msg::OpenRoom { choose: false }]);
    send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
    let m = common::models::embedded("matteby");
    let areas = &m.phases.as_ref().expect("phases").areas;
    assert_eq!(offered(&s), [Poll::Area(areas[0].id.clone())]);
    // The next area: `b` puts it to the phones too, and no keyboard round opens.
    send(&mut s, &[Msg::Down, Msg::StartBallot]);
    assert_eq!(
        offered(&s),
        [
            Poll::Area(areas[0].id.clone()),
            Poll::Area(areas[1].id.clone())
        ]
    );
    let screen = drawn(&s, 80, 24);
    assert!(!screen.contains("Vem röstar nu?"), "{screen}");
    assert!(screen.contains("på adressen"), "{screen}");
    // A phone votes in the first poll put, then the next.
    claim_and_vote(&mut s, 1, &format!("area:{}", areas[0].id), None);
    let page = Request::Page {
        seat_token: Some("T1".into()),
        statement: None,
    };
    let effects = send(&mut s, &[Msg::RoomCalls(vec![page])]);
    let [Effect::RoomReplies(replies)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let Reply::Poll(next) = &replies[0] else {
        panic!("{replies:?}");
    };
    assert_eq!(next.poll, format!("area:{}", areas[1].id));
}
