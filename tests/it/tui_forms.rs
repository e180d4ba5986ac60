//! Forms and their text: typing is bounded by each field's limit, and text typed
//! but not yet saved is kept in the session as a draft once the typing pauses,
//! cleared when the form is saved or closed, and put back when the session opens.
//! Transitions of `update` assert on the effects, as the runtime sees them; the
//! last tests drive the runtime in process.

use crate::common;
use crate::common::groups_ids;
use common::tui::{fresh, send, state_at as at};
use common::{halmstad, session_with};
use klarhet::model::session::{Draft, DraftForm, Status};
use klarhet::tui::input::Kind;
use klarhet::tui::msg::{DRAFT_DELAY, Effect, Msg, Opened, Timer};
use klarhet::tui::notice::Notice;
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{State, Step, Work};

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn draft(s: &State) -> Option<Draft> {
    s.shared
        .work
        .as_ref()
        .and_then(|w| w.session.draft().clone())
}

#[test]
fn typing_a_rationale_asks_for_a_draft_after_a_pause_and_saving_the_score_clears_it() {
    let mut s = at(Step::Scoring);
    // No votes yet: the severity is typed, then the rationale.
    assert_eq!(update(&mut s, Msg::Agree), vec![]);
    send(
        &mut s,
        &[Msg::ClearField, Msg::Char('7'), Msg::Char('0'), Msg::Next],
    );
    // Every key that changes the text asks for the same debounced write, and
    // writes nothing itself; moving the cursor asks for nothing.
    for key in typed("Vi är") {
        assert_eq!(
            update(&mut s, key),
            vec![Effect::after(Timer::Draft, DRAFT_DELAY, Msg::DraftDue)]
        );
    }
    assert_eq!(update(&mut s, Msg::Left), vec![]);
    assert_eq!(draft(&s), None, "nothing is kept before the pause");
    // The pause: the draft goes into the session, and the session is saved.
    assert_eq!(update(&mut s, Msg::DraftDue), vec![Effect::Save]);
    let first = halmstad().challenges[0].id.clone();
    assert_eq!(
        draft(&s),
        Some(Draft {
            form: DraftForm::Agreed {
                challenge: first.clone(),
                severity: "70".into(),
                rationale: "Vi är".into(),
                notes: String::new(),
            },
            focus: 1,
        })
    );
    // A second pause with nothing new writes nothing.
    assert_eq!(update(&mut s, Msg::DraftDue), vec![]);
    // Saving the form saves the score and clears the draft, in one save.
    send(&mut s, &[Msg::End, Msg::Confirm]);
    assert_eq!(update(&mut s, Msg::Confirm), vec![Effect::Save]);
    assert_eq!(draft(&s), None);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.agreed()[&first].rationale, "Vi är");
}

#[test]
fn closing_a_form_with_esc_drops_its_draft_and_saves_that() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Add);
    send(&mut s, &typed("Örjan"));
    assert_eq!(update(&mut s, Msg::DraftDue), vec![Effect::Save]);
    assert_eq!(
        draft(&s).map(|d| d.form),
        Some(DraftForm::participant(
            None,
            "Örjan".into(),
            vec![groups_ids::POLITIK.into()]
        ))
    );
    assert_eq!(update(&mut s, Msg::Back), vec![Effect::Save]);
    assert_eq!(draft(&s), None);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.participants().len(), 3, "nobody was added");
    // A form closed before the pause had nothing kept: closing saves nothing.
    update(&mut s, Msg::Add);
    send(&mut s, &typed("Ada"));
    assert_eq!(update(&mut s, Msg::Back), vec![]);
    assert_eq!(update(&mut s, Msg::DraftDue), vec![]);
}

#[test]
fn a_session_opened_with_a_draft_opens_its_form_holding_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let model = halmstad();
    let mut session = session_with(&model, &[groups_ids::POLITIK]);
    let challenge = model.challenges[2].id.clone();
    common::place(&mut session, &model, "circle");
    let keep = klarhet::model::Command::KeepDraft(Draft {
        form: DraftForm::Agreed {
            challenge: challenge.clone(),
            severity: "55".into(),
            rationale: "Styrningen är otydlig för bolagen".into(),
            notes: "Följ upp i mars".into(),
        },
        focus: 2,
    });
    common::give(&mut session, &model, keep);
    let path = dir.path().join("s.ron");
    std::fs::write(&path, "").expect("file");
    let opened = Opened {
        session: Box::new(session),
        model: Box::new(model),
        path,
        read_only: None,
        replayed: 0,
    };
    let mut s = fresh();
    assert_eq!(update(&mut s, Msg::Opened(Ok(opened))), vec![]);
    assert_eq!(s.step(), Step::Scoring, "the form's step, not the one left");
    assert_eq!(s.shared.notice, Some(Notice::DraftRestored));
    let Some(Phase::Agree(form)) = s.screen.phase() else {
        panic!("the agreed-score form is not open: {:?}", s.screen.phase());
    };
    assert_eq!(form.rationale.value(), "Styrningen är otydlig för bolagen");
    assert_eq!(form.notes.value(), "Följ upp i mars");
    assert_eq!(form.focus, 2);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.current().map(|c| c.id.clone()), Some(challenge));
    // Saving it from here is saving the form as usual.
    assert_eq!(update(&mut s, Msg::Confirm), vec![Effect::Save]);
    assert_eq!(draft(&s), None);
}

#[test]
fn an_action_draft_keeps_every_field_of_the_plan_form() {
    let model = halmstad();
    let mut session = session_with(&model, &[groups_ids::POLITIK]);
    let rec = model.recommendations[0].id.clone();
    let adopt = klarhet::model::Command::Adopt {
        recommendation: rec.clone(),
    };
    common::give(&mut session, &model, adopt);
    let mut s = fresh().at(Work::new(session, model, None), Step::Plan);
    update(&mut s, Msg::Edit);
    send(&mut s, &typed("Alla beslut har effektmål"));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("KD"));
    send(&mut s, &[Msg::Next, Msg::Next, Msg::Right]);
    assert_eq!(update(&mut s, Msg::DraftDue), vec![Effect::Save]);
    assert_eq!(
        draft(&s),
        Some(Draft {
            form: DraftForm::Action {
                recommendation: rec,
                measure: None,
                effect_goal: "Alla beslut har effektmål".into(),
                owner: "KD".into(),
                due: "2027-05-22".into(),
                status: Status::Started,
            },
            focus: 3,
        })
    );
}

#[test]
fn typing_past_a_limit_is_refused_and_said_and_a_paste_is_cut() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Add);
    let alias = "Åsa-Britt Örnsköld Ågren".repeat(3);
    let effects = send(&mut s, &typed(&alias));
    assert!(
        effects
            .iter()
            .all(|e| *e == Effect::after(Timer::Draft, DRAFT_DELAY, Msg::DraftDue))
    );
    assert_eq!(s.shared.notice, Some(Notice::TooLong(Kind::Alias)));
    assert_eq!(
        update(&mut s, Msg::DraftDue),
        vec![Effect::Save],
        "what fitted is kept"
    );
    let Some(DraftForm::Participant { alias: kept, .. }) = draft(&s).map(|d| d.form) else {
        panic!("no draft of the participant");
    };
    assert_eq!(kept.chars().count(), Kind::Alias.max());
    assert!(alias.starts_with(&kept));
    // The next key clears the notice; a key that fits says nothing.
    send(&mut s, &[Msg::Backspace]);
    assert_eq!(s.shared.notice, None);
    // A paste into a rationale is cut at the limit, on one line, and said.
    let mut s = at(Step::Scoring);
    send(&mut s, &[Msg::Agree, Msg::Char('5'), Msg::Next]);
    let pasted = "En lång motivering.\nMed flera rader. ".repeat(40);
    assert_eq!(
        update(&mut s, Msg::Paste(pasted)),
        vec![Effect::after(Timer::Draft, DRAFT_DELAY, Msg::DraftDue)]
    );
    assert_eq!(s.shared.notice, Some(Notice::TooLong(Kind::Rationale)));
    let Some(Phase::Agree(form)) = s.screen.phase() else {
        panic!("the form closed");
    };
    assert_eq!(form.rationale.len(), Kind::Rationale.max());
    assert!(!form.rationale.value().contains('\n'));
}

#[test]
fn the_runtime_writes_a_draft_once_the_typing_pauses_and_never_while_idle() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = common::tui::app(dir.path());
    // The demo, on its participants step: a participant being added.
    common::tui::keys(&mut app, "{Down}{Enter}");
    let path = app.session_path().expect("saved").to_owned();
    assert_eq!(app.due(Timer::Draft), None, "nothing typed, no deadline");
    common::tui::keys(&mut app, "aÖ");
    let first = app.due(Timer::Draft).expect("a deadline after typing");
    std::thread::sleep(std::time::Duration::from_millis(5));
    common::tui::keys(&mut app, "rjan");
    let later = app.due(Timer::Draft).expect("still one deadline");
    assert!(later > first, "each key moves the deadline on");
    let on_disk = || {
        klarhet::store::sessions::read(&path)
            .expect("session")
            .draft()
            .clone()
    };
    assert_eq!(on_disk(), None, "keys alone write no draft");
    // The event loop waited the deadline out.
    app.fire(Timer::Draft);
    assert_eq!(
        app.due(Timer::Draft),
        None,
        "once written, no deadline is left"
    );
    assert!(matches!(
        on_disk().map(|d| d.form),
        Some(DraftForm::Participant { alias, .. }) if alias == "Örjan"
    ));
    // Closing the form before the next pause drops the deadline with the draft.
    common::tui::keys(&mut app, "!");
    assert!(app.due(Timer::Draft).is_some());
    common::tui::keys(&mut app, "{Esc}");
    assert_eq!(app.due(Timer::Draft), None);
    assert_eq!(on_disk(), None);
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
    assert!(app.due(Timer::Draft).is_some(), "a paste is typing too");
}

#[test]
fn a_due_date_that_does_not_exist_is_said_to_not_exist_not_to_be_misspelt() {
    let model = halmstad();
    let mut session = session_with(&model, &[groups_ids::POLITIK]);
    let adopt = klarhet::model::Command::Adopt {
        recommendation: model.recommendations[0].id.clone(),
    };
    common::give(&mut session, &model, adopt);
    let mut s = fresh().at(Work::new(session, model, None), Step::Plan);
    update(&mut s, Msg::Edit);
    send(&mut s, &typed("Alla beslut har effektmål"));
    send(&mut s, &[Msg::Next, Msg::Next, Msg::ClearField]);
    send(&mut s, &typed("2027-02-30"));
    // Leaving the field, and saving the form: both say the day is not in the
    // calendar, and nothing is saved.
    for leave in [Msg::Next, Msg::Confirm] {
        assert_eq!(update(&mut s, leave), vec![]);
        let screen = common::tui::drawn(&s, 120, 40);
        assert!(
            screen.contains("2027-02-30 finns inte") && !screen.contains("ÅÅÅÅ-MM-DD"),
            "{screen}"
        );
        assert!(s.shared.work.as_ref().unwrap().session.actions().is_empty());
    }
    // A date written the wrong way is still told how to write it.
    send(&mut s, &[Msg::ClearField]);
    send(&mut s, &typed("30/2 2027"));
    update(&mut s, Msg::Next);
    assert!(common::tui::drawn(&s, 120, 40).contains("ÅÅÅÅ-MM-DD"));
}

#[test]
fn a_workshop_date_that_does_not_exist_is_said_to_not_exist_on_setup_too() {
    let mut s = fresh();
    update(&mut s, Msg::NextStep);
    assert_eq!(s.step(), Step::Setup);
    // Organisation, facilitator, then the date.
    send(&mut s, &typed("Ystads kommun"));
    send(&mut s, &[Msg::Next, Msg::Next, Msg::ClearField]);
    send(&mut s, &typed("2027-02-30"));
    assert_eq!(update(&mut s, Msg::Next), vec![]);
    let screen = common::tui::drawn(&s, 120, 40);
    assert!(
        screen.contains("2027-02-30 finns inte") && !screen.contains("ÅÅÅÅ-MM-DD"),
        "{screen}"
    );
}
