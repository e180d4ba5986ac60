//! The circle with results: nodes coloured by severity, links by strength, the
//! strongest link and the loop's strength named, and where breaking it matters most.

use crate::text::{Lang, pick};
use crate::tui::msg::{Effect, Msg};
use crate::tui::ring;
use crate::tui::state::State;
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Handles the circle screen: the same moves as the model screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    crate::tui::screens::model::update(state, msg)
}

/// The one sentence on where the circle is most worth breaking.
pub fn verdict(state: &State) -> Option<String> {
    let work = state.work.as_ref()?;
    let circle = work.analysis.circle.as_ref()?;
    let link = &circle.links[circle.strongest?];
    let name = |id: &str| {
        work.model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(state.lang).to_lowercase())
    };
    let (from, to) = (name(&link.from), name(&link.to));
    let strength = link.strength.unwrap_or(0.0);
    Some(match state.lang {
        Lang::SV => format!(
            "Cirkeln driver hårdast från {from} till {to} (styrka {strength:.0}). Där är den mest värd att bryta: insatser mot {from} minskar också trycket på {to}."
        ),
        _ => format!(
            "The circle drives hardest from {from} to {to} (strength {strength:.0}). That is where it is most worth breaking: work on {from} also eases the pressure on {to}."
        ),
    })
}

/// Draws the circle screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let title = work.model.causal.as_ref().map_or_else(
        || work.model.title.get(lang).to_owned(),
        |c| c.name.get(lang).to_owned(),
    );
    let title = format!(" {title} ");
    ring::draw(frame, left, view::block(&title, t), state, true);
    let mut lines = Vec::new();
    match work.analysis.circle.as_ref().and_then(|c| c.loop_strength) {
        Some(s) => lines.push(Line::from(vec![
            Span::styled(
                pick(lang, "Cirkelns styrka ", "Strength of the circle "),
                t.muted,
            ),
            Span::styled(format!("{s:.0}"), t.severity(s)),
        ])),
        None if work.model.causal.as_ref().is_some_and(|c| c.cycle) => lines.push(Line::styled(
            pick(
                lang,
                "Alla utmaningar är inte bedömda ännu.",
                "Not every challenge is scored yet.",
            ),
            t.muted,
        )),
        None => lines.push(Line::styled(
            pick(
                lang,
                "Modellens länkar bildar ingen cirkel.",
                "The model's links do not form a circle.",
            ),
            t.muted,
        )),
    }
    if let Some(v) = verdict(state) {
        lines.push(Line::styled(v, t.title));
    }
    lines.push(Line::raw(""));
    lines.extend(crate::tui::screens::model::details(state, state.ring));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((state.detail_scroll, 0))
            .block(view::block(
                pick(lang, " Var cirkeln driver ", " Where the circle drives "),
                t,
            )),
        right,
    );
}
