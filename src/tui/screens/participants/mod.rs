//! Participants: alias and groups for each (a column per grouping of the
//! model), or only a head count for an anonymous room.

mod group;
mod person;
mod room;

use group::{GroupForm, cycle_group, next_breakdown};
use person::PersonForm;
use room::who_votes;

use crate::error::Problem;
use crate::model::command::Command;
use crate::model::session::Draft;
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::{Notice, Question};
use crate::tui::screens::lists::{navigate, scroll};
use crate::tui::screens::{Page, Reply, Shares};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area, centered, field, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// What is open on the participants screen.
#[derive(Debug, Clone, Default)]
enum Mode {
    /// The list.
    #[default]
    List,
    /// The form for one participant.
    Person(PersonForm),
    /// The form for a group of the session's own.
    Group(GroupForm),
    /// The anonymous head count being typed.
    HeadCount(TextField),
}

/// The participants screen.
#[derive(Debug, Clone, Default)]
pub struct Participants {
    selected: usize,
    mode: Mode,
}

/// The list's place within the body.
fn list_area(body: Rect) -> Rect {
    let [list, _] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    list
}

fn count(shared: &Shared) -> usize {
    shared
        .work
        .as_ref()
        .map_or(0, |w| w.session.participants().len())
}

impl Participants {
    fn list(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let len = count(shared);
        // The forms read the session's groups from `shared`.
        match msg {
            Msg::Add => {
                self.mode = Mode::Person(PersonForm::add(shared));
                return Reply::none();
            }
            Msg::AddGroup if !group::open_groupings(shared).is_empty() => {
                self.mode = Mode::Group(GroupForm::new(shared));
                return Reply::none();
            }
            Msg::Edit => {
                let people = shared.work.as_ref().map(|w| w.session.participants());
                if let Some(p) = people.and_then(|p| p.get(self.selected)) {
                    self.mode = Mode::Person(PersonForm::edit(shared, p));
                }
                return Reply::none();
            }
            _ => {}
        }
        let list = list_area(body_area(shared.size));
        let Some(work) = &mut shared.work else {
            return Reply::none();
        };
        match msg {
            msg if navigate(&mut self.selected, len, &msg, list) => {}
            Msg::CycleRole => {
                if let Some(p) = work.session.participants().get(self.selected) {
                    return cycle_group(work, p);
                }
            }
            Msg::CycleBreakdown => return next_breakdown(work),
            Msg::Remove if len > 0 => return Reply::ask(Question::RemoveParticipant),
            // The question was answered yes.
            Msg::Yes if self.selected < work.session.participants().len() => {
                let id = work.session.participants()[self.selected].id;
                self.selected = self.selected.saturating_sub(1);
                return Reply::command(Command::RemoveParticipant { id });
            }
            Msg::HeadCount => {
                let current = work
                    .session
                    .headcount()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                self.mode = Mode::HeadCount(TextField::new(Kind::HeadCount, &current));
            }
            _ => {}
        }
        Reply::none()
    }
}

impl Page for Participants {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        match &mut self.mode {
            Mode::List => self.list(shared, msg),
            Mode::Person(form) => {
                let new = form.is_new();
                let (close, reply) = form.update(shared, msg);
                if close {
                    self.mode = Mode::List;
                    // A new participant comes last in the list.
                    if new && !reply.commands.is_empty() {
                        self.selected = count(shared);
                    }
                }
                reply
            }
            Mode::Group(form) => {
                let (close, reply) = form.update(shared, msg);
                if close {
                    self.mode = Mode::List;
                }
                reply
            }
            Mode::HeadCount(field) => match msg {
                Msg::Back => {
                    self.mode = Mode::List;
                    Reply::none()
                }
                Msg::Char(c) => {
                    // Its kind keeps it to six digits: enough to say a number is
                    // too large, never so many that it is cut unseen.
                    if c.is_ascii_digit() {
                        field.insert(c);
                    }
                    Reply::none()
                }
                Msg::Backspace => {
                    field.backspace();
                    Reply::none()
                }
                Msg::Confirm => {
                    let value = field.trimmed().parse::<u32>().ok().filter(|n| *n > 0);
                    let max = crate::model::session::MAX_HEADCOUNT;
                    if value.is_some_and(|n| n > max) || field.trimmed().len() > 5 {
                        shared.notice = Some(Notice::Refused(Problem::HeadCountTooLarge {
                            count: value.unwrap_or(u32::MAX),
                            max,
                        }));
                        return Reply::none();
                    }
                    // A refused count puts the field back open with it, to be
                    // corrected.
                    self.mode = Mode::List;
                    Reply::command(Command::CountHeads { headcount: value })
                }
                _ => Reply::none(),
            },
        }
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let enter = |help: String| Binding::new(&[Key::Code(KeyCode::Enter)], Msg::Confirm, help);
        let esc = |help: String| Binding::new(&[Key::Code(KeyCode::Esc)], Msg::Back, help);
        match &self.mode {
            Mode::List => {
                let some = count(shared) > 0;
                let breakdown =
                    (shared.work.as_ref()).is_some_and(|w| w.session.breakdown(&w.model).is_some());
                vec![
                    up_down(crate::tr!(lang, "tui-choose"))
                        .footer(5)
                        .when(count(shared) > 1),
                    Binding::new(&[Key::ch('a')], Msg::Add, crate::tr!(lang, "tui-add")).footer(0),
                    Binding::new(
                        &[Key::Code(KeyCode::Enter), Key::ch('e')],
                        Msg::Edit,
                        crate::tr!(lang, "tui-edit"),
                    )
                    .footer(1)
                    .when(some),
                    Binding::new(
                        &[Key::ch('r'), Key::ch(' ')],
                        Msg::CycleRole,
                        crate::tr!(lang, "tui-change-role"),
                    )
                    .footer(2)
                    .when(some && breakdown),
                    Binding::new(
                        &[Key::ch('g')],
                        Msg::AddGroup,
                        crate::tr!(lang, "tui-add-group"),
                    )
                    .when(!group::open_groupings(shared).is_empty()),
                    Binding::new(
                        &[Key::ch('u')],
                        Msg::CycleBreakdown,
                        crate::tr!(lang, "tui-next-breakdown"),
                    )
                    .when(
                        shared
                            .work
                            .as_ref()
                            .is_some_and(|w| w.model.groupings.len() > 1),
                    ),
                    Binding::new(
                        &[Key::ch('d'), Key::Code(KeyCode::Delete)],
                        Msg::Remove,
                        crate::tr!(lang, "tui-remove"),
                    )
                    .footer(4)
                    .when(some),
                    Binding::new(
                        &[Key::ch('c')],
                        Msg::HeadCount,
                        crate::tr!(lang, "tui-anonymous-head-count"),
                    )
                    .footer(3),
                ]
            }
            Mode::Person(form) => form.bindings(lang),
            Mode::Group(form) => form.bindings(shared),
            Mode::HeadCount(_) => {
                let mut list = vec![
                    enter(crate::tr!(lang, "tui-save-the-count")).footer(0),
                    esc(crate::tr!(lang, "tui-close-without-saving")).footer(1),
                ];
                list.extend(bindings::count(lang));
                list
            }
        }
    }

    fn shares(&self) -> Shares {
        match self.mode {
            Mode::List => Shares::All,
            _ => Shares::ControlKeys,
        }
    }

    fn draft(&self, _shared: &Shared) -> Option<Draft> {
        match &self.mode {
            Mode::Person(form) => Some(form.draft()),
            _ => None,
        }
    }

    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        let Some(form) = PersonForm::restore(shared, draft) else {
            return false;
        };
        let people = shared
            .work
            .as_ref()
            .map_or(&[][..], |w| w.session.participants());
        // The list behind the form has the participant edited selected.
        if let Some(at) = form
            .id()
            .and_then(|id| people.iter().position(|p| p.id == id))
        {
            self.selected = at;
        }
        self.mode = Mode::Person(form);
        true
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        let t = &shared.theme;
        let Some(work) = &shared.work else {
            return;
        };
        let s = &work.session;
        let list = list_area(area);
        let side = Rect::new(
            list.x + list.width,
            area.y,
            area.width - list.width,
            area.height,
        );
        let height = list.height.saturating_sub(2) as usize;
        let first = scroll(self.selected, height);
        let lines: Vec<Line> = s
            .participants()
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, p)| {
                // Border (2) and the alias column (22): the groupings share
                // the rest, a column each.
                let rest = (list.width as usize).saturating_sub(24);
                let groupings = &work.model.groupings;
                let width = rest / groupings.len().max(1);
                let mut spans = vec![Span::raw(format!("{:<22}", fit(&p.alias, 21)))];
                for (k, g) in groupings.iter().enumerate() {
                    let name = (s.group_in(&work.model, p, g))
                        .map_or_else(|| "–".to_owned(), |id| s.group_name(&work.model, id, lang));
                    // A space between columns; the last takes its whole width.
                    let last = k + 1 == groupings.len();
                    let room = if last { width } else { width.saturating_sub(1) };
                    let cell = format!("{:<width$}", fit(&name, room));
                    spans.push(Span::styled(cell, t.muted));
                }
                let line = Line::from(spans);
                if i == self.selected {
                    line.style(t.selected)
                } else {
                    line
                }
            })
            .collect();
        let title = format!(
            " {} ({}) ",
            crate::tr!(lang, "tui-participants"),
            s.participants().len()
        );
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list);

        // The breakdown's groups only: no screen crosses two groupings.
        let mut info = Vec::new();
        if let Some(breakdown) = s.breakdown(&work.model) {
            let counts: Vec<String> = (s.offered(breakdown, lang).iter())
                .map(|g| {
                    let n = s.participants().iter().filter(|p| p.is_in(&g.id)).count();
                    format!("{}: {n}", g.name)
                })
                .collect();
            info.push(Line::styled(breakdown.name.get(lang).to_owned(), t.title));
            info.push(Line::raw(counts.join(", ")));
            info.push(Line::raw(""));
        }
        info.extend(who_votes(s, lang, t));
        info.extend([Line::styled(
            crate::report::privacy_note(lang, s.privacy().min_group()),
            t.muted,
        )]);
        if s.participants().is_empty() && s.headcount().is_none() {
            info.push(Line::raw(""));
            info.push(Line::styled(
                crate::tr!(lang, "tui-participants-empty-hint"),
                t.warning,
            ));
        }
        frame.render_widget(
            Paragraph::new(info)
                .wrap(Wrap { trim: true })
                .block(block(&format!(" {} ", crate::tr!(lang, "tui-the-room")), t)),
            side,
        );

        if let Mode::Person(form) = &self.mode {
            form.draw(frame, area, shared);
        }
        if let Mode::Group(form) = &self.mode {
            form.draw(frame, area, shared, lang);
        }
        if let Mode::HeadCount(count) = &self.mode {
            let popup = centered(area, 44, 3);
            crate::tui::widgets::clear(frame, popup, t);
            let heading = format!(" {} ", crate::tr!(lang, "tui-headcount-title"));
            let b = block(&heading, t);
            let inner = b.inner(popup);
            frame.render_widget(b, popup);
            field(frame, inner, &crate::tr!(lang, "tui-count"), count, true, t);
        }
    }
}
