//! The form for one participant: alias, and a group in each of the model's
//! groupings (or none).

use crate::model::command::Command;
use crate::model::session::{Draft, DraftForm, Participant};
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
    /// Per grouping of the model, in its order, the group chosen.
    groups: Vec<Option<String>>,
    /// 0 alias, then one per grouping.
    focus: usize,
}

/// The groups a participant may be given in each grouping, with their names.
fn offered(shared: &Shared) -> Vec<(String, Vec<crate::model::session_groups::Offered>)> {
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    (work.model.groupings.iter())
        .map(|g| {
            let name = g.name.get(shared.lang).to_owned();
            (name, work.session.offered(g, shared.lang))
        })
        .collect()
}

/// `ids` placed in the groupings of `shared`'s model: one slot per grouping.
fn placed(shared: &Shared, ids: &[String]) -> Vec<Option<String>> {
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    (work.model.groupings.iter())
        .map(|g| {
            (ids.iter())
                .find(|id| {
                    (work.session.grouping_of(&work.model, id)).is_some_and(|x| x.id == g.id)
                })
                .cloned()
        })
        .collect()
}

impl PersonForm {
    /// The form for a new participant: in each grouping, the first group the
    /// session offers.
    pub fn add(shared: &Shared) -> PersonForm {
        let groups = (offered(shared).into_iter())
            .map(|(_, groups)| groups.first().map(|g| g.id.clone()))
            .collect();
        PersonForm {
            id: None,
            alias: TextField::empty(Kind::Alias),
            groups,
            focus: 0,
        }
    }

    /// The form for an existing participant.
    pub fn edit(shared: &Shared, p: &Participant) -> PersonForm {
        PersonForm {
            id: Some(p.id),
            alias: TextField::new(Kind::Alias, &p.alias),
            groups: placed(shared, &p.groups),
            focus: 0,
        }
    }

    /// The form as a draft left it.
    pub fn restore(shared: &Shared, draft: &Draft) -> Option<PersonForm> {
        let DraftForm::Participant { id, alias, .. } = &draft.form else {
            return None;
        };
        let groups = placed(shared, &draft.form.groups());
        Some(PersonForm {
            id: *id,
            alias: TextField::new(Kind::Alias, alias),
            focus: draft.focus.min(groups.len()),
            groups,
        })
    }

    /// The groups chosen, in the groupings' order.
    fn chosen(&self) -> Vec<String> {
        self.groups.iter().flatten().cloned().collect()
    }

    /// The form's fields as a draft.
    pub fn draft(&self) -> Draft {
        Draft {
            form: DraftForm::participant(self.id, self.alias.value().to_owned(), self.chosen()),
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
            Msg::Next => self.focus = (self.focus + 1) % (self.groups.len() + 1),
            Msg::Prev => self.focus = (self.focus + self.groups.len()) % (self.groups.len() + 1),
            Msg::Confirm if self.focus < self.groups.len() => self.focus += 1,
            Msg::Confirm => {
                return match self.save(shared) {
                    Some(reply) => (true, reply),
                    None => (false, Reply::none()),
                };
            }
            Msg::Left | Msg::Right if self.focus > 0 => {
                // The grouping's groups, then none: "ingen grupp" is a choice.
                let all = offered(shared);
                let Some((_, groups)) = all.get(self.focus - 1) else {
                    return (false, Reply::none());
                };
                let slot = &mut self.groups[self.focus - 1];
                let at = (slot.as_ref())
                    .and_then(|id| groups.iter().position(|g| &g.id == id))
                    .unwrap_or(groups.len());
                let next = step_selection(at, groups.len() + 1, msg == Msg::Right);
                *slot = groups.get(next).map(|g| g.id.clone());
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
        let groups = self.chosen();
        // A participant removed while their form was open is added again.
        let command = match self
            .id
            .filter(|id| work.session.participants().iter().any(|p| p.id == *id))
        {
            Some(id) => Command::EditParticipant { id, alias, groups },
            None => Command::AddParticipant { alias, groups },
        };
        Some(Reply::command(command))
    }

    /// The form's keys.
    pub fn bindings(&self, lang: Lang) -> Vec<Binding> {
        bindings::form_with_save(
            lang,
            self.focus == self.groups.len(),
            crate::tr!(lang, "tui-save-the-participant"),
            (self.focus == 0).then_some(&self.alias),
        )
    }

    /// Draws the form over the list.
    pub fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        let t = &shared.theme;
        let rows = self.groups.len() as u16;
        let popup = centered(area, 56, 5 + rows);
        crate::tui::widgets::clear(frame, popup, t);
        let title = if self.is_new() {
            format!(" {} ", crate::tr!(lang, "tui-new-participant"))
        } else {
            format!(" {} ", crate::tr!(lang, "tui-edit-participant"))
        };
        let b = block(&title, t);
        let inner = b.inner(popup);
        frame.render_widget(b, popup);
        let rows = Layout::vertical(vec![Constraint::Length(1); 2 + self.groups.len()])
            .split(inner.inner(Margin::new(1, 0)));
        let a = rows[0];
        field(
            frame,
            a,
            &crate::tr!(lang, "tui-alias"),
            &self.alias,
            self.focus == 0,
            t,
        );
        let Some(work) = shared.work.as_ref() else {
            return;
        };
        for (i, ((name, _), chosen)) in offered(shared).iter().zip(&self.groups).enumerate() {
            let value = match chosen {
                Some(id) => work.session.group_name(&work.model, id, lang),
                None => crate::tr!(lang, "tui-no-group"),
            };
            choice(frame, rows[2 + i], name, &value, self.focus == 1 + i, t);
        }
    }
}
