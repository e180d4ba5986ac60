//! Drawing the phases: the areas on the left, each with its phase or "not
//! placed", and on the right what the row in focus says: the about-texts for
//! the phase model, or an area's phase with its aspects, its risk and the
//! recommendations tied to it. Every word about the model is the model's, each
//! text with its source; klarhet's own words are the catalogue's. All phases
//! are drawn in one style: a colour per phase would read as a scale, which the
//! phases are not.

use super::{Form, Phases, areas, model_phases};
use crate::model::assessment::Recommendation;
use crate::model::phases::{Phase, Phases as Model};
use crate::model::placement::AreaRow;
use crate::text::Lang;
use crate::text::upper_first;
use crate::tui::shared::Shared;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block_in, choice, field, scrolled};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// "Fas 2: Mobilisering": the model's number for a phase is its name in the
/// report, and shown as such.
pub(super) fn phase_name(phase: &Phase, lang: Lang) -> String {
    crate::tr!(
        lang,
        "tui-phases-phase",
        number = phase.number,
        name = phase.name.get(lang)
    )
}

/// Where `area` stands, in words.
fn standing(phases: &Model, area: &AreaRow, lang: Lang) -> String {
    match &area.placement {
        Some(p) => phases
            .phase(&p.phase)
            .map_or_else(|| p.phase.clone(), |ph| phase_name(ph, lang)),
        None => crate::tr!(lang, "tui-phases-not-placed"),
    }
}

/// Where a text comes from, in words: the report's place, or klarhet's text
/// built on it.
pub(super) fn source_words(source: &str, own: bool, lang: Lang) -> String {
    if own {
        crate::tr!(lang, "tui-phases-own", source = source)
    } else {
        source.to_owned()
    }
}

/// A text, then its source: the report's, or klarhet's built on it.
fn sourced(text: &str, source: &str, own: bool, lang: Lang, t: &Theme) -> Line<'static> {
    let from = source_words(source, own, lang);
    Line::from(vec![
        Span::styled(text.to_owned(), t.text),
        Span::styled(format!("  ({from})"), t.muted),
    ])
}

/// The list of areas, the phase model's own row first, each name wrapped to
/// `width` (at most two lines, the phase under it); and the line after each
/// row, so that the row in focus can be scrolled into view.
fn list(
    screen: &Phases,
    (phases, rows): (&Model, &[AreaRow]),
    width: u16,
    lang: Lang,
    t: &Theme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let style = |i: usize| {
        if i == screen.selected {
            t.selected
        } else {
            t.text
        }
    };
    let mut lines = Vec::new();
    let mut ends = Vec::new();
    let names = std::iter::once(phases.name.get(lang).to_owned())
        .chain(rows.iter().map(|a| a.name.clone()));
    for (i, name) in names.enumerate() {
        let mark = if i == screen.selected { "▸ " } else { "  " };
        for line in crate::tui::widgets::wrapped(mark, &name, width, 2) {
            lines.push(Line::styled(line, style(i)));
        }
        if let Some(area) = i.checked_sub(1).and_then(|a| rows.get(a)) {
            let where_ = standing(phases, area, lang);
            let style = if area.placement.is_some() {
                t.text
            } else {
                t.muted
            };
            lines.push(Line::styled(format!("    {where_}"), style));
        }
        ends.push(lines.len());
    }
    let placed = rows.iter().filter(|a| a.placement.is_some()).count();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::tr!(
            lang,
            "tui-phases-placed",
            placed = placed,
            count = rows.len()
        ),
        t.muted,
    ));
    (lines, ends)
}

/// What the phase model is and is not, then its phases by name and heading.
fn about(phases: &Model, lang: Lang, t: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for text in &phases.about {
        lines.push(sourced(
            text.text.get(lang),
            &text.source,
            text.own,
            lang,
            t,
        ));
        lines.push(Line::raw(""));
    }
    for phase in &phases.steps {
        let name = phase_name(phase, lang);
        lines.push(Line::from(vec![
            Span::styled(name, t.title),
            Span::styled(format!(" · {}", phase.heading.get(lang)), t.text),
            Span::styled(format!("  ({})", phase.source), t.muted),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::tr!(lang, "tui-phases-about-hint"),
        t.muted,
    ));
    lines
}

/// An area's phase: its heading, the note and the earlier placements, then
/// what the model says of the phase under each aspect, its risk, and the
/// recommendations the model ties to it.
fn detail(
    (phases, recommendations): (&Model, &[Recommendation]),
    area: &AreaRow,
    lang: Lang,
    t: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(source) = &area.source {
        lines.push(sourced(&area.name, source, area.own, lang, t));
    } else {
        lines.push(Line::from(vec![
            Span::styled(area.name.clone(), t.text),
            Span::styled(
                format!("  ({})", crate::tr!(lang, "tui-phases-session-own")),
                t.muted,
            ),
        ]));
    }
    let Some(placement) = &area.placement else {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            crate::tr!(lang, "tui-phases-not-placed-hint"),
            t.muted,
        ));
        return lines;
    };
    let named = |id: &str| {
        phases
            .phase(id)
            .map_or_else(|| id.to_owned(), |p| phase_name(p, lang))
    };
    if !placement.earlier.is_empty() {
        let earlier: Vec<String> = placement.earlier.iter().map(|e| named(&e.phase)).collect();
        let said = crate::tr!(lang, "tui-phases-earlier", phases = earlier.join(", "));
        lines.push(Line::styled(said, t.muted));
    }
    lines.push(Line::raw(""));
    let Some(phase) = phases.phase(&placement.phase) else {
        return lines;
    };
    lines.push(Line::from(vec![
        Span::styled(phase_name(phase, lang), t.title),
        Span::styled(format!(" · {}", phase.heading.get(lang)), t.text),
        Span::styled(format!("  ({})", phase.source), t.muted),
    ]));
    if let Some(note) = &placement.note {
        let label = crate::tr!(lang, "tui-phases-note");
        lines.push(Line::styled(format!("{label}: {note}"), t.text));
    }
    // The key is in the help; at 80 columns the footer has no room for it.
    let asked: usize = phase.aspects.iter().map(|a| a.ask.len()).sum();
    if asked > 0 {
        let hint = crate::tr!(lang, "tui-phases-ask-hint", count = asked);
        lines.push(Line::styled(hint, t.muted));
    }
    for said in &phase.aspects {
        let name = phases
            .aspect(&said.aspect)
            .map_or(said.aspect.as_str(), |a| a.name.get(lang));
        lines.push(Line::from(vec![
            Span::styled(format!("{name}: "), t.title),
            Span::styled(said.text.get(lang).to_owned(), t.text),
            Span::styled(format!("  ({})", said.source), t.muted),
        ]));
    }
    if let Some(risk) = &phase.risk {
        let label = crate::tr!(lang, "tui-phases-risk");
        let mut line = sourced(risk.text.get(lang), &risk.source, risk.own, lang, t);
        line.spans
            .insert(0, Span::styled(format!("{label}: "), t.title));
        lines.push(line);
    }
    lines.extend(super::tied::tied(recommendations, &phase.id, lang, t));
    lines
}

/// An area's text with the group's private votes on its phase, once anyone
/// has voted, under the area's name.
fn with_votes(
    mut lines: Vec<Line<'static>>,
    row: &AreaRow,
    shared: &Shared,
    width: u16,
) -> Vec<Line<'static>> {
    let (ids, labels) = super::phase_choices(shared);
    let poll = crate::model::picks::Poll::Area(row.id.clone());
    let votes = crate::tui::screens::poll::shares(shared, &poll, (&ids, &labels), width);
    if !votes.is_empty() {
        let at = 1.min(lines.len());
        let block = std::iter::once(Line::raw("")).chain(votes);
        lines.splice(at..at, block);
    }
    lines
}

/// Draws the list on the left, the text on the right, and a form below the
/// text when one is open.
pub(super) fn draw(screen: &Phases, frame: &mut Frame, area: Rect, shared: &Shared) {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(phases) = model_phases(shared) else {
        return;
    };
    let rows = areas(shared);
    // The room's code beside the areas while the phones vote on the one in
    // focus: the list and the text need some 60 columns beside it.
    let area = match screen.focused_poll(shared) {
        Some(poll) => crate::tui::screens::poll::beside(frame, area, shared, (&poll, 60)),
        None => area,
    };
    let left_width = (area.width * 2 / 5).clamp(24, 44);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Min(20)]).areas(area);
    // The list scrolls so that the row in focus shows, with its phase.
    let (lines, ends) = list(
        screen,
        (phases, &rows),
        left.width.saturating_sub(2),
        lang,
        t,
    );
    let focus_end = ends.get(screen.selected).copied().unwrap_or(0);
    let inner = left.height.saturating_sub(2);
    let offset = u16::try_from(focus_end)
        .unwrap_or(u16::MAX)
        .saturating_sub(inner);
    let title = upper_first(phases.area.many.get(lang));
    scrolled(
        frame,
        left,
        Paragraph::new(lines),
        block_in(&title, left.width, t),
        offset,
        t,
    );
    let form_height = if screen.form.is_some() { 5 } else { 0 };
    let [text, below] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(form_height)]).areas(right);
    let focused = screen.selected.checked_sub(1).and_then(|i| rows.get(i));
    let (title, lines) = match focused {
        Some(row) => {
            let recommendations =
                (shared.work.as_ref()).map_or(&[][..], |w| w.model.recommendations.as_slice());
            let width = text.width.saturating_sub(2);
            let detail = detail((phases, recommendations), row, lang, t);
            (row.name.clone(), with_votes(detail, row, shared, width))
        }
        None => (phases.name.get(lang).to_owned(), about(phases, lang, t)),
    };
    scrolled(
        frame,
        text,
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        block_in(&title, text.width, t),
        screen.scroll,
        t,
    );
    if let Some(form) = &screen.form {
        draw_form(form, focused, phases, frame, below, shared);
    }
}

/// The form under the text: the new area's name, or the phase and note of a
/// placement.
fn draw_form(
    form: &Form,
    focused: Option<&AreaRow>,
    phases: &Model,
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
) {
    let lang = shared.lang;
    let t = &shared.theme;
    let title = match (form, focused) {
        (Form::Add(_), _) => crate::tr!(
            lang,
            "tui-phases-add-title",
            area = phases.area.one.get(lang)
        ),
        (Form::Place { .. }, Some(row)) => {
            crate::tr!(lang, "tui-phases-place-title", area = row.name.as_str())
        }
        (Form::Place { .. }, None) => return,
    };
    let b = block_in(&title, area.width, t);
    let inside = b.inner(area).inner(Margin::new(1, 0));
    crate::tui::widgets::clear(frame, area, t);
    frame.render_widget(b, area);
    let [first, second, third] = Layout::vertical([Constraint::Length(1); 3]).areas(inside);
    match form {
        Form::Add(name) => {
            field(
                frame,
                first,
                &crate::tr!(lang, "tui-phases-name"),
                name,
                true,
                t,
            );
        }
        Form::Place {
            phase,
            note,
            on_note,
        } => {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    crate::tr!(lang, "tui-phases-place-hint"),
                    t.muted,
                )),
                first,
            );
            let chosen = phases
                .steps
                .get(*phase)
                .map(|p| phase_name(p, lang))
                .unwrap_or_default();
            let label = crate::tr!(lang, "tui-phases-phase-choice");
            choice(frame, second, &label, &chosen, !*on_note, t);
            field(
                frame,
                third,
                &crate::tr!(lang, "tui-phases-note"),
                note,
                *on_note,
                t,
            );
        }
    }
}
