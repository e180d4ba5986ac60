//! Choosing which challenges the room asks about: a list of the model's
//! challenges over the overview, each ticked or not with space. Those whose
//! results have been shown cannot be ticked: a phone's answer to them would
//! come after the group saw the figures. Enter opens the room for the ticked
//! ones, in the model's order.

use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, centered, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// One challenge in the list.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    /// The challenge's id.
    id: String,
    /// The room will ask about it.
    ticked: bool,
    /// Its results have been shown: it cannot be ticked.
    shown: bool,
}

/// The list, as the facilitator ticks it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomChoice {
    rows: Vec<Row>,
    /// The row in focus.
    selected: usize,
}

impl RoomChoice {
    /// Every challenge of the open session, ticked unless its results have been
    /// shown; `None` when the room cannot open (a notice says why).
    pub fn new(shared: &mut Shared) -> Option<RoomChoice> {
        if !super::room::can_open(shared) {
            return None;
        }
        let work = shared.work.as_ref()?;
        let rows: Vec<Row> = work
            .model
            .challenges
            .iter()
            .map(|c| {
                let shown = !work.session.room_may_ask(c);
                Row {
                    id: c.id.clone(),
                    ticked: !shown,
                    shown,
                }
            })
            .collect();
        if rows.iter().all(|r| r.shown) {
            shared.notice = Some(Notice::Refused(crate::error::Problem::AllShown));
            return None;
        }
        let selected = work.challenge.min(rows.len().saturating_sub(1));
        Some(RoomChoice { rows, selected })
    }

    /// The ids ticked, in the model's order.
    pub fn ticked(&self) -> Vec<String> {
        self.rows
            .iter()
            .filter(|r| r.ticked)
            .map(|r| r.id.clone())
            .collect()
    }

    /// Handles a key; true when the list closes (opened or cancelled).
    pub fn update(&mut self, shared: &mut Shared, msg: Msg) -> (bool, Reply) {
        let n = self.rows.len();
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Msg::Toggle => {
                if let Some(row) = self.rows.get_mut(self.selected) {
                    if row.shown {
                        shared.notice = Some(Notice::RoomChallengeShown);
                    } else {
                        row.ticked = !row.ticked;
                    }
                }
            }
            Msg::Back => return (true, Reply::none()),
            Msg::Confirm => {
                let ticked = self.ticked();
                if ticked.is_empty() {
                    shared.notice = Some(Notice::RoomNothingChosen);
                    return (false, Reply::none());
                }
                return (true, super::room::open_for(shared, Some(&ticked)));
            }
            _ => {}
        }
        (false, Reply::none())
    }

    /// The list's keys.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        vec![
            Binding::new(
                &[Key::Code(KeyCode::Enter)],
                Msg::Confirm,
                crate::tr!(lang, "tui-room-open-chosen", words = shared.words()),
            )
            .short(crate::tr!(lang, "tui-short-room-open-chosen"))
            .footer(0),
            Binding::new(
                &[Key::ch(' ')],
                Msg::Toggle,
                crate::tr!(lang, "tui-room-tick", words = shared.words()),
            )
            .short(crate::tr!(lang, "tui-short-room-tick"))
            .footer(1),
            // Esc before ↑↓: the way out matters more than the arrows, which
            // every list has.
            up_down(crate::tr!(
                lang,
                "tui-room-pick-challenge",
                words = shared.words()
            ))
            .footer(3),
            Binding::new(
                &[Key::Code(KeyCode::Esc)],
                Msg::Back,
                crate::tr!(lang, "tui-cancel"),
            )
            .footer(2),
        ]
    }

    /// The list over the overview.
    pub fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else { return };
        let (lang, t) = (shared.lang, &shared.theme);
        let width = 56u16;
        let mut lines = vec![Line::styled(
            crate::tr!(lang, "tui-room-choose-why", words = work.model.words(lang)),
            t.muted,
        )];
        lines.push(Line::default());
        for (i, row) in self.rows.iter().enumerate() {
            let name = work
                .model
                .challenge(&row.id)
                .map(|c| c.name.get(lang).to_owned())
                .unwrap_or_default();
            let mark = if row.ticked { "[x]" } else { "[ ]" };
            let note = if row.shown {
                format!("  {}", crate::tr!(lang, "tui-room-already-shown"))
            } else {
                String::new()
            };
            let style = if i == self.selected {
                t.selected
            } else if row.shown {
                t.muted
            } else {
                t.text
            };
            let text = fit(&format!(" {mark} {name}{note}"), usize::from(width) - 4);
            lines.push(Line::from(Span::styled(text, style)));
        }
        let height = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
        let popup = centered(area, width, height);
        frame.render_widget(Clear, popup);
        let title = format!(
            " {} ",
            crate::tr!(
                lang,
                "tui-room-choose-title",
                words = work.model.words(lang)
            )
        );
        frame.render_widget(
            Paragraph::new(lines)
                .style(t.text)
                .wrap(Wrap { trim: false })
                .block(block(&title, t)),
            popup,
        );
    }
}
