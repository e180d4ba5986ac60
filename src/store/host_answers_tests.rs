//! Open answers reach the disk only in a whole save: a journal line would tie
//! them to their writer (src/model/open_answers.rs).

use super::Host;
use crate::model::Assessment;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::session::{Answer, Session};
use crate::text::Lang;

#[test]
fn written_answers_are_saved_whole_and_never_reach_the_journal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let catalog = Catalog::embedded().expect("catalogue");
    let model: &Assessment = catalog.get("wihlborg").expect("wihlborg");
    let date = jiff::civil::date(2026, 3, 1);
    let mut session = Session::new(model, "Sjöhamra kommun", date, Lang::SV);
    for alias in ["A", "B", "C"] {
        let add = Command::AddParticipant {
            alias: alias.to_owned(),
            groups: Vec::new(),
        };
        session.apply(model, add).expect("joins");
    }
    let lock = crate::store::Store::new(dir.path())
        .create_locked(&session)
        .expect("created");
    let path = lock.path().to_owned();
    let mut host = Host::new(lock);
    // A vote first, so that a journal is being kept when the answers come.
    let c = &model.challenges[0];
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 1,
        answer: Answer::Value(model.scale_of(&c.statements[0]).min()),
    };
    let mut changes = session.apply(model, cast).expect("cast");
    host.record(&mut session, &changes).expect("kept");
    assert!(host.journaled(), "a vote is appended");
    let write = Command::Write {
        set: "swot-organisationen".to_owned(),
        writer: 2,
        answers: vec![(
            "swot-organisationen.styrkor".to_owned(),
            vec!["Modiga chefer".to_owned()],
        )],
    };
    changes = session.apply(model, write).expect("written");
    host.record(&mut session, &changes).expect("kept");
    assert!(!host.journaled(), "saved whole, the journal folded in");
    let journal = crate::store::journal::path_of(&path);
    let journal = std::fs::read_to_string(journal).unwrap_or_default();
    assert!(!journal.contains("Modiga"), "{journal}");
    let file = std::fs::read_to_string(&path).expect("the session");
    assert!(file.contains("\"Modiga chefer\": 1"), "{file}");
    assert!(
        !file.contains("writer:"),
        "no writer beside the answers: {file}"
    );
}
