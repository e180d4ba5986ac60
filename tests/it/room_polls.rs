//! Private votes in the room, as phones meet them: `klarhet room --vote`
//! (the real binary) on 127.0.0.1, phones that vote over real HTTP, once,
//! and the session file afterwards, which keeps counts and never who picked
//! what.

use crate::common;

use common::phone::{Phone, RoomProcess};
use klarhet::model::picks::Poll;
use klarhet::store;

#[test]
fn phones_vote_once_on_the_alternatives_and_the_file_keeps_only_counts() {
    let model = common::models::embedded("trollhattan");
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = common::phone::saved_named(dir.path(), &model, 4);
    let room = RoomProcess::start(dir.path(), &id, &["--vote", "alternatives"]);
    let pick = format!("{}pick", room.url);
    let mut phones = Vec::new();
    for seat in 1..=4u32 {
        let mut phone = Phone::new();
        assert!(phone.claim(&room.url, seat), "seat {seat}");
        let page = phone.get(&room.url);
        assert_eq!(page.status, 200);
        assert!(page.body.contains("action=pick"), "{}", page.body);
        assert!(page.body.contains("II  Förstärkning"), "{}", page.body);
        assert!(page.body.contains("value=unsure"), "{}", page.body);
        assert!(page.body.contains("minst 3"), "{}", page.body);
        phones.push(phone);
    }
    for (phone, choice) in phones.iter_mut().zip(["1", "1", "unsure", "0"]) {
        let got = phone.post(&pick, &[("poll", "alternatives"), ("choice", choice)]);
        assert_eq!(got.status, 303, "{}", got.body);
        assert!(
            got.location
                .as_deref()
                .is_some_and(|l| l.ends_with("?picked=1"))
        );
        let after = phone.get(&format!("{}?picked=1", room.url));
        assert!(after.body.contains("Tack!"), "{}", after.body);
        assert!(!after.body.contains("Förstärkning"), "never shown back");
    }
    // A second send is kept once; a choice the poll lacks, or a word, is refused.
    let again = phones[0].post(&pick, &[("poll", "alternatives"), ("choice", "2")]);
    assert_eq!(again.status, 303);
    let beyond = phones[1].post(&pick, &[("poll", "alternatives"), ("choice", "3")]);
    assert_eq!(beyond.status, 303, "kept once already: {}", beyond.body);
    let mut fresh = Phone::new();
    let word = fresh.post(&pick, &[("poll", "alternatives"), ("choice", "två")]);
    assert_eq!(word.status, 400);
    room.close();

    let catalog = klarhet::model::assessment::Catalog::embedded().expect("catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let picks = session.picks(&Poll::Alternatives).expect("votes");
    assert_eq!(picks.voters.len(), 4);
    assert_eq!(picks.waiting.total(), 4);
    assert_eq!(picks.waiting.of("opt-2-forstarkning"), 2);
    assert_eq!(picks.waiting.unsure, 1);
    let file = std::fs::read_to_string(&path).expect("the file");
    assert!(
        !file.contains("voter:") && !file.contains("Picked"),
        "{file}"
    );
}

#[test]
fn a_room_for_an_areas_vote_refuses_an_area_the_model_lacks() {
    let model = common::models::embedded("matteby");
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, _) = common::phone::saved_named(dir.path(), &model, 3);
    let area = &model.phases.as_ref().expect("phases").areas[0];
    let room = RoomProcess::start(dir.path(), &id, &["--vote", &area.id]);
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let page = phone.get(&room.url);
    assert!(
        page.body.contains(area.name.get(klarhet::text::Lang::SV)),
        "{}",
        page.body
    );
    assert!(page.body.contains("Fas 4"), "{}", page.body);
    room.close();
    let out = common::klarhet_in(dir.path(), "sv")
        .args(["room", &id, "--vote", "ingenstans", "--bind", "127.0.0.1:0"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("ingenstans"), "{said}");
}
