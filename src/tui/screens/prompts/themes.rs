//! Grouping shown answers into themes on the prompts screen: the answers a
//! theme key acts on, the command it hands, and the theme's name typed.

use super::{Mode, Prompts};
use crate::model::command::Command;
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Reply, edit_field};
use crate::tui::shared::Shared;

impl Prompts {
    /// The prompt the cursor is on and the answers a theme key acts on: those
    /// marked under that prompt, or the one under the cursor when none is.
    pub(super) fn theme_targets(&self, shared: &Shared) -> Option<(String, Vec<String>)> {
        let rows = self.rows(shared);
        let row = rows.get(self.cursor)?;
        let prompt = self.set(shared)?.prompts.get(row.prompt)?.id.clone();
        let marked: Vec<String> = self
            .marked
            .iter()
            .filter(|(at, _)| *at == row.prompt)
            .map(|(_, text)| text.clone())
            .collect();
        let answers = if marked.is_empty() {
            vec![row.text.to_owned()]
        } else {
            marked
        };
        Some((prompt, answers))
    }

    /// Groups the target answers under `theme` (none: out of any theme), and
    /// forgets their marks.
    pub(super) fn theme(&mut self, shared: &Shared, theme: Option<String>) -> Reply {
        let (Some((prompt, answers)), Some(set)) = (
            self.theme_targets(shared),
            self.set(shared).map(|s| s.id.clone()),
        ) else {
            return Reply::none();
        };
        let at = self.rows(shared).get(self.cursor).map(|r| r.prompt);
        self.marked.retain(|(p, _)| Some(*p) != at);
        Reply::command(Command::ThemeAnswers {
            set,
            prompt,
            theme,
            answers,
        })
    }

    /// The themes of the prompt under the cursor, by name.
    pub(super) fn theme_names<'a>(&self, shared: &'a Shared) -> Vec<&'a str> {
        let (Some(row), Some(set), Some(answers)) = (
            self.rows(shared).get(self.cursor).map(|r| r.prompt),
            self.set(shared),
            self.answers(shared),
        ) else {
            return Vec::new();
        };
        set.prompts.get(row).map_or_else(Vec::new, |p| {
            answers
                .themes_of(&p.id)
                .iter()
                .map(|t| t.name.as_str())
                .collect()
        })
    }

    /// Keys while the name of a theme is typed.
    pub(super) fn naming(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let names: Vec<String> = self
            .theme_names(shared)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let Mode::Naming(field) = &mut self.mode else {
            return Reply::none();
        };
        match msg {
            Msg::Back => self.mode = Mode::Overview,
            Msg::Confirm => {
                let name = field.trimmed().to_owned();
                if name.is_empty() {
                    shared.notice = Some(Notice::ThemeNameMissing);
                    return Reply::none();
                }
                self.mode = Mode::Overview;
                return self.theme(shared, Some(name));
            }
            // ↑↓ go through the prompt's themes, to put answers under one.
            Msg::Up | Msg::Down if !names.is_empty() => {
                let at = names.iter().position(|n| n == field.trimmed());
                let next = match (msg, at) {
                    (Msg::Down, Some(i)) => (i + 1) % names.len(),
                    (Msg::Up, Some(i)) => (i + names.len() - 1) % names.len(),
                    (Msg::Up, None) => names.len() - 1,
                    _ => 0,
                };
                *field = TextField::new(Kind::Theme, &names[next]);
            }
            msg => {
                edit_field(field, shared, &msg);
            }
        }
        Reply::none()
    }
}
