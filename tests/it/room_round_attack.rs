//! A phone in a later round cannot learn another seat's answer of the round
//! before from anything the room sends it. Two rooms are run as a user runs
//! them (`klarhet room`, the real binary, over HTTP): in both, four phones
//! answer the first challenge, its results are shown, and a second round opens
//! on two of its statements for the phones; the rooms differ only in what seat
//! 1 answered in round 1. Seat 2's phone then asks for every page of round 2,
//! answers it and asks again; every byte it gets (status, redirect, cookies,
//! page) must be the same in both rooms. And a phone's own earlier answer comes
//! only from the cookie it sends itself: without that cookie, its page says
//! nothing of round 1.

use crate::common;

use common::phone::{Phone, RoomProcess};
use klarhet::model::Assessment;

/// Everything a phone was sent, one line per request, with the room's token
/// (random in each room) written as TOKEN.
#[derive(Debug, Default, PartialEq)]
struct Transcript(Vec<String>);

fn record(t: &mut Transcript, token: &str, what: &str, got: &common::phone::Got, cookie: &str) {
    let line = format!(
        "{what} → {} {:?} [{cookie}]\n{}",
        got.status, got.location, got.body
    );
    t.0.push(line.replace(token, "TOKEN"));
}

/// A room where seat 1 answers `first` to every statement of the first
/// challenge in round 1 (the others answer 2, 3, 4): what seat 2's phone is
/// sent in round 2, seat 1's phone for the checks on its own memory, the room
/// still open, and its folder.
fn room_where_seat_one_answered(
    first: &str,
) -> (Transcript, Phone, RoomProcess, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let (id, path) = common::phone::saved_crowd(dir.path(), 4, |_| {});
    let model = Assessment::halmstad().unwrap();
    let c = model.challenges[0].clone();
    let ids: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &c.id]);
    let mut phones: Vec<Phone> = (1..=4)
        .map(|seat| {
            let mut phone = Phone::new();
            assert!(phone.claim(&room.url, seat), "seat {seat}");
            let value = if seat == 1 {
                first.to_owned()
            } else {
                seat.to_string()
            };
            for st in &ids {
                assert!(phone.answer(&room.url, st, &value), "seat {seat}, {st}");
            }
            phone
        })
        .collect();
    room.close();
    let again = vec![ids[0].clone(), ids[2].clone()];
    common::phone::reveal_and_vote_again(&path, &model, &again);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &c.id]);
    let token = room
        .url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let mut t = Transcript::default();
    let two = &mut phones[1];
    let cookie = |p: &Phone| {
        p.cookie
            .clone()
            .unwrap_or_default()
            .split("; ")
            .filter(|c| !c.starts_with("klarhet_plats="))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let got = two.get(&room.url);
    record(&mut t, &token, "GET /", &got, &cookie(two));
    for st in &ids {
        let url = format!("{}?s={}", room.url, klarhet::room::page::query_value(st));
        let got = two.get(&url);
        record(&mut t, &token, &format!("GET ?s={st}"), &got, &cookie(two));
    }
    for st in &ids {
        let got = two.post(
            &format!("{}answer", room.url),
            &[("statement", st), ("answer", "5")],
        );
        record(&mut t, &token, &format!("POST {st}"), &got, &cookie(two));
        if let Some(to) = &got.location {
            let url = room.url.replace(&format!("/{token}/"), "") + to;
            let got = two.get(&url);
            record(&mut t, &token, "GET the redirect", &got, &cookie(two));
        }
    }
    let got = two.get(&room.url);
    record(&mut t, &token, "GET / at the end", &got, &cookie(two));
    let one = phones.swap_remove(0);
    (t, one, room, dir)
}

#[test]
fn a_phone_in_round_two_learns_nothing_of_another_seats_round_one_answer() {
    let (low, _, room, _dir) = room_where_seat_one_answered("1");
    room.close();
    let (high, mut one, room, _dir) = room_where_seat_one_answered("5");
    // The attack has teeth: seat 2 saw its own round-1 answer, from its cookie.
    let seen = low.0.join("\n");
    assert!(seen.contains("Ditt svar i runda 1: 2 · "), "{seen}");
    assert!(seen.contains("runda 2"), "{seen}");
    assert_eq!(low.0.len(), high.0.len());
    for (a, b) in low.0.iter().zip(&high.0) {
        assert_eq!(a, b, "seat 1's round-1 answer changed what seat 2 was sent");
    }
    // Seat 1's phone sees its own answer, 5, from its own cookie...
    let page = one.get(&room.url).body;
    assert!(page.contains("Ditt svar i runda 1: 5 · "), "{page}");
    // ...and nothing of round 1 once its memory is gone: the laptop keeps none.
    let seat_only = one
        .cookie
        .clone()
        .unwrap()
        .split("; ")
        .filter(|c| c.starts_with("klarhet_plats="))
        .collect::<Vec<_>>()
        .join("; ");
    one.cookie = Some(seat_only);
    let page = one.get(&room.url).body;
    assert!(page.contains("runda 2"), "still seated, in round 2: {page}");
    assert!(!page.contains("Ditt svar i runda"), "{page}");
    room.close();
}
