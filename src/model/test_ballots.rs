//! For the crate's tests: a ballot and a reveal given as the ballot screen
//! gives them, by commands, so that tests in any module build their sessions
//! the one way a session changes.

use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballots::Answer;
use crate::model::command::Command;
use crate::model::session::Session;

/// `voter` answers the statements of `c` with `answers`, in order (fewer
/// answers than statements: the rest skipped), and hands in the ballot.
pub(crate) fn ballot(
    model: &Assessment,
    s: &mut Session,
    c: &Challenge,
    voter: u32,
    answers: &[Answer],
) {
    for (st, answer) in c.statements.iter().zip(answers) {
        let cast = Command::Cast {
            challenge: c.id.clone(),
            statement: st.id.clone(),
            voter,
            answer: *answer,
        };
        s.apply(model, cast).unwrap();
    }
    let pass = Command::Pass {
        challenge: c.id.clone(),
        voter,
        count: c.statements.len(),
    };
    s.apply(model, pass).unwrap();
}

/// The results of `c` are shown.
pub(crate) fn reveal(model: &Assessment, s: &mut Session, c: &Challenge) {
    let challenge = c.id.clone();
    s.apply(
        model,
        Command::Reveal {
            challenge,
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    )
    .unwrap();
}

/// A session on `m` with `people` named participants, numbered from 1.
pub(crate) fn with_people(m: &Assessment, people: usize) -> Session {
    let date = jiff::civil::date(2026, 3, 1);
    let mut s = Session::new(m, "Sjöhamra kommun", date, crate::text::Lang::SV);
    for i in 0..people {
        let add = Command::AddParticipant {
            alias: format!("P{i}"),
            groups: Vec::new(),
        };
        s.apply(m, add).expect("a participant joins");
    }
    s
}

/// `s` as saved, having checked that it reads back, validates against `m`
/// and equals `s`: the start of every test of what a file keeps.
pub(crate) fn reads_back(s: &Session, m: &Assessment) -> String {
    let text = s.to_ron();
    let path = std::path::Path::new("s.klarhet");
    let read = Session::parse(&text, path).expect("parses");
    crate::model::validate::session(&read, m, &text, path).expect("valid");
    assert_eq!(&read, s);
    text
}
