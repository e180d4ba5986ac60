//! Every screen rendered: insta snapshots at 80×24 and 120×40 in the dark theme and
//! in monochrome (text plus a map of bold/reverse/underline), and every size from
//! 1×1 to 100×40 without a panic.

mod common;
use common::tui::{keys, options, screen, styles};
use klarhet::tui::App;
use klarhet::tui::theme::Theme;

/// The screens, each reached by keys from the start screen with the demo saved.
const SCREENS: &[(&str, &str)] = &[
    ("start", ""),
    ("setup", "{Enter}Ånge kommun"),
    ("participants", "{Down}{Enter}"),
    ("participant_form", "{Down}{Enter}aÖrjan"),
    ("model", "{Down}{Enter}n{Right}"),
    ("scoring", "{Down}{Enter}nn"),
    ("handover", "{Down}{Enter}nnb"),
    ("ballot", "{Down}{Enter}nnb{Enter}4"),
    (
        "hands",
        "{Enter}Ånge kommun{Enter}{Enter}{Enter}{Enter}{Enter}c12{Enter}nnu{Down}{Down}7{Down}5",
    ),
    ("reveal", "{Down}{Enter}nn{Right}r"),
    ("agree", "{Down}{Enter}nnra{Enter}Vi är överens"),
    ("circle", "{Down}{Enter}nnn"),
    ("recommendations", "{Down}{Enter}nnnn{Tab}{Down}"),
    ("plan", "{Down}{Enter}nnnnn"),
    ("plan_form", "{Down}{Enter}nnnnn{Enter}"),
    ("level", "{Down}{Enter}nnnnnn"),
    ("summary", "{Down}{Enter}nnnnnnn"),
    ("summary_html", "{Down}{Enter}nnnnnnnf"),
    ("compare", "{Down}{Enter}nnnnnnnc"),
    ("help", "{Down}{Enter}nn?"),
    ("question", "{Down}{Enter}nnbq"),
];

fn app_at(script: &str, theme: Theme) -> App {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(dir.path(), theme);
    opts.export_dir = "/srv/rapporter".into();
    // The demo is saved first, so the start screen lists a session.
    let mut a = App::new(opts.clone()).unwrap();
    keys(&mut a, "{Down}{Enter}");
    let mut a = App::new(opts).unwrap();
    keys(&mut a, script);
    a
}

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
                        shown.contains("litet") || w < 20 || h < 3,
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
