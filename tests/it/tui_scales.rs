//! A categorical statement at the keyboard and on the reveal (issue 28): the
//! ballot offers its scale's options and no vet ej (the scale has none), and
//! the reveal shows each option's count and share and the groups' shares, with
//! no median, mean or consensus. Snapshot at 80×24.

use crate::common;
use common::session_with;
use common::tui::{drawn, fresh, send};
use klarhet::model::session::Answer;
use klarhet::tui::msg::Msg;
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{Step, Work};

/// One voter's ballot on the first challenge: shared goals, each their own
/// issue, formal obstacles (1–4) and the categorical competence question.
fn ballot(values: [i32; 4]) -> Vec<Msg> {
    let mut msgs = vec![Msg::Confirm];
    msgs.extend(values.map(|v| Msg::Answer(Answer::Value(v))));
    msgs
}

#[test]
fn a_categorical_statement_is_answered_from_its_options_and_revealed_as_shares() {
    let model = common::scales::model();
    let session = session_with(&model, &common::scales::ROLES);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    update(&mut s, Msg::StartBallot);
    // The first voter, at the categorical statement: Ja, Osäker, Nej, no vet ej.
    send(&mut s, &ballot([5, 1, 1, 1])[..4]);
    let asked = drawn(&s, 80, 24);
    assert!(
        asked.contains("Ja") && asked.contains("Osäker") && asked.contains("Nej"),
        "{asked}"
    );
    assert!(!asked.contains("Vet ej"), "{asked}");
    // Vet ej is not an answer on it: the ballot stays where it is.
    update(&mut s, Msg::Answer(Answer::Unknown));
    assert_eq!(drawn(&s, 80, 24), asked);
    update(&mut s, Msg::Answer(Answer::Value(1)));
    for values in [
        [5, 1, 1, 1],
        [4, 2, 1, 2],
        [4, 2, 4, 3],
        [2, 4, 4, 3],
        [2, 4, 4, 2],
    ] {
        send(&mut s, &ballot(values));
    }
    assert!(
        matches!(s.screen.phase(), Some(Phase::Reveal { statement: 0 })),
        "{:?}",
        s.screen.phase()
    );
    send(&mut s, &[Msg::Right, Msg::Right, Msg::Right]);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Osäker"), "{shown}");
    assert!(
        !shown.contains("median") && !shown.contains("samstämmighet"),
        "{shown}"
    );
    insta::assert_snapshot!("categorical_reveal_80x24", shown);
}
