//! The agreed score: after the discussion the group records its score for the
//! challenge (the computed one is the default), a rationale and notes.

use crate::tui::bindings::{self, Binding, Key};
use crate::tui::input::TextField;
use crate::tui::msg::Msg;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, centered, choice, field};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Clear, Paragraph};

/// The agreed-score form.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreeForm {
    /// The score, a value on the scale.
    pub score: i32,
    /// Why.
    pub rationale: TextField,
    /// Notes for the challenge.
    pub notes: TextField,
    /// 0 score, 1 rationale, 2 notes.
    pub focus: usize,
    /// The statement whose results stay visible behind the form.
    pub behind: usize,
}

impl AgreeForm {
    /// The form for the challenge in focus, starting from the agreed score if there
    /// is one, otherwise from the scale value nearest the computed severity.
    pub fn new(shared: &Shared) -> AgreeForm {
        let mut form = AgreeForm {
            score: 0,
            rationale: TextField::default(),
            notes: TextField::default(),
            focus: 0,
            behind: 0,
        };
        let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
            return form;
        };
        let scale = &work.model.scale;
        let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
        let nearest = computed.map(|sev| {
            let value = f64::from(scale.min()) + sev / 100.0 * scale.width();
            scale
                .options
                .iter()
                .map(|o| o.value)
                .min_by(|a, b| {
                    (f64::from(*a) - value)
                        .abs()
                        .total_cmp(&(f64::from(*b) - value).abs())
                })
                .unwrap_or(scale.min())
        });
        let agreed = work.session.agreed.get(&c.id);
        form.score = agreed.map(|a| a.score).or(nearest).unwrap_or(scale.min());
        form.rationale = TextField::new(agreed.map_or("", |a| a.rationale.as_str()));
        form.notes = TextField::new(work.session.notes.get(&c.id).map_or("", String::as_str));
        form
    }

    /// Handles the form; `true` closes it. Saving moves on to the next challenge.
    pub(super) fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let Some(work) = &mut shared.work else {
            return (true, Reply::none());
        };
        let values: Vec<i32> = work.model.scale.options.iter().map(|o| o.value).collect();
        let at = values.iter().position(|v| *v == self.score).unwrap_or(0);
        let field = match self.focus {
            1 => Some(&mut self.rationale),
            2 => Some(&mut self.notes),
            _ => None,
        };
        match (msg, field) {
            (Msg::Back, _) => return (true, Reply::none()),
            (Msg::Next, _) => self.focus = (self.focus + 1) % 3,
            (Msg::Prev, _) => self.focus = (self.focus + 2) % 3,
            (Msg::Confirm, _) if self.focus < 2 => self.focus += 1,
            (Msg::Confirm, _) => {
                let Some(id) = work.current().map(|c| c.id.clone()) else {
                    return (true, Reply::none());
                };
                let rationale = self.rationale.trimmed().to_owned();
                work.session.agreed.insert(
                    id.clone(),
                    crate::model::session::Agreed {
                        score: self.score,
                        rationale,
                    },
                );
                let notes = self.notes.trimmed().to_owned();
                if notes.is_empty() {
                    work.session.notes.remove(&id);
                } else {
                    work.session.notes.insert(id, notes);
                }
                if work.challenge + 1 < work.model.challenges.len() {
                    work.challenge += 1;
                }
                return (true, Reply::changed());
            }
            (Msg::Left, None) => self.score = values[at.saturating_sub(1)],
            (Msg::Right, None) => self.score = values[(at + 1).min(values.len() - 1)],
            (Msg::Char(c), None) => {
                if let Some(v) = c
                    .to_digit(10)
                    .and_then(|d| i32::try_from(d).ok())
                    .filter(|v| values.contains(v))
                {
                    self.score = v;
                }
            }
            (msg, Some(f)) => {
                f.edit(&msg);
            }
            _ => {}
        }
        (false, Reply::none())
    }

    /// The form's keys: digits set the score while it is in focus.
    pub(super) fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let field = match self.focus {
            1 => Some(&self.rationale),
            2 => Some(&self.notes),
            _ => None,
        };
        let mut list = bindings::form_with_save(
            lang,
            self.focus == 2,
            crate::tr!(lang, "tui-save-the-score"),
            field,
        );
        // Before the field keys, which would swallow the digits as typing.
        list.insert(
            2,
            Binding::new(
                &[Key::Digit],
                Msg::Char('0'),
                crate::tr!(lang, "tui-choose-the-score"),
            )
            .footer(3)
            .when(self.focus == 0),
        );
        list
    }

    /// Draws the form over the reveal.
    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let form = self;
        let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
        let popup = centered(area, 70, 9);
        frame.render_widget(Clear, popup);
        let title = format!(
            " {} {} ",
            crate::tr!(lang, "tui-agreed-score-label"),
            c.name.get(lang)
        );
        let b = block(&title, t);
        let inner = b.inner(popup).inner(Margin::new(1, 0));
        frame.render_widget(b, popup);
        let [score, hint, rationale, notes] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        let label = work
            .model
            .scale
            .options
            .iter()
            .find(|o| o.value == form.score)
            .map_or("", |o| o.label.get(lang));
        choice(
            frame,
            score,
            &crate::tr!(lang, "tui-score"),
            &format!("{} {label}", form.score),
            form.focus == 0,
            t,
        );
        let computed = computed.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"));
        frame.render_widget(
            Paragraph::new(Span::styled(
                crate::tr!(lang, "tui-agree-computed", computed = computed),
                t.muted,
            )),
            hint,
        );
        field(
            frame,
            rationale,
            &crate::tr!(lang, "tui-rationale"),
            &form.rationale,
            form.focus == 1,
            t,
        );
        field(
            frame,
            notes,
            &crate::tr!(lang, "tui-notes"),
            &form.notes,
            form.focus == 2,
            t,
        );
    }
}
