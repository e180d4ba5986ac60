//! The phases screen lists, under the phase of the area in focus, the
//! recommendations the model ties to that phase (docs/model-format.md,
//! "Principles and recommendations"): only for the area in focus and only its
//! current phase, each with where the report makes the tie, and a tie the
//! report only implies (`own`) marked as klarhet's reading.

use crate::common;
use common::tui::{drawn, send};
use klarhet::model::Assessment;
use klarhet::text::Lang;
use klarhet::tui::msg::Msg;
use klarhet::tui::state::{State, Step};

fn model() -> Assessment {
    common::models::embedded("matteby")
}

/// The phases screen with the first area placed in the first phase and the
/// second area in the third; the focus on the first area, its text scrolled
/// to its end.
fn placed() -> State {
    let mut s = common::models::fresh_at("matteby", Step::Phases);
    send(&mut s, &[Msg::Down, Msg::Char('1'), Msg::Confirm]);
    send(&mut s, &[Msg::Down, Msg::Char('3'), Msg::Confirm, Msg::Up]);
    to_the_end(&mut s);
    s
}

/// The text beside the list scrolled to its end (Tab scrolls it).
fn to_the_end(s: &mut State) {
    send(s, &vec![Msg::Next; 40]);
}

/// The first words of a recommendation, as a line of the screen starts it.
fn start(text: &str) -> String {
    text.chars().take(24).collect()
}

/// The recommendations tied to `phase`, and the ones not.
fn tied_to(m: &Assessment, phase: &str) -> (Vec<String>, Vec<String>) {
    let (tied, other): (Vec<_>, Vec<_>) = m
        .recommendations
        .iter()
        .partition(|r| r.phases.iter().any(|t| t.phase == phase));
    let texts = |rs: Vec<&klarhet::model::assessment::Recommendation>| {
        rs.iter().map(|r| start(r.text.get(Lang::SV))).collect()
    };
    (texts(tied), texts(other))
}

#[test]
fn the_focused_areas_phase_lists_the_recommendations_tied_to_it() {
    let m = model();
    let phases = m.phases.as_ref().expect("phases");
    let s = placed();
    let shown = drawn(&s, 120, 40);
    assert!(
        shown.contains("Rekommendationer som modellen knyter till fasen"),
        "{shown}"
    );
    let (tied, other) = tied_to(&m, &phases.steps[0].id);
    assert!(!tied.is_empty() && !other.is_empty());
    for text in &tied {
        assert!(shown.contains(text.as_str()), "{text} missing:\n{shown}");
    }
    for text in &other {
        assert!(!shown.contains(text.as_str()), "{text} shown:\n{shown}");
    }
}

#[test]
fn a_tie_the_report_only_implies_is_klarhets_reading_with_its_source() {
    let m = model();
    let phase = &m.phases.as_ref().expect("phases").steps[0].id;
    let s = placed();
    let shown = drawn(&s, 200, 60).replace('\n', " ");
    let ties = m
        .recommendations
        .iter()
        .filter_map(|r| r.phases.iter().find(|t| t.phase == *phase));
    let (mut own, mut report) = (0, 0);
    for tie in ties {
        let mark = if tie.own {
            own += 1;
            format!("(klarhets läsning, utifrån {})", tie.source)
        } else {
            report += 1;
            format!("({})", tie.source)
        };
        assert!(shown.contains(&mark), "{mark} missing:\n{shown}");
    }
    // The model has both kinds of tie to this phase, so both are tested.
    assert!(own > 0 && report > 0, "{own} {report}");
}

#[test]
fn only_the_focused_area_and_only_its_current_phase() {
    let m = model();
    let phases = m.phases.as_ref().expect("phases");
    let mut s = placed();
    // The second area, in the third phase: that phase's, not the first's.
    send(&mut s, &[Msg::Down]);
    to_the_end(&mut s);
    let shown = drawn(&s, 120, 40);
    let (third, _) = tied_to(&m, &phases.steps[2].id);
    let (first, _) = tied_to(&m, &phases.steps[0].id);
    for text in &third {
        assert!(shown.contains(text.as_str()), "{text} missing:\n{shown}");
    }
    for text in first.iter().filter(|t| !third.contains(t)) {
        assert!(!shown.contains(text.as_str()), "{text} shown:\n{shown}");
    }
    // Moved to the second phase, it lists the second phase's.
    send(&mut s, &[Msg::Char('2'), Msg::Confirm]);
    to_the_end(&mut s);
    let shown = drawn(&s, 120, 40);
    let (second, _) = tied_to(&m, &phases.steps[1].id);
    for text in &second {
        assert!(shown.contains(text.as_str()), "{text} missing:\n{shown}");
    }
    // An area not placed, and the phase model's own row, list none.
    send(&mut s, &[Msg::Down]);
    assert!(!drawn(&s, 120, 40).contains("Rekommendationer som modellen"));
    send(&mut s, &[Msg::Up, Msg::Up, Msg::Up]);
    assert!(!drawn(&s, 120, 40).contains("Rekommendationer som modellen"));
}

#[test]
fn the_screen_at_80x24() {
    let s = placed();
    insta::assert_snapshot!("phases_recommendations_80x24", drawn(&s, 80, 24));
}
