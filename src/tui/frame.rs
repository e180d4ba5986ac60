//! The frame around every screen: the step indicator, the status line, the footer
//! and the help from the current bindings, the overlays, and the too-small
//! message. It only reads the state.

use crate::tui::bindings::{self, Rank};
use crate::tui::router;
use crate::tui::shared::MIN_SIZE;
use crate::tui::state::{Overlay, State, Step};
use crate::tui::widgets::{block, centered, clear, field, paint, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Draws everything.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    // Every cell starts in the theme's body text on its background, so that what a
    // screen draws without a colour of its own still reads the same on a light or
    // a dark terminal.
    paint(frame, area, &state.shared.theme);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, area, state);
        return;
    }
    // A long message wraps between words, with a hanging indent, rather than
    // being cut; only beyond a quarter of the window does it end in "…".
    let message = status(state).map(|(text, style)| {
        let most = usize::from(area.height / 4).max(3);
        (wrapped("", &text, area.width, most), style)
    });
    let rows = message.as_ref().map_or(1, |(lines, _)| {
        u16::try_from(lines.len()).unwrap_or(1).max(1)
    });
    // The footer takes a second row when the keys a screen must never hide do
    // not fit in one.
    let keys = bindings::footer(
        &router::bindings(state),
        state.shared.lang,
        usize::from(area.width),
    );
    let [header, body, status_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(rows),
        Constraint::Length(keys.rows()),
    ])
    .areas(area);
    steps(frame, header, state);
    state.screen.page().draw(frame, body, &state.shared);
    if let Some((lines, style)) = message {
        let lines: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, style)).collect();
        frame.render_widget(Paragraph::new(lines), status_area);
    }
    hints(frame, footer, state, keys);
    match &state.overlay {
        Some(Overlay::Help(under)) => {
            if let Some(under) = under {
                overlay(frame, body, state, under);
            }
            help(frame, body, state);
        }
        Some(other) => overlay(frame, body, state, other),
        None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect, state: &State) {
    let text = crate::tr!(
        state.shared.lang,
        "tui-window-too-small",
        width = area.width,
        height = area.height,
        min_width = MIN_SIZE.0,
        min_height = MIN_SIZE.1
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(state.shared.theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}

fn steps(frame: &mut Frame, area: Rect, state: &State) {
    let shared = &state.shared;
    let t = &shared.theme;
    let current = state.step();
    let mut spans = vec![Span::styled(" klarhet ", t.title)];
    // Only the steps the model has, numbered as they come (issue 28).
    let model = state.screen.model(shared);
    let list = Step::list(model);
    // Done means before the current step in this workshop's list: a prompt
    // set may come after any step.
    let here = list.iter().position(|s| *s == current).unwrap_or(0);
    for (i, step) in list.into_iter().enumerate() {
        let n = i + 1;
        let span = if step == current {
            Span::styled(
                format!(" {n} {} ", step.label(model, shared.lang)),
                t.step_current,
            )
        } else if i < here {
            Span::styled(format!(" {n} "), t.step_done)
        } else {
            Span::styled(format!(" {n} "), t.muted)
        };
        spans.push(span);
    }
    if let Some(work) = &shared.work {
        // Before the organisation, so that a long name is cut rather than the mark.
        if work.read_only.is_some() {
            spans.push(Span::raw("  "));
            spans.push(Span::styled(
                format!("⚠ {}", crate::tr!(shared.lang, "tui-read-only")),
                t.warning,
            ));
        }
    }
    // The read-only mark is never cut for the clock: with it, the clock gives
    // way where both do not fit (the session's changes are not being saved,
    // which matters more than the time). The organisation gives way to both.
    let read_only = shared.work.as_ref().is_some_and(|w| w.read_only.is_some());
    let needed = if read_only {
        Line::from(spans.clone()).width()
    } else {
        0
    };
    if let Some(work) = &shared.work {
        spans.push(Span::styled(
            format!("  {}", work.session.organisation()),
            t.muted,
        ));
    }
    // The agenda's clock at the right end, before the organisation is cut.
    let area = match crate::tui::agenda::header(shared) {
        Some((text, style)) => {
            let width = unicode_width::UnicodeWidthStr::width(text.as_str());
            if needed + width <= usize::from(area.width) {
                let width = u16::try_from(width).unwrap_or(0);
                let [left, right] =
                    Layout::horizontal([Constraint::Min(0), Constraint::Length(width)]).areas(area);
                frame.render_widget(Paragraph::new(Line::styled(text, style)), right);
                left
            } else {
                area
            }
        }
        None => area,
    };
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The status line's message and its style: a notice until the next key, or the
/// save warning, which stays until a save succeeds, or why the session is
/// read-only, which stays while it is.
fn status(state: &State) -> Option<(String, ratatui::style::Style)> {
    let shared = &state.shared;
    let lang = shared.lang;
    let t = &shared.theme;
    if let Some(notice) = &shared.notice {
        let style = if notice.is_error() { t.warning } else { t.ok };
        return Some((notice.text(lang, &shared.words()), style));
    }
    // The room must know its votes are only in memory.
    let Some(failure) = shared.save_error.as_ref() else {
        let work = shared.work.as_ref()?;
        let why = work.read_only?;
        let path = work.path.as_deref().unwrap_or(std::path::Path::new(""));
        return Some((
            format!(
                "⚠ {}",
                crate::tr!(
                    lang,
                    "tui-read-only-status",
                    reason = why.describe(path, lang)
                )
            ),
            t.warning,
        ));
    };
    Some((
        format!(
            "⚠ {}",
            crate::tr!(lang, "tui-not-saved", reason = failure.0.render(lang))
        ),
        t.warning,
    ))
}

fn hints(frame: &mut Frame, area: Rect, state: &State, footer: bindings::Footer) {
    let t = &state.shared.theme;
    let split = footer.second_row.unwrap_or(footer.hints.len());
    let mut rows = vec![Vec::new(), Vec::new()];
    for (n, (key, what)) in footer.hints.into_iter().enumerate() {
        let row = &mut rows[usize::from(n >= split)];
        row.push(Span::styled(format!(" {key}"), t.key));
        row.push(Span::styled(format!(" {what} "), t.muted));
    }
    if footer.more {
        let last = if footer.second_row.is_some() { 1 } else { 0 };
        rows[last].push(Span::styled(" …", t.muted));
    }
    let lines: Vec<Line> = rows
        .into_iter()
        .take(usize::from(area.height.max(1)))
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn overlay(frame: &mut Frame, body: Rect, state: &State, overlay: &Overlay) {
    let lang = state.shared.lang;
    let t = &state.shared.theme;
    match overlay {
        Overlay::Ask(q) => {
            // The box is as tall as the question needs: a question is never cut.
            let text = Paragraph::new(q.text(lang)).wrap(Wrap { trim: true });
            let width = 74.min(body.width);
            let lines = u16::try_from(text.line_count(width.saturating_sub(2))).unwrap_or(u16::MAX);
            let area = centered(body, width, lines.saturating_add(2).max(5));
            clear(frame, area, t);
            frame.render_widget(
                text.block(block(&format!(" {} ", crate::tr!(lang, "tui-question")), t)),
                area,
            );
        }
        Overlay::SaveAs(path) => {
            let area = centered(body, 72, 3);
            clear(frame, area, t);
            let heading = format!(" {} ", crate::tr!(lang, "tui-save-as"));
            let b = block(&heading, t);
            let inner = b.inner(area);
            frame.render_widget(b, area);
            field(frame, inner, &crate::tr!(lang, "tui-file"), path, true, t);
        }
        Overlay::Agenda(view) => crate::tui::agenda::draw(frame, body, &state.shared, view),
        Overlay::Help(_) => {}
    }
}

fn help(frame: &mut Frame, body: Rect, state: &State) {
    let lang = state.shared.lang;
    let t = &state.shared.theme;
    let mut lines = Vec::new();
    for b in router::help_bindings(state) {
        let (key_style, text_style, note) = if b.enabled {
            (t.key, t.text, String::new())
        } else {
            (
                t.muted,
                t.muted,
                format!(" ({})", crate::tr!(lang, "tui-not-now")),
            )
        };
        let mark = if b.rank == Rank::Help { " " } else { "•" };
        lines.push(Line::from(vec![
            Span::styled(format!("{:>16} ", b.label(lang)), key_style),
            Span::styled(mark, t.muted),
            Span::styled(format!(" {}{note}", b.help), text_style),
        ]));
    }
    lines.push(Line::styled(
        crate::tr!(lang, "tui-help-footer-mark"),
        t.muted,
    ));
    // The rule the screen orders or flags by, said where its keys are.
    let about = (state.overlay == Some(Overlay::Help(None)))
        .then(|| state.screen.page().about(&state.shared))
        .flatten();
    // A rule takes the body's width (up to 100 columns), so that it fits under
    // the keys at 80×24.
    let width = body.width.min(if about.is_some() { 100 } else { 68 });
    if let Some(about) = about {
        lines.push(Line::styled(about, t.text));
    }
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = paragraph.line_count(width.saturating_sub(2)) as u16 + 2;
    let area = centered(body, width, height);
    clear(frame, area, t);
    frame.render_widget(
        paragraph.block(block(&format!(" {} ", crate::tr!(lang, "tui-keys")), t)),
        area,
    );
}
