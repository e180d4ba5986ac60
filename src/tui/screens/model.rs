//! The model: the challenges as a ring with arrows, and the selected challenge's
//! description with the links into and out of it. The teaching moment.

use crate::text::pick;
use crate::tui::msg::{Effect, Msg};
use crate::tui::ring;
use crate::tui::screens::step_selection;
use crate::tui::state::State;
use crate::tui::update::go;
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Handles the model screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let n = state.work.as_ref().map_or(0, |w| w.model.challenges.len());
    match msg {
        Msg::Left | Msg::Right => {
            state.ring = step_selection(state.ring, n, msg == Msg::Right);
            state.detail_scroll = 0;
        }
        Msg::Up => state.detail_scroll = state.detail_scroll.saturating_sub(1),
        Msg::Down => state.detail_scroll = state.detail_scroll.saturating_add(1),
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

/// The selected challenge's text and its links, shared with the circle screen.
pub fn details<'a>(state: &'a State, index: usize) -> Vec<Line<'a>> {
    let lang = state.lang;
    let t = &state.theme;
    let Some(work) = &state.work else {
        return Vec::new();
    };
    let Some(c) = work.model.challenges.get(index) else {
        return Vec::new();
    };
    let name = |id: &str| {
        work.model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let mut lines = vec![
        Line::styled(
            format!("{}: {}", c.name.get(lang), c.heading.get(lang)),
            t.title,
        ),
        Line::styled(c.description.get(lang), t.text),
        Line::raw(""),
    ];
    for link in work.model.causal.iter().flat_map(|k| &k.links) {
        let (arrow, other) = if link.to == c.id {
            ("←", &link.from)
        } else if link.from == c.id {
            ("→", &link.to)
        } else {
            continue;
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{arrow} {} ", name(other)), t.key),
            Span::styled(link.text.get(lang), t.text),
        ]));
    }
    lines.push(Line::styled(
        format!("{} {}", pick(lang, "Källa:", "Source:"), c.source),
        t.muted,
    ));
    lines
}

/// Draws the model screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let title = work.model.causal.as_ref().map_or_else(
        || work.model.title.get(lang).to_owned(),
        |c| c.name.get(lang).to_owned(),
    );
    let title = format!(" {title} ");
    ring::draw(frame, left, view::block(&title, &state.theme), state, false);
    frame.render_widget(
        Paragraph::new(details(state, state.ring))
            .wrap(Wrap { trim: true })
            .scroll((state.detail_scroll, 0))
            .block(view::block(
                pick(lang, " Utmaningen ", " The challenge "),
                &state.theme,
            )),
        right,
    );
}
