//! The agreed score: after the discussion the group records its severity for the
//! challenge on the 0–100 scale every screen and report shows, a rationale and
//! notes. Accepting the default keeps the computed severity exactly.

use crate::model::command::Command;
use crate::model::session::{Draft, DraftForm};
use crate::report::format::whole;
use crate::tui::bindings::{self, Binding, Key};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Reply, edit_field};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, centered, field};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::widgets::{Paragraph, Wrap};

/// The agreed-score form.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreeForm {
    /// The agreed severity, 0–100, as typed.
    pub severity: TextField,
    /// The exact severity the field started from (the earlier agreement, or the
    /// computed one); kept as it is when the field is left unchanged.
    start: Option<f64>,
    /// Why.
    pub rationale: TextField,
    /// Notes for the challenge.
    pub notes: TextField,
    /// 0 severity, 1 rationale, 2 notes.
    pub focus: usize,
    /// The statement whose results stay visible behind the form.
    pub behind: usize,
    /// Opened from the reveal, so closing it without saving goes back there.
    pub from_reveal: bool,
}

impl AgreeForm {
    /// The form for the challenge in focus, starting from the agreed severity if
    /// there is one, otherwise from the computed severity.
    pub fn new(shared: &Shared) -> AgreeForm {
        let mut form = AgreeForm {
            severity: TextField::empty(Kind::Severity),
            start: None,
            rationale: TextField::empty(Kind::Rationale),
            notes: TextField::empty(Kind::Notes),
            focus: 0,
            behind: 0,
            from_reveal: false,
        };
        let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
            return form;
        };
        let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
        let agreed = work.session.agreed().get(&c.id);
        form.start = agreed
            .map(|a| a.severity_on(work.model.challenge_scale(c)))
            .or(computed);
        // Selected, as a spreadsheet selects a suggestion: typing replaces it.
        form.severity =
            TextField::suggested(Kind::Severity, &form.start.map(whole).unwrap_or_default());
        form.rationale =
            TextField::new(Kind::Rationale, agreed.map_or("", |a| a.rationale.as_str()));
        form.notes = TextField::new(
            Kind::Notes,
            work.session.notes().get(&c.id).map_or("", String::as_str),
        );
        // Only categorical statements: no agreed score, a note only.
        if !work.model.has_ordinal(c) {
            form.focus = 2;
        }
        form
    }

    /// The form for the challenge in focus as `draft` left it, if the draft is
    /// of this form. The severity it started from is the challenge's, as when
    /// the form was first opened.
    pub fn restore(shared: &Shared, draft: &Draft) -> Option<AgreeForm> {
        let DraftForm::Agreed {
            severity,
            rationale,
            notes,
            ..
        } = &draft.form
        else {
            return None;
        };
        let mut form = AgreeForm::new(shared);
        form.severity = TextField::new(Kind::Severity, severity);
        form.rationale = TextField::new(Kind::Rationale, rationale);
        form.notes = TextField::new(Kind::Notes, notes);
        form.focus = draft.focus.min(2);
        Some(form)
    }

    /// The form's fields as a draft for the challenge `challenge`.
    pub fn draft(&self, challenge: &str) -> Draft {
        Draft {
            form: DraftForm::Agreed {
                challenge: challenge.to_owned(),
                severity: self.severity.value().to_owned(),
                rationale: self.rationale.value().to_owned(),
                notes: self.notes.value().to_owned(),
            },
            focus: self.focus,
        }
    }

    /// The severity the form would save: the exact starting value while the field
    /// still shows it, otherwise the whole number typed, if it is 0–100.
    fn chosen(&self) -> Option<f64> {
        match self.start {
            Some(start) if self.severity.trimmed() == whole(start) => Some(start),
            _ => self
                .severity
                .trimmed()
                .parse::<u8>()
                .ok()
                .filter(|v| *v <= 100)
                .map(f64::from),
        }
    }

    /// Handles the form; `true` closes it. Saving stays on the challenge scored
    /// and says so: the next `a` must not open another challenge unnoticed.
    pub(super) fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let leaving = matches!(msg, Msg::Next | Msg::Prev | Msg::Confirm);
        let scored = (shared.work.as_ref())
            .and_then(|w| Some(w.model.has_ordinal(w.current()?)))
            .unwrap_or(true);
        if !scored {
            return self.note_only(shared, msg);
        }
        if leaving && self.focus == 0 && self.chosen().is_none() {
            shared.notice = Some(Notice::BadSeverity);
            return (false, Reply::none());
        }
        let Some(work) = &mut shared.work else {
            return (true, Reply::none());
        };
        match (msg, self.focus) {
            (Msg::Back, _) => return (true, Reply::none()),
            (Msg::Next, _) => self.focus = (self.focus + 1) % 3,
            (Msg::Prev, _) => self.focus = (self.focus + 2) % 3,
            (Msg::Confirm, f) if f < 2 => self.focus += 1,
            (Msg::Confirm, _) => {
                let (Some(id), Some(severity)) =
                    (work.current().map(|c| c.id.clone()), self.chosen())
                else {
                    return (false, Reply::none());
                };
                if let Some(c) = work.current() {
                    shared.notice = Some(Notice::AgreedSaved {
                        challenge: c.name.clone(),
                        severity: whole(severity),
                    });
                }
                let agree = Command::Agree {
                    challenge: id,
                    severity,
                    rationale: self.rationale.trimmed().to_owned(),
                    notes: self.notes.trimmed().to_owned(),
                };
                return (true, Reply::command(agree));
            }
            (Msg::Char(sign @ ('+' | '-')), 0) => {
                let now = self.chosen().unwrap_or(50.0).round();
                let step = if sign == '+' { 1.0 } else { -1.0 };
                self.severity =
                    TextField::new(Kind::Severity, &whole((now + step).clamp(0.0, 100.0)));
                return (false, Reply::none());
            }
            // Its kind keeps it to three digits, which say 0–100; anything else
            // typed here is said, not dropped: it was likely meant for the
            // rationale.
            (Msg::Char(c), 0) if !c.is_ascii_digit() => {
                shared.notice = Some(Notice::SeverityIsANumber);
            }
            (Msg::Paste(text), 0) if !text.trim().chars().all(|c| c.is_ascii_digit()) => {
                shared.notice = Some(Notice::SeverityIsANumber);
            }
            (msg, 0) => {
                edit_field(&mut self.severity, shared, &msg);
            }
            (msg, 1) => {
                edit_field(&mut self.rationale, shared, &msg);
            }
            (msg, _) => {
                edit_field(&mut self.notes, shared, &msg);
            }
        }
        (false, Reply::none())
    }

    /// The form of a challenge whose statements are all categorical: it has
    /// no agreed score (see `model::scale`), so only the note is edited and kept.
    fn note_only(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let Some(c) = shared.work.as_ref().and_then(|w| w.current()) else {
            return (true, Reply::none());
        };
        match msg {
            Msg::Back => (true, Reply::none()),
            Msg::Confirm => {
                let note = Command::Note {
                    challenge: c.id.clone(),
                    notes: self.notes.trimmed().to_owned(),
                };
                (true, Reply::command(note))
            }
            Msg::Next | Msg::Prev => (false, Reply::none()),
            msg => {
                edit_field(&mut self.notes, shared, &msg);
                (false, Reply::none())
            }
        }
    }

    /// The form's keys: every field edits as text; on the severity, digits type
    /// and + − step the whole number.
    pub(super) fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let field = match self.focus {
            0 => &self.severity,
            1 => &self.rationale,
            _ => &self.notes,
        };
        let mut list = bindings::form_with_save(
            lang,
            self.focus == 2,
            crate::tr!(lang, "tui-save-the-score"),
            Some(field),
        );
        if self.focus == 0 {
            let typing = list
                .iter()
                .position(|b| b.keys.iter().any(|(k, _)| *k == Key::Text))
                .unwrap_or(list.len());
            // Before typing, which would otherwise take + and −.
            list.insert(
                typing,
                Binding::each(
                    vec![
                        (Key::ch('+'), Msg::Char('+')),
                        (Key::ch('-'), Msg::Char('-')),
                    ],
                    crate::tr!(lang, "tui-step-the-severity"),
                )
                .footer(3),
            );
            if let Some(text) = list.get_mut(typing + 1) {
                *text = Binding::new(
                    &[Key::Digit],
                    Msg::Char('0'),
                    crate::tr!(lang, "tui-type-the-severity", words = shared.words()),
                )
                .footer(2);
                // Letters still reach the form, which says the field takes a number.
                list.push(Binding::new(
                    &[Key::Text],
                    Msg::Char(' '),
                    crate::tr!(lang, "tui-severity-takes-digits"),
                ));
            }
        }
        list
    }

    /// Draws the form over the reveal.
    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
        let popup = centered(area, 70, 10);
        crate::tui::widgets::clear(frame, popup, t);
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
            Constraint::Length(3),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        field(
            frame,
            score,
            &crate::tr!(lang, "tui-agreed-severity", words = work.model.words(lang)),
            &self.severity,
            self.focus == 0,
            t,
        );
        // Plainly what replaces what: only in what the model has (issue 28).
        let computed = computed.map_or_else(|| "–".to_owned(), whole);
        let agreed = self.chosen().map_or_else(|| "–".to_owned(), whole);
        let m = &work.model;
        let words = m.words(lang);
        let replaces = match (m.causal.is_some(), !m.recommendations.is_empty()) {
            _ if !m.has_ordinal(c) => crate::tr!(lang, "tui-agree-no-score", words = words.clone()),
            (true, true) => crate::tr!(
                lang,
                "tui-agree-replaces",
                words = words.clone(),
                computed = computed,
                agreed = agreed
            ),
            (true, false) => crate::tr!(
                lang,
                "tui-agree-replaces-circle",
                words = words.clone(),
                computed = computed,
                agreed = agreed
            ),
            (false, true) => crate::tr!(
                lang,
                "tui-agree-replaces-ranking",
                words = words.clone(),
                computed = computed,
                agreed = agreed
            ),
            (false, false) => crate::tr!(
                lang,
                "tui-agree-replaces-report",
                words = words.clone(),
                computed = computed,
                agreed = agreed
            ),
        };
        frame.render_widget(
            Paragraph::new(replaces)
                .style(t.muted)
                .wrap(Wrap { trim: true }),
            hint,
        );
        field(
            frame,
            rationale,
            &crate::tr!(lang, "tui-rationale"),
            &self.rationale,
            self.focus == 1,
            t,
        );
        field(
            frame,
            notes,
            &crate::tr!(lang, "tui-notes"),
            &self.notes,
            self.focus == 2,
            t,
        );
    }
}
