//! The frame around every screen: the step indicator, the status line, the footer
//! built from the keymap, the help overlay, questions, and the too-small message.
//! Views only read the state.

use crate::text::{Lang, pick};
use crate::tui::input::TextField;
use crate::tui::keymap;
use crate::tui::screens;
use crate::tui::state::{Question, State, Step};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

/// The smallest terminal klarhet draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// The body's area for a terminal of `size`: everything but the header, the status
/// line and the footer. Click handling uses it to find what was drawn where.
pub fn body_area(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    let [_, body, _, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    body
}

/// A bordered block with a title.
pub fn block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
}

/// Draws everything.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, area, state.lang, &state.theme);
        return;
    }
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    steps(frame, header, state);
    screens::draw(frame, body, state);
    if let Some((message, error)) = &state.status {
        let style = if *error {
            state.theme.warning
        } else {
            state.theme.ok
        };
        frame.render_widget(
            Paragraph::new(Line::styled(message.as_str(), style)),
            status,
        );
    } else if let Some(reason) = &state.save_error {
        // Stays until a save succeeds: the room must know its votes are only in memory.
        let text = format!(
            "⚠ {} {reason}",
            pick(
                state.lang,
                "Inte sparat – allt finns i minnet, nytt försök vid nästa ändring. Ctrl-S: spara som. Orsak:",
                "Not saved – all is in memory, retried at the next change. Ctrl-S: save as. Reason:"
            )
        );
        frame.render_widget(
            Paragraph::new(Line::styled(text, state.theme.warning)),
            status,
        );
    }
    hints(frame, footer, state);
    if let Some(q) = state.question {
        question(frame, body, state, q);
    }
    if let Some(path) = &state.save_as {
        let area = centered(body, 72, 3);
        frame.render_widget(Clear, area);
        let b = block(pick(state.lang, " Spara som ", " Save as "), &state.theme);
        let inner = b.inner(area);
        frame.render_widget(b, area);
        field(
            frame,
            inner,
            pick(state.lang, "Fil", "File"),
            path,
            true,
            &state.theme,
        );
    }
    if state.help {
        help(frame, body, state);
    }
}

fn too_small(frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    let text = pick(
        lang,
        "Fönstret är för litet. Gör det minst 80×24.",
        "The window is too small. Make it at least 80×24.",
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}

fn steps(frame: &mut Frame, area: Rect, state: &State) {
    let t = &state.theme;
    let mut spans = vec![Span::styled(" klarhet ", t.title)];
    for step in Step::ALL {
        let n = step.index() + 1;
        let span = if step == state.step {
            Span::styled(format!(" {n} {} ", step.label(state.lang)), t.step_current)
        } else if step < state.step {
            Span::styled(format!(" {n} "), t.step_done)
        } else {
            Span::styled(format!(" {n} "), t.muted)
        };
        spans.push(span);
    }
    if let Some(work) = &state.work {
        spans.push(Span::styled(
            format!("  {}", work.session.organisation),
            t.muted,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn hints(frame: &mut Frame, area: Rect, state: &State) {
    let t = &state.theme;
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, what) in keymap::footer(state.ctx(), state.lang) {
        let (key, what) = (format!(" {key}"), format!(" {what} "));
        // Whole hints only: one that does not fit is left out, never cut.
        let width = unicode_width::UnicodeWidthStr::width(key.as_str())
            + unicode_width::UnicodeWidthStr::width(what.as_str());
        if used + width > area.width as usize {
            break;
        }
        used += width;
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(what, t.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// `text` cut to `width` columns, with `…` where it was cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A rectangle of `w`×`h` centred in `area`, clipped to it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn question(frame: &mut Frame, body: Rect, state: &State, q: Question) {
    let lang = state.lang;
    let text = match q {
        Question::OpenBackup => pick(
            lang,
            "Sessionen kunde inte läsas (se raden nederst). Öppna säkerhetskopian som en ny session? Originalfilen lämnas orörd. (j/n)",
            "The session could not be read (see the bottom line). Open its backup as a new session? The original file is left untouched. (y/n)",
        ),
        Question::QuitDuringRound => pick(
            lang,
            "En omgång pågår. Alla röster hittills är sparade. Avsluta ändå? (j/n)",
            "A round is under way. Every vote so far is saved. Quit anyway? (y/n)",
        ),
        Question::RemoveParticipant => pick(
            lang,
            "Ta bort deltagaren och hens röster? (j/n)",
            "Remove the participant and their votes? (y/n)",
        ),
    };
    let area = centered(body, 74, 5);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(block(pick(lang, " Fråga ", " Question "), &state.theme)),
        area,
    );
}

fn help(frame: &mut Frame, body: Rect, state: &State) {
    let lang = state.lang;
    let t = &state.theme;
    let ctx = if state.question.is_some() {
        keymap::Ctx::Confirm
    } else {
        state.screen_ctx()
    };
    let mut lines = Vec::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for b in keymap::for_context(ctx) {
        let what = b.describe(lang);
        if seen.contains(&(b.label, what)) {
            continue;
        }
        seen.push((b.label, what));
        lines.push(Line::from(vec![
            Span::styled(format!("{:>10}  ", b.label), t.key),
            Span::styled(what, t.text),
        ]));
    }
    let area = centered(body, 60, lines.len() as u16 + 2);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(block(pick(lang, " Tangenter ", " Keys "), t)),
        area,
    );
}

/// Draws a labelled one-line text field; a focused field shows the cursor.
pub fn field(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    value: &TextField,
    focused: bool,
    theme: &Theme,
) {
    let label_width = if label.is_empty() {
        0
    } else {
        16u16.min(area.width)
    };
    let [l, v] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.muted)), l);
    let (shown, cursor) = value.window(v.width.saturating_sub(1) as usize);
    let style = if focused { theme.focus } else { theme.text };
    frame.render_widget(Paragraph::new(Span::styled(shown, style)).style(style), v);
    if focused {
        frame.set_cursor_position(Position::new(v.x + cursor as u16, v.y));
    }
}

/// Draws a labelled choice (`‹ value ›`).
pub fn choice(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    value: &str,
    focused: bool,
    theme: &Theme,
) {
    let label_width = 16u16.min(area.width);
    let [l, v] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.muted)), l);
    let style: Style = if focused { theme.focus } else { theme.text };
    frame.render_widget(
        Paragraph::new(Span::styled(format!("‹ {value} ›"), style)),
        v,
    );
}
