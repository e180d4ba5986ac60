//! Drawing the discussion queue: the rows with their reasons, the selected
//! row's text and note, and the line over an opened row's reveal.

use super::{Queue, View};
use crate::model::scoring::queue::Row;
use crate::tui::screens::lists::scroll;
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, field, fit};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// "Row 2 of 9 · discussed" over an opened row's reveal.
pub(super) fn draw_place(
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    rows: &[Row],
    selected: usize,
) {
    let (Some(work), Some(row)) = (&shared.work, rows.get(selected)) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let mut spans = vec![Span::styled(
        crate::tr!(
            lang,
            "tui-queue-row-of",
            n = (selected + 1),
            total = rows.len()
        ),
        t.title,
    )];
    if work.session.discussion().is_discussed(&row.topic) {
        spans.push(Span::styled(
            format!("  ✔ {}", crate::tr!(lang, "tui-queue-discussed")),
            t.ok,
        ));
    }
    spans.push(Span::styled(
        format!("  {}", row.words(&work.model, lang)),
        t.warning,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

impl Queue {
    pub(super) fn draw_list(&self, frame: &mut Frame, area: Rect, shared: &Shared, rows: &[Row]) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let [top, list, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(7),
        ])
        .areas(area);
        let discussion = work.session.discussion();
        let done = rows
            .iter()
            .filter(|r| discussion.is_discussed(&r.topic))
            .count();
        if !rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    crate::tr!(
                        lang,
                        "tui-queue-totals",
                        rows = rows.len(),
                        discussed = done
                    ),
                    t.muted,
                )),
                top,
            );
        }
        let title = format!(" {} ", crate::tr!(lang, "tui-queue-title"));
        if rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(crate::tr!(lang, "tui-queue-empty"), t.text))
                    .wrap(Wrap { trim: true })
                    .block(block(&title, t)),
                list.union(detail),
            );
            return;
        }
        // Two lines a row: what, then why.
        let height = usize::from(list.height.saturating_sub(2)) / 2;
        let first = scroll(self.selected, height);
        let width = usize::from(list.width.saturating_sub(4));
        let mut lines = Vec::new();
        for (i, row) in rows.iter().enumerate().skip(first).take(height) {
            let mark = if discussion.is_discussed(&row.topic) {
                Span::styled("✔ ", t.ok)
            } else {
                Span::raw("  ")
            };
            let noted = if discussion.note(&row.topic).is_some() {
                "✎ "
            } else {
                ""
            };
            let what = fit(
                &format!(
                    "{noted}{}",
                    crate::model::scoring::queue::topic_label(&work.model, &row.topic, lang)
                ),
                width,
            );
            let style = if i == self.selected {
                t.selected
            } else {
                t.text
            };
            lines.push(Line::from(vec![mark, Span::styled(what, style)]));
            let why = fit(&row.words(&work.model, lang), width);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(why, t.warning),
            ]));
        }
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list);
        self.draw_detail(
            frame,
            detail,
            shared,
            &rows[self.selected.min(rows.len() - 1)],
        );
    }

    /// The selected row whole: its statement's text and its note, or the note
    /// being written.
    fn draw_detail(&self, frame: &mut Frame, area: Rect, shared: &Shared, row: &Row) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let title = format!(" {} ", crate::tr!(lang, "tui-queue-note"));
        if let View::Note(text) = &self.view {
            let b = block(&title, t);
            let inner = b.inner(area);
            frame.render_widget(b, area);
            field(frame, Rect { height: 1, ..inner }, "", text, true, t);
            return;
        }
        let mut lines = Vec::new();
        if let Some(text) = row
            .topic
            .statement()
            .and_then(|id| work.model.statement(id))
        {
            lines.push(Line::styled(text.text.get(lang), t.text));
        }
        lines.push(match work.session.discussion().note(&row.topic) {
            Some(note) => Line::styled(format!("✎ {note}"), t.focus),
            None => Line::styled(crate::tr!(lang, "tui-queue-no-note"), t.muted),
        });
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(block(&title, t)),
            area,
        );
    }
}
