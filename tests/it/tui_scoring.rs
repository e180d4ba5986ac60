//! Transitions of `update` in the scoring step, with no I/O: a show of hands,
//! a voter taken up again, and the agreed score. Each test asserts on the effects
//! as well as on the state, as the runtime would see them.

use crate::common;
use crate::common::groups_ids;
use common::tui::{fresh, send, state_at as at};
use common::{halmstad, session_with};
use klarhet::model::session::Answer;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::{Notice, Question};
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{Overlay, State, Step, Work};

#[test]
fn more_hands_than_people_asks_before_saving_and_the_reveal_flags_it() {
    // Three participants; five hands raised for one value.
    let mut s = at(Step::Scoring);
    update(&mut s, Msg::StartHands);
    assert_eq!(send(&mut s, &[Msg::Char('5'), Msg::Confirm]), vec![]);
    assert_eq!(
        s.overlay,
        Some(Overlay::Ask(Question::HandsOverRoom { total: 5, room: 3 }))
    );
    // No: nothing saved, the count can be corrected.
    update(&mut s, Msg::No);
    let first = s.shared.work.as_ref().unwrap().model.challenges[0].statements[0]
        .id
        .clone();
    let tally = |s: &State| {
        s.shared
            .work
            .as_ref()
            .unwrap()
            .session
            .responses()
            .tally(&first)
            .total()
    };
    assert_eq!(tally(&s), 0);
    // Yes: saved as counted.
    assert_eq!(send(&mut s, &[Msg::Confirm, Msg::Yes]), vec![Effect::Save]);
    assert_eq!(tally(&s), 5);
}

#[test]
fn an_interrupted_voter_is_taken_up_again_where_they_stopped() {
    // As a session reopened after a crash: the first voter is done with the first
    // challenge, the second has passed two of its four statements.
    let model = halmstad();
    let mut session = session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    let first = model.challenges[0].clone();
    for st in &first.statements {
        common::vote(&mut session, &st.id, &[4]);
    }
    common::pass(&mut session, &model, &first, 1, first.statements.len());
    common::pass(&mut session, &model, &first, 2, 2);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    update(&mut s, Msg::StartBallot);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 1 }));
    update(&mut s, Msg::Confirm);
    assert!(
        matches!(
            s.screen.phase(),
            Some(Phase::Ballot {
                voter: 1,
                statement: 2,
                ..
            })
        ),
        "{:?}",
        s.screen.phase()
    );
    // Answering records the progress with the vote; Esc pauses and b resumes there.
    assert_eq!(
        update(&mut s, Msg::Answer(Answer::Value(3))),
        vec![Effect::Save]
    );
    let passed = |s: &State| s.shared.work.as_ref().unwrap().session.passed(&first.id, 2);
    assert_eq!(passed(&s), 3);
    update(&mut s, Msg::Back);
    assert_eq!(s.screen.phase(), Some(&Phase::Overview));
    send(&mut s, &[Msg::StartBallot, Msg::Confirm]);
    assert!(matches!(
        s.screen.phase(),
        Some(Phase::Ballot {
            voter: 1,
            statement: 3,
            ..
        })
    ));
    // A skip counts as passing: the voter is done, and the next one not done is
    // up. The seal is kept as a record of the sealed ballot, not a whole save.
    let sealed = update(&mut s, Msg::Skip);
    assert!(
        matches!(
            sealed.as_slice(),
            [Effect::Record(changes)]
                if matches!(changes.as_slice(), [klarhet::model::journal::Change::Sealed { voters, .. }] if voters == &[2])
        ),
        "{sealed:?}"
    );
    assert_eq!(passed(&s), 4);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 2 }));
    // The facilitator can go back a voter, or pick one from the list.
    update(&mut s, Msg::Up);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 1 }));
    update(&mut s, Msg::Edit);
    assert_eq!(s.screen.phase(), Some(&Phase::Pick { selected: 1 }));
    // The second voter is done: the list gives them no turn.
    assert_eq!(update(&mut s, Msg::Confirm), vec![]);
    assert_eq!(s.screen.phase(), Some(&Phase::Pick { selected: 1 }));
    send(&mut s, &[Msg::Down, Msg::Confirm]);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 2 }));
    send(&mut s, &[Msg::Up, Msg::Up]);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 0 }));
    // A voter who is done cannot start again: their ballot is counted, apart
    // from their name, and Enter is not offered.
    assert!(update(&mut s, Msg::Confirm).is_empty());
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 0 }));
    let enter = klarhet::tui::router::bindings(&s)
        .into_iter()
        .find(|b| {
            b.keys.iter().any(|(k, _)| {
                *k == klarhet::tui::bindings::Key::Code(crossterm::event::KeyCode::Enter)
            })
        })
        .expect("Enter is listed");
    assert!(!enter.enabled);
    let work = s.shared.work.as_ref().unwrap();
    assert!(!work.session.to_ron().contains("Ballots({1:"));
    assert_eq!(work.session.counted(&work.model.challenges[0].id), 2);
}

#[test]
fn accepting_the_default_agreed_score_keeps_the_computed_severity_exactly() {
    let model = halmstad();
    let mut session = session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    // Means of 4, 4, 4 and 3.67 on the first challenge: a severity that is no
    // whole number.
    let ids: Vec<String> = model.challenges[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect();
    for id in &ids[..3] {
        common::vote(&mut session, id, &[4, 4, 4]);
    }
    common::vote(&mut session, &ids[3], &[4, 4, 3]);
    common::close_rounds(&mut session, &model);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    let first = s.shared.work.as_ref().unwrap().model.challenges[0]
        .id
        .clone();
    let computed = s
        .shared
        .work
        .as_ref()
        .unwrap()
        .analysis
        .challenge(&first)
        .unwrap()
        .computed
        .unwrap();
    assert!(computed.fract() != 0.0, "{computed}");
    let agreed = |s: &State| {
        s.shared
            .work
            .as_ref()
            .unwrap()
            .session
            .agreed()
            .get(&first)
            .and_then(|a| a.severity)
    };
    assert_eq!(
        send(
            &mut s,
            &[Msg::Agree, Msg::Confirm, Msg::Confirm, Msg::Confirm]
        ),
        vec![Effect::Save]
    );
    assert_eq!(agreed(&s), Some(computed), "the default moved the number");
    // Again: + raises the whole number shown by one.
    send(
        &mut s,
        &[
            Msg::Agree,
            Msg::Char('+'),
            Msg::Confirm,
            Msg::Confirm,
            Msg::Confirm,
        ],
    );
    assert_eq!(agreed(&s), Some(computed.round() + 1.0));
    // A number off the 0–100 scale is refused where it is typed.
    send(
        &mut s,
        &[
            Msg::Agree,
            Msg::ClearField,
            Msg::Char('1'),
            Msg::Char('5'),
            Msg::Char('0'),
        ],
    );
    assert_eq!(update(&mut s, Msg::Confirm), vec![]);
    assert_eq!(s.shared.notice, Some(Notice::BadSeverity));
}

#[test]
fn the_hand_over_names_the_challenge_and_a_voter_done_is_not_offered_a_turn() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use klarhet::tui::bindings::lookup;
    let model = halmstad();
    let mut session = session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    let second = model.challenges[1].clone();
    for st in &second.statements {
        common::vote(&mut session, &st.id, &[4]);
    }
    common::pass(&mut session, &model, &second, 1, second.statements.len());
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    send(&mut s, &[Msg::Right, Msg::StartBallot]);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 1 }));
    let screen = common::tui::drawn(&s, 80, 24);
    assert!(screen.contains("Utmaning 2 av 6: Obalans"), "{screen}");
    // The list, on the first voter, who is done: Enter is not offered and does nothing.
    send(&mut s, &[Msg::Edit, Msg::Up]);
    assert_eq!(s.screen.phase(), Some(&Phase::Pick { selected: 0 }));
    let bindings = klarhet::tui::router::bindings(&s);
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        lookup(&bindings, &enter),
        None,
        "Enter offered for a voter done"
    );
    assert_eq!(update(&mut s, Msg::Confirm), vec![]);
    assert_eq!(s.screen.phase(), Some(&Phase::Pick { selected: 0 }));
    // The next voter, not started, gets their turn.
    send(&mut s, &[Msg::Down, Msg::Confirm]);
    assert_eq!(s.screen.phase(), Some(&Phase::Handover { voter: 1 }));
}
