//! The discussion queue: after a reveal, the statements and challenges that
//! most need talk, in the order of a rule declared in advance
//! ([`crate::model::scoring::queue`]), each with its reasons in words. The
//! facilitator opens a row (its reveal), marks it discussed and notes what was
//! said; the session remembers where the group got to.

use crate::model::command::Command;
use crate::model::discussion::Topic;
use crate::model::scoring::queue::{Row, queue};
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::{navigate, scroll, step_selection};
use crate::tui::screens::{Page, Reply, Shares, edit_field, scoring};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area, field, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

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
        let at = shared.work.as_ref().and_then(|w| w.session.discussion().at.clone());
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
            .and_then(|s| work.model.challenges[c].statements.iter().position(|x| x.id == s))
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
                navigate(&mut self.selected, len, &msg, list_area(body_area(shared.size)));
                Reply::none()
            }
            _ => Reply::none(),
        }
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
            Binding::new(&[Key::ch('e')], Msg::Edit, crate::tr!(lang, "tui-queue-key-note"))
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
            list.push(up_down(crate::tr!(lang, "tui-choose")).footer(3).when(len > 1));
        }
        list
    }

    fn about(&self, shared: &Shared) -> Option<String> {
        let work = shared.work.as_ref()?;
        Some(crate::model::scoring::queue::rule_words(&work.model, shared.lang, true))
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

/// "Row 2 of 9 · discussed" over an opened row's reveal.
fn draw_place(frame: &mut Frame, area: Rect, shared: &Shared, rows: &[Row], selected: usize) {
    let (Some(work), Some(row)) = (&shared.work, rows.get(selected)) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let mut spans = vec![Span::styled(
        crate::tr!(lang, "tui-queue-row-of", n = (selected + 1), total = rows.len()),
        t.title,
    )];
    if work.session.discussion().is_discussed(&row.topic) {
        spans.push(Span::styled(
            format!("  ✔ {}", crate::tr!(lang, "tui-queue-discussed")),
            t.ok,
        ));
    }
    spans.push(Span::styled(
        format!("  {}", row.words(&work.model.scale, lang)),
        t.warning,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

impl Queue {
    fn draw_list(&self, frame: &mut Frame, area: Rect, shared: &Shared, rows: &[Row]) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let [top, list, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(7),
        ])
        .areas(area);
        let discussion = work.session.discussion();
        let done = rows
            .iter()
            .filter(|r| discussion.is_discussed(&r.topic))
            .count();
        if !rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    crate::tr!(lang, "tui-queue-totals", rows = rows.len(), discussed = done),
                    t.muted,
                )),
                top,
            );
        }
        let title = format!(" {} ", crate::tr!(lang, "tui-queue-title"));
        if rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(crate::tr!(lang, "tui-queue-empty"), t.text))
                    .wrap(Wrap { trim: true })
                    .block(block(&title, t)),
                list.union(detail),
            );
            return;
        }
        // Two lines a row: what, then why.
        let height = usize::from(list.height.saturating_sub(2)) / 2;
        let first = scroll(self.selected, height);
        let width = usize::from(list.width.saturating_sub(4));
        let mut lines = Vec::new();
        for (i, row) in rows.iter().enumerate().skip(first).take(height) {
            let mark = if discussion.is_discussed(&row.topic) {
                Span::styled("✔ ", t.ok)
            } else {
                Span::raw("  ")
            };
            let noted = if discussion.note(&row.topic).is_some() { "✎ " } else { "" };
            let what = fit(&format!("{noted}{}", topic_label(work, &row.topic, lang)), width);
            let style = if i == self.selected { t.selected } else { t.text };
            lines.push(Line::from(vec![mark, Span::styled(what, style)]));
            let why = fit(&row.words(&work.model.scale, lang), width);
            lines.push(Line::from(vec![Span::raw("  "), Span::styled(why, t.warning)]));
        }
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list);
        self.draw_detail(frame, detail, shared, &rows[self.selected.min(rows.len() - 1)]);
    }

    /// The selected row whole: its statement's text and its note, or the note
    /// being written.
    fn draw_detail(&self, frame: &mut Frame, area: Rect, shared: &Shared, row: &Row) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let title = format!(" {} ", crate::tr!(lang, "tui-queue-note"));
        if let View::Note(text) = &self.view {
            let b = block(&title, t);
            let inner = b.inner(area);
            frame.render_widget(b, area);
            field(frame, Rect { height: 1, ..inner }, "", text, true, t);
            return;
        }
        let mut lines = Vec::new();
        if let Some(text) = row
            .topic
            .statement()
            .and_then(|id| work.model.statement(id))
        {
            lines.push(Line::styled(text.text.get(lang), t.text));
        }
        lines.push(match work.session.discussion().note(&row.topic) {
            Some(note) => Line::styled(format!("✎ {note}"), t.focus),
            None => Line::styled(crate::tr!(lang, "tui-queue-no-note"), t.muted),
        });
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(block(&title, t)),
            area,
        );
    }
}

/// "Otydlighet 2. Det finns en gemensam …" or "Otydlighet (the whole challenge)".
pub fn topic_label(work: &crate::tui::shared::Work, topic: &Topic, lang: crate::text::Lang) -> String {
    let Some(c) = work.model.challenge(topic.challenge()) else {
        return topic.challenge().to_owned();
    };
    match topic.statement() {
        Some(id) => {
            let at = c.statements.iter().position(|s| s.id == id).unwrap_or(0);
            let text = c.statements.get(at).map_or("", |s| s.text.get(lang));
            format!("{} {}. {text}", c.name.get(lang), at + 1)
        }
        None => crate::tr!(lang, "queue-whole-challenge", challenge = c.name.get(lang)),
    }
}
