//! The reveal as a facilitator meets it: what a ballot round shows, when a
//! latecomer's ballot waits, and a self-assessment set in the setup form.

use crate::common;
use crate::common::groups_ids;
use common::tui::drawn;
use common::tui::{fresh, send};
use common::{halmstad, session_with};
use klarhet::model::session::Answer;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{Step, Work};

/// One voter's answers to every statement of the first challenge.
fn ballot(answer: i32) -> Vec<Msg> {
    let mut msgs = vec![Msg::Confirm];
    msgs.extend((0..4).map(|_| Msg::Answer(Answer::Value(answer))));
    msgs
}

#[test]
fn a_latecomers_ballot_waits_until_enough_have_come() {
    let model = halmstad();
    let session = session_with(&model, &[groups_ids::POLITIK; 4]);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    let c = s.shared.work.as_ref().unwrap().model.challenges[0]
        .id
        .clone();
    // Three vote; after the third the reveal shows them, and saves what it showed.
    update(&mut s, Msg::StartBallot);
    for v in [2, 3, 3] {
        send(&mut s, &ballot(v));
    }
    assert!(matches!(
        s.screen.phase(),
        Some(Phase::Handover { voter: 3 })
    ));
    // The facilitator stops the round and reveals before the fourth has voted.
    update(&mut s, Msg::Back);
    assert_eq!(update(&mut s, Msg::Reveal), vec![Effect::Save]);
    let work = s.shared.work.as_ref().unwrap();
    assert_eq!(work.session.revealed()[&c].voters(), 3);
    assert!(!drawn(&s, 80, 24).contains("visas inte än"));
    // The fourth votes; the reveal that follows adds nothing, and says why.
    send(&mut s, &[Msg::Back, Msg::StartBallot]);
    let effects = send(&mut s, &ballot(5));
    // The seal is kept as a record (the journal written again without her
    // answers beside her), not as a whole save.
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::Record(changes)
                if changes.iter().any(|c| matches!(c, klarhet::model::journal::Change::Sealed { .. }))
        )),
        "{effects:?}"
    );
    assert!(matches!(s.screen.phase(), Some(Phase::Reveal { .. })));
    let work = s.shared.work.as_ref().unwrap();
    assert_eq!(
        work.session.revealed()[&c].voters(),
        3,
        "one more would show it"
    );
    assert_eq!(work.session.waiting(&c), 1);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("n 3"), "{shown}");
    // Three answers are few: the statement and the severity say so.
    assert!(shown.contains("n 3 av 4 ⚠ få svar"), "{shown}");
    assert!(shown.contains("allvarlighet 42?"), "{shown}");
    assert!(
        shown.contains("Ett svar har kommit in sedan förra"),
        "{shown}"
    );
    // The export shows the three, and says that one answer waits.
    let export =
        klarhet::report::Format::Json.render(&work.session, &work.model, &common::export());
    assert!(export.contains("\"waiting\": 1"), "{export}");
}

#[test]
fn two_voters_see_nothing_of_each_other_unless_one_assesses_alone() {
    let model = halmstad();
    let session = session_with(&model, &[groups_ids::POLITIK, groups_ids::BOLAG]);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    update(&mut s, Msg::StartBallot);
    send(&mut s, &ballot(2));
    send(&mut s, &ballot(5));
    assert!(matches!(s.screen.phase(), Some(Phase::Reveal { .. })));
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("För få har svarat"), "{shown}");
    assert!(!shown.contains("n 2"), "{shown}");
}

#[test]
fn the_setup_form_makes_a_self_assessment_and_its_answer_shows() {
    let mut s = fresh();
    // A new session: organisation, then down to the self-assessment and on.
    update(&mut s, Msg::Confirm);
    assert_eq!(s.step(), Step::Setup);
    for c in "Eva".chars() {
        update(&mut s, Msg::Char(c));
    }
    send(&mut s, &vec![Msg::Next; 6]);
    assert!(drawn(&s, 80, 24).contains("nej, en grupp"));
    update(&mut s, Msg::Right);
    assert!(drawn(&s, 80, 24).contains("ja, en person"));
    // On to the last field, names in the room, and saved from there.
    update(&mut s, Msg::Confirm);
    let effects = update(&mut s, Msg::Confirm);
    assert!(!effects.is_empty(), "the session is made and saved");
    let work = s.shared.work.as_mut().unwrap();
    assert!(work.session.privacy().self_assessment);
    let join = klarhet::model::Command::AddParticipant {
        alias: "P1".into(),
        groups: vec![groups_ids::OVRIGT.into()],
    };
    common::give(&mut work.session, &work.model, join);
    work.refresh();
    let work = s.shared.work.take().unwrap();
    let mut s = fresh().at(work, Step::Scoring);
    update(&mut s, Msg::StartBallot);
    send(&mut s, &ballot(4));
    let shown = drawn(&s, 80, 24);
    assert!(
        matches!(s.screen.phase(), Some(Phase::Reveal { .. })),
        "{shown}"
    );
    assert!(shown.contains("n 1"), "{shown}");
}
