//! The form for one participant: alias and role.

use super::role_index;
use crate::model::command::Command;
use crate::model::session::{Draft, DraftForm, Participant, Role};
use crate::text::Lang;
use crate::tui::bindings::{self, Binding};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Reply, edit_field, step_selection};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, centered, choice, field};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// A participant being added or edited.
#[derive(Debug, Clone)]
pub struct PersonForm {
    /// The participant being edited, or `None` for a new one.
    id: Option<u32>,
    alias: TextField,
    /// Index into [`Role::ALL`].
    role: usize,
    /// 0 alias, 1 role.
    focus: usize,
}

impl PersonForm {
    /// The form for a new participant.
    pub fn add() -> PersonForm {
        PersonForm {
            id: None,
            alias: TextField::empty(Kind::Alias),
            role: 0,
            focus: 0,
        }
    }

    /// The form for an existing participant.
    pub fn edit(p: &Participant) -> PersonForm {
        PersonForm {
            id: Some(p.id),
            alias: TextField::new(Kind::Alias, &p.alias),
            role: role_index(p.role),
            focus: 0,
        }
    }

    /// The form as a draft left it.
    pub fn restore(draft: &Draft) -> Option<PersonForm> {
        let DraftForm::Participant { id, alias, role } = &draft.form else {
            return None;
        };
        Some(PersonForm {
            id: *id,
            alias: TextField::new(Kind::Alias, alias),
            role: role_index(*role),
            focus: draft.focus.min(1),
        })
    }

    /// The form's fields as a draft.
    pub fn draft(&self) -> Draft {
        Draft {
            form: DraftForm::Participant {
                id: self.id,
                alias: self.alias.value().to_owned(),
                role: Role::ALL[self.role],
            },
            focus: self.focus,
        }
    }

    /// The participant being edited, `None` for a new one.
    pub fn id(&self) -> Option<u32> {
        self.id
    }

    /// True when the form adds a participant.
    pub fn is_new(&self) -> bool {
        self.id.is_none()
    }

    /// Handles the form; `true` closes it.
    pub fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        match msg {
            Msg::Back => return (true, Reply::none()),
            Msg::Next | Msg::Prev => self.focus = 1 - self.focus,
            Msg::Confirm if self.focus == 0 => self.focus = 1,
            Msg::Confirm => {
                return match self.save(shared) {
                    Some(reply) => (true, reply),
                    None => (false, Reply::none()),
                };
            }
            Msg::Left | Msg::Right if self.focus == 1 => {
                self.role = step_selection(self.role, Role::ALL.len(), msg == Msg::Right);
            }
            msg if self.focus == 0 => {
                edit_field(&mut self.alias, shared, &msg);
            }
            _ => {}
        }
        (false, Reply::none())
    }

    /// Saves the form; `None` keeps it open (the alias is missing).
    fn save(&self, shared: &mut Shared) -> Option<Reply> {
        let alias = self.alias.trimmed().to_owned();
        if alias.is_empty() {
            shared.notice = Some(Notice::AliasMissing);
            return None;
        }
        let work = shared.work.as_ref()?;
        let role = Role::ALL[self.role];
        // A participant removed while their form was open is added again.
        let command = match self
            .id
            .filter(|id| work.session.participants().iter().any(|p| p.id == *id))
        {
            Some(id) => Command::EditParticipant { id, alias, role },
            None => Command::AddParticipant { alias, role },
        };
        Some(Reply::command(command))
    }

    /// The form's keys.
    pub fn bindings(&self, lang: Lang) -> Vec<Binding> {
        bindings::form_with_save(
            lang,
            self.focus == 1,
            crate::tr!(lang, "tui-save-the-participant"),
            (self.focus == 0).then_some(&self.alias),
        )
    }

    /// Draws the form over the list.
    pub fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        let t = &shared.theme;
        let popup = centered(area, 56, 6);
        crate::tui::widgets::clear(frame, popup, t);
        let title = if self.is_new() {
            format!(" {} ", crate::tr!(lang, "tui-new-participant"))
        } else {
            format!(" {} ", crate::tr!(lang, "tui-edit-participant"))
        };
        let b = block(&title, t);
        let inner = b.inner(popup);
        frame.render_widget(b, popup);
        let [a, _, r] =
            Layout::vertical([Constraint::Length(1); 3]).areas(inner.inner(Margin::new(1, 0)));
        field(
            frame,
            a,
            &crate::tr!(lang, "tui-alias"),
            &self.alias,
            self.focus == 0,
            t,
        );
        choice(
            frame,
            r,
            &crate::tr!(lang, "tui-role"),
            &Role::ALL[self.role].label(lang),
            self.focus == 1,
            t,
        );
    }
}
