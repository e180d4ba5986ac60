//! The pieces screens draw with: bordered blocks, labelled fields and choices,
//! text cut to fit, and centred popups.

use crate::tui::input::TextField;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

/// The body's area for a terminal of `size`: everything but the header, the status
/// line and the footer. Click handling uses it to find what was drawn where.
pub fn body_area(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    let [_, body, _, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    body
}

/// A message wrapped between words into lines of `width` columns, `first` before
/// it and the lines after the first indented under the text (a word wider than a
/// line is broken rather than cut); at most `most` lines, the last ending in "…"
/// when there was more.
pub fn wrapped(first: &str, text: &str, width: u16, most: usize) -> Vec<String> {
    let width = usize::from(width);
    let indent = unicode_width::UnicodeWidthStr::width(first).max(2);
    let mut lines = crate::text::wrap(first, text, indent, width, true);
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && unicode_width::UnicodeWidthStr::width(last.as_str()) >= width
            {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}

/// Paints `area` in the theme's body text on its background (see [`Theme::base`]).
pub fn paint(frame: &mut Frame, area: Rect, theme: &Theme) {
    frame.render_widget(Block::default().style(theme.base()), area);
}

/// Clears `area` for a popup drawn over the screen, and paints it again: a
/// cleared cell is in the terminal's own colours, not the theme's.
pub fn clear(frame: &mut Frame, area: Rect, theme: &Theme) {
    frame.render_widget(Clear, area);
    paint(frame, area, theme);
}

/// A bordered block with a title.
pub fn block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
}

/// A bordered block `width` columns wide, its title cut with `…` where it does
/// not fit between the corners (a block cuts a long title with no mark).
pub fn block_in(title: &str, width: u16, theme: &Theme) -> Block<'static> {
    let room = usize::from(width.saturating_sub(4));
    let title = format!(" {} ", fit(title.trim(), room));
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
}

/// `text` cut to `width` columns, with `…` where it was cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A rectangle of `w`×`h` centred in `area`, clipped to it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Draws a labelled one-line text field; a focused field shows the cursor. As
/// the text nears its limit the count shows at the right edge (`412/500`), in
/// the warning colour once the field is full.
pub fn field(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    value: &TextField,
    focused: bool,
    theme: &Theme,
) {
    // Sixteen columns, or more for a longer label (a model's word for its
    // score may be long), so that a space always follows it.
    let label_width = if label.is_empty() {
        0
    } else {
        let wide = u16::try_from(unicode_width::UnicodeWidthStr::width(label) + 1).unwrap_or(16);
        wide.max(16).min(area.width)
    };
    let [l, rest] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.muted)), l);
    let count = value.count().map(|(len, max)| {
        let style = if len >= max {
            theme.warning
        } else {
            theme.muted
        };
        // No space before it: the text always leaves the value's last column free.
        (format!("{len}/{max}"), style)
    });
    let count_width = count.as_ref().map_or(0, |(text, _)| text.len() as u16);
    let [v, c] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(count_width)]).areas(rest);
    let (shown, cursor) = value.window(v.width.saturating_sub(1) as usize);
    let style = if focused { theme.focus } else { theme.text };
    // A selected suggestion shows as selected text, which typing replaces.
    let text_style = if focused && value.is_selected() {
        theme.selected
    } else {
        style
    };
    frame.render_widget(
        Paragraph::new(Span::styled(shown, text_style)).style(style),
        v,
    );
    if let Some((text, style)) = count {
        frame.render_widget(Paragraph::new(Span::styled(text, style)), c);
    }
    if focused {
        frame.set_cursor_position(Position::new(v.x + cursor as u16, v.y));
    }
}

/// Draws a labelled choice (`‹ value ›`).
pub fn choice(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    value: &str,
    focused: bool,
    theme: &Theme,
) {
    let label_width = 16u16.min(area.width);
    let [l, v] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.muted)), l);
    let style: Style = if focused { theme.focus } else { theme.text };
    // A long value is cut with … so that the closing › always shows.
    let value = fit(value, (v.width as usize).saturating_sub(4));
    frame.render_widget(
        Paragraph::new(Span::styled(format!("‹ {value} ›"), style)),
        v,
    );
}

/// Draws `text` wrapped in a bordered block, scrolled down by `offset` lines, and
/// marks the border with ▲ or ▼ where more text is above or below, so that
/// nothing is cut without a sign. Returns how far it can scroll at most.
pub fn scrolled(
    frame: &mut Frame,
    area: Rect,
    paragraph: Paragraph<'_>,
    block: Block<'_>,
    offset: u16,
    theme: &Theme,
) -> u16 {
    let inner = block.inner(area);
    let total = u16::try_from(paragraph.line_count(inner.width)).unwrap_or(u16::MAX);
    let max = total.saturating_sub(inner.height);
    let offset = offset.min(max);
    frame.render_widget(paragraph.scroll((offset, 0)).block(block), area);
    let x = area.x + area.width.saturating_sub(3);
    if offset > 0 && area.height > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled("▲", theme.key)),
            Rect::new(x, area.y, 1, 1),
        );
    }
    if offset < max && area.height > 1 {
        frame.render_widget(
            Paragraph::new(Span::styled("▼", theme.key)),
            Rect::new(x, area.y + area.height - 1, 1, 1),
        );
    }
    max
}

/// `text` after `first`, wrapped to `width` with its later lines under the
/// text, in `style`, and its source after it, muted where it ends the last
/// line.
pub fn hanging(
    first: &str,
    text: &str,
    source: &str,
    width: u16,
    style: Style,
    t: &Theme,
) -> Vec<Line<'static>> {
    let after = if source.is_empty() {
        String::new()
    } else {
        format!("  ({source})")
    };
    let indent = unicode_width::UnicodeWidthStr::width(first);
    let whole = format!("{text}{after}");
    let mut wrapped = crate::text::wrap(first, &whole, indent, usize::from(width), true);
    let last = wrapped.pop().unwrap_or_default();
    let mut lines: Vec<Line<'static>> = wrapped
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    let tail = after.trim_start();
    lines.push(match last.strip_suffix(tail) {
        Some(said) if !tail.is_empty() => Line::from(vec![
            Span::styled(said.to_owned(), style),
            Span::styled(tail.to_owned(), t.muted),
        ]),
        _ => Line::styled(last, style),
    });
    lines
}

/// `text` after `first` with its source, as [`hanging`] wraps it, on at most
/// `most` lines: when it needs more, the last line shown is cut between words
/// and marked "…", and the source still ends it, so that where a text comes
/// from is never what is cut.
pub fn hanging_cut(
    (first, text, source): (&str, &str, &str),
    (width, most): (u16, usize),
    style: Style,
    t: &Theme,
) -> Vec<Line<'static>> {
    let whole = hanging(first, text, source, width, style, t);
    if whole.len() <= most.max(1) {
        return whole;
    }
    let after = format!("  ({source})");
    let indent = unicode_width::UnicodeWidthStr::width(first);
    let mut lines = crate::text::wrap(first, text, indent, usize::from(width), true);
    lines.truncate(most.max(1));
    let last = lines.pop().unwrap_or_default();
    // The last line is wrapped again, between words, leaving room for the
    // mark and the source.
    let room =
        usize::from(width).saturating_sub(unicode_width::UnicodeWidthStr::width(after.as_str()));
    let last = crate::text::wrap("", &last, 0, room.saturating_sub(2), true)
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut out: Vec<Line<'static>> = lines.into_iter().map(|l| Line::styled(l, style)).collect();
    out.push(Line::from(vec![
        Span::styled(fit(&format!("{last} …"), room), style),
        Span::styled(after, t.muted),
    ]));
    out
}
