//! Drawing the alternatives: every word about them is the model's, each with
//! its source; klarhet's own words (the marks, "builds on", the counts) are
//! the catalogue's. The text scrolls so that the alternative in focus starts
//! at the top, since three alternatives with their measures do not fit at
//! 80×24.

use super::{Alternatives, model_alternatives};
use crate::model::alternatives::Alternative;
use crate::model::picks::Poll;
use crate::text::Lang;
use crate::tui::shared::Shared;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block, block_in, field, hanging, scrolled};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The lines of the alternatives, and where each place the focus can take
/// begins among them: each alternative, then the shared paragraph.
/// `width` is the text's, for the hanging indents.
fn lines(screen: &Alternatives, shared: &Shared, width: u16) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    let (Some(work), Some(all)) = (&shared.work, model_alternatives(shared)) else {
        return (lines, starts);
    };
    let lang = shared.lang;
    let t = &shared.theme;
    lines.push(Line::from(vec![
        Span::styled(all.question.get(lang).to_owned(), t.title),
        source(&all.source, t),
    ]));
    // The group's private votes, once anyone has voted, under the question
    // they answer and before the group's open choice.
    let (ids, labels) = Alternatives::choices(shared);
    let votes =
        crate::tui::screens::poll::shares(shared, &Poll::Alternatives, (&ids, &labels), width);
    if !votes.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(votes);
    }
    let chosen = work.session.choice().map(|c| c.alternative.as_str());
    for (i, item) in all.items.iter().enumerate() {
        lines.push(Line::raw(""));
        starts.push(lines.len());
        let mark = if chosen == Some(item.id.as_str()) {
            "● "
        } else {
            "○ "
        };
        let head = Line::from(vec![
            Span::raw(mark),
            Span::raw(format!("{}  {}", item.label, item.name.get(lang))),
            Span::styled(
                format!(
                    " · {}",
                    crate::tr!(
                        lang,
                        "tui-alternatives-measures",
                        count = item.measures.len()
                    )
                ),
                t.muted,
            ),
            source(&item.source, t),
        ]);
        lines.push(if i == screen.selected {
            head.style(t.selected)
        } else {
            head.style(t.text)
        });
        lines.extend(hanging(
            "  ",
            item.description.get(lang),
            "",
            width,
            t.text,
            t,
        ));
        if all.cumulative && i > 0 {
            let before: Vec<&str> = all.items[..i].iter().map(|a| a.label.as_str()).collect();
            lines.push(Line::styled(
                format!("  {}", builds_on(lang, item, &before)),
                t.muted,
            ));
        }
        for m in &item.measures {
            lines.extend(hanging(
                "  • ",
                m.text.get(lang),
                &m.source,
                width,
                t.text,
                t,
            ));
        }
    }
    if let Some(without) = &all.without {
        lines.push(Line::raw(""));
        starts.push(lines.len());
        let heading = Line::styled(crate::tr!(lang, "tui-alternatives-without"), t.title);
        lines.push(if screen.selected == all.items.len() {
            heading.style(t.selected)
        } else {
            heading
        });
        let from = if without.own {
            crate::tr!(
                lang,
                "tui-alternatives-own",
                source = without.source.as_str()
            )
        } else {
            without.source.clone()
        };
        lines.extend(hanging(
            "  ",
            without.text.get(lang),
            &from,
            width,
            t.text,
            t,
        ));
    }
    (lines, starts)
}

/// A text's source, after it.
fn source(source: &str, t: &Theme) -> Span<'static> {
    Span::styled(format!("  ({source})"), t.muted)
}

/// "II bygger på I", "III bygger på I och II".
fn builds_on(lang: Lang, item: &Alternative, before: &[&str]) -> String {
    let before = match before {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [first @ .., last] => crate::tr!(
            lang,
            "tui-alternatives-and",
            first = first.join(", "),
            last = *last
        ),
    };
    crate::tr!(
        lang,
        "tui-alternatives-builds-on",
        label = item.label.as_str(),
        before = before
    )
}

/// Draws the alternatives above and the group's choice (or the reason being
/// typed) below.
pub(super) fn draw(screen: &Alternatives, frame: &mut Frame, area: Rect, shared: &Shared) {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(all) = model_alternatives(shared) else {
        return;
    };
    // The room's code beside the alternatives while the phones vote on them.
    let area = crate::tui::screens::poll::beside(frame, area, shared, (&Poll::Alternatives, 44));
    let [content, below] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
    let inner = content.inner(Margin::new(1, 1));
    let (lines, starts) = lines(screen, shared, inner.width);
    // The focus's first line at the top (the lines before it, as wrapped),
    // but the question above the first alternative: it is what is asked.
    let start = match screen.selected {
        0 => 0,
        i => starts.get(i).copied().unwrap_or(0),
    };
    // Not trimmed: the indent sets a description and its measures under
    // their alternative.
    let wrap = Wrap { trim: false };
    let offset = Paragraph::new(lines[..start.min(lines.len())].to_vec())
        .wrap(wrap)
        .line_count(inner.width);
    scrolled(
        frame,
        content,
        Paragraph::new(lines).wrap(wrap),
        block_in(all.name.get(lang), content.width, t),
        u16::try_from(offset).unwrap_or(u16::MAX),
        t,
    );
    let name = |id: &str| {
        all.item(id)
            .map(|a| format!("{}  {}", a.label, a.name.get(lang)))
            .unwrap_or_else(|| id.to_owned())
    };
    if let (Some(reason), Some(item)) = (&screen.reason, all.items.get(screen.selected)) {
        let title = crate::tr!(
            lang,
            "tui-alternatives-reason-for",
            alternative = name(&item.id)
        );
        let b = block_in(&title, below.width, t);
        let inside = b.inner(below).inner(Margin::new(1, 0));
        frame.render_widget(b, below);
        let [hint, typed] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inside);
        frame.render_widget(
            Paragraph::new(Line::styled(
                crate::tr!(lang, "tui-alternatives-reason-hint"),
                t.muted,
            )),
            hint,
        );
        let label = crate::tr!(lang, "tui-alternatives-reason");
        field(frame, typed, &label, reason, true, t);
        return;
    }
    let choice = shared.work.as_ref().and_then(|w| w.session.choice());
    let text = match choice {
        Some(c) => Line::from(vec![
            Span::styled(format!("● {}: ", name(&c.alternative)), t.ok),
            Span::styled(c.reason.clone(), t.text),
        ]),
        None => Line::styled(crate::tr!(lang, "tui-alternatives-none-chosen"), t.muted),
    };
    let title = format!(" {} ", crate::tr!(lang, "tui-alternatives-choice"));
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(block(&title, t)),
        below,
    );
}
