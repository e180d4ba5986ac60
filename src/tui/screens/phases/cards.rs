//! The model's phases as a row of cards, for the model screen
//! (docs/model-format.md, "Phases", "Used by"): each phase a card with the
//! report's number as its name ("Fas 1") and the model's name for it, arrows
//! drawn both ways between neighbours and never numbered, since areas move
//! back and forth between the phases; over the row, the first of the model's
//! texts on what the phases are and are not. Every card is drawn in one style
//! and given its share of the width by its words alone: a colour, a size or a
//! one-way arrow per phase would read as a scale, which the phases are not.

use super::view::source_words;
use crate::model::phases::Phases as Model;
use crate::text::Lang;
use crate::tui::shared::Shared;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block_in, fit, hanging_cut};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Between two cards: both ways, since an area may go back.
const BETWEEN: &str = " ⇄ ";
/// The narrowest card's inside that still shows a word of a name.
const NARROWEST: u16 = 3;
/// The body's height from which a card has room for its phase's heading, and
/// the note over the row more than one line.
const TALL: u16 = 30;
/// The most lines a phase's heading, or the note, is given on a tall screen.
const MOST_LINES: u16 = 3;

/// The model's phases, when the open session's model has them.
fn model_phases(shared: &Shared) -> Option<&Model> {
    shared.work.as_ref()?.model.phases.as_ref()
}

/// "Fas 1": the report's number for a phase, as the name it is in the report.
fn card_title(number: u32, lang: Lang) -> String {
    crate::tr!(lang, "tui-phases-card", number = number)
}

/// Each card's width in `width` columns, with the arrows between them: as
/// wide as its title and name need, the room left shared out evenly; when
/// they do not all fit, an even share each, their names cut. None when a card
/// would be too narrow to say anything.
fn card_widths(needs: &[u16], width: u16) -> Option<Vec<u16>> {
    let n = u16::try_from(needs.len()).ok().filter(|n| *n > 0)?;
    let arrows = BETWEEN.width() as u16 * (n - 1);
    let room = width.checked_sub(arrows)?;
    let wanted: u16 = needs.iter().sum();
    let (base, spare): (Vec<u16>, u16) = if wanted <= room {
        (needs.to_vec(), room - wanted)
    } else {
        (vec![0; needs.len()], room)
    };
    let (each, left) = (spare / n, spare % n);
    let widths: Vec<u16> = (base.iter().enumerate())
        .map(|(i, w)| w + each + u16::from((i as u16) < left))
        .collect();
    // Two for the borders, two for the space inside them.
    widths.iter().all(|w| *w >= NARROWEST + 4).then_some(widths)
}

/// How many rows the cards need in `area`, the note over them included: none
/// for a model without phases, or an area too small to give the ring or list
/// room beside them.
pub(in crate::tui::screens) fn height(shared: &Shared, area: Rect) -> u16 {
    let Some(phases) = model_phases(shared) else {
        return 0;
    };
    let lang = shared.lang;
    let Some(widths) = card_widths(&needs(phases, lang), area.width) else {
        return 0;
    };
    if area.height < 12 {
        return 0;
    }
    note(phases, area.width, area.height, lang, &shared.theme).len() as u16
        + card_height(phases, &widths, area.height, lang)
}

/// What each card needs across: its name, or its title in the border,
/// whichever is wider, a space either side, and its borders.
fn needs(phases: &Model, lang: Lang) -> Vec<u16> {
    phases
        .steps
        .iter()
        .map(|p| {
            let title = card_title(p.number, lang).width() + 2;
            let name = p.name.get(lang).width();
            u16::try_from(title.max(name) + 4).unwrap_or(u16::MAX)
        })
        .collect()
}

/// The cards' height: their borders and the name, and on a tall screen the
/// phases' headings under the names, as many lines as the longest needs.
fn card_height(phases: &Model, widths: &[u16], tall: u16, lang: Lang) -> u16 {
    if tall < TALL {
        return 3;
    }
    let headings = (phases.steps.iter().zip(widths))
        .map(|(p, w)| {
            let text = Paragraph::new(p.heading.get(lang)).wrap(Wrap { trim: true });
            u16::try_from(text.line_count(w.saturating_sub(4))).unwrap_or(MOST_LINES)
        })
        .max()
        .unwrap_or(0)
        .min(MOST_LINES);
    3 + headings
}

/// The phase model's name and the first of its texts on what the phases are
/// (that they are not a ladder), with its source: one line, cut where needed
/// but keeping the source, or on a tall screen up to three.
fn note(phases: &Model, width: u16, tall: u16, lang: Lang, t: &Theme) -> Vec<Line<'static>> {
    let name = format!("{}: ", phases.name.get(lang));
    let Some(about) = phases.about.first() else {
        return vec![Line::styled(
            fit(name.trim_end(), usize::from(width)),
            t.title,
        )];
    };
    let source = source_words(&about.source, about.own, lang);
    let text = crate::text::printable(about.text.get(lang));
    let most = if tall < TALL {
        1
    } else {
        usize::from(MOST_LINES)
    };
    let mut lines = hanging_cut((&name, &text, &source), (width, most), t.text, t);
    // The model's name over the row in the title's style.
    if let Some(first) = lines.first_mut()
        && let Some(span) = first.spans.first_mut()
        && let Some(rest) = span.content.strip_prefix(name.as_str()).map(str::to_owned)
    {
        let style = span.style;
        first.spans.splice(
            0..1,
            [
                Span::styled(name.clone(), t.title),
                Span::styled(rest, style),
            ],
        );
    }
    lines
}

/// Draws the note and the row of cards in `area`, whose height [`height`]
/// gave for a screen's area `tall` rows high.
pub(in crate::tui::screens) fn draw(frame: &mut Frame, area: Rect, tall: u16, shared: &Shared) {
    let (lang, t) = (shared.lang, &shared.theme);
    let Some(phases) = model_phases(shared) else {
        return;
    };
    let Some(widths) = card_widths(&needs(phases, lang), area.width) else {
        return;
    };
    let above = note(phases, area.width, tall, lang, t);
    let [note_area, row] =
        Layout::vertical([Constraint::Length(above.len() as u16), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(above), note_area);
    let mut constraints = Vec::new();
    for (i, w) in widths.iter().enumerate() {
        if i > 0 {
            constraints.push(Constraint::Length(BETWEEN.width() as u16));
        }
        constraints.push(Constraint::Length(*w));
    }
    let cells = Layout::horizontal(constraints).split(row);
    for (i, phase) in phases.steps.iter().enumerate() {
        let Some(cell) = cells.get(i * 2) else {
            break;
        };
        let block = block_in(&card_title(phase.number, lang), cell.width, t);
        let inside = block.inner(*cell).inner(Margin::new(1, 0));
        frame.render_widget(block, *cell);
        let name = fit(phase.name.get(lang), usize::from(inside.width));
        let mut lines = vec![Line::styled(name, t.title)];
        if inside.height > 1 {
            lines.push(Line::styled(phase.heading.get(lang).to_owned(), t.muted));
        }
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inside);
        if let Some(gap) = cells.get(i * 2 + 1) {
            let middle = Rect::new(gap.x, gap.y + gap.height / 2, gap.width, 1);
            frame.render_widget(Paragraph::new(Span::styled(BETWEEN, t.muted)), middle);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::card_widths;

    #[test]
    fn cards_as_wide_as_their_words_share_the_room_left_evenly() {
        // 70 for the cards after three arrows of 3, 7 to share out.
        assert_eq!(
            card_widths(&[14, 16, 17, 16], 79),
            Some(vec![16, 18, 19, 17])
        );
    }

    #[test]
    fn cards_that_do_not_fit_get_an_even_share_and_too_narrow_ones_none() {
        assert_eq!(
            card_widths(&[14, 16, 17, 24], 49),
            Some(vec![10, 10, 10, 10])
        );
        assert_eq!(card_widths(&[14, 16, 17, 24], 36), None);
        assert_eq!(card_widths(&[], 80), None);
    }
}
