//! The room as phones meet it: `klarhet room` (the real binary) on 127.0.0.1,
//! and phones that speak real HTTP to it.

use crate::common;

use common::phone::{Phone, RoomProcess};
use klarhet::model::{Assessment, Session};
use klarhet::store;
use std::path::{Path, PathBuf};

fn model() -> Assessment {
    Assessment::halmstad().expect("model")
}

fn saved(dir: &Path, people: u32, edit: impl FnOnce(&mut Session)) -> (String, PathBuf) {
    common::phone::saved_crowd(dir, people, edit)
}

fn reopen(path: &Path) -> Session {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    store::open(path, &catalog).expect("the session reads").0
}

#[test]
fn thirty_phones_answer_at_once_and_every_acknowledged_vote_is_in_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 30, |_| {});
    let model = model();
    let c = model.challenges[0].clone();
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &c.id]);
    let statements: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    let phones: Vec<_> = (1..=30u32)
        .map(|seat| {
            let (url, statements) = (room.url.clone(), statements.clone());
            std::thread::spawn(move || {
                let mut phone = Phone::new();
                assert!(phone.claim(&url, seat), "seat {seat}");
                let mut acknowledged = Vec::new();
                for (j, s) in statements.iter().enumerate() {
                    let value = ((seat as usize + j) % 5 + 1).to_string();
                    if phone.answer(&url, s, &value) {
                        acknowledged.push((s.clone(), value));
                    }
                }
                acknowledged
            })
        })
        .collect();
    let acknowledged: Vec<Vec<(String, String)>> =
        phones.into_iter().map(|p| p.join().unwrap()).collect();
    room.close();
    assert!(acknowledged.iter().all(|a| a.len() == statements.len()));
    let session = reopen(&path);
    for (j, s) in statements.iter().enumerate() {
        let tally = session.responses().tally(s);
        for value in 1..=5 {
            let expected = (1..=30usize)
                .filter(|seat| (seat + j) % 5 + 1 == value)
                .count();
            let got = tally.counts.get(&(value as i32)).copied().unwrap_or(0) as usize;
            assert_eq!(got, expected, "{s}: value {value}");
        }
    }
    let room = session.room().as_ref().expect("the room is in the file");
    assert_eq!(room.seats().len(), 30);
    assert!((1..=30).all(|seat| room.passed(&c.id, seat) == statements.len()));
    assert!(
        !store::journal::path_of(&path).exists(),
        "closing folded the journal into the file"
    );
}

#[test]
fn a_request_without_the_room_token_gets_the_same_bare_404() {
    let dir = tempfile::tempdir().unwrap();
    let (id, _) = saved(dir.path(), 4, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let base = room
        .url
        .trim_end_matches('/')
        .rsplit_once('/')
        .unwrap()
        .0
        .to_owned();
    let mut phone = Phone::new();
    let mut bodies = Vec::new();
    for path in [
        "/",
        "/ABCDEFGHIJKLMNOPQRST/",
        "/ABCDEFGHIJKLMNOPQRST/seat",
        "/favicon.ico",
    ] {
        let got = phone.get(&format!("{base}{path}"));
        assert_eq!(got.status, 404, "{path}");
        bodies.push(got.body);
    }
    let post = phone.post(&format!("{base}/WRONG/seat"), &[("seat", "1")]);
    assert_eq!((post.status, phone.cookie.is_none()), (404, true));
    bodies.push(post.body);
    assert!(bodies.iter().all(|b| b == "Not Found"), "{bodies:?}");
    assert_eq!(phone.get(&room.url).status, 200);
    room.close();
}

#[test]
fn a_seat_is_one_phones_and_a_phone_without_a_seat_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 4, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let statement = model().challenges[0].statements[0].id.clone();
    let (mut a, mut b) = (Phone::new(), Phone::new());
    // The seat page gives the phone its token before it claims, so a claim sent
    // again (its answer lost on the way) finds the seat its own, not taken.
    assert_eq!(a.get(&room.url).status, 200);
    let offered = a.cookie.clone().expect("a token with the seat page");
    assert!(a.claim(&room.url, 2));
    assert_eq!(a.cookie.as_ref(), Some(&offered));
    assert!(a.claim(&room.url, 2), "the same phone may ask again");
    assert_eq!(a.cookie.as_ref(), Some(&offered));
    let taken = b.post(&format!("{}seat", room.url), &[("seat", "2")]);
    assert_eq!((taken.status, b.cookie.is_none()), (409, true));
    assert!(
        taken.body.contains("redan en annan telefon"),
        "{}",
        taken.body
    );
    let seats = b.get(&room.url).body;
    assert!(
        seats.contains("disabled> P2"),
        "seat 2 shown as taken: {seats}"
    );
    // No seat: the answer is not taken, the seats are shown instead.
    assert!(!b.answer(&room.url, &statement, "3"));
    assert!(a.answer(&room.url, &statement, "3"));
    room.close();
    let session = reopen(&path);
    assert_eq!(session.responses().tally(&statement).n(), 1);
}

#[test]
fn bad_input_gets_a_plain_answer_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 4, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let statement = model().challenges[0].statements[0].id.clone();
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let answer = format!("{}answer", room.url);
    let huge = "x".repeat(8 * 1024);
    for (form, status) in [
        (
            vec![("statement", statement.as_str()), ("answer", "9")],
            400,
        ),
        (
            vec![("statement", statement.as_str()), ("answer", "tre")],
            400,
        ),
        (
            vec![("statement", statement.as_str()), ("answer", "-1")],
            400,
        ),
        (vec![("statement", "finns.inte"), ("answer", "3")], 400),
        (vec![("answer", "3")], 400),
        (
            vec![("statement", statement.as_str()), ("answer", huge.as_str())],
            413,
        ),
    ] {
        let got = phone.post(&answer, &form);
        assert_eq!(got.status, status, "{form:?}: {}", got.body);
        if status == 400 {
            assert!(got.body.contains("Det gick inte att spara"), "{}", got.body);
        }
    }
    let seat = phone.post(&format!("{}seat", room.url), &[("seat", "1; DROP")]);
    assert_eq!(seat.status, 400);
    room.close();
    let session = reopen(&path);
    assert_eq!(session.responses().tally(&statement).total(), 0);
}

#[test]
fn an_answer_can_be_changed_and_the_last_one_counts() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 4, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let c = &model().challenges[0];
    let (first, second) = (&c.statements[0].id, &c.statements[1].id);
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 3));
    assert!(phone.answer(&room.url, first, "2"));
    assert!(phone.answer(&room.url, second, "vet-ej"));
    assert!(phone.answer(&room.url, first, "5"));
    let skip = phone.post(
        &format!("{}answer", room.url),
        &[("statement", second), ("answer", "hoppa")],
    );
    assert_eq!(skip.status, 303);
    let to = skip.location.unwrap_or_default();
    assert!(to.contains("skipped=1"), "a skip is said to be one: {to}");
    let after_skip = phone.get(&format!("{}?s={first}&saved={second}&skipped=1", room.url));
    assert!(
        after_skip.body.contains("Överhoppat"),
        "{}",
        after_skip.body
    );
    assert!(!after_skip.body.contains("✓ Sparat"), "{}", after_skip.body);
    // A revisited statement shows the answer this phone saved, and only that one.
    let page = phone
        .get(&format!("{}?s={first}&saved={first}", room.url))
        .body;
    assert!(page.contains("✓ Sparat"), "{page}");
    assert!(
        page.contains("<div><button class=chosen aria-pressed=true name=answer value=5>✓ 5 · "),
        "{page}"
    );
    assert_eq!(page.matches("aria-pressed").count(), 1, "{page}");
    assert!(page.contains("Ditt sparade svar: 5 · "), "{page}");
    let skipped = phone.get(&format!("{}?s={second}", room.url)).body;
    assert!(skipped.contains("Du hoppade över"), "{skipped}");
    assert!(!skipped.contains("aria-pressed"), "{skipped}");
    // Each button is a block of its own, so text browsers show them apart.
    assert_eq!(
        page.matches("<div><button").count(),
        page.matches("<button").count(),
        "{page}"
    );
    room.close();
    let session = reopen(&path);
    assert_eq!(session.responses().tally(first).counts.get(&5), Some(&1));
    assert_eq!(session.responses().tally(first).total(), 1);
    assert_eq!(
        session.responses().tally(second).total(),
        0,
        "skipped: withdrawn"
    );
}

#[test]
fn after_kill_9_the_room_opens_again_at_the_same_address_and_the_phones_carry_on() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 4, |_| {});
    let c = &model().challenges[0];
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let url = room.url.clone();
    let mut phone = Phone::new();
    assert!(phone.claim(&url, 1));
    assert!(phone.answer(&url, &c.statements[0].id, "4"));
    room.kill();
    assert!(
        store::journal::path_of(&path).exists(),
        "the vote was in the journal"
    );
    let again = RoomProcess::start(dir.path(), &id, &[]);
    let token = |u: &str| {
        u.trim_end_matches('/')
            .rsplit('/')
            .next()
            .map(str::to_owned)
    };
    assert_eq!(token(&again.url), token(&url), "the same token");
    // The same phone, with its cookie: no seat to pick, the next statement.
    let page = phone.get(&again.url).body;
    assert!(
        page.contains(c.statements[1].text.in_language("sv").unwrap()),
        "{page}"
    );
    assert!(phone.answer(&again.url, &c.statements[1].id, "2"));
    again.close();
    let session = reopen(&path);
    assert_eq!(session.responses().tally(&c.statements[0].id).n(), 1);
    assert_eq!(session.responses().tally(&c.statements[1].id).n(), 1);
}

#[test]
fn every_value_that_reaches_a_page_is_escaped_and_åäö_come_through() {
    let dir = tempfile::tempdir().unwrap();
    let (id, _) = saved(dir.path(), 4, |s| {
        let m = model();
        let first = s.participants()[0].clone();
        let edit = klarhet::model::Command::EditParticipant {
            id: first.id,
            alias: "<script>alert('å')</script>".into(),
            groups: first.groups.clone(),
        };
        common::give(s, &m, edit);
        common::rename(s, &m, "Höör & \"Ödeshög\"");
    });
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let page = Phone::new().get(&room.url).body;
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&#39;å&#39;)&lt;/script&gt;"));
    assert!(page.contains("Höör &amp; &quot;Ödeshög&quot;"));
    assert!(page.contains("Välj din plats"));
    room.close();
}

/// klarhet never connects out. In a room it makes one internet socket, to listen
/// on, and accepts phones on it: under strace, no `connect`, no other socket of
/// an internet family, and the default address (the laptop's on its network) is
/// found without asking anyone. Outside a room, tests/it/crash.rs checks that no
/// internet socket is made at all.
#[test]
fn a_room_only_listens_and_accepts() {
    common::need_strace();
    let dir = tempfile::tempdir().unwrap();
    let (id, _) = saved(dir.path(), 4, |_| {});
    let log = dir.path().join("trace");
    let log_arg = log.display().to_string();
    let wrapper = [
        "strace",
        "-f",
        "-qq",
        "-e",
        "trace=%network",
        "-o",
        &log_arg,
    ];
    let room = RoomProcess::start_under(&wrapper, dir.path(), &id, &[]);
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let statement = model().challenges[0].statements[0].id.clone();
    assert!(phone.answer(&room.url, &statement, "2"));
    room.close();
    let traced = std::fs::read_to_string(&log).unwrap();
    let inet: Vec<&str> = traced
        .lines()
        .filter(|l| l.contains("socket(") && (l.contains("AF_INET") || l.contains("AF_INET6")))
        .collect();
    assert_eq!(inet.len(), 1, "one socket, to listen on: {inet:?}");
    assert!(traced.contains("listen("), "{traced}");
    assert!(traced.contains("accept"), "{traced}");
    for line in traced.lines() {
        assert!(!line.contains("connect("), "an outgoing connection: {line}");
    }
}

#[test]
fn a_room_for_nobody_or_an_unknown_challenge_is_refused_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let (empty, _) = saved(dir.path(), 0, |_| {});
    let (four, _) = saved(dir.path(), 4, |s| common::rename(s, &model(), "Fyra"));
    for (id, extra, words) in [
        (empty.as_str(), vec![], "ingen som kan svara"),
        (
            four.as_str(),
            vec!["--challenge", "finns-inte"],
            "finns-inte är inget id i modellen som rummet kan fråga om",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["room", id, "--bind", "127.0.0.1:0"])
            .args(extra)
            .env("KLARHET_LANG", "sv")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(words), "{err}");
    }
}

/// More phones than the room keeps connections for (256): each request has a
/// connection of its own, so no phone holding an idle connection keeps another
/// out, and all 300 are answered.
#[test]
fn three_hundred_phones_at_once_all_get_in() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 300, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let statement = model().challenges[0].statements[0].id.clone();
    let start = std::sync::Arc::new(std::sync::Barrier::new(300));
    let phones: Vec<_> = (1..=300u32)
        .map(|seat| {
            let (url, statement, start) = (room.url.clone(), statement.clone(), start.clone());
            std::thread::spawn(move || {
                let mut phone = Phone::new();
                assert!(phone.claim(&url, seat), "seat {seat}");
                start.wait();
                let _ = phone.get(&url);
                phone.answer(&url, &statement, "4")
            })
        })
        .collect();
    let saved = phones
        .into_iter()
        .map(|p| p.join().unwrap_or(false))
        .filter(|saved| *saved)
        .count();
    room.close();
    assert_eq!(saved, 300);
    assert_eq!(
        reopen(&path).responses().tally(&statement).counts.get(&4),
        Some(&300)
    );
}

/// A session whose first challenge has its results shown: the room asks only
/// about the rest, over HTTP too, and a room for that challenge alone does not
/// open.
#[test]
fn a_room_asks_only_about_challenges_whose_results_are_not_shown() {
    use klarhet::model::session::Answer;
    let dir = tempfile::tempdir().unwrap();
    let model = model();
    let (first, second) = (model.challenges[0].clone(), model.challenges[1].clone());
    let (id, path) = saved(dir.path(), 6, |s| {
        for seat in 1..=6 {
            for st in &first.statements {
                common::cast(s, &model, &first, &st.id, seat, Answer::Value(2));
            }
        }
        common::close_rounds(s, &model);
    });
    let both = format!("{},{}", first.id, second.id);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &both]);
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let page = phone.get(&room.url).body;
    assert!(page.contains("Obalans · påstående 1 av"), "{page}");
    let refused = phone.post(
        &format!("{}answer", room.url),
        &[("statement", &first.statements[0].id), ("answer", "1")],
    );
    assert_eq!(refused.status, 200);
    assert!(
        refused.body.contains("Resultatet visas nu"),
        "{}",
        refused.body
    );
    assert!(phone.answer(&room.url, &second.statements[0].id, "4"));
    room.close();
    let session = reopen(&path);
    assert_eq!(
        session.responses().tally(&first.statements[0].id).total(),
        0
    );
    assert_eq!(session.responses().tally(&second.statements[0].id).n(), 1);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "room",
            &id,
            "--bind",
            "127.0.0.1:0",
            "--challenge",
            &first.id,
        ])
        .env("KLARHET_LANG", "sv")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("Resultatet är redan visat"), "{err}");
}

/// `klarhet room` on a session the workbench holds says where to open the room.
#[test]
fn a_room_on_a_session_the_workbench_holds_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = saved(dir.path(), 4, |_| {});
    let claim = store::claim(&path).unwrap();
    assert!(matches!(claim.access, store::Access::Write(_)));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["room", &id, "--bind", "127.0.0.1:0"])
        .env("KLARHET_LANG", "sv")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let flat = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("öppnad i en annan klarhet"), "{err}");
    assert!(flat.contains("Öppna rummet där"), "{err}");
    assert!(flat.contains("trycker du o"), "{err}");
    drop(claim);
}
