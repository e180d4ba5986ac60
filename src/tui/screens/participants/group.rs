//! The form for a group of the session's own: its name, and the grouping it
//! joins when the model has more than one open to the session's groups.

use crate::model::command::Command;
use crate::model::groups::id_from_name;
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

/// A group of the session's own being added.
#[derive(Debug, Clone)]
pub struct GroupForm {
    name: TextField,
    /// Index into the model's open groupings.
    grouping: usize,
    /// 0 the name, 1 the grouping.
    focus: usize,
}

/// The ids of the model's groupings a session may add groups to.
pub fn open_groupings(shared: &Shared) -> Vec<(String, String)> {
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    (work.model.groupings.iter())
        .filter(|g| g.open)
        .map(|g| (g.id.clone(), g.name.get(shared.lang).to_owned()))
        .collect()
}

impl GroupForm {
    /// The form, on the breakdown's grouping when it is open.
    pub fn new(shared: &Shared) -> GroupForm {
        let open = open_groupings(shared);
        let breakdown = (shared.work.as_ref())
            .and_then(|w| w.session.breakdown(&w.model))
            .map(|g| g.id.clone());
        let grouping = (open.iter())
            .position(|(id, _)| Some(id) == breakdown.as_ref())
            .unwrap_or(0);
        GroupForm {
            name: TextField::empty(Kind::Alias),
            grouping,
            focus: 0,
        }
    }

    fn fields(shared: &Shared) -> usize {
        if open_groupings(shared).len() > 1 {
            2
        } else {
            1
        }
    }

    /// Handles the form; `true` closes it.
    pub fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let fields = GroupForm::fields(shared);
        match msg {
            Msg::Back => return (true, Reply::none()),
            Msg::Next | Msg::Prev => self.focus = (self.focus + 1) % fields,
            Msg::Confirm if self.focus + 1 < fields => self.focus += 1,
            Msg::Confirm => {
                return match self.save(shared) {
                    Some(reply) => (true, reply),
                    None => (false, Reply::none()),
                };
            }
            Msg::Left | Msg::Right if self.focus == 1 => {
                let n = open_groupings(shared).len();
                self.grouping = step_selection(self.grouping, n, msg == Msg::Right);
            }
            msg if self.focus == 0 => {
                edit_field(&mut self.name, shared, &msg);
            }
            _ => {}
        }
        (false, Reply::none())
    }

    /// The command that adds the group; `None` keeps the form open (no name).
    fn save(&self, shared: &mut Shared) -> Option<Reply> {
        let name = self.name.trimmed().to_owned();
        if name.is_empty() {
            shared.notice = Some(Notice::GroupNameMissing);
            return None;
        }
        let (grouping, _) = open_groupings(shared).get(self.grouping)?.clone();
        let work = shared.work.as_ref()?;
        let taken = |id: &str| work.session.grouping_of(&work.model, id).is_some();
        let id = id_from_name(&name, taken);
        Some(Reply::command(Command::AddGroup { grouping, id, name }))
    }

    /// The form's keys.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        bindings::form_with_save(
            lang,
            self.focus + 1 == GroupForm::fields(shared),
            crate::tr!(lang, "tui-save-the-group"),
            (self.focus == 0).then_some(&self.name),
        )
    }

    /// Draws the form over the list.
    pub fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared, lang: Lang) {
        let t = &shared.theme;
        let open = open_groupings(shared);
        let popup = centered(area, 56, 6);
        crate::tui::widgets::clear(frame, popup, t);
        let title = format!(" {} ", crate::tr!(lang, "tui-new-group"));
        let b = block(&title, t);
        let inner = b.inner(popup);
        frame.render_widget(b, popup);
        let [a, _, r] =
            Layout::vertical([Constraint::Length(1); 3]).areas(inner.inner(Margin::new(1, 0)));
        let label = crate::tr!(lang, "tui-group-name");
        field(frame, a, &label, &self.name, self.focus == 0, t);
        // The grouping is chosen only where there are two to choose from.
        if let Some((_, name)) = open.get(self.grouping).filter(|_| open.len() > 1) {
            let heading = crate::tr!(lang, "tui-grouping");
            choice(frame, r, &heading, name, self.focus == 1, t);
        }
    }
}

/// The selected participant moved to the next group of the breakdown (from
/// none, to its first); their groups in other groupings stay.
pub(super) fn cycle_group(
    work: &crate::tui::shared::Work,
    p: &crate::model::session::Participant,
) -> Reply {
    let (s, m) = (&work.session, &work.model);
    let Some(breakdown) = s.breakdown(m) else {
        return Reply::none();
    };
    let offered = s.offered(breakdown, s.language());
    let now = s.group_in(m, p, breakdown);
    let at = now.and_then(|id| offered.iter().position(|g| g.id == id));
    let next = at.map_or(0, |i| (i + 1) % offered.len().max(1));
    let Some(next) = offered.get(next) else {
        return Reply::none();
    };
    let groups = (p.groups.iter())
        .map(|g| {
            if Some(g.as_str()) == now {
                next.id.clone()
            } else {
                g.clone()
            }
        })
        .chain(now.is_none().then(|| next.id.clone()))
        .collect();
    Reply::command(Command::EditParticipant {
        id: p.id,
        alias: p.alias.clone(),
        groups,
    })
}

/// The command that breaks the figures down by the grouping after the
/// current breakdown, in the model's order; none for a model with fewer than
/// two groupings. Refused by the session once anything has been revealed.
pub(super) fn next_breakdown(work: &crate::tui::shared::Work) -> Reply {
    let (s, m) = (&work.session, &work.model);
    if m.groupings.len() < 2 {
        return Reply::none();
    }
    let now = s
        .breakdown(m)
        .and_then(|b| m.groupings.iter().position(|g| g.id == b.id));
    let next = now.map_or(0, |i| (i + 1) % m.groupings.len());
    Reply::command(Command::ChooseBreakdown {
        grouping: m.groupings[next].id.clone(),
    })
}
