//! The lines over a statement in every phase of scoring: where it sits in its
//! challenge, and its text.

use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::Rect;

/// "Challenge · statement n of m": the line over a statement in every phase.
pub(super) fn statement_title(
    lang: crate::text::Lang,
    c: &crate::model::assessment::Challenge,
    statement: usize,
) -> String {
    let place = crate::tr!(
        lang,
        "tui-statement-of",
        n = (statement + 1),
        total = c.statements.len()
    );
    format!("{} · {place}", c.name.get(lang))
}

/// The title line and the statement's text, over the reveal and the counter.
pub(super) fn statement_head(
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    title: String,
    statement: &crate::model::assessment::Statement,
) {
    let t = &shared.theme;
    frame.render_widget(
        ratatui::widgets::Paragraph::new(vec![
            ratatui::text::Line::styled(title, t.title),
            ratatui::text::Line::styled(statement.text.get(shared.lang), t.text),
        ])
        .wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}
