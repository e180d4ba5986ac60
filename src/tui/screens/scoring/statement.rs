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

/// The line over statement `n` of the current round: as [`statement_title`]
/// in a first round, which asks them all; in a later one, the round and the
/// place among its statements ("<name> · omgång 2 · påstående 1 av 2").
pub(super) fn round_title(
    lang: crate::text::Lang,
    work: &crate::tui::shared::Work,
    c: &crate::model::assessment::Challenge,
    n: usize,
) -> String {
    let round = work.session.current_round(&c.id);
    if round <= 1 && work.session.round_len(c) == c.statements.len() {
        return statement_title(lang, c, n);
    }
    let place = crate::tr!(
        lang,
        "tui-statement-of",
        n = (n + 1),
        total = work.session.round_len(c)
    );
    let label = crate::tr!(lang, "tui-round-label", round = round);
    format!("{} · {label} · {place}", c.name.get(lang))
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

/// The ids of the statements the current round of the challenge in focus asks,
/// in the model's order: all of them in a first round, the chosen ones in a
/// later one. A ballot and a show of hands step through these.
pub(super) fn round_ids(shared: &crate::tui::shared::Shared) -> Vec<String> {
    shared
        .work
        .as_ref()
        .and_then(|w| {
            let c = w.current()?;
            Some(
                w.session
                    .round_statements(c)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            )
        })
        .unwrap_or_default()
}

/// The ids of the statements of the challenge in focus.
pub(super) fn statement_ids(shared: &crate::tui::shared::Shared) -> Vec<String> {
    shared
        .work
        .as_ref()
        .map(statement_ids_of)
        .unwrap_or_default()
}

/// The ids of the statements of the challenge in focus of `work`.
pub(super) fn statement_ids_of(work: &crate::tui::shared::Work) -> Vec<String> {
    work.current()
        .map(|c| c.statements.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default()
}
