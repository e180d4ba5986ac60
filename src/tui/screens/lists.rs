//! Moving through lists: by key with wrap-around, and by mouse click.

use crate::tui::msg::Msg;
use ratatui::layout::Rect;

/// Moves a selection by one within `len` items, wrapping around.
pub fn step_selection(selected: usize, len: usize, forward: bool) -> usize {
    if len == 0 {
        return 0;
    }
    if forward {
        (selected + 1) % len
    } else {
        (selected + len - 1) % len
    }
}

/// The first visible row of a list of which `selected` must be visible in `height` rows.
pub fn scroll(selected: usize, height: usize) -> usize {
    if height == 0 {
        return 0;
    }
    selected.saturating_sub(height - 1)
}

/// Moves a list selection for ↑↓ and for a click inside the bordered list drawn in
/// `list`. Returns true if `msg` was one of those.
pub fn navigate(selected: &mut usize, len: usize, msg: &Msg, list: Rect) -> bool {
    match *msg {
        Msg::Up | Msg::Down => *selected = step_selection(*selected, len, *msg == Msg::Down),
        Msg::Click { col, row } => {
            if let Some(i) = clicked_item(list, *selected, len, col, row) {
                *selected = i;
            }
        }
        _ => return false,
    }
    true
}

/// The list item under a click at `row` in a bordered list drawn in `list`, if any.
pub fn clicked_item(list: Rect, selected: usize, len: usize, col: u16, row: u16) -> Option<usize> {
    let inner_top = list.y + 1;
    let inner_height = list.height.saturating_sub(2) as usize;
    if col <= list.x || col >= list.x + list.width.saturating_sub(1) || row < inner_top {
        return None;
    }
    let offset = (row - inner_top) as usize;
    if offset >= inner_height {
        return None;
    }
    let index = scroll(selected, inner_height) + offset;
    (index < len).then_some(index)
}
