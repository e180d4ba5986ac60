//! The action plan: for each adopted recommendation an effektmål, an owner, a due
//! date (riktning och takt) and a status.

use crate::model::command::Command;
use crate::model::session::{ActionItem, Draft, DraftForm, Status};
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::lists::{navigate, scroll, step_selection};
use crate::tui::screens::{Page, Reply, Shares, edit_field};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area, centered, choice, field, fit};
use crossterm::event::KeyCode;
use jiff::ToSpan;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The statuses an action can have, in the order the form cycles through them.
const STATUSES: [Status; 4] = [
    Status::Planned,
    Status::Started,
    Status::Done,
    Status::Paused,
];

/// The action-plan form for one recommendation.
#[derive(Debug, Clone)]
struct ActionForm {
    recommendation: String,
    effect_goal: TextField,
    owner: TextField,
    due: TextField,
    /// Index into [`STATUSES`].
    status: usize,
    /// 0 effektmål, 1 owner, 2 due, 3 status.
    focus: usize,
}

/// The plan screen: the selected adopted recommendation, and the open form.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    selected: usize,
    form: Option<ActionForm>,
}

fn adopted(shared: &Shared) -> Vec<String> {
    shared
        .work
        .as_ref()
        .map_or_else(Vec::new, |w| w.session.adopted().clone())
}

impl Plan {
    fn open_form(&mut self, shared: &Shared) {
        let recs = adopted(shared);
        let (Some(rec), Some(work)) = (recs.get(self.selected), &shared.work) else {
            return;
        };
        let existing = work
            .session
            .actions()
            .iter()
            .find(|a| a.recommendation == *rec);
        let default_due = work
            .session
            .date()
            .checked_add(6.months())
            .unwrap_or(work.session.date());
        self.form = Some(ActionForm {
            recommendation: rec.clone(),
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
        });
    }
}

/// Handles the open form; `true` closes it.
fn form(f: &mut ActionForm, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
    let left = msg == Msg::Left;
    // A wrong date is said when the field is left, not only when saving.
    let leaving = matches!(msg, Msg::Next | Msg::Prev | Msg::Confirm);
    if leaving && f.focus == 2 && !f.due.is_date() {
        shared.notice = Some(Notice::bad_date(f.due.trimmed()));
        return (false, Reply::none());
    }
    let field = match f.focus {
        0 => Some(&mut f.effect_goal),
        1 => Some(&mut f.owner),
        2 => Some(&mut f.due),
        _ => None,
    };
    match (msg, field) {
        (Msg::Back, _) => return (true, Reply::none()),
        (Msg::Next, _) => f.focus = (f.focus + 1) % 4,
        (Msg::Prev, _) => f.focus = (f.focus + 3) % 4,
        (Msg::Confirm, _) if f.focus < 3 => f.focus += 1,
        (Msg::Confirm, _) => {
            let Ok(due) = crate::model::dates::parse(f.due.trimmed()) else {
                f.focus = 2;
                shared.notice = Some(Notice::bad_date(f.due.trimmed()));
                return (false, Reply::none());
            };
            let item = ActionItem {
                recommendation: f.recommendation.clone(),
                effect_goal: f.effect_goal.trimmed().to_owned(),
                owner: f.owner.trimmed().to_owned(),
                due,
                status: STATUSES[f.status],
            };
            return (true, Reply::command(Command::PlanAction(item)));
        }
        (Msg::Left | Msg::Right, None) => {
            f.status = step_selection(f.status, STATUSES.len(), !left);
        }
        (msg, Some(t)) => {
            edit_field(t, shared, &msg);
            return (false, Reply::none());
        }
        _ => {}
    }
    (false, Reply::none())
}

impl Page for Plan {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        if let Some(f) = &mut self.form {
            let (close, reply) = form(f, shared, msg);
            if close {
                self.form = None;
            }
            return reply;
        }
        let len = adopted(shared).len();
        let list = body_area(shared.size);
        match msg {
            msg if navigate(&mut self.selected, len, &msg, list) => {}
            Msg::Edit => self.open_form(shared),
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        match &self.form {
            None => {
                let len = adopted(shared).len();
                vec![
                    up_down(crate::tr!(lang, "tui-choose"))
                        .footer(1)
                        .when(len > 1),
                    Binding::new(
                        &[Key::Code(KeyCode::Enter), Key::ch('e')],
                        Msg::Edit,
                        crate::tr!(lang, "tui-edit-the-action"),
                    )
                    .footer(0)
                    .when(len > 0),
                ]
            }
            Some(f) => {
                let field = match f.focus {
                    0 => Some(&f.effect_goal),
                    1 => Some(&f.owner),
                    2 => Some(&f.due),
                    _ => None,
                };
                bindings::form_with_save(
                    lang,
                    f.focus == 3,
                    crate::tr!(lang, "tui-save-the-action"),
                    field,
                )
            }
        }
    }

    fn shares(&self) -> Shares {
        Shares::typing(self.form.is_some())
    }

    fn draft(&self, _shared: &Shared) -> Option<Draft> {
        let f = self.form.as_ref()?;
        Some(Draft {
            form: DraftForm::Action {
                recommendation: f.recommendation.clone(),
                effect_goal: f.effect_goal.value().to_owned(),
                owner: f.owner.value().to_owned(),
                due: f.due.value().to_owned(),
                status: STATUSES[f.status],
            },
            focus: f.focus,
        })
    }

    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        let DraftForm::Action {
            recommendation,
            effect_goal,
            owner,
            due,
            status,
        } = &draft.form
        else {
            return false;
        };
        // The list behind the form has the recommendation selected.
        if let Some(at) = adopted(shared).iter().position(|r| r == recommendation) {
            self.selected = at;
        }
        self.form = Some(ActionForm {
            recommendation: recommendation.clone(),
            effect_goal: TextField::new(Kind::EffectGoal, effect_goal),
            owner: TextField::new(Kind::Owner, owner),
            due: TextField::new(Kind::Due, due),
            status: STATUSES.iter().position(|s| s == status).unwrap_or(0),
            focus: draft.focus.min(3),
        });
        true
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let recs = adopted(shared);
        let mut lines = Vec::new();
        if recs.is_empty() {
            // The recommendations' number as the step indicator gives it,
            // which follows the model's steps.
            let list = crate::tui::step::Step::list(Some(&work.model));
            let step = 1 + list
                .iter()
                .position(|s| *s == crate::tui::step::Step::Recommendations)
                .unwrap_or(0);
            lines.push(Line::styled(
                crate::tr!(lang, "tui-plan-nothing-adopted", step = step),
                t.muted,
            ));
        }
        // The list above, the selected row's recommendation and action in full below.
        let [list_area, detail_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(7)]).areas(area);
        let height = list_area.height.saturating_sub(2) as usize;
        let first = scroll(self.selected, height);
        for (i, id) in recs.iter().enumerate().skip(first).take(height) {
            let text = work
                .model
                .recommendation(id)
                .map_or(id.as_str(), |r| r.text.get(lang));
            let action = work
                .session
                .actions()
                .iter()
                .find(|a| a.recommendation == *id);
            // Every row names its recommendation; the action's state comes first.
            let mut spans = vec![Span::raw(format!("{}. ", i + 1))];
            match action {
                Some(a) => spans.push(Span::styled(
                    format!("{} · {} · ", a.status.label(lang), a.due),
                    t.key,
                )),
                None => spans.push(Span::styled(
                    format!("{} · ", crate::tr!(lang, "tui-no-action-yet")),
                    t.warning,
                )),
            }
            let used: usize = spans
                .iter()
                .map(|sp| unicode_width::UnicodeWidthStr::width(sp.content.as_ref()))
                .sum();
            let room = (list_area.width as usize).saturating_sub(2 + used);
            spans.push(Span::raw(fit(text, room)));
            let line = Line::from(spans);
            lines.push(if i == self.selected {
                line.style(t.selected)
            } else {
                line
            });
        }
        let title = format!(" {} ", crate::tr!(lang, "tui-plan-title"));
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list_area);
        let mut detail = Vec::new();
        if let Some(id) = recs.get(self.selected) {
            let text = work
                .model
                .recommendation(id)
                .map_or(id.as_str(), |r| r.text.get(lang));
            detail.push(Line::styled(text, t.title));
            if let Some(a) = work
                .session
                .actions()
                .iter()
                .find(|a| a.recommendation == *id)
            {
                detail.push(Line::from(vec![
                    Span::styled(
                        format!("{}: ", crate::tr!(lang, "tui-effect-goal")),
                        t.muted,
                    ),
                    Span::styled(a.effect_goal.as_str(), t.text),
                ]));
                detail.push(Line::from(vec![
                    Span::styled(format!("{}: ", crate::tr!(lang, "tui-owner")), t.muted),
                    Span::styled(a.owner.as_str(), t.text),
                ]));
            }
        }
        frame.render_widget(
            Paragraph::new(detail)
                .wrap(Wrap { trim: true })
                .block(block(
                    &format!(" {} ", crate::tr!(lang, "tui-plan-detail")),
                    t,
                )),
            detail_area,
        );
        let Some(f) = &self.form else {
            return;
        };
        let text = work
            .model
            .recommendation(&f.recommendation)
            .map_or(f.recommendation.as_str(), |r| r.text.get(lang));
        // The recommendation is shown whole: the form grows to fit it (the body
        // has room for six lines of it at 80×24).
        let title = Paragraph::new(Line::styled(text, t.title)).wrap(Wrap { trim: true });
        let popup_width = 76.min(area.width);
        let rec_lines = u16::try_from(title.line_count(popup_width.saturating_sub(4)))
            .unwrap_or(u16::MAX)
            .clamp(1, area.height.saturating_sub(10).max(1));
        let popup = centered(area, popup_width, rec_lines + 9);
        crate::tui::widgets::clear(frame, popup, t);
        let heading = format!(" {} ", crate::tr!(lang, "tui-action"));
        let b = block(&heading, t);
        let inner = b.inner(popup).inner(Margin::new(1, 0));
        frame.render_widget(b, popup);
        let [rec, goal, owner, due, status] = Layout::vertical([
            Constraint::Length(rec_lines + 1),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(title, rec);
        field(
            frame,
            goal,
            &crate::tr!(lang, "tui-effect-goal"),
            &f.effect_goal,
            f.focus == 0,
            t,
        );
        field(
            frame,
            owner,
            &crate::tr!(lang, "tui-owner"),
            &f.owner,
            f.focus == 1,
            t,
        );
        field(
            frame,
            due,
            &crate::tr!(lang, "tui-due"),
            &f.due,
            f.focus == 2,
            t,
        );
        choice(
            frame,
            status,
            &crate::tr!(lang, "tui-status"),
            &STATUSES[f.status].label(lang),
            f.focus == 3,
            t,
        );
    }
}
