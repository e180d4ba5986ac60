//! A private vote passed round the keyboard before the group decides openly
//! (src/model/picks.rs): on the alternatives, or on the phase an area stands
//! in. The screen that holds it (alternatives, phases) gives it the question
//! and the choices, in the model's words; the vote gives back the commands.
//!
//! The facilitator chooses the next voter, who picks on a screen that shows
//! the choices and nothing of anyone's vote; the pick leaves their name as it
//! is handed in (`Command::Pick`), and the screen is blank until the next
//! voter is chosen. The picks are shown only when enough wait together
//! (`Command::ShowPicks`), as counts and shares.

mod view;

use crate::model::command::Command;
use crate::model::picks::{Pick, Poll};
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;
pub use view::{draw, shares};

/// A vote under way on one poll.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    /// What it is on.
    poll: Poll,
    /// Where it stands.
    mode: Mode,
}

/// Where a vote stands.
#[derive(Debug, Clone, PartialEq)]
enum Mode {
    /// The voters who have not voted, one chosen to vote next.
    Choosing(usize),
    /// A voter picks: the choice in focus, by its place (one past the
    /// choices is "cannot say").
    Picking {
        /// The voter: a participant's id, or a seat in an anonymous room.
        voter: u32,
        /// The name the facilitator called them by, shown while they pick.
        name: String,
        /// The choice in focus.
        focus: usize,
    },
    /// A voter has handed in: nothing of theirs, only "pass the keyboard on".
    HandOver,
}

/// What a vote's key did.
#[derive(Debug)]
pub enum Step {
    /// The vote goes on, with this reply.
    On(Reply),
    /// The vote is closed: the screen shows its overview again.
    Closed,
}

/// Who may still vote in `poll`, as (id, name to call them by).
fn open_voters(shared: &Shared, poll: &Poll) -> Vec<(u32, String)> {
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    let picks = work.session.picks(poll);
    (work.session.voters().into_iter())
        .filter(|(id, _)| !picks.is_some_and(|p| p.has_voted(*id)))
        .collect()
}

impl Vote {
    /// A vote on `poll`, on the first voter; or the notice that says why
    /// there is no one to choose.
    pub fn start(shared: &mut Shared, poll: Poll) -> Option<Vote> {
        let has_people = (shared.work.as_ref()).is_some_and(|w| !w.session.voters().is_empty());
        if !has_people {
            shared.notice = Some(Notice::NeedVoters);
            return None;
        }
        if open_voters(shared, &poll).is_empty() {
            shared.notice = Some(Notice::EveryoneHasVoted);
            return None;
        }
        Some(Vote {
            poll,
            mode: Mode::Choosing(0),
        })
    }

    /// True while a voter picks: quitting asks first.
    pub fn picking(&self) -> bool {
        matches!(self.mode, Mode::Picking { .. })
    }

    /// Handles a key; `choices` are the ids the poll picks among, in order.
    pub fn update(&mut self, shared: &mut Shared, msg: Msg, choices: &[String]) -> Step {
        match &mut self.mode {
            Mode::Choosing(selected) => {
                let voters = open_voters(shared, &self.poll);
                match msg {
                    Msg::Up => *selected = selected.saturating_sub(1),
                    Msg::Down if *selected + 1 < voters.len() => *selected += 1,
                    Msg::Back => return Step::Closed,
                    Msg::Confirm => {
                        if let Some((voter, name)) = voters.get(*selected).cloned() {
                            self.mode = Mode::Picking {
                                voter,
                                name,
                                focus: 0,
                            };
                        }
                    }
                    _ => {}
                }
            }
            Mode::Picking { voter, focus, .. } => match msg {
                Msg::Up => *focus = focus.saturating_sub(1),
                // The choices, then "cannot say".
                Msg::Down if *focus < choices.len() => *focus += 1,
                // Nothing is typed yet: back to the list of voters.
                Msg::Back => self.mode = Mode::Choosing(0),
                Msg::Confirm => {
                    let pick = choices
                        .get(*focus)
                        .map_or(Pick::Unsure, |id| Pick::Choice(id.clone()));
                    let command = Command::Pick {
                        poll: self.poll.clone(),
                        voter: *voter,
                        pick,
                    };
                    // The pick, and with it the focus that showed it, goes now.
                    self.mode = Mode::HandOver;
                    return Step::On(Reply::command(command));
                }
                _ => {}
            },
            Mode::HandOver => match msg {
                Msg::Confirm if open_voters(shared, &self.poll).is_empty() => {
                    shared.notice = Some(Notice::EveryoneHasVoted);
                    return Step::Closed;
                }
                Msg::Confirm => self.mode = Mode::Choosing(0),
                Msg::Back => return Step::Closed,
                _ => {}
            },
        }
        Step::On(Reply::none())
    }

    /// The vote's keys in its current state.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let enter = |help: String| Binding::new(&[Key::Code(KeyCode::Enter)], Msg::Confirm, help);
        let esc = |help: String| Binding::new(&[Key::Code(KeyCode::Esc)], Msg::Back, help);
        match &self.mode {
            Mode::Choosing(_) => vec![
                enter(crate::tr!(lang, "tui-poll-let-vote")).footer(0),
                esc(crate::tr!(lang, "tui-poll-close")).footer(1),
                up_down(crate::tr!(lang, "tui-poll-choose-voter")).footer(2),
            ],
            Mode::Picking { .. } => vec![
                enter(crate::tr!(lang, "tui-poll-hand-in")).footer(0),
                up_down(crate::tr!(lang, "tui-poll-move")).footer(1),
                esc(crate::tr!(lang, "tui-poll-stop-voting")).footer(2),
            ],
            Mode::HandOver => vec![
                enter(crate::tr!(lang, "tui-poll-next-voter")).footer(0),
                esc(crate::tr!(lang, "tui-poll-close")).footer(1),
            ],
        }
    }
}

/// `b` on a screen with a poll: with the room open, the poll is put to the
/// phones; without, the keyboard goes round (a vote, or none with a notice).
pub fn begin(shared: &mut Shared, poll: Poll) -> Option<Vote> {
    if shared.room.is_some() {
        // Puts the poll to the phones of the open room: nothing to draw.
        crate::tui::screens::scoring::room::open_for_poll(shared, poll);
        return None;
    }
    Vote::start(shared, poll)
}

/// True when `poll` is put to the phones of the open room.
pub fn on_phones(shared: &Shared, poll: &Poll) -> bool {
    (shared.room.as_ref()).is_some_and(|r| r.desk.polls().contains(poll))
}

/// Draws the open room's code and address beside the screen while `poll` is
/// put to its phones, or above it when fewer than `rest` columns would be
/// left beside; gives the area left for the screen.
pub fn beside(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    shared: &Shared,
    (poll, rest): (&Poll, u16),
) -> ratatui::layout::Rect {
    if !on_phones(shared, poll) {
        return area;
    }
    let (room, rest) = crate::tui::screens::room_beside::split(area, shared, rest);
    if let Some((column, room)) = room {
        let words = (
            crate::tr!(shared.lang, "tui-poll-room-open"),
            crate::tr!(shared.lang, "tui-poll-room-open-address"),
        );
        crate::tui::screens::room_beside::draw(frame, column, shared, room, words);
    }
    rest
}

/// The keys to vote in `poll` from a screen's overview: `b` (the keyboard
/// round, or the phones of the open room), `r` to show, and `o` to open the
/// room for it.
pub fn overview_bindings(shared: &Shared, poll: Option<&Poll>) -> Vec<Binding> {
    let lang = shared.lang;
    let Some(poll) = poll else {
        return Vec::new();
    };
    let waiting = (shared.work.as_ref())
        .and_then(|w| w.session.picks(poll))
        .is_some_and(|p| !p.waiting.is_empty());
    let start = if shared.room.is_some() {
        crate::tr!(lang, "tui-poll-to-phones")
    } else {
        crate::tr!(lang, "tui-poll-start")
    };
    let picks = shared.work.as_ref().and_then(|w| w.session.picks(poll));
    let may_again = picks.is_some_and(|p| !p.shown.is_empty() && p.waiting.is_empty());
    vec![
        Binding::new(
            &[Key::ch('v')],
            Msg::VoteAgain,
            crate::tr!(lang, "tui-poll-again"),
        )
        .footer(6)
        .when(may_again),
        // Before the screen's own moves: the vote is what a newcomer would
        // not find without the footer.
        Binding::new(&[Key::ch('b')], Msg::StartBallot, start)
            .short(crate::tr!(lang, "tui-short-vote"))
            .footer(1)
            .when(!on_phones(shared, poll)),
        // Before the rest once there is something to show.
        Binding::new(
            &[Key::ch('r')],
            Msg::Reveal,
            crate::tr!(lang, "tui-poll-show"),
        )
        .footer(if waiting { 0 } else { 4 }),
        Binding::new(
            &[Key::ch('o')],
            Msg::OpenRoom { choose: false },
            crate::tr!(lang, "tui-poll-open-room"),
        )
        .footer(5)
        .when(shared.room.is_none()),
    ]
}

/// The command that takes `poll` again: the shown votes are kept as an
/// earlier round and everyone may vote afresh (`b` then starts it).
pub fn again(shared: &mut Shared, poll: &Poll) -> Reply {
    let Some(work) = shared.work.as_ref() else {
        return Reply::none();
    };
    let picks = work.session.picks(poll);
    if !picks.is_some_and(|p| !p.shown.is_empty() && p.waiting.is_empty()) {
        let problem = crate::error::ConstructFault::ReopenNeedsShown.into();
        shared.notice = Some(Notice::Refused(problem));
        return Reply::none();
    }
    Reply::command(Command::ReopenPoll { poll: poll.clone() })
}

/// The command that shows the picks waiting in `poll`, or the notice that
/// says none wait or how many more must vote first.
pub fn show(shared: &mut Shared, poll: &Poll) -> Reply {
    let Some(work) = shared.work.as_ref() else {
        return Reply::none();
    };
    let waiting = work.session.picks(poll).map_or(0, |p| p.waiting.total());
    let min = work.session.min_writers() as u64;
    if waiting == 0 {
        shared.notice = Some(Notice::NoPicksWaiting);
        return Reply::none();
    }
    if waiting < min {
        shared.notice = Some(Notice::PicksNeedVoters(min - waiting));
        return Reply::none();
    }
    Reply::command(Command::ShowPicks { poll: poll.clone() })
}
