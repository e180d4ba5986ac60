//! Drawing the set for the facilitator: its intro and prompts in the model's
//! words, how many have written and wait (counts, and who has written, as the
//! ballot shows who voted; never who wrote what), and the shown list with its
//! themes. Also the list of writers to choose from and the blank screen
//! between two writers, which shows nothing anyone wrote.

use super::{Mode, Prompts, shown::Row};
use crate::model::prompts::PromptSet;
use crate::text::Lang;
use crate::tui::shared::Shared;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block_in, field, scrolled};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Where a text comes from: its source, or klarhet's own words built on it.
pub(super) fn source_words(lang: Lang, source: &str, own: bool) -> String {
    if own {
        crate::tr!(lang, "tui-prompts-own", source = source)
    } else {
        source.to_owned()
    }
}

/// `text` with its source after it, muted, wrapped by the paragraph (a
/// writer's turn shows one prompt, with no hanging indent to keep).
pub(super) fn sourced(
    text: &str,
    source: &str,
    style: ratatui::style::Style,
    t: &Theme,
) -> Line<'static> {
    let mut spans = vec![Span::styled(text.to_owned(), style)];
    if !source.is_empty() {
        spans.push(Span::styled(format!("  ({source})"), t.muted));
    }
    Line::from(spans)
}

/// How many have written, how many wait and how many were shown, and who has
/// written: counts and names, never what anyone wrote.
pub(super) fn status(screen: &Prompts, shared: &Shared) -> Vec<Line<'static>> {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    let answers = screen.answers(shared);
    let voters = work.session.voters();
    let written: Vec<&str> = voters
        .iter()
        .filter(|(id, _)| answers.is_some_and(|a| a.has_written(*id)))
        .map(|(_, name)| name.as_str())
        .collect();
    let mut who = crate::tr!(
        lang,
        "tui-prompts-written",
        count = written.len() as u64,
        all = voters.len() as u64
    );
    if !written.is_empty() {
        who.push_str(&format!(" ({})", written.join(", ")));
    }
    let waiting = answers.map_or(0, |a| a.waiting_writers);
    let shown = answers.map_or(0, |a| a.shown_writers);
    let waits = if waiting == 0 {
        crate::tr!(lang, "tui-prompts-nothing-waits")
    } else {
        crate::tr!(lang, "tui-prompts-waiting", count = u64::from(waiting))
    };
    vec![
        Line::styled(who, t.text),
        Line::from(vec![
            Span::styled(waits, t.text),
            Span::styled(
                format!(
                    "  {}",
                    crate::tr!(
                        lang,
                        "tui-prompts-min",
                        count = work.session.min_writers() as u64
                    )
                ),
                t.muted,
            ),
        ]),
        Line::styled(
            crate::tr!(lang, "tui-prompts-shown-writers", count = u64::from(shown)),
            t.muted,
        ),
    ]
}

/// The set's intro, counts, prompts and shown answers, wrapped to `width`;
/// and the line the cursor is on among them.
pub(super) fn lines(
    screen: &Prompts,
    shared: &Shared,
    set: &PromptSet,
    width: u16,
) -> (Vec<Line<'static>>, usize) {
    let lang = shared.lang;
    let t = &shared.theme;
    let mut lines = Vec::new();
    if let Some(intro) = &set.intro {
        let source = source_words(lang, &intro.source, set.own);
        lines.extend(crate::tui::widgets::hanging(
            "",
            intro.text.get(lang),
            &source,
            width,
            t.text,
            t,
        ));
        lines.push(Line::raw(""));
    }
    lines.extend(status(screen, shared));
    let rows = screen.rows(shared);
    let mut cursor_line = 0;
    for (at, prompt) in set.prompts.iter().enumerate() {
        lines.push(Line::raw(""));
        let source = source_words(lang, &prompt.source, prompt.own || set.own);
        let number = format!("{:<3}", format!("{}.", at + 1));
        lines.extend(crate::tui::widgets::hanging(
            &number,
            prompt.text.get(lang),
            &source,
            width,
            t.title,
            t,
        ));
        let mine: Vec<(usize, &Row)> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.prompt == at)
            .collect();
        // Said under each prompt only once some are shown: before, the
        // counts above say it once.
        if mine.is_empty() && !rows.is_empty() {
            lines.push(Line::styled(
                format!("   {}", crate::tr!(lang, "tui-prompts-none-shown")),
                t.muted,
            ));
        }
        let themed = mine.iter().any(|(_, r)| r.theme.is_some());
        let mut theme: Option<&str> = None;
        let mut unthemed_said = false;
        for (i, row) in mine {
            if let Some(name) = row.theme.filter(|n| theme != Some(*n)) {
                theme = Some(name);
                lines.extend(crate::tui::widgets::hanging(
                    "   ◆ ", name, "", width, t.title, t,
                ));
            }
            if row.theme.is_none() && themed && !unthemed_said {
                unthemed_said = true;
                lines.push(Line::styled(
                    format!("   {}", crate::tr!(lang, "tui-prompts-no-theme")),
                    t.muted,
                ));
            }
            if i == screen.cursor {
                cursor_line = lines.len();
            }
            lines.extend(answer_lines(screen, row, i == screen.cursor, width, t));
        }
    }
    (lines, cursor_line)
}

/// One shown answer: marked (✓) or not (•), its text, and how many wrote it
/// when more than one did; all its lines marked out when in focus.
fn answer_lines(
    screen: &Prompts,
    row: &Row,
    focused: bool,
    width: u16,
    t: &Theme,
) -> Vec<Line<'static>> {
    let marked = screen.marked.contains(&(row.prompt, row.text.to_owned()));
    let indent = if row.theme.is_some() { "     " } else { "   " };
    let first = format!("{indent}{} ", if marked { "✓" } else { "•" });
    let count = if row.count > 1 {
        format!("×{}", row.count)
    } else {
        String::new()
    };
    let style = if marked { t.ok } else { t.text };
    let mut lines = crate::tui::widgets::hanging(&first, row.text, "", width, style, t);
    if let Some(last) = lines.last_mut()
        && !count.is_empty()
    {
        last.push_span(Span::styled(format!("  {count}"), t.muted));
    }
    if focused {
        lines = lines.into_iter().map(|l| l.style(t.selected)).collect();
    }
    lines
}

/// Draws the screen in the facilitator's modes (the writer's turn has its own).
pub(super) fn draw(screen: &Prompts, frame: &mut Frame, area: Rect, shared: &Shared) {
    let Some(set) = screen.set(shared) else {
        return;
    };
    let title = set.name.get(shared.lang);
    match &screen.mode {
        Mode::Choosing(selected) => choosing(screen, *selected, frame, area, shared, title),
        Mode::HandOver => hand_over(screen, frame, area, shared, title),
        Mode::Naming(_) => {
            let [content, below] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
            overview(screen, frame, content, shared, set);
            naming(screen, frame, below, shared);
        }
        Mode::Overview | Mode::Writing(_) => {
            let (room, area) = crate::tui::screens::room_beside::split(area, shared, 44);
            if let Some((column, room)) = room {
                let words = (
                    crate::tr!(shared.lang, "tui-prompts-room-open"),
                    crate::tr!(shared.lang, "tui-prompts-room-open-address"),
                );
                crate::tui::screens::room_beside::draw(frame, column, shared, room, words);
            }
            overview(screen, frame, area, shared, set);
        }
    }
}

fn overview(screen: &Prompts, frame: &mut Frame, area: Rect, shared: &Shared, set: &PromptSet) {
    let t = &shared.theme;
    let inner = area.inner(Margin::new(1, 1));
    let (lines, cursor_line) = lines(screen, shared, set, inner.width);
    let wrap = Wrap { trim: false };
    // The answer in focus about halfway down, once the list is longer than
    // the screen; with nothing shown, as far as the facilitator scrolled.
    let offset = if screen.rows(shared).is_empty() {
        usize::from(screen.scroll)
    } else {
        let before = Paragraph::new(lines[..cursor_line.min(lines.len())].to_vec())
            .wrap(wrap)
            .line_count(inner.width);
        before.saturating_sub(usize::from(inner.height / 2))
    };
    scrolled(
        frame,
        area,
        Paragraph::new(lines).wrap(wrap),
        block_in(set.name.get(shared.lang), area.width, t),
        u16::try_from(offset).unwrap_or(u16::MAX),
        t,
    );
}

fn choosing(
    screen: &Prompts,
    selected: usize,
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    title: &str,
) {
    let lang = shared.lang;
    let t = &shared.theme;
    let mut lines = vec![
        Line::styled(crate::tr!(lang, "tui-prompts-who-writes"), t.title),
        Line::styled(crate::tr!(lang, "tui-prompts-who-writes-hint"), t.muted),
        Line::raw(""),
    ];
    for (i, (_, name)) in screen.open_writers(shared).iter().enumerate() {
        let line = Line::styled(format!("  {name}"), t.text);
        lines.push(if i == selected {
            line.style(t.selected)
        } else {
            line
        });
    }
    lines.push(Line::raw(""));
    lines.extend(status(screen, shared));
    let inner = area.inner(Margin::new(1, 1));
    let offset = (selected + 3).saturating_sub(usize::from(inner.height / 2));
    scrolled(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        block_in(title, area.width, t),
        u16::try_from(offset).unwrap_or(u16::MAX),
        t,
    );
}

/// The screen between two writers: what was handed in is not on it.
fn hand_over(screen: &Prompts, frame: &mut Frame, area: Rect, shared: &Shared, title: &str) {
    let lang = shared.lang;
    let t = &shared.theme;
    let mut lines = vec![
        Line::raw(""),
        Line::styled(crate::tr!(lang, "tui-prompts-handed-in"), t.ok),
        Line::raw(""),
        Line::styled(crate::tr!(lang, "tui-prompts-pass-on"), t.title),
        Line::raw(""),
    ];
    lines.extend(status(screen, shared));
    let b = block_in(title, area.width, t);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(b),
        area,
    );
}

/// The theme's name being typed, for the marked answers.
fn naming(screen: &Prompts, frame: &mut Frame, area: Rect, shared: &Shared) {
    let Mode::Naming(name) = &screen.mode else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let count = screen.theme_targets(shared).map_or(0, |(_, a)| a.len());
    let title = crate::tr!(
        lang,
        "tui-prompts-theme-for",
        count = u64::try_from(count).unwrap_or(u64::MAX)
    );
    let b = block_in(&title, area.width, t);
    let inside = b.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(b, area);
    let [hint, typed] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inside);
    let hint_text = if screen.theme_names(shared).is_empty() {
        crate::tr!(lang, "tui-prompts-theme-hint-new")
    } else {
        crate::tr!(lang, "tui-prompts-theme-hint-pick")
    };
    frame.render_widget(Paragraph::new(Line::styled(hint_text, t.muted)), hint);
    let label = crate::tr!(lang, "tui-prompts-theme-kind");
    field(frame, typed, &label, name, true, t);
}
