//! A set of open prompts on the phones from the workbench: `o` on the set's
//! step opens the room for it (or a room already open takes it when its step
//! comes on screen), the screen shows the code and the address beside the
//! set, and a phone's answers are saved whole, never journalled.

use crate::common;
use common::tui::{drawn, fresh, send};
use klarhet::model::Assessment;
use klarhet::room::desk::{Reply, Request};
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg, RoomAddress};
use klarhet::tui::state::{State, Step, Work};

const SET: &str = "swot-organisationen";

fn address() -> RoomAddress {
    RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    }
}

fn at(step: impl Fn(&Assessment) -> Step) -> State {
    let model = common::models::embedded("wihlborg");
    let session = common::models::workshop(&model, Lang::SV);
    let step = step(&model);
    fresh().at(Work::new(session, model, None), step)
}

fn set_step(model: &Assessment) -> Step {
    Step::from_key_in(SET, model).expect("a step")
}

fn offered(s: &State) -> Vec<String> {
    let room = s.shared.room.as_ref().expect("a room");
    room.desk.sets().to_vec()
}

#[test]
fn o_on_a_set_opens_the_room_for_it_and_a_phone_writes_saved_whole() {
    let mut s = at(set_step);
    assert_eq!(
        send(&mut s, &[Msg::OpenRoom { choose: false }]),
        vec![Effect::OpenRoom]
    );
    assert_eq!(offered(&s), [SET]);
    send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
    let screen = drawn(&s, 120, 40);
    assert!(
        screen.contains("http://127.0.0.1:7373/ROOMTOKEN/"),
        "{screen}"
    );
    assert!(screen.contains("Rummet är öppet"), "{screen}");
    let claim = Request::Claim {
        seat: 2,
        token: "T2".into(),
        held: None,
    };
    send(&mut s, &[Msg::RoomCalls(vec![claim])]);
    let page = Request::Page {
        seat_token: Some("T2".into()),
        statement: None,
    };
    let write = Request::Write {
        seat_token: Some("T2".into()),
        set: SET.into(),
        answers: vec![(0, "Modiga chefer".into())],
    };
    let effects = send(&mut s, &[Msg::RoomCalls(vec![page, write])]);
    let [Effect::Save, Effect::RoomReplies(replies)] = effects.as_slice() else {
        panic!("a whole save, then the replies: {effects:?}");
    };
    assert!(matches!(replies[0], Reply::Prompts(_)), "{replies:?}");
    assert_eq!(replies[1], Reply::Wrote);
    let session = &s.shared.work.as_ref().expect("a session").session;
    assert!(session.answers_to(SET).expect("written").has_written(2));
    // The screen counts the writer, and shows nothing of what they wrote.
    let screen = drawn(&s, 120, 40);
    assert!(!screen.contains("Modiga"), "{screen}");
}

#[test]
fn a_room_already_open_takes_a_set_when_its_step_comes_on_screen() {
    // Nothing revealed yet: the room opens on the scoring step.
    let model = common::models::embedded("wihlborg");
    let mut session = klarhet::model::Session::new(&model, "Testkommun", common::date(), Lang::SV);
    let people = (1..=4).map(|i| (format!("P{i}"), Vec::new())).collect();
    common::give(
        &mut session,
        &model,
        klarhet::model::command::Command::Enrol { people },
    );
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    send(&mut s, &[Msg::OpenRoom { choose: false }]);
    send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
    assert!(offered(&s).is_empty());
    // Wihlborg's first set comes after the model, before the scoring.
    let model = s.shared.work.as_ref().expect("a session").model.clone();
    let mut steps = 0;
    while s.step() != set_step(&model) && steps < 5 {
        send(&mut s, &[Msg::PrevStep]);
        steps += 1;
    }
    assert_eq!(s.step(), set_step(&model));
    assert_eq!(offered(&s), [SET]);
}

#[test]
fn at_80x24_the_address_stands_whole_above_the_set() {
    // A room's address as a laptop on a network has it: too long for the code
    // and the set side by side in 80 columns.
    let long = RoomAddress {
        url: "http://192.168.100.200:7373/4TYVLLNLLWOK5DXSPVWQ/".into(),
        token: "4TYVLLNLLWOK5DXSPVWQ".into(),
    };
    let mut s = at(set_step);
    send(&mut s, &[Msg::OpenRoom { choose: false }]);
    send(&mut s, &[Msg::RoomOpened(Ok(long))]);
    let screen = drawn(&s, 80, 24);
    let line = screen
        .lines()
        .find(|l| l.contains("http://"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(
        line.contains("http://192.168.100.200:7373/4TYVLLNLLWOK5DXSPVWQ/"),
        "{screen}"
    );
    // No code on screen: nothing says to scan one.
    assert!(!screen.contains("Skanna"), "{screen}");
    assert!(screen.contains("på adressen"), "{screen}");
}
