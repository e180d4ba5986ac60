//! The agreed score as a facilitator types it in front of the room: keys as the
//! terminal sends them, through the bindings the footer shows, into `update`.
//! Typing replaces the suggested value, every editing key of the other fields
//! works, nothing typed is dropped without a word, and after saving the screen
//! stays on the challenge just scored.

use crate::common;
use crate::common::groups_ids;
use common::tui::{fresh, send};
use common::{halmstad, session_with};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::tui::bindings::lookup;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::Notice;
use klarhet::tui::router::{bindings, update};
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{State, Step, Work};

/// Three voters who agree on 4 for every statement of the first two challenges,
/// revealed: the computed severity of each is 75.
fn revealed() -> State {
    let model = halmstad();
    let mut session = session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    for c in &model.challenges[..2] {
        for st in &c.statements {
            common::vote(&mut session, &st.id, &[4, 4, 4]);
        }
    }
    common::close_rounds(&mut session, &model);
    fresh().at(Work::new(session, model, None), Step::Scoring)
}

/// Presses `code` with `mods` as the terminal would send it: the key goes through
/// the bindings that apply now, as the footer and help list them.
fn press_with(s: &mut State, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    match lookup(&bindings(s), &KeyEvent::new(code, mods)) {
        Some(msg) => update(s, msg),
        None => panic!("{code:?} does nothing in {:?}", s.screen.phase()),
    }
}

fn press(s: &mut State, code: KeyCode) -> Vec<Effect> {
    press_with(s, code, KeyModifiers::NONE)
}

fn typed(s: &mut State, text: &str) {
    for c in text.chars() {
        press(s, KeyCode::Char(c));
    }
}

fn severity_field(s: &State) -> String {
    match s.screen.phase() {
        Some(Phase::Agree(form)) => form.severity.value().to_owned(),
        other => panic!("the agreed-score form is not open: {other:?}"),
    }
}

fn agreed(s: &State, challenge: usize) -> Option<f64> {
    let work = s.shared.work.as_ref().expect("work");
    let id = &work.model.challenges[challenge].id;
    work.session.agreed().get(id).and_then(|a| a.severity)
}

fn challenge_in_focus(s: &State) -> usize {
    s.shared.work.as_ref().expect("work").challenge
}

#[test]
fn typing_a_number_replaces_the_suggested_severity() {
    let mut s = revealed();
    press(&mut s, KeyCode::Char('a'));
    assert_eq!(
        severity_field(&s),
        "75",
        "the field starts from the computed value"
    );
    typed(&mut s, "30");
    assert_eq!(
        severity_field(&s),
        "30",
        "typing appended to the suggestion"
    );
    for _ in 0..3 {
        press(&mut s, KeyCode::Enter);
    }
    assert_eq!(agreed(&s, 0), Some(30.0));
}

#[test]
fn every_editing_key_of_the_text_fields_works_on_the_severity() {
    let mut s = revealed();
    press(&mut s, KeyCode::Char('a'));
    // An arrow ends the selection and leaves the cursor at the end, as in a text field.
    press(&mut s, KeyCode::End);
    press(&mut s, KeyCode::Backspace);
    assert_eq!(severity_field(&s), "7", "Backspace");
    typed(&mut s, "2");
    assert_eq!(severity_field(&s), "72");
    press(&mut s, KeyCode::Home);
    press(&mut s, KeyCode::Delete);
    assert_eq!(severity_field(&s), "2", "Delete");
    press_with(&mut s, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(severity_field(&s), "", "Ctrl-U");
    typed(&mut s, "45");
    press_with(&mut s, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(severity_field(&s), "", "Ctrl-W");
    typed(&mut s, "60");
    press(&mut s, KeyCode::Left);
    typed(&mut s, "5");
    assert_eq!(
        severity_field(&s),
        "650",
        "← moves the cursor as in the other fields"
    );
    press(&mut s, KeyCode::Backspace);
    assert_eq!(severity_field(&s), "60");
    // + and − step the whole number.
    typed(&mut s, "+");
    assert_eq!(severity_field(&s), "61");
    typed(&mut s, "--");
    assert_eq!(severity_field(&s), "59");
}

#[test]
fn a_letter_typed_on_the_severity_is_never_dropped_without_a_word() {
    let mut s = revealed();
    press(&mut s, KeyCode::Char('a'));
    press(&mut s, KeyCode::Char('V'));
    assert_eq!(severity_field(&s), "75", "a letter is no number");
    assert_eq!(s.shared.notice, Some(Notice::SeverityIsANumber));
}

#[test]
fn after_saving_the_screen_stays_on_the_challenge_just_scored_and_says_so() {
    let mut s = revealed();
    assert_eq!(
        send(
            &mut s,
            &[Msg::Agree, Msg::Confirm, Msg::Confirm, Msg::Confirm]
        ),
        vec![Effect::Save]
    );
    assert_eq!(
        challenge_in_focus(&s),
        0,
        "the focus moved on without a word"
    );
    let said = s
        .shared
        .notice
        .as_ref()
        .map(|n| n.text(s.shared.lang, &s.shared.words()));
    assert!(
        said.as_deref()
            .is_some_and(|t| t.contains("Otydlighet") && t.contains("75")),
        "{said:?}"
    );
    // The next `a` opens the same challenge, holding what was agreed.
    press(&mut s, KeyCode::Char('a'));
    assert_eq!(severity_field(&s), "75");
}

#[test]
fn closing_the_form_returns_to_the_statement_the_group_was_discussing() {
    let mut s = revealed();
    press(&mut s, KeyCode::Char('r'));
    for _ in 0..3 {
        press(&mut s, KeyCode::Right);
    }
    assert_eq!(s.screen.phase(), Some(&Phase::Reveal { statement: 3 }));
    press(&mut s, KeyCode::Char('a'));
    press(&mut s, KeyCode::Esc);
    assert_eq!(s.screen.phase(), Some(&Phase::Reveal { statement: 3 }));
    // Back to the challenge and in again: the reveal opens where it was left.
    press(&mut s, KeyCode::Esc);
    assert_eq!(s.screen.phase(), Some(&Phase::Overview));
    press(&mut s, KeyCode::Char('r'));
    assert_eq!(s.screen.phase(), Some(&Phase::Reveal { statement: 3 }));
    // Another challenge's reveal starts at its first statement.
    press(&mut s, KeyCode::Esc);
    press(&mut s, KeyCode::Right);
    press(&mut s, KeyCode::Char('r'));
    assert_eq!(s.screen.phase(), Some(&Phase::Reveal { statement: 0 }));
}
