//! Drawing a writer's turn: one prompt at a time, in the model's words, with
//! the writer's own fields under it. Only this writer's text is on the
//! screen, and only while it is their turn.

use super::view::{source_words, sourced};
use super::{Prompts, Turn};
use crate::model::open_answers::MAX_ANSWERS;
use crate::tui::shared::Shared;
use crate::tui::widgets::{block_in, field};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// Draws the prompt in focus, the writer's fields for it and the hand-in stop.
pub(super) fn draw(screen: &Prompts, turn: &Turn, frame: &mut Frame, area: Rect, shared: &Shared) {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(set) = screen.set(shared) else {
        return;
    };
    let at = turn.prompt();
    let Some(prompt) = set.prompts.get(at) else {
        return;
    };
    let title = crate::tr!(lang, "tui-prompts-writing-title", name = turn.name.as_str());
    let b = block_in(&title, area.width, t);
    let inner = b.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(b, area);
    let source = source_words(lang, &prompt.source, prompt.own || set.own);
    let head = Paragraph::new(vec![
        Line::styled(
            crate::tr!(
                lang,
                "tui-prompts-prompt-of",
                number = (at + 1) as u64,
                count = set.prompts.len() as u64
            ),
            t.muted,
        ),
        sourced(prompt.text.get(lang), &source, t.title, t),
    ])
    .wrap(Wrap { trim: true });
    let head_height = u16::try_from(head.line_count(inner.width)).unwrap_or(u16::MAX);
    let [head_area, _, a1, a2, a3, _, stop, _, hint] = Layout::vertical([
        Constraint::Length(head_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner);
    frame.render_widget(head, head_area);
    if let Some(fields) = turn.fields.get(at) {
        for (i, (area, value)) in [a1, a2, a3].into_iter().zip(fields).enumerate() {
            let label = crate::tr!(
                lang,
                "tui-prompts-answer-label",
                number = (i + 1) as u64,
                count = MAX_ANSWERS as u64
            );
            field(frame, area, &label, value, turn.answer() == Some(i), t);
        }
    }
    let button = format!("[ {} ]", crate::tr!(lang, "tui-prompts-hand-in-button"));
    let style = if turn.on_hand_in() {
        t.selected
    } else {
        t.text
    };
    frame.render_widget(Paragraph::new(Line::styled(button, style)), stop);
    let written: Vec<String> = (0..set.prompts.len())
        .map(|p| format!("{}: {}", p + 1, turn.written_to(p)))
        .collect();
    let lines = vec![
        Line::styled(
            crate::tr!(lang, "tui-prompts-progress", list = written.join(" · ")),
            t.muted,
        ),
        Line::raw(""),
        Line::styled(crate::tr!(lang, "tui-prompts-private"), t.muted),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), hint);
}
