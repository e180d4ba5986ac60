//! Recommendations under their principles as tabs, ranked by the group's own
//! scores, each with its reason and its concrete steps; space adopts one.

use crate::model::scoring::RankedRecommendation;
use crate::text::pick;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{navigate, scroll, step_selection};
use crate::tui::state::State;
use crate::tui::update::{changed, go};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Wrap};

/// The list's place within the body.
pub fn list_area(body: Rect) -> Rect {
    let [_, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
    let [list, _] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(rest);
    list
}

fn ranked(state: &State) -> &[RankedRecommendation] {
    state
        .work
        .as_ref()
        .and_then(|w| w.analysis.ranking.get(state.recs.0))
        .map_or(&[], |g| g.recommendations.as_slice())
}

/// Handles the recommendations screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let tabs = state.work.as_ref().map_or(0, |w| w.analysis.ranking.len());
    let len = ranked(state).len();
    let list = list_area(view::body_area(state.size));
    match msg {
        Msg::Next | Msg::Prev => {
            state.recs = (step_selection(state.recs.0, tabs, msg == Msg::Next), 0);
        }
        msg if navigate(&mut state.recs.1, len, &msg, list) => {}
        Msg::Toggle => {
            let Some(id) = ranked(state).get(state.recs.1).map(|r| r.id.clone()) else {
                return Vec::new();
            };
            if let Some(work) = &mut state.work {
                let adopted = &mut work.session.adopted;
                match adopted.iter().position(|a| *a == id) {
                    Some(i) => {
                        adopted.remove(i);
                    }
                    None => adopted.push(id),
                }
                return changed(state);
            }
        }
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

/// Draws the recommendations screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let [tabs_area, rest] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let names: Vec<String> = work
        .analysis
        .ranking
        .iter()
        .map(
            |g| match g.principle.as_deref().and_then(|p| work.model.principle(p)) {
                Some(p) => p.name.get(lang).to_owned(),
                None => pick(lang, "Övergripande", "Overarching").to_owned(),
            },
        )
        .collect();
    frame.render_widget(
        Tabs::new(names)
            .select(state.recs.0)
            .style(t.muted)
            .highlight_style(t.focus),
        tabs_area,
    );
    let list = list_area(area);
    let detail = Rect::new(
        rest.x,
        list.y + list.height,
        rest.width,
        rest.height - list.height,
    );
    let name = |id: &str| {
        work.model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(lang).to_lowercase())
    };
    let items = ranked(state);
    let height = list.height.saturating_sub(2) as usize;
    let first = scroll(state.recs.1, height);
    // Border (2), mark (2) and relevance (5).
    let width = list.width.saturating_sub(9) as usize;
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .filter_map(|(i, r)| {
            let rec = work.model.recommendation(&r.id)?;
            let adopted = work.session.adopted.contains(&r.id);
            let text = crate::tui::view::fit(rec.text.get(lang), width);
            let line = Line::from(vec![
                Span::styled(if adopted { "✔ " } else { "  " }, t.ok),
                Span::styled(
                    format!("{:>4.0} ", r.relevance),
                    t.severity(r.relevance / r.reason.len().max(1) as f64),
                ),
                Span::raw(text),
            ]);
            Some(if i == state.recs.1 {
                line.style(t.selected)
            } else {
                line
            })
        })
        .collect();
    let title = format!(
        " {} ",
        pick(
            lang,
            "Rangordnade efter relevans (mellanslag antar)",
            "Ranked by relevance (space adopts)"
        )
    );
    frame.render_widget(Paragraph::new(lines).block(view::block(&title, t)), list);
    let mut lines = Vec::new();
    if let Some(r) = items.get(state.recs.1)
        && let Some(rec) = work.model.recommendation(&r.id)
    {
        lines.push(Line::styled(rec.text.get(lang), t.title));
        let reason: Vec<String> = r
            .reason
            .iter()
            .map(|(c, s)| format!("{} {s:.0}", name(c)))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} {:.0} ",
                    pick(lang, "Relevans", "Relevance"),
                    r.relevance
                ),
                t.muted,
            ),
            Span::styled(format!("({})", reason.join(" + ")), t.text),
            Span::styled(format!("  {}", rec.source), t.muted),
        ]));
        for step in &rec.steps {
            lines.push(Line::styled(format!("• {}", step.text.get(lang)), t.text));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(view::block(
                pick(
                    lang,
                    " Skäl och konkreta steg ",
                    " Reason and concrete steps ",
                ),
                t,
            )),
        detail,
    );
}
