//! The DiMiOS level: the group places itself, and the next level is the next step.

use crate::text::pick;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::navigate;
use crate::tui::state::State;
use crate::tui::update::{changed, go};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The list's place within the body.
pub fn list_area(body: Rect) -> Rect {
    let [list, _] =
        Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
    list
}

/// Handles the level screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let n = state
        .work
        .as_ref()
        .and_then(|w| w.model.levels.as_ref())
        .map_or(0, |l| l.steps.len());
    let list = list_area(view::body_area(state.size));
    match msg {
        msg if navigate(&mut state.level, n, &msg, list) => {}
        Msg::Confirm => {
            let chosen = state
                .work
                .as_ref()
                .and_then(|w| w.model.levels.as_ref())
                .and_then(|l| l.steps.get(state.level))
                .map(|l| l.level);
            if let (Some(level), Some(work)) = (chosen, &mut state.work) {
                work.session.level = Some(level);
                return changed(state);
            }
        }
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

/// Draws the level screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let Some(ladder) = &work.model.levels else {
        frame.render_widget(
            Paragraph::new(pick(
                lang,
                "Modellen har ingen nivåstege.",
                "The model has no ladder of levels.",
            )),
            area,
        );
        return;
    };
    let list = list_area(area);
    let next = Rect::new(
        area.x,
        list.y + list.height,
        area.width,
        area.height - list.height,
    );
    let chosen = work.session.level;
    let mut lines = Vec::new();
    for (i, l) in ladder.steps.iter().enumerate() {
        let mark = if chosen == Some(l.level) {
            "●"
        } else {
            "○"
        };
        let head = Line::from(vec![
            Span::raw(format!(
                "{mark} {} {}: ",
                pick(lang, "Nivå", "Level"),
                l.level
            )),
            Span::raw(l.name.get(lang)),
        ]);
        lines.push(if i == state.level {
            head.style(t.selected)
        } else {
            head.style(t.text)
        });
    }
    if let Some(l) = ladder.steps.get(state.level) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(l.description.get(lang), t.muted));
    }
    let title = format!(" {} ", ladder.name.get(lang));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(view::block(&title, t)),
        list,
    );
    let position = chosen.and_then(|c| ladder.steps.iter().position(|l| l.level == c));
    let text = match position {
        None => vec![Line::styled(
            pick(
                lang,
                "Välj den nivå som stämmer bäst i dag med Enter.",
                "Choose the level that fits best today with Enter.",
            ),
            t.muted,
        )],
        Some(i) => match ladder.steps.get(i + 1) {
            Some(n) => vec![
                Line::styled(
                    format!(
                        "{} {}: {}",
                        pick(lang, "Nästa steg: nivå", "Next step: level"),
                        n.level,
                        n.name.get(lang)
                    ),
                    t.title,
                ),
                Line::styled(n.description.get(lang), t.text),
            ],
            None => vec![Line::styled(
                pick(
                    lang,
                    "Högsta nivån: nästa steg är att hålla den.",
                    "The top level: the next step is to stay there.",
                ),
                t.title,
            )],
        },
    };
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(view::block(pick(lang, " Nästa steg ", " Next step "), t)),
        next,
    );
}
