//! The room in the workbench: the transitions `update` makes and the effects it
//! asks for, and the whole loop with real phones over HTTP on 127.0.0.1.

use crate::common;

use common::phone::Phone;
use common::tui::{drawn, fresh, keys, screen, send, state_at};
use klarhet::model::journal::Change;
use klarhet::model::session::Answer;
use klarhet::room::desk::{Reply, Request};
use klarhet::store::Store;
use klarhet::tui::msg::{Effect, Msg, ROOM_QUIET, RoomAddress, Timer};
use klarhet::tui::state::{Overlay, State, Step, Work};
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
        send(&mut s, &[Msg::OpenRoom { choose: false }]),
        vec![Effect::OpenRoom]
    );
    assert_eq!(
        send(&mut s, &[Msg::RoomOpened(Ok(address()))]),
        vec![
            Effect::Save,
            Effect::after(Timer::RoomQuiet, ROOM_QUIET, Msg::RoomQuiet)
        ],
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
    let first = session(&s).assessment().id.clone();
    assert_eq!(first, "halmstad");
    assert_eq!(room.desk.scope, vec!["otydlighet".to_owned()]);
    assert_eq!(session(&s).room().as_ref().unwrap().token, "ROOMTOKEN");
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Rummet är öppet · Otydlighet"), "{shown}");
    assert!(
        shown.contains("http://127.0.0.1:7373/ROOMTOKEN/"),
        "{shown}"
    );
    assert!(shown.contains("0 av 3 har svarat på allt"), "{shown}");
    assert!(shown.contains("▀▀▀"), "the code is drawn: {shown}");
    // Every challenge at once: the list comes ticked, Enter opens.
    let mut all = state_at(Step::Scoring);
    send(&mut all, &[Msg::OpenRoom { choose: true }]);
    assert_eq!(send(&mut all, &[Msg::Confirm]), vec![Effect::OpenRoom]);
    assert_eq!(all.shared.room.as_ref().unwrap().desk.scope.len(), 6);
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
    assert_eq!(session(&s).responses().tally(&statement).n(), 1);
    let shown = drawn(&s, 120, 40);
    assert!(shown.contains("1 har börjat · 1 telefon") && !shown.contains("1 telefoner"));
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
    assert!(session(&s).room().as_ref().unwrap().seats().is_empty());
}

#[test]
fn the_reveal_counts_the_phones_answers_and_the_room_stays_open_from_step_to_step() {
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
    assert!(session(&s).room().as_ref().unwrap().passed.is_empty());
    assert!(
        s.shared
            .room
            .as_ref()
            .unwrap()
            .desk
            .shown_now(session(&s), &c.id)
    );
    assert!(drawn(&s, 80, 24).contains("n 3"), "{}", drawn(&s, 80, 24));
    let effects = send(&mut s, &[Msg::Back, Msg::NextStep, Msg::NextStep]);
    assert!(!effects.contains(&Effect::CloseRoom), "{effects:?}");
    assert_eq!(s.step(), Step::Circle);
    assert!(s.shared.room.is_some(), "the phones keep answering");
    assert!(drawn(&s, 80, 24).contains("o rummet (öppet)"));
    send(&mut s, &[Msg::BackToRoom]);
    assert_eq!(s.step(), Step::Scoring);
    assert!(drawn(&s, 80, 24).contains("Rummet är öppet"));
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
    assert!(send(&mut s, &[Msg::OpenRoom { choose: true }]).is_empty());
    assert!(send(&mut s, &[Msg::OpenRoom { choose: false }]).is_empty());
    assert!(s.shared.room.is_none());
}

/// The whole loop: the workbench listens, a phone answers over real HTTP, and
/// its answer is in the journal before the phone hears "sparat".
#[test]
fn a_phone_answers_the_workbench_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let model = klarhet::model::Assessment::halmstad().unwrap();
    let mut session = klarhet::demo::crowd(&model, 4, false);
    common::place(&mut session, &model, "scoring");
    let path = Store::new(dir.path()).create(&session).unwrap();
    let mut app = App::new(Options {
        resume: Some(path.clone()),
        ..Options::repeatable(dir.path()).unwrap()
    })
    .unwrap();
    keys(&mut app, "o");
    let url = app.room_url().expect("listening").to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let quiet = app.due(Timer::RoomQuiet).expect("the quiet hint is due");
    assert_eq!(app.deadline(), Some(quiet), "the one timer pending");
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
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("1 telefon") && !shown.contains("1 telefoner"));
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
    assert_eq!(
        app.deadline(),
        None,
        "a closed room leaves nothing to wake for"
    );
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

/// The scoring step of a session of `people` named participants.
fn crowd_at_scoring(people: u32) -> State {
    let model = common::halmstad();
    let session = klarhet::demo::crowd(&model, people, false);
    fresh().at(Work::new(session, model, None), Step::Scoring)
}

fn claim_and_answer(s: &mut State, seat: u32, challenges: &[usize]) {
    let model = s.shared.work.as_ref().unwrap().model.clone();
    let token = format!("T{seat}");
    let mut calls = vec![Request::Claim {
        seat,
        token: token.clone(),
        held: None,
    }];
    for &i in challenges {
        calls.extend(
            model.challenges[i]
                .statements
                .iter()
                .map(|st| Request::Answer {
                    seat_token: Some(token.clone()),
                    statement: st.id.clone(),
                    answer: Some(Answer::Value(3)),
                }),
        );
    }
    send(s, &[Msg::RoomCalls(calls)]);
}

#[test]
fn pgup_on_the_reveal_keeps_the_room_open_and_the_footer_names_the_way_back() {
    let mut s = open();
    claim_and_answer(&mut s, 1, &[0]);
    send(&mut s, &[Msg::Reveal]);
    let reveal = drawn(&s, 80, 24);
    assert!(reveal.contains("Esc rummet"), "{reveal}");
    let effects = send(&mut s, &[Msg::PrevStep]);
    assert!(!effects.contains(&Effect::CloseRoom), "{effects:?}");
    assert_eq!(s.step(), Step::Model);
    assert!(s.shared.room.is_some());
    let model = drawn(&s, 80, 24);
    assert!(model.contains("o rummet (öppet)"), "{model}");
    // Phones are still served while the model is on the screen.
    claim_and_answer(&mut s, 2, &[]);
    assert_eq!(session(&s).room().as_ref().unwrap().seats().len(), 2);
    // The start screen leaves the session: that asks, and no keeps it open.
    send(&mut s, &[Msg::PrevStep, Msg::PrevStep]);
    assert_eq!(s.step(), Step::Setup);
    let effects = send(&mut s, &[Msg::PrevStep]);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(matches!(s.overlay, Some(Overlay::Ask(_))));
    assert!(drawn(&s, 80, 24).contains("stänga rummet?"));
    send(&mut s, &[Msg::No]);
    assert_eq!(s.step(), Step::Setup);
    assert!(s.shared.room.is_some());
    send(&mut s, &[Msg::PrevStep]);
    let effects = send(&mut s, &[Msg::Yes]);
    assert!(effects.contains(&Effect::CloseRoom), "{effects:?}");
    assert!(
        effects.contains(&Effect::Cancel(Timer::RoomQuiet)),
        "a closed room's quiet hint is no longer due: {effects:?}"
    );
    assert_eq!(s.step(), Step::Start);
    assert!(s.shared.room.is_none());
}

#[test]
fn a_room_for_chosen_challenges_shows_each_ones_progress_and_what_r_reveals() {
    let mut s = crowd_at_scoring(14);
    send(&mut s, &[Msg::OpenRoom { choose: true }]);
    let list = drawn(&s, 80, 24);
    assert!(
        list.contains("[x] Otydlighet") && list.contains("[x] Hot"),
        "{list}"
    );
    // At 80 columns the footer keeps the way out.
    assert!(list.contains("Esc avbryt"), "{list}");
    // Untick the last three: Down to each, space.
    send(&mut s, &[Msg::Down, Msg::Down, Msg::Down, Msg::Toggle]);
    send(&mut s, &[Msg::Down, Msg::Toggle, Msg::Down, Msg::Toggle]);
    let list = drawn(&s, 80, 24);
    assert!(
        list.contains("[ ] Hot") && list.contains("[x] Vaghet"),
        "{list}"
    );
    assert_eq!(send(&mut s, &[Msg::Confirm]), vec![Effect::OpenRoom]);
    send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
    let scope = s.shared.room.as_ref().unwrap().desk.scope.clone();
    assert_eq!(scope, ["otydlighet", "obalans", "vaghet"]);
    // Twelve phones finish the first challenge, five the second too.
    for seat in 1..=12 {
        let done: &[usize] = if seat <= 5 { &[0, 1] } else { &[0] };
        claim_and_answer(&mut s, seat, done);
    }
    // A statement outside the room is refused.
    let hot = s.shared.work.as_ref().unwrap().model.challenges[5].statements[0]
        .id
        .clone();
    let effects = send(
        &mut s,
        &[Msg::RoomCalls(vec![Request::Answer {
            seat_token: Some("T1".into()),
            statement: hot.clone(),
            answer: Some(Answer::Value(1)),
        }])],
    );
    assert!(
        matches!(effects.as_slice(), [Effect::RoomReplies(r)] if matches!(r[0], Reply::Invalid(_)))
    );
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Otydlighet, Obalans, Vaghet"), "{shown}");
    assert!(shown.contains("▶ Otydlighet  12 av 14 klara"), "{shown}");
    assert!(shown.contains("Obalans     5 av 14 klara"), "{shown}");
    assert!(shown.contains("Vaghet      0 av 14 klara"), "{shown}");
    assert!(
        shown.contains("r visar resultatet för Otydlighet"),
        "{shown}"
    );
    send(&mut s, &[Msg::Right]);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("▶ Obalans"), "{shown}");
    assert!(shown.contains("r visar resultatet för Obalans"), "{shown}");
    // The reveal of Otydlighet marks it shown in the list.
    send(&mut s, &[Msg::Left, Msg::Reveal, Msg::Back]);
    assert!(drawn(&s, 80, 24).contains("12 av 14 klara · visat"));
}

#[test]
fn challenges_whose_results_are_shown_are_not_offered_and_all_shown_opens_nothing() {
    let mut s = crowd_at_scoring(6);
    {
        let work = s.shared.work.as_mut().unwrap();
        let model = work.model.clone();
        let c = &model.challenges[0];
        for seat in 1..=6 {
            for st in &c.statements {
                common::cast(&mut work.session, &model, c, &st.id, seat, Answer::Value(2));
            }
        }
        common::close_rounds(&mut work.session, &model);
    }
    // o on the revealed challenge in focus: said, not opened.
    assert!(send(&mut s, &[Msg::OpenRoom { choose: false }]).is_empty());
    assert!(s.shared.room.is_none());
    assert!(drawn(&s, 80, 24).contains("Resultatet är redan visat"));
    send(&mut s, &[Msg::OpenRoom { choose: true }]);
    let list = drawn(&s, 80, 24);
    assert!(
        list.contains("[ ] Otydlighet  (resultatet visat)"),
        "{list}"
    );
    send(&mut s, &[Msg::Toggle]);
    assert!(
        drawn(&s, 80, 24).contains("[ ] Otydlighet"),
        "cannot be ticked"
    );
    send(&mut s, &[Msg::Confirm]);
    let scope = &s.shared.room.as_ref().unwrap().desk.scope;
    assert_eq!(scope.len(), 5);
    assert!(!scope.contains(&"otydlighet".to_owned()));
}

#[test]
fn the_room_and_freeing_a_seat_use_names_when_the_session_shows_them() {
    for names in [false, true] {
        let mut s = crowd_at_scoring(12);
        let work = s.shared.work.as_mut().unwrap();
        common::privacy(&mut work.session, &work.model, |_, shown, _| *shown = names);
        send(&mut s, &[Msg::OpenRoom { choose: false }]);
        send(&mut s, &[Msg::RoomOpened(Ok(address()))]);
        claim_and_answer(&mut s, 3, &[0]);
        let alias = session(&s).participants()[2].alias.clone();
        let shown = drawn(&s, 80, 24);
        assert_eq!(shown.contains(&alias), names, "{shown}");
        send(&mut s, &[Msg::FreeSeat]);
        let freed = drawn(&s, 80, 24);
        if names {
            assert!(
                freed.contains(&format!("{alias} (plats 3) är ledig")),
                "{freed}"
            );
        } else {
            assert!(freed.contains("Plats 3 är ledig"), "{freed}");
            assert!(!freed.contains(&alias), "{freed}");
        }
    }
}

#[test]
fn setup_has_the_names_setting_with_what_it_means_for_privacy() {
    let mut s = fresh();
    send(&mut s, &[Msg::Confirm]);
    assert_eq!(s.step(), Step::Setup);
    let mut msgs: Vec<Msg> = "Åre kommun".chars().map(Msg::Char).collect();
    msgs.extend(vec![Msg::Next; 7]);
    send(&mut s, &msgs);
    let off = drawn(&s, 80, 24);
    assert!(
        off.contains("Namn i rummet   ‹ nej, bara platsnummer ›"),
        "{off}"
    );
    assert!(
        off.contains("Projektorn visar bara platsnummer, inga namn."),
        "{off}"
    );
    send(&mut s, &[Msg::Right]);
    let on = drawn(&s, 80, 24);
    assert!(on.contains("‹ ja, visa alias ›"), "{on}");
    assert!(
        on.contains("Projektorn visar vem som har svarat, aldrig vad."),
        "{on}"
    );
    assert_eq!(send(&mut s, &[Msg::Confirm]), vec![Effect::Save]);
    assert_eq!(s.step(), Step::Participants);
    assert!(session(&s).privacy().show_names);
    // With someone on the list, the participants panel says so beside it.
    let mut person = vec![Msg::Add];
    person.extend("Åsa".chars().map(Msg::Char));
    person.extend([Msg::Confirm, Msg::Confirm]);
    send(&mut s, &person);
    let panel = drawn(&s, 80, 24);
    assert!(panel.contains("1 deltagare, en plats var."), "{panel}");
    assert!(panel.contains("Rummet visar alias: vem som har"), "{panel}");
}
