//! Open prompts in the room, as phones meet them: `klarhet room --prompts`
//! (the real binary) on 127.0.0.1, phones that write their answers over real
//! HTTP, and the session file afterwards.

use crate::common;

use common::phone::{Phone, RoomProcess};
use klarhet::model::Assessment;
use klarhet::store;

const SET: &str = "swot-organisationen";

fn wihlborg() -> Assessment {
    common::models::embedded("wihlborg")
}

/// A Wihlborg session with `people` named participants, saved in `dir`.
fn saved(dir: &std::path::Path, people: u32) -> (String, std::path::PathBuf) {
    common::phone::saved_named(dir, &wihlborg(), people)
}

#[test]
fn phones_write_to_a_set_once_and_the_file_keeps_the_answers_without_their_writers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = saved(dir.path(), 4);
    let room = RoomProcess::start(dir.path(), &id, &["--prompts", SET]);
    let write = format!("{}write", room.url);
    let mut phones = Vec::new();
    for seat in 1..=4u32 {
        let mut phone = Phone::new();
        assert!(phone.claim(&room.url, seat), "seat {seat}");
        let page = phone.get(&room.url);
        assert_eq!(page.status, 200);
        assert!(page.body.contains("name=a3"), "four prompts: {}", page.body);
        assert!(page.body.contains("minst 3 personer"), "{}", page.body);
        // The questions are klarhet's, built on the report: the phone says so.
        assert!(
            page.body
                .contains("klarhets fråga, utifrån rapportens §3.1")
        );
        phones.push(phone);
    }
    let texts = [
        "Öppen & <modig> ledning",
        "Data",
        "Öppen & <modig> ledning",
        "Tid",
    ];
    for (phone, text) in phones.iter_mut().zip(texts) {
        let got = phone.post(
            &write,
            &[("set", SET), ("a0", text), ("a0", ""), ("a3", "Budget")],
        );
        assert_eq!(got.status, 303, "{}", got.body);
        assert!(
            got.location
                .as_deref()
                .is_some_and(|l| l.ends_with("?wrote=1"))
        );
        let after = phone.get(&room.url);
        assert!(after.body.contains("Tack!"), "{}", after.body);
        assert!(
            !after.body.contains("modig"),
            "the phone never shows it back"
        );
    }
    // A second send is kept once; a field the set lacks is refused.
    let again = phones[0].post(&write, &[("set", SET), ("a0", "Igen")]);
    assert_eq!(again.status, 303);
    let bad = phones[1].post(&write, &[("set", SET), ("x", "?")]);
    assert_eq!(bad.status, 400);
    room.close();

    let catalog = klarhet::model::assessment::Catalog::embedded().expect("catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let sheet = session.answers_to(SET).expect("answers");
    assert_eq!(sheet.writers.len(), 4);
    assert_eq!(sheet.waiting_writers, 4);
    let strengths = &sheet.waiting["swot-organisationen.styrkor"];
    assert_eq!(strengths["Öppen & <modig> ledning"], 2);
    assert_eq!(sheet.waiting["swot-organisationen.hot"]["Budget"], 4);
    assert!(!strengths.contains_key("Igen"));
    let file = std::fs::read_to_string(&path).expect("the file");
    assert!(!file.contains("writer:"), "{file}");
}

#[test]
fn a_phone_may_send_three_long_answers_to_every_prompt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = saved(dir.path(), 3);
    let room = RoomProcess::start(dir.path(), &id, &["--prompts", SET]);
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    // 200 characters of å, ä and ö: each percent-encoded in six bytes.
    let long: String = "åäö".chars().cycle().take(200).collect();
    let mut form = vec![("set", SET)];
    let fields = ["a0", "a1", "a2", "a3"];
    for field in fields {
        for _ in 0..3 {
            form.push((field, long.as_str()));
        }
    }
    let got = phone.post(&format!("{}write", room.url), &form);
    assert_eq!(got.status, 303, "{}", got.body);
    room.close();
    let catalog = klarhet::model::assessment::Catalog::embedded().expect("catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let sheet = session.answers_to(SET).expect("answers");
    assert_eq!(sheet.waiting["swot-organisationen.svagheter"][&long], 3);
}

#[test]
fn a_room_for_the_phases_questions_about_an_area_names_them_and_a_phone_writes() {
    let model = common::models::embedded("matteby");
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = common::phone::saved_named(dir.path(), &model, 3);
    let set = klarhet::model::area_prompts::key("styrning", "initiering");
    let room = RoomProcess::start(dir.path(), &id, &["--prompts", &set]);
    let name = "Frågor om Gemensam styrning och beslutsformer, i fas 1: Initiering";
    // The announcement is wrapped to the terminal: read it as one text.
    let said = room.opening.join(" ");
    assert!(said.contains(name), "{said}");
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let page = phone.get(&room.url);
    assert!(page.body.contains(name), "{}", page.body);
    assert!(page.body.contains("Vad i det här området"), "{}", page.body);
    let got = phone.post(
        &format!("{}write", room.url),
        &[("set", set.as_str()), ("a1", "Ingen har sagt det högt")],
    );
    assert_eq!(got.status, 303, "{}", got.body);
    room.close();
    let catalog = klarhet::model::assessment::Catalog::embedded().expect("catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let sheet = session.answers_to(&set).expect("answers");
    assert_eq!(
        sheet.waiting["ledningsutmaning.1"]["Ingen har sagt det högt"],
        1
    );
}
