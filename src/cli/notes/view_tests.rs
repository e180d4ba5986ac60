use super::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The page for the demo's crowd of four with the workshop at `step`.
fn page(step: &str, challenge: usize, ui: Lang) -> Page {
    let (session, model) = super::super::page::at(step, challenge);
    Page::of(&session, &model, ui)
}

/// 12:00 UTC on the demo's date, plus `seconds`, as the notes' clock.
pub(super) fn at(seconds: i64) -> jiff::Zoned {
    jiff::civil::date(2026, 11, 22)
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .and_then(|z| z.checked_add(jiff::SignedDuration::from_secs(seconds)))
        .expect("a moment")
}

/// The screen as text, and the scroll drawn with and the most it can be.
fn drawn(page: &Page, w: u16, h: u16, scroll: usize, theme: &Theme) -> (String, usize, usize) {
    let (text, d) = drawn_at(page, w, h, scroll, theme, &at(0), Lang::SV);
    (text, d.scroll, d.most)
}

/// The screen as text at `now` in `ui`, and what the frame drew.
fn drawn_at(
    page: &Page,
    w: u16,
    h: u16,
    scroll: usize,
    theme: &Theme,
    now: &jiff::Zoned,
    ui: Lang,
) -> (String, Drawn) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let mut scrolled = None;
    terminal
        .draw(|f| scrolled = Some(draw(f, page, scroll, now, theme, ui)))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let text = (0..h)
        .map(|y| {
            let row: String = (0..w).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, scrolled.expect("a frame"))
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

/// The demo's crowd at obalans with the two-hour agenda's clock started on
/// obalans's item at 12:00 and, when `pause` is given, paused that many
/// seconds later.
fn timed(pause: Option<i64>, ui: Lang) -> Page {
    let (mut session, model) = super::super::page::at("scoring", 1);
    let mut commands = vec![
        crate::model::command::Command::ChooseAgenda {
            template: Some("two-hours".into()),
        },
        crate::model::command::Command::StartItem {
            item: 3,
            at: at(0).timestamp(),
        },
    ];
    if let Some(p) = pause {
        commands.push(crate::model::command::Command::PauseClock {
            at: at(p).timestamp(),
        });
    }
    for c in commands {
        session.apply(&model, c).expect("accepted");
    }
    Page::of(&session, &model, ui)
}

#[test]
fn the_clock_under_the_heading_at_80_by_24() {
    let page = timed(None, Lang::SV);
    let (text, d) = drawn_at(&page, 80, 24, 0, &Theme::dark(), &at(200), Lang::SV);
    assert!(d.clock, "the clock's line is on screen");
    let line = text.lines().nth(1).expect("the second line");
    assert_eq!(
        line,
        "⏱ Obalans · 3:20 · 6:40 kvar · slutar enligt planen 12:10"
    );
    assert_eq!(d.height, 21, "the page gives the clock a line");
    insta::assert_snapshot!(text);
}

#[test]
fn the_clock_follows_the_moment_it_is_drawn_at_and_says_when_it_runs_over() {
    let page = timed(None, Lang::EN);
    let line = |now: i64| {
        let (text, _) = drawn_at(&page, 80, 24, 0, &Theme::mono(), &at(now), Lang::EN);
        text.lines().nth(1).expect("the second line").to_owned()
    };
    assert_eq!(
        line(65),
        "⏱ Imbalance · 1:05 · 8:55 left · ends by the plan at 12:10"
    );
    // Over: how far, and the end that has passed.
    assert_eq!(
        line(725),
        "⏱ Imbalance · 12:05 · 2:05 over · ends by the plan at 12:10"
    );
}

#[test]
fn a_paused_clock_stands_still_and_says_so() {
    let page = timed(Some(90), Lang::SV);
    for now in [100, 5000] {
        let (text, d) = drawn_at(&page, 80, 24, 0, &Theme::dark(), &at(now), Lang::SV);
        assert!(d.clock);
        assert_eq!(
            text.lines().nth(1),
            Some("⏸ Obalans · 1:30 · 8:30 kvar · klockan är pausad")
        );
    }
}

#[test]
fn without_an_agenda_there_is_no_clock_line() {
    let page = page("scoring", 1, Lang::SV);
    assert!(page.clock.is_none());
    let (_, d) = drawn_at(&page, 80, 24, 0, &Theme::dark(), &at(0), Lang::SV);
    assert!(!d.clock);
    assert_eq!(d.height, 22);
    // Too low a terminal keeps its lines for the page.
    let page = timed(None, Lang::SV);
    let (_, d) = drawn_at(&page, 80, 3, 0, &Theme::dark(), &at(0), Lang::SV);
    assert!(!d.clock);
}
