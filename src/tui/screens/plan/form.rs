//! The form for one item of the plan: what it carries out (a recommendation or
//! a measure, shown whole over the fields), its effektmål, owner, due date
//! (riktning och takt) and status.

use super::STATUSES;
use crate::model::command::Command;
use crate::model::session::{ActionItem, Draft, DraftForm, Target};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::lists::step_selection;
use crate::tui::screens::{Reply, edit_field};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, centered, choice, field};
use jiff::ToSpan;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The action-plan form for one recommendation or measure.
#[derive(Debug, Clone)]
pub(super) struct ActionForm {
    /// What the item carries out.
    pub target: Target,
    effect_goal: TextField,
    owner: TextField,
    due: TextField,
    /// Index into [`STATUSES`].
    status: usize,
    /// 0 effektmål, 1 owner, 2 due, 3 status.
    pub focus: usize,
}

impl ActionForm {
    /// The form for `target`, holding its item when one is planned, else
    /// empty with a due date six months after the workshop.
    pub fn open(shared: &Shared, target: Target) -> Option<ActionForm> {
        let work = shared.work.as_ref()?;
        let existing = work.session.action_for(&target);
        let default_due = work
            .session
            .date()
            .checked_add(6.months())
            .unwrap_or(work.session.date());
        Some(ActionForm {
            target,
            effect_goal: TextField::new(
                Kind::EffectGoal,
                existing.map_or("", |a| a.effect_goal.as_str()),
            ),
            owner: TextField::new(Kind::Owner, existing.map_or("", |a| a.owner.as_str())),
            due: TextField::new(
                Kind::Due,
                &existing.map_or(default_due, |a| a.due).to_string(),
            ),
            status: existing
                .and_then(|a| STATUSES.iter().position(|s| *s == a.status))
                .unwrap_or(0),
            focus: 0,
        })
    }

    /// The form as a draft typed in it left it.
    pub fn restored(target: Target, form: &DraftForm, focus: usize) -> Option<ActionForm> {
        let DraftForm::Action {
            effect_goal,
            owner,
            due,
            status,
            ..
        } = form
        else {
            return None;
        };
        Some(ActionForm {
            target,
            effect_goal: TextField::new(Kind::EffectGoal, effect_goal),
            owner: TextField::new(Kind::Owner, owner),
            due: TextField::new(Kind::Due, due),
            status: STATUSES.iter().position(|s| s == status).unwrap_or(0),
            focus: focus.min(3),
        })
    }

    /// What is typed, as a draft.
    pub fn draft(&self) -> Draft {
        let (recommendation, measure) = self.target.clone().fields();
        Draft {
            form: DraftForm::Action {
                recommendation,
                measure,
                effect_goal: self.effect_goal.value().to_owned(),
                owner: self.owner.value().to_owned(),
                due: self.due.value().to_owned(),
                status: STATUSES[self.status],
            },
            focus: self.focus,
        }
    }

    /// The text field in focus, when the focus is on one.
    pub fn field(&self) -> Option<&TextField> {
        match self.focus {
            0 => Some(&self.effect_goal),
            1 => Some(&self.owner),
            2 => Some(&self.due),
            _ => None,
        }
    }

    /// Handles `msg`; `true` closes the form. Saving hands `PlanAction` with
    /// the item for the form's target.
    pub fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let left = msg == Msg::Left;
        // A wrong date is said when the field is left, not only when saving.
        let leaving = matches!(msg, Msg::Next | Msg::Prev | Msg::Confirm);
        if leaving && self.focus == 2 && !self.due.is_date() {
            shared.notice = Some(Notice::bad_date(self.due.trimmed()));
            return (false, Reply::none());
        }
        let field = match self.focus {
            0 => Some(&mut self.effect_goal),
            1 => Some(&mut self.owner),
            2 => Some(&mut self.due),
            _ => None,
        };
        match (msg, field) {
            (Msg::Back, _) => return (true, Reply::none()),
            (Msg::Next, _) => self.focus = (self.focus + 1) % 4,
            (Msg::Prev, _) => self.focus = (self.focus + 3) % 4,
            (Msg::Confirm, _) if self.focus < 3 => self.focus += 1,
            (Msg::Confirm, _) => {
                let Ok(due) = crate::model::dates::parse(self.due.trimmed()) else {
                    self.focus = 2;
                    shared.notice = Some(Notice::bad_date(self.due.trimmed()));
                    return (false, Reply::none());
                };
                let (recommendation, measure) = self.target.clone().fields();
                let item = ActionItem {
                    recommendation,
                    measure,
                    effect_goal: self.effect_goal.trimmed().to_owned(),
                    owner: self.owner.trimmed().to_owned(),
                    due,
                    status: STATUSES[self.status],
                };
                return (true, Reply::command(Command::PlanAction(item)));
            }
            (Msg::Left | Msg::Right, None) => {
                self.status = step_selection(self.status, STATUSES.len(), !left);
            }
            (msg, Some(t)) => {
                edit_field(t, shared, &msg);
                return (false, Reply::none());
            }
            _ => {}
        }
        (false, Reply::none())
    }

    /// Draws the form over `area`, what it carries out shown whole: the form
    /// grows to fit it (the body has room for six lines of it at 80×24).
    pub fn draw(&self, frame: &mut Frame, area: Rect, text: &str, shared: &Shared) {
        let (lang, t) = (shared.lang, &shared.theme);
        let title =
            Paragraph::new(Line::styled(text.to_owned(), t.title)).wrap(Wrap { trim: true });
        let popup_width = 76.min(area.width);
        let text_lines = u16::try_from(title.line_count(popup_width.saturating_sub(4)))
            .unwrap_or(u16::MAX)
            .clamp(1, area.height.saturating_sub(10).max(1));
        let popup = centered(area, popup_width, text_lines + 9);
        crate::tui::widgets::clear(frame, popup, t);
        let heading = format!(" {} ", crate::tr!(lang, "tui-action"));
        let b = block(&heading, t);
        let inner = b.inner(popup).inner(Margin::new(1, 0));
        frame.render_widget(b, popup);
        let [what, goal, owner, due, status] = Layout::vertical([
            Constraint::Length(text_lines + 1),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(title, what);
        let labels = [
            crate::tr!(lang, "tui-effect-goal"),
            crate::tr!(lang, "tui-owner"),
            crate::tr!(lang, "tui-due"),
        ];
        let fields = [
            (goal, &self.effect_goal),
            (owner, &self.owner),
            (due, &self.due),
        ];
        for (i, ((row, value), label)) in fields.into_iter().zip(&labels).enumerate() {
            field(frame, row, label, value, self.focus == i, t);
        }
        choice(
            frame,
            status,
            &crate::tr!(lang, "tui-status"),
            &STATUSES[self.status].label(lang),
            self.focus == 3,
            t,
        );
    }
}
