//! The room in the workbench: the transitions `update` makes and the effects it
//! asks for, and the whole loop with real phones over HTTP on 127.0.0.1.

mod common;

use common::phone::Phone;
use common::tui::{drawn, keys, screen, send, state_at};
use klarhet::model::journal::Change;
use klarhet::model::session::Answer;
use klarhet::room::desk::{Reply, Request, Scope};
use klarhet::store::Store;
use klarhet::tui::msg::{Effect, Msg, ROOM_QUIET, RoomAddress};
use klarhet::tui::state::{State, Step};
use klarhet::tui::{App, Options};

fn address() -> RoomAddress {
    RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    }
}

/// The scoring step with the room open for the first challenge.
fn open() -> State {
    let mut s = state_at(Step::Scoring);
    assert_eq!(
        send(&mut s, &[Msg::OpenRoom { all: false }]),
        vec![Effect::OpenRoom]
    );
    assert_eq!(
        send(&mut s, &[Msg::RoomOpened(Ok(address()))]),
        vec![Effect::Save, Effect::RoomQuietAfter(ROOM_QUIET)],
        "the token is saved before any phone can use it"
    );
    s
}

fn session(s: &State) -> &klarhet::model::Session {
    &s.shared.work.as_ref().unwrap().session
}

#[test]
fn opening_asks_the_runtime_to_listen_and_keeps_the_token_in_the_session() {
    let s = open();
    let room = s.shared.room.as_ref().unwrap();
    let first = session(&s).assessment.id.clone();
    assert_eq!(first, "halmstad");
    assert!(matches!(&room.desk.scope, Scope::One(id) if id == "otydlighet"));
    assert_eq!(session(&s).room.as_ref().unwrap().token, "ROOMTOKEN");
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Rummet är öppet · Otydlighet"), "{shown}");
    assert!(
        shown.contains("http://127.0.0.1:7373/ROOMTOKEN/"),
        "{shown}"
    );
    assert!(shown.contains("0 av 3 har svarat på allt"), "{shown}");
    assert!(shown.contains("▀▀▀"), "the code is drawn: {shown}");
    // Every challenge at once.
    let mut all = state_at(Step::Scoring);
    send(&mut all, &[Msg::OpenRoom { all: true }]);
    assert_eq!(all.shared.room.as_ref().unwrap().desk.scope, Scope::All);
}

#[test]
fn a_batch_of_calls_is_recorded_in_one_write_before_the_phones_hear_back() {
    let mut s = open();
    let statement = "otydlighet.definition".to_owned();
    let calls = vec![
        Request::Claim {
            seat: 2,
            token: "TELEFON".into(),
            held: None,
        },
        Request::Answer {
            seat_token: Some("TELEFON".into()),
            statement: statement.clone(),
            answer: Some(Answer::Value(4)),
        },
        Request::Answer {
            seat_token: Some("OKÄND".into()),
            statement: statement.clone(),
            answer: Some(Answer::Value(1)),
        },
    ];
    let effects = send(&mut s, &[Msg::RoomCalls(calls)]);
    let [Effect::Record(changes), Effect::RoomReplies(replies)] = effects.as_slice() else {
        panic!("one record, then the replies: {effects:?}");
    };
    assert!(matches!(
        changes.as_slice(),
        [
            Change::Seated { seat: 2, .. },
            Change::RoomAnswer { seat: 2, .. }
        ]
    ));
    assert!(matches!(replies[0], Reply::Seated { .. }));
    assert!(matches!(&replies[1], Reply::Saved { statement: st, .. } if *st == statement));
    assert!(
        matches!(replies[2], Reply::Seats { .. }),
        "an unknown phone picks a seat"
    );
    assert_eq!(session(&s).responses.tally(&statement).n(), 1);
    assert!(drawn(&s, 120, 40).contains("1 har börjat · 1 telefoner"));
}

#[test]
fn the_keyboard_does_not_vote_while_the_room_is_open_and_f_frees_a_seat() {
    let mut s = open();
    let claim = Request::Claim {
        seat: 1,
        token: "A".into(),
        held: None,
    };
    send(&mut s, &[Msg::RoomCalls(vec![claim])]);
    assert!(send(&mut s, &[Msg::StartBallot]).is_empty());
    assert!(drawn(&s, 80, 24).contains("Rummet är öppet: deltagarna svarar"));
    assert_eq!(send(&mut s, &[Msg::FreeSeat]), vec![Effect::Save]);
    assert!(session(&s).room.as_ref().unwrap().seats.is_empty());
}

#[test]
fn the_reveal_counts_the_phones_answers_and_leaving_the_step_closes_the_room() {
    let mut s = open();
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    for seat in 1..=3u32 {
        let token = format!("T{seat}");
        let mut calls = vec![Request::Claim {
            seat,
            token: token.clone(),
            held: None,
        }];
        calls.extend(c.statements.iter().map(|st| Request::Answer {
            seat_token: Some(token.clone()),
            statement: st.id.clone(),
            answer: Some(Answer::Value(seat as i32 + 1)),
        }));
        send(&mut s, &[Msg::RoomCalls(calls)]);
    }
    let effects = send(&mut s, &[Msg::Reveal]);
    assert_eq!(
        effects,
        vec![Effect::Save],
        "sealed: the whole file is written"
    );
    assert_eq!(session(&s).counted(&c.id), 3);
    assert!(session(&s).room.as_ref().unwrap().passed.is_empty());
    assert!(s.shared.room.as_ref().unwrap().desk.shown.contains(&c.id));
    assert!(drawn(&s, 80, 24).contains("n 3"), "{}", drawn(&s, 80, 24));
    let effects = send(&mut s, &[Msg::Back, Msg::NextStep]);
    assert!(effects.contains(&Effect::CloseRoom), "{effects:?}");
    assert!(s.shared.room.is_none());
}

#[test]
fn a_room_nobody_reaches_says_what_to_try() {
    let mut s = open();
    assert!(!drawn(&s, 80, 24).contains("Gästnät"));
    send(&mut s, &[Msg::RoomQuiet]);
    assert!(drawn(&s, 80, 24).contains("Gästnät isolerar"));
}

#[test]
fn a_read_only_session_opens_no_room() {
    let mut s = state_at(Step::Scoring);
    s.shared.work.as_mut().unwrap().read_only = Some(klarhet::store::ReadOnly::Held);
    assert!(send(&mut s, &[Msg::OpenRoom { all: true }]).is_empty());
    assert!(s.shared.room.is_none());
}

/// The whole loop: the workbench listens, a phone answers over real HTTP, and
/// its answer is in the journal before the phone hears "sparat".
#[test]
fn a_phone_answers_the_workbench_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let model = klarhet::model::Assessment::halmstad().unwrap();
    let mut session = klarhet::demo::crowd(&model, 4, false);
    session.resume.step = "scoring".into();
    let path = Store::new(dir.path()).create(&session).unwrap();
    let mut app = App::new(Options {
        resume: Some(path.clone()),
        ..Options::repeatable(dir.path()).unwrap()
    })
    .unwrap();
    keys(&mut app, "o");
    let url = app.room_url().expect("listening").to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let statement = model.challenges[0].statements[0].id.clone();
    let phone = std::thread::spawn({
        let (url, statement) = (url.clone(), statement.clone());
        move || {
            let mut phone = Phone::new();
            assert!(phone.claim(&url, 3));
            let saved = phone.answer(&url, &statement, "vet-ej");
            (saved, phone.cookie.unwrap_or_default())
        }
    });
    while !phone.is_finished() {
        app.serve_waiting_calls();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let (saved, cookie) = phone.join().unwrap();
    assert!(saved, "acknowledged");
    let journal = std::fs::read_to_string(klarhet::store::journal::path_of(&path)).unwrap();
    assert!(
        journal.contains("RoomAnswer") && journal.contains(&statement),
        "{journal}"
    );
    assert!(screen(&app, 120, 40).contains("1 telefoner"));
    // The reveal counts the answer; the phone is sent to the screen after it.
    keys(&mut app, "r");
    let session = &app.state.shared.work.as_ref().unwrap().session;
    assert_eq!(session.counted(&model.challenges[0].id), 1);
    let phone = std::thread::spawn({
        let (url, statement) = (url.clone(), statement.clone());
        move || {
            let mut phone = Phone::new();
            phone.cookie = Some(cookie);
            let got = phone.post(
                &format!("{url}answer"),
                &[("statement", &statement), ("answer", "2")],
            );
            (got.status, got.body)
        }
    });
    while !phone.is_finished() {
        app.serve_waiting_calls();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let (status, body) = phone.join().unwrap();
    assert_eq!(status, 200);
    assert!(body.contains("Resultatet visas nu på skärmen"), "{body}");
    keys(&mut app, "{Esc}o");
    assert!(app.room_url().is_none());
    let closed = ureq::get(&url).call();
    assert!(closed.is_err(), "nothing listens once the room is closed");
}

#[test]
fn answers_from_phones_are_labelled_as_the_room_s_not_as_a_ballot_round() {
    let mut s = open();
    let c = s.shared.work.as_ref().unwrap().model.challenges[0].clone();
    send(
        &mut s,
        &[Msg::RoomCalls(vec![
            Request::Claim {
                seat: 1,
                token: "T1".into(),
                held: None,
            },
            Request::Answer {
                seat_token: Some("T1".into()),
                statement: c.statements[0].id.clone(),
                answer: Some(Answer::Value(3)),
            },
        ])],
    );
    // Closed before the reveal: the answers stay open in the room, and the
    // overview lists them with the statements.
    send(&mut s, &[Msg::CloseRoom]);
    let screen = drawn(&s, 120, 40);
    let counted = screen
        .lines()
        .find(|l| l.contains("1 av 3"))
        .unwrap_or_else(|| panic!("the statement's count: {screen}"));
    assert!(counted.contains("i rummet"), "{counted}");
    assert!(!counted.contains("valomgång"), "{counted}");
}
