//! Drawing a page of speaker notes: a heading, the agenda's clock once it has
//! started, the sections wrapped to the terminal's width (questions numbered,
//! each text with its source), and a footer made from the keys' table. Draws
//! only; the scroll and the moment are the caller's.

use super::keys;
use super::page::{Item, List, Page};
use crate::text::Lang;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit;
use jiff::Zoned;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

/// What a frame of the notes drew: the scroll it drew with, the most it can
/// be, the lines a screen of the page has, and whether the clock's line is on
/// screen (only then do the notes tick).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    /// Lines scrolled past.
    pub scroll: usize,
    /// The most that can be scrolled.
    pub most: usize,
    /// The lines of the page a screen shows.
    pub height: usize,
    /// True when the clock's line was drawn.
    pub clock: bool,
}

/// Draws `page` scrolled down by `scroll` lines (clamped to the page), with
/// the agenda's clock as it stands at `now` under the heading.
pub fn draw(
    frame: &mut Frame,
    page: &Page,
    scroll: usize,
    now: &Zoned,
    theme: &Theme,
    ui: Lang,
) -> Drawn {
    let area = frame.area();
    frame.render_widget(Block::new().style(theme.base()), area);
    // The clock's line only where the page keeps a line of its own besides.
    let clock = page.clock.as_ref().filter(|_| area.height >= 4);
    let [head, clock_line, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(clock.is_some())),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let heading = Line::styled(fit(&page.heading, usize::from(head.width)), theme.title);
    frame.render_widget(Paragraph::new(heading), head);
    if let Some(c) = clock {
        // Over its time it is said in the warning colour, never blinking;
        // paused, it is muted.
        let style = if !c.running() {
            theme.muted
        } else if c.over(now.timestamp()) {
            theme.warning
        } else {
            theme.text
        };
        let text = fit(&c.line(now, ui), usize::from(clock_line.width));
        frame.render_widget(Paragraph::new(Line::styled(text, style)), clock_line);
    }
    // A column of margin each side, where the width allows it.
    let inner = Rect {
        x: body.x + u16::from(body.width > 40),
        width: body.width.saturating_sub(2 * u16::from(body.width > 40)),
        ..body
    };
    let lines = lines(page, usize::from(inner.width), theme);
    let most = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = scroll.min(most);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
    frame.render_widget(
        Paragraph::new(footer(scroll < most, usize::from(foot.width), theme, ui)),
        foot,
    );
    Drawn {
        scroll,
        most,
        height: usize::from(inner.height).max(1),
        clock: clock.is_some(),
    }
}

/// The page as lines `width` columns wide.
fn lines(page: &Page, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut out: Vec<Line<'static>> = Vec::new();
    for (i, section) in page.sections.iter().enumerate() {
        if i > 0 {
            out.push(Line::default());
        }
        out.push(Line::styled(fit(&section.title, width), theme.title));
        for (n, item) in section.items.iter().enumerate() {
            let mark = match section.list {
                List::Plain => String::new(),
                List::Numbered => format!("{}. ", n + 1),
                List::Bulleted => "• ".to_owned(),
            };
            wrap_item(item, &mark, width, theme, &mut out);
        }
    }
    out
}

/// Wraps `item` after `mark` with the lines after the first indented under the
/// text; its source follows the text on the last line when it fits, and on a
/// line of its own when it does not.
fn wrap_item(item: &Item, mark: &str, width: usize, theme: &Theme, out: &mut Vec<Line<'static>>) {
    let indent = " ".repeat(mark.width());
    let options = textwrap::Options::new(width)
        .initial_indent(mark)
        .subsequent_indent(&indent);
    let mut wrapped: Vec<Line<'static>> = textwrap::wrap(&item.text, options)
        .into_iter()
        .map(|l| Line::styled(l.into_owned(), theme.text))
        .collect();
    if let Some(source) = &item.source {
        let tail = format!(" ({source})");
        match wrapped.last_mut() {
            Some(last) if last.width() + tail.width() <= width => {
                last.push_span(Span::styled(tail, theme.muted));
            }
            _ => {
                let options = textwrap::Options::new(width)
                    .initial_indent(&indent)
                    .subsequent_indent(&indent);
                wrapped.extend(
                    textwrap::wrap(&format!("({source})"), options)
                        .into_iter()
                        .map(|l| Line::styled(l.into_owned(), theme.muted)),
                );
            }
        }
    }
    out.extend(wrapped);
}

/// The keys, from their table, and a word when more of the page is below.
fn footer(more: bool, width: usize, theme: &Theme, ui: Lang) -> Line<'static> {
    let mut spans = Vec::new();
    for (label, help) in keys::footer(ui) {
        spans.push(Span::styled(label, theme.key));
        spans.push(Span::styled(format!(" {help}  "), theme.muted));
    }
    if more {
        spans.push(Span::styled(crate::tr!(ui, "notes-more"), theme.warning));
    }
    let mut line = Line::from(spans);
    // Cut at the width: the keys that matter most come first.
    while line.width() > width && line.spans.pop().is_some() {}
    line
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
