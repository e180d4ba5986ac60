//! A whole workshop driven by keys through the real event handler, then the saved
//! session and the exported report are checked. Plus the transitions that guard
//! the room: ballots stay sealed, quitting mid-round asks first, Esc loses nothing.

use crate::common;
use common::tui::{app, keys, screen};
use klarhet::model::session::Status;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::Step;

/// One voter: hand-over Enter, then one key per statement.
fn voter(answers: &str) -> String {
    format!("{{Enter}}{answers}")
}

/// A show of hands: for every statement two at 3 and one at 4.
fn hands(statements: usize) -> String {
    format!("u{}", "{Down}{Down}2{Down}1{Enter}".repeat(statements))
}

#[test]
fn a_whole_workshop_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());

    // Setup: organisation and facilitator with åäö, a code that is not one (said
    // and kept in the field), then Ystad's, the default date and language.
    keys(
        &mut a,
        "{Enter}Ystads kommun{Enter}Åsa Öberg{Enter}{Enter}128{Enter}",
    );
    assert_eq!(a.state.step(), Step::Setup);
    assert!(screen(&a, 80, 24).contains("exakt fyra siffror"));
    keys(&mut a, "6{Enter}{Enter}{Enter}{Enter}{Enter}");
    assert_eq!(a.state.step(), Step::Participants);
    let work = a.state.shared.work.as_ref().expect("a session");
    assert_eq!(work.session.kommunkod_as_written(), Some("1286"));
    // Three participants: politik, kommunledning, bolag.
    keys(
        &mut a,
        "aAnna{Enter}{Enter}aBo{Enter}{Right}{Enter}aCissi{Enter}{Right}{Right}{Right}{Enter}",
    );
    keys(&mut a, "nn");
    assert_eq!(a.state.step(), Step::Scoring);

    // Otydlighet by ballot round: the screen between voters names the next one and
    // says how many have voted, never how.
    keys(&mut a, "b");
    assert!(screen(&a, 80, 24).contains("Lämna över till Anna, tryck Enter"));
    keys(&mut a, &voter("4444"));
    let between = screen(&a, 80, 24);
    assert!(
        between.contains("Lämna över till Bo") && between.contains("1 av 3 har röstat"),
        "{between}"
    );
    keys(&mut a, &voter("222v"));
    keys(&mut a, &voter("5555"));
    assert!(matches!(
        a.state.screen.phase().cloned().unwrap_or_default(),
        Phase::Reveal { .. }
    ));
    assert!(screen(&a, 80, 24).contains("n 3"));
    // Saving stays on the challenge scored; → goes on to the next.
    keys(
        &mut a,
        "a{Enter}Ordet betyder olika saker{Enter}{Enter}{Right}",
    );
    // Obalans by show of hands, agreed one step above the computed score, with a note.
    keys(&mut a, &hands(4));
    keys(
        &mut a,
        "a+{Enter}Bolagen vill ha mer kontroll{Enter}Ta upp i ägardialogen{Enter}{Right}",
    );
    // Vaghet by ballot, ojämlikhet by hands, desintegration by ballot with vet ej,
    // hot by hands.
    keys(
        &mut a,
        &format!("b{}{}{}", voter("44455"), voter("44445"), voter("55545")),
    );
    keys(&mut a, "a{Enter}Många styrdokument{Enter}{Enter}{Right}");
    keys(&mut a, &hands(5));
    keys(&mut a, "a{Enter}{Enter}{Enter}{Right}");
    keys(
        &mut a,
        &format!("b{}{}{}", voter("3333v"), voter("3334v"), voter("44443")),
    );
    keys(&mut a, "a{Enter}{Enter}{Enter}{Right}");
    keys(&mut a, &hands(4));
    keys(&mut a, "a{Enter}Minusbudget{Enter}{Enter}");

    // The discussion queue: the first row opened and marked discussed.
    keys(&mut a, "n");
    assert!(screen(&a, 80, 24).contains("Det som mest behöver samtal"));
    keys(&mut a, "{Enter}{Space}{Esc}");
    assert!(screen(&a, 80, 24).contains("en diskuterad."));
    // The circle, then adopt one recommendation in three principles.
    keys(&mut a, "n");
    assert!(screen(&a, 80, 24).contains("Cirkelns styrka"));
    keys(&mut a, "n{Space}{Tab}{Space}{Tab}{Tab}{Tab}{Space}");
    // The action plan for two of them, the DiMiOS level, and the export.
    keys(
        &mut a,
        "n{Enter}Alla initiativ har effektmål{Enter}Kommundirektören{Enter}{Enter}{Right}{Enter}",
    );
    keys(
        &mut a,
        "{Down}{Enter}Årlig DiMiOS i hela koncernen{Enter}Digitaliseringschefen{Enter}{End}{Bs}{Bs}30{Enter}{Enter}",
    );
    keys(&mut a, "n{Down}{Enter}n{Enter}");
    assert_eq!(a.state.step(), Step::Summary);
    assert!(
        screen(&a, 80, 24).contains("Rapporten (MD) sparades i"),
        "{}",
        screen(&a, 80, 24)
    );

    // The saved session holds everything.
    let path = a
        .state
        .shared
        .work
        .as_ref()
        .and_then(|w| w.path.clone())
        .expect("saved");
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        "2026-11-22-ystads-kommun.ron"
    );
    let s = klarhet::store::sessions::read(&path).unwrap();
    assert_eq!(s.organisation(), "Ystads kommun");
    assert_eq!(s.facilitator(), "Åsa Öberg");
    assert_eq!(s.participants().len(), 3);
    let model = klarhet::model::Assessment::halmstad().unwrap();
    for (c, st) in model.statements() {
        assert!(
            s.answer_count(&c.id, &st.id) > 0,
            "{} has no answers",
            st.id
        );
    }
    assert!(s.responses().is_tally("obalans.konsensus"));
    assert!(!s.responses().is_tally("vaghet.overflod"));
    // Every ballot is counted apart from its voter's name, and revealed.
    assert!(!s.to_ron().contains("Ballots("), "a ballot next to a name");
    let shown = s.shown_tally("desintegration", "desintegration.agarstyrning");
    assert_eq!(shown.unknown, 2);
    assert_eq!(s.agreed().len(), 6);
    assert_eq!(
        s.agreed()["otydlighet"].rationale,
        "Ordet betyder olika saker"
    );
    assert_eq!(s.notes()["obalans"], "Ta upp i ägardialogen");
    assert_eq!(s.adopted().len(), 3);
    assert_eq!(s.actions().len(), 2);
    assert_eq!(s.actions()[0].status, Status::Started);
    assert_eq!(s.actions()[1].due.to_string(), "2027-05-30");
    assert_eq!(s.level(), Some(2));
    assert_eq!(s.resume().step, "summary");

    // The exported report.
    let report = std::fs::read_to_string(dir.path().join("ystads-kommun-2026-11-22.md")).unwrap();
    assert!(report.starts_with("# Självskattning: Ystads kommun"));
    assert!(report.contains("Alla initiativ har effektmål"));
    assert!(report.contains("**Nu: nivå 2"));
    assert!(report.contains("desintegration") && report.contains("⚠ kunskapslucka"));
    for alias in ["Anna", "Bo |", "Cissi"] {
        assert!(!report.contains(alias), "{alias} in the report");
    }

    // Quitting and starting again returns to the same screen.
    keys(&mut a, "q");
    assert!(a.quitting());
    let mut again = app(dir.path());
    keys(&mut again, "{Enter}");
    assert_eq!(again.state.step(), Step::Summary);
    assert_eq!(again.state.shared.work.as_ref().unwrap().session, s);
}

#[test]
fn quitting_in_the_middle_of_a_ballot_round_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    // The demo opens where a group starts: at the participants.
    keys(&mut a, "{Down}{Enter}nn");
    assert_eq!(a.state.step(), Step::Scoring);
    // In the demo Hassan (the eighth) has not voted on otydlighet: b hands over to
    // him, and Enter opens his entry.
    keys(&mut a, "b{Enter}");
    assert!(matches!(
        a.state.screen.phase().cloned().unwrap_or_default(),
        Phase::Ballot { voter: 7, .. }
    ));
    // Even in a voter's own entry, q only asks.
    keys(&mut a, "q");
    assert!(!a.quitting());
    // A voter who has voted cannot begin again: their ballot is counted apart
    // from their name. Down moves on to Anna, then Bo.
    keys(&mut a, "n{Esc}b{Down}{Enter}");
    assert!(matches!(
        a.state.screen.phase().cloned().unwrap_or_default(),
        Phase::Handover { voter: 0 }
    ));
    keys(&mut a, "{Down}");
    assert!(matches!(
        a.state.screen.phase().cloned().unwrap_or_default(),
        Phase::Handover { voter: 1 }
    ));
    // On the hand-over screen q asks; n keeps the round going.
    let before = a.state.screen.phase().cloned().unwrap_or_default().clone();
    keys(&mut a, "q");
    let shown = screen(&a, 80, 24);
    assert!(
        shown.contains("Avsluta ändå?") && shown.contains(" j ja"),
        "{shown}"
    );
    keys(&mut a, "n");
    assert!(!a.quitting());
    assert_eq!(a.state.screen.phase().cloned().unwrap_or_default(), before);
    keys(&mut a, "qj");
    assert!(a.quitting());
}

#[test]
fn esc_goes_back_a_step_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    keys(
        &mut a,
        "{Enter}Lunds kommun{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}aEva{Enter}{Enter}",
    );
    keys(&mut a, "{Esc}");
    assert_eq!(a.state.step(), Step::Setup);
    assert!(screen(&a, 80, 24).contains("Lunds kommun"));
    keys(
        &mut a,
        "{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}",
    );
    assert_eq!(a.state.step(), Step::Participants);
    assert_eq!(
        a.state
            .shared
            .work
            .as_ref()
            .unwrap()
            .session
            .participants()
            .len(),
        1
    );
}

#[test]
fn a_bad_date_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    keys(
        &mut a,
        "{Enter}Kalmar{Enter}{Enter}{Bs}{Bs}{Bs}xx{Enter}{Enter}{Enter}",
    );
    assert_eq!(a.state.step(), Step::Setup);
    assert!(screen(&a, 80, 24).contains("ÅÅÅÅ-MM-DD"));
    assert!(a.state.shared.work.is_none());
}

#[test]
fn a_click_selects_the_list_item_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Down}{Enter}");
    let mut a = app(dir.path());
    a.handle(klarhet::tui::msg::Msg::Resize(80, 24));
    // The start list's first row is at y = 6: header (1) + intro (4) + border (1).
    a.handle(klarhet::tui::msg::Msg::Click { col: 10, row: 8 });
    // A click below the items changes nothing: Enter opens the saved session,
    // the third item.
    a.handle(klarhet::tui::msg::Msg::Click { col: 10, row: 20 });
    keys(&mut a, "{Enter}");
    assert_eq!(a.state.step(), Step::Participants);
    let role = |a: &klarhet::tui::App, i: usize| {
        a.state.shared.work.as_ref().unwrap().session.participants()[i]
            .groups
            .clone()
    };
    let before = role(&a, 2);
    a.handle(klarhet::tui::msg::Msg::Click { col: 5, row: 4 });
    // r changes the role of the participant the click selected.
    keys(&mut a, "r");
    assert_ne!(role(&a, 2), before);
}

#[test]
fn lang_en_shows_english_and_the_content_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = common::tui::options(dir.path(), klarhet::tui::theme::Theme::dark());
    opts.lang = Some(klarhet::text::Lang::EN);
    let mut a = klarhet::tui::App::new(opts).unwrap();
    assert!(screen(&a, 80, 24).contains("New session"));
    keys(&mut a, "{Down}{Enter}n");
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("Unclarity"), "{shown}");
    assert!(shown.contains("The model"), "{shown}");
}

#[test]
fn the_summary_exports_every_format_and_compares_with_last_year() {
    let dir = tempfile::tempdir().unwrap();
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let store = klarhet::store::Store::new(dir.path());
    let first = jiff::civil::date(2025, 11, 22);
    store
        .create(&klarhet::demo::session(&m, first, klarhet::text::Lang::SV))
        .unwrap();
    let later = store
        .create(&klarhet::demo::year_later(
            &m,
            first,
            klarhet::text::Lang::SV,
        ))
        .unwrap();
    let mut opts = common::tui::options(dir.path(), klarhet::tui::theme::Theme::dark());
    opts.resume = Some(later);
    let mut a = klarhet::tui::App::new(opts).unwrap();
    keys(&mut a, "nnnnnnnn");
    assert_eq!(a.state.step(), Step::Summary);
    for ext in ["md", "html", "csv", "json"] {
        keys(&mut a, "{Enter}");
        let file = dir.path().join(format!("sjöhamra-kommun-2026-11-22.{ext}"));
        assert!(file.is_file(), "{ext} not written");
        assert!(screen(&a, 80, 24).contains(&format!("Senast exporterat {}", ext.to_uppercase())));
        keys(&mut a, "f");
    }
    let html = std::fs::read_to_string(dir.path().join("sjöhamra-kommun-2026-11-22.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // c opens the comparison; the earlier session is the only other one.
    keys(&mut a, "c{Enter}");
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("2025-11-22 → 2026-11-22"), "{shown}");
    assert!(
        shown.contains("Vaghet           75 →  50  ▼ −25"),
        "{shown}"
    );
    assert!(
        shown.contains("Nivå i arbetet med DiMiOS: 2 → 3"),
        "{shown}"
    );
    keys(&mut a, "{Esc}{Esc}");
    assert!(!screen(&a, 80, 24).contains("Jämför med en tidigare session"));
}

#[test]
fn an_export_error_wraps_says_what_to_do_and_a_second_export_asks_before_writing_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Down}{Enter}nnnnnnnn");
    assert_eq!(a.state.step(), Step::Summary);
    a.handle(klarhet::tui::msg::Msg::Edit);
    a.handle(klarhet::tui::msg::Msg::ClearField);
    keys(&mut a, "/finns/inte/någonstans/rapport.md{Enter}");
    let shown = screen(&a, 80, 24);
    let joined: String = shown
        .lines()
        .skip(19)
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains("Kunde inte exportera"), "{shown}");
    assert!(
        joined.contains("exportera igen."),
        "the whole message shows:\n{shown}"
    );
    // A path that works; the second export to it asks first.
    let target = dir.path().join("rapport.md");
    a.handle(klarhet::tui::msg::Msg::Edit);
    a.handle(klarhet::tui::msg::Msg::ClearField);
    keys(&mut a, &format!("{}{{Enter}}", target.display()));
    assert!(target.is_file());
    std::fs::write(&target, "gammal").unwrap();
    keys(&mut a, "{Enter}");
    assert!(screen(&a, 80, 24).contains("finns redan"));
    keys(&mut a, "n");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "gammal");
    keys(&mut a, "{Enter}j");
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Självskattning")
    );
}

#[test]
fn going_back_in_a_ballot_shows_that_an_answer_exists_never_which() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::tui::options(dir.path(), klarhet::tui::theme::Theme::mono());
    let mut a = klarhet::tui::App::new(opts).unwrap();
    keys(&mut a, "{Down}{Enter}nnb{Enter}4{Up}");
    let shown = screen(&a, 80, 24);
    assert!(
        shown.contains("påstående 1 av 4") && shown.contains("✓ Besvarat"),
        "{shown}"
    );
    // No option is drawn differently from the others (in monochrome a chosen one
    // would be reversed): the room cannot read the answer.
    let styled = common::tui::styles(&a, 80, 24);
    let text: Vec<&str> = shown.lines().collect();
    for (row, line) in styled.lines().enumerate() {
        if text.get(row).is_some_and(|t| t.contains("Stämmer")) {
            assert!(
                !line.contains('r'),
                "row {row} is marked:\n{shown}\n{styled}"
            );
        }
    }
    // Esc pauses; the list then shows how far the voter got.
    keys(&mut a, "{Esc}b");
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("klar"), "{shown}");
}

#[test]
fn the_first_frame_is_drawn_before_the_saved_sessions_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = klarhet::store::Store::new(dir.path());
    let model = klarhet::model::Assessment::halmstad().unwrap();
    let mut s = klarhet::demo::session(
        &model,
        jiff::civil::date(2026, 11, 22),
        klarhet::text::Lang::SV,
    );
    common::rename(&mut s, &model, "Listad kommun");
    store.create(&s).unwrap();
    let mut a = klarhet::tui::App::deferred(common::tui::options(
        dir.path(),
        klarhet::tui::theme::Theme::dark(),
    ))
    .unwrap();
    assert!(a.unsettled());
    assert!(
        !screen(&a, 80, 24).contains("Listad kommun"),
        "nothing was read before the first frame"
    );
    a.settle();
    assert!(!a.unsettled());
    assert!(
        screen(&a, 80, 24).contains("Listad kommun"),
        "{}",
        screen(&a, 80, 24)
    );
}
