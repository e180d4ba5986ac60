//! The action plan: for each adopted recommendation an effektmål, an owner, a due
//! date (riktning och takt) and a status.

use crate::model::session::ActionItem;
use crate::text::pick;
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{navigate, scroll, step_selection};
use crate::tui::state::{ActionForm, STATUSES, State};
use crate::tui::update::{changed, go};
use crate::tui::view;
use jiff::ToSpan;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The list's place within the body.
pub fn list_area(body: Rect) -> Rect {
    body
}

fn adopted(state: &State) -> Vec<String> {
    state
        .work
        .as_ref()
        .map_or_else(Vec::new, |w| w.session.adopted.clone())
}

/// Handles the plan screen and its form.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    if state.plan.1.is_some() {
        return form(state, msg);
    }
    let recs = adopted(state);
    let list = list_area(view::body_area(state.size));
    match msg {
        msg if navigate(&mut state.plan.0, recs.len(), &msg, list) => {}
        Msg::Edit => {
            let (Some(rec), Some(work)) = (recs.get(state.plan.0), &state.work) else {
                return Vec::new();
            };
            let existing = work
                .session
                .actions
                .iter()
                .find(|a| a.recommendation == *rec);
            let default_due = work
                .session
                .date
                .checked_add(6.months())
                .unwrap_or(work.session.date);
            state.plan.1 = Some(ActionForm {
                recommendation: rec.clone(),
                effect_goal: TextField::new(existing.map_or("", |a| a.effect_goal.as_str())),
                owner: TextField::new(existing.map_or("", |a| a.owner.as_str())),
                due: TextField::new(&existing.map_or(default_due, |a| a.due).to_string()),
                status: existing
                    .and_then(|a| STATUSES.iter().position(|s| *s == a.status))
                    .unwrap_or(0),
                focus: 0,
            });
        }
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

fn form(state: &mut State, msg: Msg) -> Vec<Effect> {
    let lang = state.lang;
    let left = msg == Msg::Left;
    let Some(f) = &mut state.plan.1 else {
        return Vec::new();
    };
    let field = match f.focus {
        0 => Some(&mut f.effect_goal),
        1 => Some(&mut f.owner),
        2 => Some(&mut f.due),
        _ => None,
    };
    match (msg, field) {
        (Msg::Back, _) => state.plan.1 = None,
        (Msg::Next, _) => f.focus = (f.focus + 1) % 4,
        (Msg::Prev, _) => f.focus = (f.focus + 3) % 4,
        (Msg::Confirm, _) if f.focus < 3 => f.focus += 1,
        (Msg::Confirm, _) => {
            let Ok(due) = f.due.trimmed().parse::<jiff::civil::Date>() else {
                f.focus = 2;
                state.status = Some((
                    pick(
                        lang,
                        "Datumet ska skrivas ÅÅÅÅ-MM-DD.",
                        "Write the date as YYYY-MM-DD.",
                    )
                    .into(),
                    true,
                ));
                return Vec::new();
            };
            let item = ActionItem {
                recommendation: f.recommendation.clone(),
                effect_goal: f.effect_goal.trimmed().to_owned(),
                owner: f.owner.trimmed().to_owned(),
                due,
                status: STATUSES[f.status],
            };
            state.plan.1 = None;
            if let Some(work) = &mut state.work {
                let actions = &mut work.session.actions;
                match actions
                    .iter_mut()
                    .find(|a| a.recommendation == item.recommendation)
                {
                    Some(a) => *a = item,
                    None => actions.push(item),
                }
                return changed(state);
            }
        }
        (Msg::Left | Msg::Right | Msg::Char(' '), None) => {
            f.status = step_selection(f.status, STATUSES.len(), !left);
        }
        (msg, Some(t)) => {
            t.edit(&msg);
        }
        _ => {}
    }
    Vec::new()
}

/// Draws the plan and, when open, the form for one action.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let recs = adopted(state);
    let mut lines = Vec::new();
    if recs.is_empty() {
        lines.push(Line::styled(
            pick(
                lang,
                "Inga antagna rekommendationer ännu. Anta några i steg 7.",
                "No adopted recommendations yet. Adopt some in step 7.",
            ),
            t.muted,
        ));
    }
    let height = area.height.saturating_sub(2) as usize;
    let first = scroll(state.plan.0, height);
    for (i, id) in recs.iter().enumerate().skip(first).take(height) {
        let text = work
            .model
            .recommendation(id)
            .map_or(id.as_str(), |r| r.text.get(lang));
        let action = work
            .session
            .actions
            .iter()
            .find(|a| a.recommendation == *id);
        let mut spans = vec![Span::raw(format!("{}. ", i + 1))];
        match action {
            Some(a) => {
                spans.push(Span::styled(
                    format!("{} · {} · {} · ", a.status.label(lang), a.due, a.owner),
                    t.key,
                ));
                spans.push(Span::raw(a.effect_goal.clone()));
            }
            None => {
                spans.push(Span::styled(
                    pick(lang, "ingen åtgärd ännu · ", "no action yet · "),
                    t.warning,
                ));
                spans.push(Span::raw(text.to_owned()));
            }
        }
        // The last part is cut to the row with "…" rather than at the border.
        let used: usize = spans
            .iter()
            .map(|sp| unicode_width::UnicodeWidthStr::width(sp.content.as_ref()))
            .sum();
        if let Some(last) = spans.last_mut() {
            let room = (area.width as usize).saturating_sub(
                2 + used - unicode_width::UnicodeWidthStr::width(last.content.as_ref()),
            );
            last.content = crate::tui::view::fit(&last.content, room).into();
        }
        let line = Line::from(spans);
        lines.push(if i == state.plan.0 {
            line.style(t.selected)
        } else {
            line
        });
    }
    let title = format!(
        " {} ",
        pick(
            lang,
            "Handlingsplan: effektmål, ansvarig, klart senast, status",
            "Action plan: effect goal, owner, due, status"
        )
    );
    frame.render_widget(
        Paragraph::new(lines).block(view::block(&title, t)),
        list_area(area),
    );
    let Some(f) = &state.plan.1 else {
        return;
    };
    let popup = view::centered(area, 76, 11);
    frame.render_widget(Clear, popup);
    let b = view::block(pick(lang, " Åtgärd ", " Action "), t);
    let inner = b.inner(popup).inner(Margin::new(1, 0));
    frame.render_widget(b, popup);
    let [rec, goal, owner, due, status] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    let text = work
        .model
        .recommendation(&f.recommendation)
        .map_or(f.recommendation.as_str(), |r| r.text.get(lang));
    frame.render_widget(
        Paragraph::new(Line::styled(text, t.title)).wrap(Wrap { trim: true }),
        rec,
    );
    view::field(
        frame,
        goal,
        pick(lang, "Effektmål", "Effect goal"),
        &f.effect_goal,
        f.focus == 0,
        t,
    );
    view::field(
        frame,
        owner,
        pick(lang, "Ansvarig", "Owner"),
        &f.owner,
        f.focus == 1,
        t,
    );
    view::field(
        frame,
        due,
        pick(lang, "Klart senast", "Due"),
        &f.due,
        f.focus == 2,
        t,
    );
    view::choice(
        frame,
        status,
        pick(lang, "Status", "Status"),
        STATUSES[f.status].label(lang),
        f.focus == 3,
        t,
    );
}
