//! The setup form's rows that say more than their value: the model, with the
//! first thing to bear in mind about its evidence and where the report says
//! it, and whether names are shown, with what that means for privacy. Each
//! says it under the value, where the eye is when it changes.

use super::{MODEL, NAMES, Setup};
use crate::tui::shared::Shared;
use crate::tui::widgets::{choice, fit, hanging_cut};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

impl Setup {
    /// The chosen model's first caveat (what the study is) with its source,
    /// wrapped to `width` on at most `most` lines, cut between words with the
    /// source kept; none for a model without caveats.
    pub(super) fn caveat_lines(
        &self,
        shared: &Shared,
        width: u16,
        most: usize,
    ) -> Vec<Line<'static>> {
        let (lang, t) = (shared.lang, &shared.theme);
        let Some(caveat) = (shared.models.all().nth(self.model)).and_then(|m| m.caveats.first())
        else {
            return Vec::new();
        };
        let text = crate::text::printable(caveat.text.get(lang));
        let source = crate::report::caveat_source(caveat, lang);
        hanging_cut(("", &text, &source), (width, most), t.warning, t)
    }

    /// The chosen model, and under it its first caveat (what the study is)
    /// with its source, so that a facilitator choosing a model sees what it
    /// rests on before the group scores it: on the rows of `area` under the
    /// choice, cut where they end. The model screen shows every caveat whole.
    pub(super) fn draw_model(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let (lang, t) = (shared.lang, &shared.theme);
        let model = shared.models.all().nth(self.model);
        let value = model
            .map(|m| format!("{} ({} {})", m.title.get(lang), m.id, m.version))
            .unwrap_or_default();
        let label = crate::tr!(lang, "tui-model");
        let [choice_row, under] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        choice(frame, choice_row, &label, &value, self.focus == MODEL, t);
        let [_, text] =
            Layout::horizontal([Constraint::Length(16), Constraint::Min(1)]).areas(under);
        let lines = self.caveat_lines(shared, text.width, usize::from(text.height));
        frame.render_widget(Paragraph::new(lines), text);
    }

    /// Whether names are shown, and under it what that means for privacy.
    pub(super) fn draw_names(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let (lang, t) = (shared.lang, &shared.theme);
        let (value, meaning) = if self.names {
            (
                crate::tr!(lang, "tui-show-names-yes"),
                crate::tr!(lang, "tui-show-names-yes-why"),
            )
        } else {
            (
                crate::tr!(lang, "tui-show-names-no"),
                crate::tr!(lang, "tui-show-names-no-why"),
            )
        };
        let label = crate::tr!(lang, "tui-show-names");
        let focused = self.focus == NAMES;
        two_rows(
            frame,
            area,
            (&label, &value, focused),
            &meaning,
            t.muted,
            shared,
        );
    }
}

/// A choice on the first row of `area` and, under its value, `under` cut to
/// the width with … (the second row is all there is).
fn two_rows(
    frame: &mut Frame,
    area: Rect,
    (label, value, focused): (&str, &str, bool),
    under: &str,
    style: Style,
    shared: &Shared,
) {
    let [choice_row, why] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    choice(frame, choice_row, label, value, focused, &shared.theme);
    let [_, text] = Layout::horizontal([Constraint::Length(16), Constraint::Min(1)]).areas(why);
    frame.render_widget(
        Paragraph::new(Line::styled(fit(under, usize::from(text.width)), style)),
        text,
    );
}
