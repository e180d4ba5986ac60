//! Forms and their text: typing is bounded by each field's limit, said when it is
//! reached, and a paste is cut there. Transitions of `update` first, then the
//! runtime in process.

mod common;
use common::{date, halmstad, session_with};
use klarhet::model::session::Role;
use klarhet::text::Lang;
use klarhet::tui::input::Kind;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::Notice;
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{State, Step, Work};

fn fresh() -> State {
    State::new(
        Lang::SV,
        false,
        klarhet::tui::theme::Theme::dark(),
        klarhet::model::assessment::Catalog::load(None).expect("catalog"),
        date(),
        "/srv/rapporter".into(),
    )
}

/// Three participants, the Halmstad model, on `step`.
fn at(step: Step) -> State {
    let model = halmstad();
    let session = session_with(&model, &[Role::Politik, Role::Bolag, Role::Bolag]);
    fresh().at(Work::new(session, model, None), step)
}

fn send(state: &mut State, msgs: &[Msg]) -> Vec<Effect> {
    msgs.iter().flat_map(|m| update(state, m.clone())).collect()
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

#[test]
fn typing_past_a_limit_is_refused_and_said_and_a_paste_is_cut() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Add);
    let alias = "Åsa-Britt Örnsköld Ågren".repeat(3);
    send(&mut s, &typed(&alias));
    assert_eq!(s.shared.notice, Some(Notice::TooLong(Kind::Alias)));
    // What fitted is kept.
    send(&mut s, &[Msg::Confirm, Msg::Confirm]);
    let work = s.shared.work.as_ref().expect("work");
    let kept = &work.session.participants[3].alias;
    assert_eq!(kept.chars().count(), Kind::Alias.max());
    assert!(alias.starts_with(kept.as_str()));
    update(&mut s, Msg::Add);
    send(&mut s, &typed(&alias));
    // The next key clears the notice; a key that fits says nothing.
    send(&mut s, &[Msg::Backspace]);
    assert_eq!(s.shared.notice, None);
    // A paste into a rationale is cut at the limit, on one line, and said.
    let mut s = at(Step::Scoring);
    send(&mut s, &[Msg::Agree, Msg::Char('5'), Msg::Next]);
    let pasted = "En lång motivering.\nMed flera rader. ".repeat(40);
    update(&mut s, Msg::Paste(pasted));
    assert_eq!(s.shared.notice, Some(Notice::TooLong(Kind::Rationale)));
    let Some(Phase::Agree(form)) = s.screen.phase() else {
        panic!("the form closed");
    };
    assert_eq!(form.rationale.len(), Kind::Rationale.max());
    assert!(!form.rationale.value().contains('\n'));
}

#[test]
fn the_count_shows_at_the_fields_right_edge_as_the_limit_nears() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = common::tui::app(dir.path());
    common::tui::keys(&mut app, "{Down}{Enter}a");
    let alias_row = |app: &klarhet::tui::App| {
        common::tui::screen(app, 80, 24)
            .lines()
            .find(|l| l.contains("Alias"))
            .expect("the alias row")
            .to_owned()
    };
    // Under four fifths of 40 there is no count; from 32 on there is.
    common::tui::keys(&mut app, &"Å".repeat(31));
    assert!(!alias_row(&app).contains("/40"), "{}", alias_row(&app));
    common::tui::keys(&mut app, "ö");
    // The text, the cursor's cell, then the count against the form's border.
    assert!(
        alias_row(&app).contains("ö  32/40 │"),
        "{}",
        alias_row(&app)
    );
    // Wide characters count one each (the screen shows a wide one's second
    // cell as a space) and leave the form's border where it was.
    common::tui::keys(&mut app, &"漢".repeat(12));
    let row = alias_row(&app);
    assert!(row.contains("漢 漢   40/40 │"), "{row}");
    let screen = common::tui::screen(&app, 80, 24);
    let cells = |l: &str| l.chars().collect::<Vec<char>>();
    let at = cells(&row)
        .windows(3)
        .position(|w| w == ['0', ' ', '│'])
        .expect("the count against the border")
        + 2;
    let role_row = screen
        .lines()
        .find(|l| l.contains("‹ politik ›"))
        .expect("role row");
    assert_eq!(cells(role_row)[at], '│', "{screen}");
    assert!(
        screen.contains("Alias: högst 40 tecken."),
        "the refusal is said: {screen}"
    );
}

#[test]
fn a_paste_lands_whole_in_the_field_and_never_runs_as_keys() {
    use crossterm::event::Event;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = common::tui::app(dir.path());
    common::tui::keys(&mut app, "{Down}{Enter}");
    // On the list, letters are commands: pasted ones are not run.
    app.event(Event::Paste("nnq".into()));
    assert_eq!(app.state.step(), Step::Participants);
    assert!(!app.quitting());
    // In a form, the paste goes into the field, its line break made a space
    // rather than an Enter that would move on.
    common::tui::keys(&mut app, "a");
    app.event(Event::Paste("Kim\r\nLarsson".into()));
    let screen = common::tui::screen(&app, 80, 24);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Alias") && l.contains("Kim Larsson")),
        "{screen}"
    );
}
