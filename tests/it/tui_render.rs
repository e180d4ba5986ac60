//! Every screen rendered: insta snapshots at 80×24 and 120×40 in the dark theme and
//! in monochrome (text plus a map of bold/reverse/underline), and every size from
//! 1×1 to 100×40 without a panic.

use crate::common;
use common::tui::{SCREENS, app_at, screen, styles};
use klarhet::tui::theme::Theme;

#[test]
fn every_screen_matches_its_snapshots() {
    for (name, script) in SCREENS {
        for (w, h) in [(80, 24), (120, 40)] {
            let dark = app_at(script, Theme::dark());
            insta::assert_snapshot!(format!("{name}_{w}x{h}_dark"), screen(&dark, w, h));
            let mono = app_at(script, Theme::mono());
            let text = screen(&mono, w, h);
            let map = styles(&mono, w, h);
            assert!(
                !map.contains('c'),
                "{name}: colour in the monochrome rendering"
            );
            insta::assert_snapshot!(format!("{name}_{w}x{h}_mono"), format!("{text}\n{map}"));
        }
    }
}

#[test]
fn every_screen_in_english_matches_its_snapshot() {
    for (name, script) in SCREENS {
        let english = common::tui::app_at_in(script, Theme::dark(), Some(klarhet::text::Lang::EN));
        let shown = screen(&english, 80, 24);
        for word in ["Välj", "avsluta", "hjälp", "nästa steg", "Mellanslag"] {
            assert!(
                !shown.contains(word),
                "{name}: Swedish \"{word}\" in English:\n{shown}"
            );
        }
        insta::assert_snapshot!(format!("{name}_80x24_en"), shown);
    }
}

#[test]
fn every_screen_survives_every_small_size() {
    for (name, script) in SCREENS {
        let a = app_at(script, Theme::dark());
        for w in 1..=100 {
            for h in 1..=40 {
                let shown =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| screen(&a, w, h)));
                let shown = shown.unwrap_or_else(|_| panic!("{name} panicked at {w}×{h}"));
                if w < 80 || h < 24 {
                    assert!(
                        shown.contains("behöver") || w < 20 || h < 3,
                        "{name} at {w}×{h} does not ask for a bigger window"
                    );
                }
            }
        }
    }
}

#[test]
fn the_screens_are_reached_as_named() {
    use klarhet::tui::state::Step;
    let expect = [
        ("setup", Step::Setup),
        ("participants", Step::Participants),
        ("model", Step::Model),
        ("scoring", Step::Scoring),
        ("queue", Step::Queue),
        ("circle", Step::Circle),
        ("recommendations", Step::Recommendations),
        ("plan", Step::Plan),
        ("level", Step::Level),
        ("summary", Step::Summary),
    ];
    for (name, step) in expect {
        let script = SCREENS.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(app_at(script, Theme::dark()).state.step(), step, "{name}");
    }
}

#[test]
fn every_footer_at_80x24_keeps_the_step_keys_and_help() {
    use klarhet::tui::msg::Msg;
    for (name, script) in SCREENS {
        let a = app_at(script, Theme::dark());
        let shown = screen(&a, 80, 24);
        let bindings = klarhet::tui::router::bindings(&a.state);
        // The footer's rows: one, or two when the keys a screen must never
        // hide do not fit in one.
        let rows = klarhet::tui::bindings::footer(&bindings, a.state.shared.lang, 80).rows();
        let footer = shown.lines().collect::<Vec<_>>()[24 - usize::from(rows)..].join("\n");
        let enabled = |m: Msg| {
            bindings
                .iter()
                .any(|b| b.enabled && b.keys.iter().any(|(_, x)| *x == m))
        };
        if enabled(Msg::NextStep) {
            assert!(footer.contains("nästa steg"), "{name}: {footer}");
        }
        if enabled(Msg::PrevStep) {
            assert!(footer.contains("tillbaka"), "{name}: {footer}");
        }
        assert!(
            footer.contains("hjälp"),
            "{name}: no help key in the footer: {footer}"
        );
    }
}

/// The reveal's footer at 80×24 shows every key the reveal has, its own (the
/// agreed score, the statements, vote again, back, the queue) and the steps'
/// and help, in two rows, in Swedish and in English; help lists them all.
#[test]
fn the_reveal_shows_every_key_at_80x24_in_both_languages() {
    use klarhet::text::Lang;
    let script = SCREENS.iter().find(|(n, _)| *n == "reveal").unwrap().1;
    let words = [
        (
            Lang::SV,
            [
                "a poäng",
                "←→ påstående",
                "r rösta igen",
                "Esc utmaningen",
                "d samtala",
                "n nästa steg",
                "PgUp tillbaka",
                "? hjälp",
            ],
        ),
        (
            Lang::EN,
            [
                "a agree",
                "←→ statement",
                "r vote again",
                "Esc challenge",
                "d discuss",
                "n next step",
                "PgUp back",
                "? help",
            ],
        ),
    ];
    for (lang, said) in words {
        let mut a = common::tui::app_at_in(script, Theme::dark(), Some(lang));
        let bindings = klarhet::tui::router::bindings(&a.state);
        let footer = klarhet::tui::bindings::footer(&bindings, lang, 80);
        assert_eq!(footer.rows(), 2, "{lang}: two rows at 80 columns");
        let shown = screen(&a, 80, 24);
        let rows = shown.lines().collect::<Vec<_>>()[22..].join("\n");
        for hint in said {
            assert!(rows.contains(hint), "{lang}: {hint:?} not in\n{rows}");
        }
        // Every binding ranked for the footer is in it.
        let ranked = (bindings.iter().enumerate())
            .filter(|(_, b)| b.enabled && b.rank != klarhet::tui::bindings::Rank::Help)
            .count();
        assert_eq!(footer.shown.len(), ranked, "{lang}: {rows}");
        assert!(!footer.more && !rows.contains('…'), "{lang}: {rows}");
        // Wider, one row holds them.
        let wide = klarhet::tui::bindings::footer(&bindings, lang, 160);
        assert_eq!(wide.rows(), 1, "{lang} at 160 columns");
        // The help lists every key, r and d among them.
        common::tui::press(&mut a, crossterm::event::KeyCode::Char('?'));
        let help = screen(&a, 80, 24);
        for key in ["r • ", "d • ", "a/Enter • ", "T   ", "Ctrl-S   "] {
            assert!(help.contains(key), "{lang}: {key:?} not in help\n{help}");
        }
    }
}

#[test]
fn a_long_status_message_wraps_between_words_and_is_never_cut() {
    use common::tui::{app, keys};
    use klarhet::tui::msg::Msg;
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Down}{Enter}nnnnnnnn");
    let folder = format!("/finns inte{}", "/en mapp med ett långt namn".repeat(5));
    a.handle(Msg::Edit);
    a.handle(Msg::ClearField);
    keys(&mut a, &format!("{folder}/rapport.md{{Enter}}"));
    let shown = screen(&a, 80, 24);
    let rows: Vec<&str> = shown.lines().collect();
    let first = rows
        .iter()
        .position(|r| r.starts_with("Kunde inte exportera"))
        .unwrap_or_else(|| panic!("no message:\n{shown}"));
    let message = &rows[first..23];
    assert!(message.len() > 3, "{shown}");
    for row in &message[1..] {
        assert!(
            row.starts_with("  ") && !row.trim().is_empty(),
            "no hanging indent:\n{shown}"
        );
    }
    let words = message.iter().flat_map(|r| r.split_whitespace());
    let joined = words.collect::<Vec<_>>().join(" ");
    assert!(joined.contains(&folder), "a word was cut:\n{shown}");
    assert!(joined.ends_with("och exportera igen."), "cut:\n{shown}");
}

#[test]
fn a_session_that_cannot_be_read_shows_its_whole_warning_when_selected() {
    use common::tui::{app, keys};
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap();
    std::fs::write(
        dir.path().join("sessions/noll.ron"),
        "Session(\n    schema: 0,\n)\n",
    )
    .unwrap();
    let mut a = app(dir.path());
    keys(&mut a, "{Down}{Down}");
    let shown = screen(&a, 80, 24);
    let rows: Vec<&str> = shown.lines().collect();
    let first = rows
        .iter()
        .rposition(|r| r.starts_with("⚠ "))
        .unwrap_or_else(|| panic!("no warning below the list:\n{shown}"));
    let words = rows[first..23].iter().flat_map(|r| r.split_whitespace());
    let joined = words.collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("noll.ron:2:5: sessionen har schemaversion 0")
            && joined.ends_with("(filen lämnas orörd)"),
        "{shown}"
    );
    assert!(rows[first + 1].starts_with("  "), "{shown}");
}

/// Text that does not fit ends in "…", never cut mid-word with no mark: at 80×24,
/// in Swedish and English, no box's title runs into its corner, and the summary's
/// export hint ends in the mark.
#[test]
fn text_that_does_not_fit_ends_in_an_ellipsis() {
    use klarhet::text::Lang;
    let mut cut = Vec::new();
    for (name, script) in SCREENS {
        for lang in [Lang::SV, Lang::EN] {
            let a = common::tui::app_at_in(script, Theme::dark(), Some(lang));
            let shown = screen(&a, 80, 24);
            for row in shown.lines() {
                let cells: Vec<char> = row.chars().collect();
                let runs_into_corner = cells
                    .windows(2)
                    .any(|w| w[1] == '╮' && !matches!(w[0], '─' | ' ' | '…' | '╭'));
                if runs_into_corner {
                    cut.push(format!("{name} ({}): {row}", lang.code()));
                }
            }
            if *name == "summary" {
                let hint = shown
                    .lines()
                    .find(|r| r.contains("Enter e"))
                    .unwrap_or_else(|| panic!("no export hint:\n{shown}"));
                if !hint.trim_end_matches('│').trim_end().ends_with('…') {
                    cut.push(format!("{name} ({}): {hint}", lang.code()));
                }
            }
        }
    }
    assert!(cut.is_empty(), "cut with no mark:\n{}", cut.join("\n"));
}
