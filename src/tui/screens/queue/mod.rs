//! The discussion queue: after a reveal, the statements and challenges that
//! most need talk, in the order of a rule declared in advance
//! ([`crate::model::scoring::queue`]), each with its reasons in words. The
//! facilitator opens a row (its reveal), marks it discussed and notes what was
//! said; the session remembers where the group got to.

use crate::model::command::Command;
use crate::model::discussion::Topic;
use crate::model::scoring::queue::{Row, queue};
use crate::model::session::{Draft, DraftForm};
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::{navigate, step_selection};
use crate::tui::screens::{Page, Reply, Shares, edit_field, scoring};

mod draw;
use crate::tui::shared::Shared;
use crate::tui::widgets::body_area;
use crossterm::event::KeyCode;
use draw::draw_place;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

/// What the queue screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
enum View {
    /// The rows.
    #[default]
    List,
    /// The selected row's reveal, at statement `statement` of its challenge.
    Open {
        /// The statement shown.
        statement: usize,
    },
    /// The selected row's note being written.
    Note(TextField),
}

/// The discussion queue's screen.
#[derive(Debug, Clone, Default)]
pub struct Queue {
    selected: usize,
    view: View,
    /// Set once the selection has been put where the group got to.
    placed: bool,
}

/// The queue's rows for the open session.
fn rows(shared: &Shared) -> Vec<Row> {
    shared
        .work
        .as_ref()
        .map(|w| queue(&w.model, &w.analysis))
        .unwrap_or_default()
}

/// The list's place within the body: a line of totals above, the detail below.
fn list_area(body: Rect) -> Rect {
    let [_, list, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(4),
        Constraint::Length(7),
    ])
    .areas(body);
    list
}

impl Queue {
    /// The selection where the group got to, the first time the rows are seen.
    fn place(&mut self, shared: &Shared, rows: &[Row]) {
        if self.placed {
            return;
        }
        self.placed = true;
        let at = shared
            .work
            .as_ref()
            .and_then(|w| w.session.discussion().at.clone());
        if let Some(i) = at.and_then(|at| rows.iter().position(|r| r.topic == at)) {
            self.selected = i;
        }
    }

    /// Opens `row`: its challenge comes into focus and the session remembers it.
    fn open(&mut self, shared: &mut Shared, row: &Row) -> Reply {
        let Some(work) = &mut shared.work else {
            return Reply::none();
        };
        let c = work
            .model
            .challenges
            .iter()
            .position(|c| c.id == row.topic.challenge());
        let Some(c) = c else {
            return Reply::none();
        };
        work.challenge = c;
        let statement = row
            .topic
            .statement()
            .and_then(|s| {
                work.model.challenges[c]
                    .statements
                    .iter()
                    .position(|x| x.id == s)
            })
            .unwrap_or(0);
        self.view = View::Open { statement };
        Reply::command(Command::ReachTopic {
            topic: row.topic.clone(),
        })
    }

    fn mark(shared: &Shared, topic: &Topic) -> Reply {
        let discussed = shared
            .work
            .as_ref()
            .is_some_and(|w| w.session.discussion().is_discussed(topic));
        Reply::command(Command::MarkDiscussed {
            topic: topic.clone(),
            discussed: !discussed,
        })
    }

    fn note_field(shared: &Shared, topic: &Topic) -> TextField {
        let note = shared
            .work
            .as_ref()
            .and_then(|w| w.session.discussion().note(topic).map(str::to_owned))
            .unwrap_or_default();
        TextField::new(Kind::Notes, &note)
    }
}

impl Page for Queue {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let rows = rows(shared);
        self.place(shared, &rows);
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        let Some(row) = rows.get(self.selected) else {
            return Reply::none();
        };
        let len = rows.len();
        match (&mut self.view, msg) {
            (View::Note(text), Msg::Confirm) => {
                let note = text.trimmed().to_owned();
                self.view = View::List;
                Reply::command(Command::NoteTopic {
                    topic: row.topic.clone(),
                    note,
                })
            }
            (View::Note(_), Msg::Back) => {
                self.view = View::List;
                Reply::none()
            }
            (View::Note(text), msg) => {
                edit_field(text, shared, &msg);
                Reply::none()
            }
            (_, Msg::Toggle) => Queue::mark(shared, &row.topic),
            (_, Msg::Edit) => {
                self.view = View::Note(Queue::note_field(shared, &row.topic));
                Reply::none()
            }
            (View::Open { .. }, Msg::Back) => {
                self.view = View::List;
                Reply::none()
            }
            (View::Open { statement }, msg @ (Msg::Left | Msg::Right)) => {
                let k = shared
                    .work
                    .as_ref()
                    .and_then(|w| w.current())
                    .map_or(0, |c| c.statements.len());
                *statement = step_selection(*statement, k, msg == Msg::Right);
                Reply::none()
            }
            // The next or previous row, opened: the group goes down the queue.
            (View::Open { .. }, msg @ (Msg::Up | Msg::Down)) => {
                self.selected = step_selection(self.selected, len, msg == Msg::Down);
                let next = rows[self.selected].clone();
                self.open(shared, &next)
            }
            (View::List, Msg::Confirm) => self.open(shared, row),
            (View::List, msg) => {
                navigate(
                    &mut self.selected,
                    len,
                    &msg,
                    list_area(body_area(shared.size)),
                );
                Reply::none()
            }
            _ => Reply::none(),
        }
    }

    /// The note being written, kept as the session's draft while it is.
    fn draft(&self, shared: &Shared) -> Option<Draft> {
        let View::Note(text) = &self.view else {
            return None;
        };
        let row = rows(shared).into_iter().nth(self.selected)?;
        Some(Draft {
            form: DraftForm::TopicNote {
                topic: row.topic,
                note: text.value().to_owned(),
            },
            focus: 0,
        })
    }

    /// The note's field open on its row, holding the draft's text; false when
    /// the row is no longer in the queue.
    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        let DraftForm::TopicNote { topic, note } = &draft.form else {
            return false;
        };
        let Some(i) = rows(shared).iter().position(|r| r.topic == *topic) else {
            return false;
        };
        self.selected = i;
        self.placed = true;
        self.view = View::Note(TextField::new(Kind::Notes, note));
        true
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let len = rows(shared).len();
        if let View::Note(text) = &self.view {
            // One field: no keys to change field.
            let mut keys = crate::tui::bindings::form_with_save(
                lang,
                true,
                crate::tr!(lang, "tui-queue-key-save-note"),
                Some(text),
            );
            keys.retain(|b| !b.keys.iter().any(|(_, m)| *m == Msg::Next));
            return keys;
        }
        let open = matches!(self.view, View::Open { .. });
        let mut list = vec![
            Binding::new(
                &[Key::ch('x'), Key::ch(' ')],
                Msg::Toggle,
                crate::tr!(lang, "tui-queue-key-discussed"),
            )
            .short(crate::tr!(lang, "tui-queue-short-discussed"))
            .footer(0)
            .when(len > 0),
        ];
        list.push(
            Binding::new(
                &[Key::ch('e')],
                Msg::Edit,
                crate::tr!(lang, "tui-queue-key-note"),
            )
            .short(crate::tr!(lang, "tui-queue-short-note"))
            .footer(2)
            .when(len > 0),
        );
        if open {
            list.push(
                up_down(crate::tr!(lang, "tui-queue-key-next-row"))
                    .short(crate::tr!(lang, "tui-queue-short-next-row"))
                    .footer(1)
                    .when(len > 1),
            );
            // In the help only: the footer keeps to the queue's own keys.
            list.push(crate::tui::bindings::left_right(crate::tr!(
                lang,
                "tui-change-statement"
            )));
            list.push(
                Binding::new(
                    &[Key::Code(KeyCode::Esc)],
                    Msg::Back,
                    crate::tr!(lang, "tui-queue-key-back-to-list"),
                )
                .short(crate::tr!(lang, "tui-queue-short-list"))
                .footer(0),
            );
        } else {
            list.push(
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-queue-key-open"),
                )
                .short(crate::tr!(lang, "tui-queue-short-open"))
                .footer(0)
                .when(len > 0),
            );
            list.push(
                up_down(crate::tr!(lang, "tui-choose"))
                    .footer(3)
                    .when(len > 1),
            );
        }
        list
    }

    fn about(&self, shared: &Shared) -> Option<String> {
        let work = shared.work.as_ref()?;
        Some(crate::model::scoring::queue::rule_words(
            &work.model,
            shared.lang,
            true,
        ))
    }

    fn shares(&self) -> Shares {
        Shares::typing(matches!(self.view, View::Note(_)))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let rows = rows(shared);
        match &self.view {
            View::Open { statement } => {
                let [head, reveal] =
                    Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
                draw_place(frame, head, shared, &rows, self.selected);
                scoring::draw_reveal(frame, reveal, shared, *statement);
            }
            View::List | View::Note(_) => self.draw_list(frame, area, shared, &rows),
        }
    }
}
