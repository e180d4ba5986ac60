//! The model: the challenges as a ring with arrows, and the selected challenge's
//! description with the links into and out of it, over the model's phases as a
//! row of cards when it has phases, and what the study behind the model is (its
//! caveats). The teaching moment.

use crate::tui::bindings::{Binding, left_right, up_down};
use crate::tui::msg::Msg;
use crate::tui::ring;
use crate::tui::screens::{Page, Reply};
use crate::tui::shared::Shared;
use crate::tui::widgets::block;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// A challenge picked on the ring, with its text scrolled: the model screen's
/// state, and the circle screen's.
#[derive(Debug, Clone, Default)]
pub struct RingFocus {
    /// The selected challenge.
    pub ring: usize,
    /// How far its text is scrolled.
    pub scroll: u16,
}

impl RingFocus {
    /// ←→ pick a challenge, ↑↓ scroll its text.
    pub fn update(&mut self, shared: &Shared, msg: &Msg) {
        let n = shared.work.as_ref().map_or(0, |w| w.model.challenges.len());
        match msg {
            Msg::Left | Msg::Right => {
                self.ring = super::step_selection(self.ring, n, *msg == Msg::Right);
                self.scroll = 0;
            }
            Msg::Up => self.scroll = self.scroll.saturating_sub(1),
            Msg::Down => self.scroll = self.scroll.saturating_add(1),
            _ => {}
        }
    }

    /// The keys for it.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let n = shared.work.as_ref().map_or(0, |w| w.model.challenges.len());
        vec![
            left_right(crate::tr!(
                lang,
                "tui-change-challenge",
                words = shared.words()
            ))
            .footer(0)
            .when(n > 1),
            up_down(crate::tr!(lang, "tui-scroll-the-text"))
                .short(crate::tr!(lang, "tui-short-scroll"))
                .footer(1),
        ]
    }
}

/// The model screen.
#[derive(Debug, Clone, Default)]
pub struct ModelScreen {
    focus: RingFocus,
}

/// The selected challenge's text and its links, shared with the circle screen.
pub fn details(shared: &Shared, index: usize) -> Vec<Line<'_>> {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(work) = &shared.work else {
        return Vec::new();
    };
    let Some(c) = work.model.challenges.get(index) else {
        return Vec::new();
    };
    let name = |id: &str| {
        work.model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let mut lines = vec![
        Line::styled(
            format!("{}: {}", c.name.get(lang), c.heading.get(lang)),
            t.title,
        ),
        Line::styled(c.description.get(lang), t.text),
        Line::raw(""),
    ];
    for link in work.model.causal.iter().flat_map(|k| &k.links) {
        let (arrow, other) = if link.to == c.id {
            ("←", &link.from)
        } else if link.from == c.id {
            ("→", &link.to)
        } else {
            continue;
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{arrow} {}: ", name(other)), t.key),
            Span::styled(crate::report::link_how(link, lang), t.text),
        ]));
    }
    lines.push(Line::styled(
        crate::tr!(lang, "tui-source", source = c.source.to_string()),
        t.muted,
    ));
    lines
}

/// The model's caveats, what the study behind it is, in a box across the foot
/// of `area` in the theme's warning slot, so that the group reads them before
/// it scores; the rest of `area` for the ring and the text. A box as tall as
/// its text, but never more than half of what `kept` rows (the phases' cards)
/// leave of `area`: the ring must stay readable, and the report's method
/// section and the speaker notes carry them whole.
fn caveats(frame: &mut Frame, area: Rect, kept: u16, shared: &Shared) -> Rect {
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(work) = shared.work.as_ref().filter(|w| !w.model.caveats.is_empty()) else {
        return area;
    };
    let lines: Vec<Line> = work
        .model
        .caveats
        .iter()
        .map(|c| {
            Line::from(vec![
                Span::styled(c.text.get(lang), t.warning),
                Span::styled(
                    format!(" ({})", crate::report::caveat_source(c, lang)),
                    t.muted,
                ),
            ])
        })
        .collect();
    let text = Paragraph::new(lines).wrap(Wrap { trim: true });
    let needed = text.line_count(area.width.saturating_sub(2)) + 2;
    let height = u16::try_from(needed)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(kept) / 2);
    let [top, foot] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
    crate::tui::widgets::scrolled(
        frame,
        foot,
        text,
        block(&format!(" {} ", crate::tr!(lang, "tui-caveats-title")), t),
        0,
        t,
    );
    top
}

/// True when the model's links form the circle its report describes.
fn has_cycle(shared: &Shared) -> bool {
    shared
        .work
        .as_ref()
        .and_then(|w| w.model.causal.as_ref())
        .is_some_and(|c| c.cycle)
}

/// The dimensions as a numbered list, the selected one marked (its heading
/// and text are beside it): the model screen of a model without a circle.
fn listed(shared: &Shared, selected: usize) -> Vec<Line<'static>> {
    let (lang, t) = (shared.lang, &shared.theme);
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for (i, c) in work.model.challenges.iter().enumerate() {
        let (mark, style) = if i == selected {
            ("▸", t.focus)
        } else {
            (" ", t.text)
        };
        lines.push(Line::styled(
            format!("{mark}{}. {}", i + 1, c.name.get(lang)),
            style,
        ));
    }
    lines
}

/// The title over the ring: the circle's name, or the model's.
pub fn ring_title(shared: &Shared) -> String {
    let lang = shared.lang;
    let title = shared.work.as_ref().map_or_else(String::new, |work| {
        work.model.causal.as_ref().map_or_else(
            || work.model.title.get(lang).to_owned(),
            |c| c.name.get(lang).to_owned(),
        )
    });
    format!(" {title} ")
}

impl Page for ModelScreen {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        self.focus.update(shared, &msg);
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        self.focus.bindings(shared)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        // The phases' cards, when the model has phases, between the ring or
        // list and the caveats: a part of the model, read before the study's
        // limits.
        let cards = super::phases::cards::height(shared, area);
        let tall = area.height;
        let rest = caveats(frame, area, cards, shared);
        let [area, row] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(cards)]).areas(rest);
        super::phases::cards::draw(frame, row, tall, shared);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(area);
        let title = ring_title(shared);
        let outer = crate::tui::widgets::block_in(&title, left.width, &shared.theme);
        if has_cycle(shared) {
            ring::draw(frame, left, outer, shared, self.focus.ring, false);
        } else {
            // No cycle in the report: a ring would draw one the report does
            // not describe, so the dimensions are a numbered list.
            frame.render_widget(
                Paragraph::new(listed(shared, self.focus.ring))
                    .wrap(Wrap { trim: true })
                    .block(outer),
                left,
            );
        }
        crate::tui::widgets::scrolled(
            frame,
            right,
            Paragraph::new(details(shared, self.focus.ring)).wrap(Wrap { trim: true }),
            block(
                &format!(
                    " {} ",
                    crate::tr!(lang, "tui-the-challenge", words = shared.words())
                ),
                &shared.theme,
            ),
            self.focus.scroll,
            &shared.theme,
        );
    }
}
