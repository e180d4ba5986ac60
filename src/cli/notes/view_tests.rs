use super::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The page for the demo's crowd of four with the workshop at `step`.
fn page(step: &str, challenge: usize, ui: Lang) -> Page {
    let (session, model) = super::super::page::at(step, challenge);
    Page::of(&session, &model, ui)
}

/// The screen as text, and the scroll drawn with and the most it can be.
fn drawn(page: &Page, w: u16, h: u16, scroll: usize, theme: &Theme) -> (String, usize, usize) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let mut scrolled = (0, 0);
    terminal
        .draw(|f| scrolled = draw(f, page, scroll, theme, Lang::SV))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let text = (0..h)
        .map(|y| {
            let row: String = (0..w).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, scrolled.0, scrolled.1)
}

#[test]
fn the_notes_for_a_challenge_at_80_by_24() {
    let page = page("scoring", 1, Lang::SV);
    let (text, scroll, most) = drawn(&page, 80, 24, 0, &Theme::dark());
    assert_eq!(scroll, 0);
    assert!(most > 0, "the page is longer than a screen at 80×24");
    assert!(text.ends_with("↓ mer nedanför"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn scrolling_stops_at_the_end_of_the_page_and_the_last_line_is_the_place() {
    let page = page("scoring", 1, Lang::SV);
    let (_, _, most) = drawn(&page, 80, 24, 0, &Theme::mono());
    let (text, scroll, again) = drawn(&page, 80, 24, usize::MAX, &Theme::mono());
    assert_eq!((scroll, again), (most, most));
    assert!(!text.contains("mer nedanför"), "{text}");
    let body: Vec<&str> = text.lines().collect();
    assert!(body[22].contains("Hot 4"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_question_whose_source_does_not_fit_after_it_gets_a_line_of_its_own() {
    let page = page("model", 0, Lang::SV);
    let (text, _, _) = drawn(&page, 60, 24, 0, &Theme::mono());
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("1. Var i cirkeln"))
        .expect("the question");
    assert_eq!(
        lines[at + 1].trim(),
        "(klarhets fråga, utifrån §4.1, Figur 2)"
    );
    assert!(
        lines[at + 1].starts_with("    ("),
        "under the question's text: {text}"
    );
}

#[test]
fn no_size_of_terminal_makes_the_notes_panic() {
    let page = page("scoring", 3, Lang::SV);
    for (w, h) in [(1, 1), (2, 3), (10, 2), (20, 5), (41, 4), (200, 60)] {
        for scroll in [0, 5, usize::MAX] {
            drawn(&page, w, h, scroll, &Theme::dark());
        }
    }
}
