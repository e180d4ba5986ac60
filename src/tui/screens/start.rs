//! Start: a new session, the demo, or a saved session to resume.

use crate::text::pick;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{navigate, scroll};
use crate::tui::state::{State, Step};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

fn items(state: &State) -> usize {
    2 + state.saved.len()
}

/// The list's place within the body.
pub fn list_area(body: Rect) -> Rect {
    let [_, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(0)]).areas(body);
    list
}

/// Handles the start screen's messages.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let len = items(state);
    let list = list_area(view::body_area(state.size));
    match msg {
        msg if navigate(&mut state.start, len, &msg, list) => {}
        Msg::Confirm => {
            return match state.start {
                0 => {
                    state.work = None;
                    state.setup = crate::tui::screens::setup::blank(state);
                    state.step = Step::Setup;
                    Vec::new()
                }
                1 => vec![Effect::OpenDemo],
                i => state
                    .saved
                    .get(i - 2)
                    .map(|s| vec![Effect::Open(s.path.clone())])
                    .unwrap_or_default(),
            };
        }
        _ => {}
    }
    Vec::new()
}

/// Draws the start screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let t = &state.theme;
    let [intro, _] = Layout::vertical([Constraint::Length(4), Constraint::Min(0)]).areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(
                pick(lang, "klarhet: självskattning av styrning", "klarhet: governance self-assessment"),
                t.title,
            ),
            Line::styled(
                pick(
                    lang,
                    "Sex utmaningar, otydlighetens självförstärkande mekanism och rekommendationer enligt Halmstadrapporten (2024).",
                    "Six challenges, the self-reinforcing mechanism of unclarity and recommendations after the Halmstad report (2024).",
                ),
                t.muted,
            ),
        ])
        .wrap(Wrap { trim: true }),
        intro,
    );
    let list = list_area(area);
    let mut rows: Vec<Vec<Span>> = vec![
        vec![Span::raw(pick(lang, "+ Ny session", "+ New session"))],
        vec![Span::raw(pick(
            lang,
            "▶ Öppna demon (Sjöhamra kommun)",
            "▶ Open the demo (Sjöhamra kommun)",
        ))],
    ];
    for s in &state.saved {
        rows.push(match &s.line {
            Ok((org, date, progress)) => vec![
                Span::raw(format!("↻ {org}  ")),
                Span::styled(format!("{date}  {progress}"), t.muted),
            ],
            Err(e) => vec![Span::styled(format!("⚠ {e}"), t.warning)],
        });
    }
    let height = list.height.saturating_sub(2) as usize;
    let first = scroll(state.start, height);
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, spans)| {
            let line = Line::from(spans);
            if i == state.start {
                line.style(t.selected)
            } else {
                line
            }
        })
        .collect();
    let title = pick(lang, " Välj ", " Choose ");
    frame.render_widget(Paragraph::new(lines).block(view::block(title, t)), list);
}
