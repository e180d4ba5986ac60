//! Comparing the open session with an earlier one, from the summary: choose the
//! earlier session, then read severity and consensus per challenge with arrows,
//! last time's actions with their status now, and the level then and now.

use crate::model::{Assessment, Session};
use crate::report::compare::{self, arrow};
use crate::text::{decimal, pick};
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{navigate, scroll};
use crate::tui::state::{Saved, State};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The saved sessions to compare with: all but the open one.
fn candidates(state: &State) -> Vec<&Saved> {
    let open = state.work.as_ref().and_then(|w| w.path.as_ref());
    state
        .saved
        .iter()
        .filter(|s| Some(&s.path) != open && s.line.is_ok())
        .collect()
}

/// The popup's place in the body.
pub fn area(body: Rect) -> Rect {
    view::centered(
        body,
        body.width.saturating_sub(4),
        body.height.saturating_sub(2),
    )
}

/// Handles the comparison.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let len = candidates(state).len();
    let list = area(view::body_area(state.size));
    let Some(c) = &mut state.compare else {
        return Vec::new();
    };
    if c.result.is_some() {
        if msg == Msg::Back {
            c.result = None;
        }
        return Vec::new();
    }
    match msg {
        Msg::Back => state.compare = None,
        msg if navigate(&mut c.selected, len, &msg, list) => {}
        Msg::Confirm => {
            let chosen = candidates(state)
                .get(c_selected(state))
                .map(|s| s.path.clone());
            return chosen
                .map(|p| vec![Effect::OpenEarlier(p)])
                .unwrap_or_default();
        }
        _ => {}
    }
    Vec::new()
}

fn c_selected(state: &State) -> usize {
    state.compare.as_ref().map_or(0, |c| c.selected)
}

/// Takes in the earlier session, once read, and makes the comparison.
pub fn show(state: &mut State, (earlier, earlier_model): (Session, Assessment)) {
    let Some(work) = &state.work else {
        return;
    };
    let result = compare::compare(&earlier, &earlier_model, &work.session, &work.model)
        .map(|c| (c, earlier));
    if let Some(c) = &mut state.compare {
        c.result = Some(result);
    }
}

/// Draws the comparison over the summary.
pub fn draw(frame: &mut Frame, body: Rect, state: &State) {
    let (Some(c), Some(work)) = (&state.compare, &state.work) else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let popup = area(body);
    frame.render_widget(Clear, popup);
    let mut lines = Vec::new();
    match &c.result {
        None => {
            let items = candidates(state);
            if items.is_empty() {
                lines.push(Line::styled(
                    pick(
                        lang,
                        "Det finns ingen annan sparad session att jämföra med.",
                        "There is no other saved session to compare with.",
                    ),
                    t.muted,
                ));
            }
            let height = popup.height.saturating_sub(2) as usize;
            for (i, s) in items
                .iter()
                .enumerate()
                .skip(scroll(c.selected, height))
                .take(height)
            {
                let text = match &s.line {
                    Ok((org, date, progress)) => format!("{org}  {date}  {progress}"),
                    Err(e) => e.clone(),
                };
                let line = Line::raw(text);
                lines.push(if i == c.selected {
                    line.style(t.selected)
                } else {
                    line.style(t.text)
                });
            }
        }
        Some(Err(e)) => lines.push(Line::styled(e.as_str(), t.warning)),
        Some(Ok((cmp, earlier))) => {
            let name = |id: &str| {
                work.model
                    .challenge(id)
                    .map_or(id.to_owned(), |c| c.name.get(lang).to_owned())
            };
            lines.push(Line::styled(
                format!("{} → {}", earlier.date, work.session.date),
                t.title,
            ));
            for x in &cmp.challenges {
                let sev =
                    |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:>3.0}"));
                let cns =
                    |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, 2));
                let change = arrow(x.severity.0, x.severity.1, 1.0, lang, 0);
                let style = match (x.severity.0, x.severity.1) {
                    (Some(a), Some(b)) if b > a + 1.0 => t.warning,
                    (Some(a), Some(b)) if b < a - 1.0 => t.ok,
                    _ => t.text,
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{:<16}", name(&x.id)), t.text),
                    Span::styled(
                        format!(
                            "{} → {}  {:<7}",
                            sev(x.severity.0),
                            sev(x.severity.1),
                            change
                        ),
                        style,
                    ),
                    Span::styled(
                        format!(
                            "  {} {} → {}  {}",
                            pick(lang, "samst.", "cons."),
                            cns(x.consensus.0),
                            cns(x.consensus.1),
                            arrow(x.consensus.0, x.consensus.1, 0.01, lang, 2)
                        ),
                        t.muted,
                    ),
                ]));
            }
            let level = |l: Option<u32>| l.map_or_else(|| "–".to_owned(), |l| l.to_string());
            lines.push(Line::styled(
                format!(
                    "{}: {} → {}",
                    pick(lang, "DiMiOS-nivå", "DiMiOS level"),
                    level(cmp.level.0),
                    level(cmp.level.1)
                ),
                t.title,
            ));
            lines.push(Line::styled(
                pick(
                    lang,
                    "Förra handlingsplanen, status då → nu:",
                    "Last plan, status then → now:",
                ),
                t.muted,
            ));
            for a in &cmp.actions {
                let rec = work
                    .model
                    .recommendation(&a.recommendation)
                    .map_or(a.recommendation.as_str(), |r| r.text.get(lang));
                let now = a.now.map_or(
                    pick(lang, "inte kvar i planen", "no longer in the plan"),
                    |s| s.label(lang),
                );
                lines.push(Line::from(vec![
                    Span::styled(format!("{} → {}  ", a.then.label(lang), now), t.key),
                    Span::styled(rec, t.text),
                ]));
            }
        }
    }
    let title = pick(
        lang,
        " Jämför med en tidigare session ",
        " Compare with an earlier session ",
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(view::block(title, t)),
        popup,
    );
}
