//! Voting again after the discussion: over the reveal, a list of the
//! challenge's statements to tick for a new round and the ways the group can
//! answer in it. Enter opens the round (one [`Command::OpenRound`]) and starts
//! it: the hand-over to the first voter, the show-of-hands counter on the
//! round's first statement, or the room's panel with its code, the room opened
//! for the challenge if it was closed (through [`super::room::vote_again_in_room`]).
//! The rounds before it are kept as they are.

use super::Phase;
use crate::model::command::Command;
use crate::model::round::Channel;
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

/// The ways a later round can be answered from this chooser, in the order
/// listed.
pub const CHANNELS: [Channel; 3] = [Channel::Keyboard, Channel::Hands, Channel::Room];

/// The chooser, as the facilitator ticks it.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteAgain {
    /// Per statement of the challenge, in the model's order: ticked for the round.
    ticked: Vec<bool>,
    /// The channel chosen, an index into [`CHANNELS`].
    channel: usize,
    /// The row in focus: the statements first, then the channels.
    row: usize,
    /// The statement the reveal showed, to go back to when cancelled.
    pub behind: usize,
}

impl VoteAgain {
    /// The chooser over the reveal of `statement`, which starts ticked: the one
    /// the group has just talked about.
    pub fn new(shared: &Shared, statement: usize) -> Option<VoteAgain> {
        let c = shared.work.as_ref()?.current()?;
        let ticked = (0..c.statements.len()).map(|i| i == statement).collect();
        Some(VoteAgain {
            ticked,
            channel: 0,
            row: statement,
            behind: statement,
        })
    }

    /// The statements ticked, in the model's order.
    fn chosen(&self, shared: &Shared) -> Vec<String> {
        let Some(c) = shared.work.as_ref().and_then(|w| w.current()) else {
            return Vec::new();
        };
        c.statements
            .iter()
            .zip(&self.ticked)
            .filter(|(_, t)| **t)
            .map(|(s, _)| s.id.clone())
            .collect()
    }

    /// Handles a key: the phase to go to when the chooser closes, and the reply.
    pub fn update(&mut self, shared: &mut Shared, msg: Msg) -> (Option<Phase>, Reply) {
        let k = self.ticked.len();
        let rows = k + CHANNELS.len();
        match msg {
            Msg::Up => self.row = self.row.saturating_sub(1),
            Msg::Down => self.row = (self.row + 1).min(rows.saturating_sub(1)),
            Msg::Toggle if self.row < k => self.ticked[self.row] = !self.ticked[self.row],
            Msg::Toggle => self.channel = self.row - k,
            Msg::Add => {
                let all = self.ticked.iter().all(|t| *t);
                self.ticked.iter_mut().for_each(|t| *t = !all);
            }
            Msg::Back => {
                let back = Phase::Reveal {
                    statement: self.behind,
                };
                return (Some(back), Reply::none());
            }
            Msg::Confirm => return self.open(shared),
            _ => {}
        }
        (None, Reply::none())
    }

    /// Opens the round on the ticked statements by the chosen channel, and
    /// starts it. A refused round leaves the chooser open and says why.
    fn open(&self, shared: &mut Shared) -> (Option<Phase>, Reply) {
        let statements = self.chosen(shared);
        let Some(c) = shared.work.as_ref().and_then(|w| w.current()) else {
            return (None, Reply::none());
        };
        if statements.is_empty() {
            shared.notice = Some(Notice::VoteAgainNothingChosen);
            return (None, Reply::none());
        }
        let challenge = c.id.clone();
        let round = shared
            .work
            .as_ref()
            .map_or(1, |w| w.session.current_round(&challenge) + 1);
        let opened = Notice::RoundOpened {
            round,
            statements: statements.len(),
        };
        let channel = CHANNELS[self.channel.min(CHANNELS.len() - 1)];
        let now = shared.now;
        let (start, reply) = match channel {
            Channel::Room => {
                let reply = super::room::vote_again_in_room(shared, statements, now);
                if reply.commands.is_empty() {
                    // Refused before anything opened; its notice says why.
                    return (None, reply);
                }
                // The overview gives way to the room's panel, as when `o` opens it.
                (Phase::Overview, reply)
            }
            Channel::Hands | Channel::Keyboard => {
                let start = match channel {
                    Channel::Hands => super::hands::empty(shared, 0),
                    // Nobody has voted in the new round: the first voter is next.
                    _ => Phase::Handover { voter: 0 },
                };
                let command = Command::OpenRound {
                    challenge,
                    statements,
                    channel,
                    at: now,
                };
                (start, Reply::command(command))
            }
        };
        shared.notice = Some(opened);
        (Some(start), reply)
    }

    /// The chooser's keys.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        vec![
            Binding::new(
                &[Key::Code(KeyCode::Enter)],
                Msg::Confirm,
                crate::tr!(lang, "tui-vote-again-open"),
            )
            .short(crate::tr!(lang, "tui-short-vote-again-open"))
            .footer(0),
            Binding::new(
                &[Key::ch(' ')],
                Msg::Toggle,
                crate::tr!(lang, "tui-vote-again-tick"),
            )
            .footer(1),
            Binding::new(
                &[Key::ch('*')],
                Msg::Add,
                crate::tr!(lang, "tui-vote-again-all"),
            )
            .footer(3),
            up_down(crate::tr!(lang, "tui-vote-again-move")).footer(4),
            Binding::new(
                &[Key::Code(KeyCode::Esc)],
                Msg::Back,
                crate::tr!(lang, "tui-cancel"),
            )
            .footer(2),
        ]
    }

    /// The chooser over the reveal.
    pub fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(c) = shared.work.as_ref().and_then(|w| w.current()) else {
            return;
        };
        let (lang, t) = (shared.lang, &shared.theme);
        let width = area.width.saturating_sub(4).min(72);
        let inner = usize::from(width.saturating_sub(4));
        let row = |i: usize, text: String| {
            let style = if i == self.row { t.selected } else { t.text };
            Line::from(Span::styled(fit(&text, inner), style))
        };
        let mut lines = vec![
            Line::styled(crate::tr!(lang, "tui-vote-again-hint"), t.muted),
            Line::styled(crate::tr!(lang, "tui-vote-again-statements"), t.title),
        ];
        for (i, (s, ticked)) in c.statements.iter().zip(&self.ticked).enumerate() {
            let mark = if *ticked { "[x]" } else { "[ ]" };
            lines.push(row(i, format!(" {mark} {}. {}", i + 1, s.text.get(lang))));
        }
        lines.push(Line::styled(
            crate::tr!(lang, "tui-vote-again-channel"),
            t.title,
        ));
        let k = self.ticked.len();
        for (j, channel) in CHANNELS.iter().enumerate() {
            let mark = if j == self.channel { "(•)" } else { "( )" };
            let name = crate::report::shift::channel_name(lang, *channel);
            lines.push(row(k + j, format!(" {mark} {name}")));
        }
        // The hint wraps to two lines at most.
        let height = u16::try_from(lines.len() + 5)
            .unwrap_or(u16::MAX)
            .min(area.height);
        let popup = centered(area, width, height);
        frame.render_widget(Clear, popup);
        let title = format!(
            " {} ",
            crate::tr!(lang, "tui-vote-again-title", challenge = c.name.get(lang))
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
