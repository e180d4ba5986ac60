//! The circle with results: nodes coloured by severity, links by how high the
//! group scored both ends, the strongest link and the loop's strength named.

use crate::tui::bindings::Binding;
use crate::tui::msg::Msg;
use crate::tui::ring;
use crate::tui::screens::model::{RingFocus, details, ring_title};
use crate::tui::screens::{Page, Reply};
use crate::tui::shared::Shared;
use crate::tui::widgets::block;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The circle screen: the same moves as the model screen.
#[derive(Debug, Clone, Default)]
pub struct Circle {
    focus: RingFocus,
}

/// The question on the strongest link, as the reports ask it.
pub fn verdict(shared: &Shared) -> Option<String> {
    let work = shared.work.as_ref()?;
    crate::report::circle_verdict(&work.analysis, &work.model, shared.lang)
}

impl Page for Circle {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        self.focus.update(shared, &msg);
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        self.focus.bindings(shared)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(area);
        let title = ring_title(shared);
        ring::draw(
            frame,
            left,
            crate::tui::widgets::block_in(&title, left.width, t),
            shared,
            self.focus.ring,
            true,
        );
        let mut lines = Vec::new();
        match work.analysis.circle.as_ref().and_then(|c| c.loop_strength) {
            Some(s) => lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", crate::tr!(lang, "tui-strength-of-the-circle")),
                    t.muted,
                ),
                Span::styled(
                    crate::report::uncertain::severity(
                        s,
                        crate::report::uncertain::any(&work.analysis),
                    ),
                    t.severity(s),
                ),
            ])),
            None if work.model.causal.as_ref().is_some_and(|c| c.cycle) => {
                lines.push(Line::styled(
                    crate::tr!(
                        lang,
                        "tui-circle-not-all-scored",
                        words = work.model.words(lang)
                    ),
                    t.muted,
                ));
            }
            None => lines.push(Line::styled(
                crate::tr!(lang, "tui-circle-no-circle"),
                t.muted,
            )),
        }
        if let Some(v) = verdict(shared) {
            lines.push(Line::styled(v, t.title));
        }
        lines.extend(super::uncertain_legend(shared));
        lines.push(Line::raw(""));
        lines.extend(details(shared, self.focus.ring));
        crate::tui::widgets::scrolled(
            frame,
            right,
            Paragraph::new(lines).wrap(Wrap { trim: true }),
            block(
                &format!(" {} ", crate::tr!(lang, "tui-where-the-circle-drives")),
                t,
            ),
            self.focus.scroll,
            t,
        );
    }
}
