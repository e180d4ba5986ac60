//! The open room beside what the phones answer (a set of open prompts, a
//! poll): the code phones scan and the address written out, so that the group
//! can answer on their phones while the question is on the projector. Counts
//! are the screen's own (who has written or voted), shown beside it.

use crate::tui::screens::scoring::OpenRoom;
use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// `area` split into the room's column and the rest, when the room is open
/// and listening: the column beside the rest when `rest` columns are left
/// for it, else two lines above.
pub(in crate::tui::screens) fn split(
    area: Rect,
    shared: &Shared,
    rest: u16,
) -> (Option<(Rect, &OpenRoom)>, Rect) {
    let Some(room) = shared.room.as_ref().filter(|r| !r.url.is_empty()) else {
        return (None, area);
    };
    let code = room.code_width();
    let address = unicode_width::UnicodeWidthStr::width(room.url.as_str()) as u16;
    // The code, and the address on one line (never broken: it is read off),
    // beside the set where both leave it room; the address alone above the
    // set where they would not.
    let column = code.max(address) + 2;
    if area.width >= column + rest {
        let [left, rest] =
            Layout::horizontal([Constraint::Length(column), Constraint::Min(20)]).areas(area);
        return (Some((left, room)), rest);
    }
    let [top, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    (Some((top, room)), rest)
}

/// The code, then the address and what it is for: `words` says it beside a
/// code to scan, and without one.
pub(in crate::tui::screens) fn draw(
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    room: &OpenRoom,
    words: (String, String),
) {
    let t = &shared.theme;
    let width = room.code_width();
    let mut below = area;
    let with_code = area.width >= width + 2 && area.height > room.qr.len() as u16 + 3;
    if with_code {
        let inset = Rect::new(area.x + 1, area.y, width, area.height);
        let height = room.draw_code(frame, inset);
        below = Rect::new(area.x, area.y + height, area.width, area.height - height);
    }
    // Only a code on screen can be scanned.
    let words = if with_code { words.0 } else { words.1 };
    let said = Paragraph::new(Line::styled(words, t.title)).wrap(Wrap { trim: true });
    let lines = (said.line_count(below.width) as u16).min(below.height.saturating_sub(1));
    frame.render_widget(
        said,
        Rect::new(below.x + 1, below.y, below.width.saturating_sub(1), lines),
    );
    let url = Rect::new(
        below.x + 1,
        below.y + lines,
        below.width.saturating_sub(1),
        1,
    );
    if below.height > lines {
        frame.render_widget(Paragraph::new(Line::styled(room.url.clone(), t.key)), url);
    }
}
