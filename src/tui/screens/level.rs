//! The level of work with DiMiOS (the model's ladder): the group places itself, and the next level is the next step.

use crate::model::command::Command;
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::navigate;
use crate::tui::screens::{Page, Reply};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The level screen: the level in focus.
#[derive(Debug, Clone, Default)]
pub struct Level {
    selected: usize,
}

/// The list's place within the body.
fn list_area(body: Rect) -> Rect {
    let [list, _] =
        Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
    list
}

fn levels(shared: &Shared) -> usize {
    shared
        .work
        .as_ref()
        .and_then(|w| w.model.levels.as_ref())
        .map_or(0, |l| l.steps.len())
}

impl Level {
    /// Opens on the level the group chose, if it has.
    pub fn new(shared: &Shared) -> Level {
        let selected = shared
            .work
            .as_ref()
            .and_then(|w| {
                let chosen = w.session.level()?;
                w.model
                    .levels
                    .as_ref()?
                    .steps
                    .iter()
                    .position(|x| x.level == chosen)
            })
            .unwrap_or(0);
        Level { selected }
    }
}

impl Page for Level {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let list = list_area(body_area(shared.size));
        match msg {
            msg if navigate(&mut self.selected, levels(shared), &msg, list) => {}
            Msg::Confirm => {
                let chosen = shared
                    .work
                    .as_ref()
                    .and_then(|w| w.model.levels.as_ref())
                    .and_then(|l| l.steps.get(self.selected))
                    .map(|l| l.level);
                if let Some(level) = chosen {
                    return Reply::command(Command::PlaceLevel { level: Some(level) });
                }
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let n = levels(shared);
        vec![
            up_down(crate::tr!(lang, "tui-choose-level"))
                .footer(1)
                .when(n > 1),
            Binding::new(
                &[Key::Code(KeyCode::Enter), Key::ch(' ')],
                Msg::Confirm,
                crate::tr!(lang, "tui-choose-the-level"),
            )
            .footer(0)
            .when(n > 0),
        ]
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let Some(ladder) = &work.model.levels else {
            frame.render_widget(
                Paragraph::new(crate::tr!(lang, "tui-level-no-ladder")),
                area,
            );
            return;
        };
        let list = list_area(area);
        let next = Rect::new(
            area.x,
            list.y + list.height,
            area.width,
            area.height - list.height,
        );
        let chosen = work.session.level();
        let mut lines = Vec::new();
        for (i, l) in ladder.steps.iter().enumerate() {
            let mark = if chosen == Some(l.level) {
                "●"
            } else {
                "○"
            };
            let head = Line::from(vec![
                Span::raw(format!(
                    "{mark} {}: ",
                    crate::tr!(lang, "tui-level-n", level = l.level)
                )),
                Span::raw(l.name.get(lang)),
            ]);
            lines.push(if i == self.selected {
                head.style(t.selected)
            } else {
                head.style(t.text)
            });
        }
        if let Some(l) = ladder.steps.get(self.selected) {
            lines.push(Line::raw(""));
            lines.push(Line::styled(l.description.get(lang), t.muted));
        }
        let title = format!(" {} ", ladder.name.get(lang));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(block(&title, t)),
            list,
        );
        let position = chosen.and_then(|c| ladder.steps.iter().position(|l| l.level == c));
        let text = match position {
            None => vec![Line::styled(
                crate::tr!(lang, "tui-level-choose-hint"),
                t.muted,
            )],
            Some(i) => match ladder.steps.get(i + 1) {
                Some(n) => vec![
                    Line::styled(
                        crate::tr!(
                            lang,
                            "tui-next-step-level",
                            level = n.level,
                            name = n.name.get(lang).to_string()
                        ),
                        t.title,
                    ),
                    Line::styled(n.description.get(lang), t.text),
                ],
                None => vec![Line::styled(crate::tr!(lang, "tui-level-top"), t.title)],
            },
        };
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(block(
                &format!(" {} ", crate::tr!(lang, "tui-level-next-step-title")),
                t,
            )),
            next,
        );
    }
}
