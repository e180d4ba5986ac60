//! Drawing the plan: its rows with each item's state, what the selected row
//! carries out in full below them, and the form over both when it is open.
//! A measure's row starts with its alternative's label, and one planned under
//! an earlier choice says so, since the group's choice no longer offers it.

use super::{Plan, rows};
use crate::model::plan::Standing;
use crate::model::session::Target;
use crate::report::document::target_words;
use crate::tui::screens::lists::scroll;
use crate::tui::shared::{Shared, Work};
use crate::tui::step::Step;
use crate::tui::widgets::{block, fit};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The number the step indicator gives `step` in the model's workshop.
fn step_number(work: &Work, step: Step) -> usize {
    let list = Step::list(Some(&work.model));
    1 + list.iter().position(|s| *s == step).unwrap_or(0)
}

/// What to do when the plan has no rows: adopt recommendations, or choose an
/// alternative when the model has them, each at its step.
fn nothing_yet(work: &Work, shared: &Shared) -> Vec<Line<'static>> {
    let (lang, t) = (shared.lang, &shared.theme);
    let step = step_number(work, Step::Recommendations);
    let mut lines = vec![Line::styled(
        crate::tr!(lang, "tui-plan-nothing-adopted", step = step),
        t.muted,
    )];
    if work.model.alternatives.is_some() {
        let step = step_number(work, Step::Alternatives);
        lines.push(Line::styled(
            crate::tr!(lang, "tui-plan-nothing-chosen", step = step),
            t.muted,
        ));
    }
    lines
}

/// One row: its number, its item's state (or that none is planned), and
/// what it carries out, cut to `width`.
fn row(
    work: &Work,
    target: &Target,
    number: usize,
    width: usize,
    shared: &Shared,
) -> Line<'static> {
    let (lang, t) = (shared.lang, &shared.theme);
    let mut spans = vec![Span::raw(format!("{number}. "))];
    match work.session.action_for(target) {
        Some(a) => spans.push(Span::styled(
            format!("{} · {} · ", a.status.label(lang), a.due),
            t.key,
        )),
        None => spans.push(Span::styled(
            format!("{} · ", crate::tr!(lang, "tui-no-action-yet")),
            t.warning,
        )),
    }
    let earlier = match target {
        Target::Measure(m) => {
            rows::measure(work, m).is_some_and(|m| m.standing == Standing::Earlier)
        }
        Target::Recommendation(_) => false,
    };
    if earlier {
        spans.push(Span::styled(
            format!("{} · ", crate::tr!(lang, "tui-plan-earlier-mark")),
            t.warning,
        ));
    }
    let used: usize = spans
        .iter()
        .map(|sp| unicode_width::UnicodeWidthStr::width(sp.content.as_ref()))
        .sum();
    let text = target_words(&work.model, target, lang);
    spans.push(Span::raw(fit(&text, width.saturating_sub(used))));
    Line::from(spans)
}

/// The selected row in full: what it carries out (for a measure, where it
/// stands to the choice), and its item's effektmål and owner.
fn detail(work: &Work, target: &Target, shared: &Shared) -> Vec<Line<'static>> {
    let (lang, t) = (shared.lang, &shared.theme);
    let mut lines = vec![Line::styled(
        target_words(&work.model, target, lang),
        t.title,
    )];
    if let Target::Measure(m) = target
        && let Some(measure) = rows::measure(work, m)
    {
        let style = if measure.standing == Standing::Earlier {
            t.warning
        } else {
            t.muted
        };
        lines.push(Line::styled(rows::standing(work, &measure, lang), style));
    }
    if let Some(a) = work.session.action_for(target) {
        for (label, value) in [
            (crate::tr!(lang, "tui-effect-goal"), &a.effect_goal),
            (crate::tr!(lang, "tui-owner"), &a.owner),
        ] {
            lines.push(Line::from(vec![
                Span::styled(format!("{label}: "), t.muted),
                Span::styled(value.clone(), t.text),
            ]));
        }
    }
    lines
}

/// Draws the plan in `area`.
pub(super) fn draw(screen: &Plan, frame: &mut Frame, area: Rect, shared: &Shared) {
    let Some(work) = &shared.work else {
        return;
    };
    let (lang, t) = (shared.lang, &shared.theme);
    let targets = rows::targets(shared);
    let selected = targets.get(screen.selected);
    let heading = match selected {
        Some(Target::Measure(_)) => crate::tr!(lang, "tui-plan-detail-measure"),
        _ => crate::tr!(lang, "tui-plan-detail"),
    };
    let detail = selected.map_or_else(Vec::new, |target| detail(work, target, shared));
    let detail_title = format!(" {heading} ");
    let detail = Paragraph::new(detail)
        .wrap(Wrap { trim: true })
        .block(block(&detail_title, t));
    // The list above, the selected row's recommendation or measure and its
    // item in full below: as tall as it needs (a long effektmål or a measure
    // of an earlier choice wraps), never below seven rows, and leaving the
    // list at least five.
    // (The count takes in the block's borders, and wraps at the width given.)
    let needed = u16::try_from(detail.line_count(area.width.saturating_sub(2))).unwrap_or(u16::MAX);
    let most = area.height.saturating_sub(5).max(7);
    let [list_area, detail_area] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(needed.clamp(7, most)),
    ])
    .areas(area);
    let mut lines = if targets.is_empty() {
        nothing_yet(work, shared)
    } else {
        Vec::new()
    };
    let height = list_area.height.saturating_sub(2) as usize;
    let first = scroll(screen.selected, height);
    let width = usize::from(list_area.width).saturating_sub(2);
    for (i, target) in targets.iter().enumerate().skip(first).take(height) {
        let line = row(work, target, i + 1, width, shared);
        lines.push(if i == screen.selected {
            line.style(t.selected)
        } else {
            line
        });
    }
    let title = format!(" {} ", crate::tr!(lang, "tui-plan-title"));
    // Rows are cut to the width; what to do when there are none is wrapped.
    let list = Paragraph::new(lines).block(block(&title, t));
    let list = if targets.is_empty() {
        list.wrap(Wrap { trim: true })
    } else {
        list
    };
    frame.render_widget(list, list_area);
    frame.render_widget(detail, detail_area);
    if let Some(form) = &screen.form {
        form.draw(
            frame,
            area,
            &target_words(&work.model, &form.target, lang),
            shared,
        );
    }
}
