//! Scoring, one challenge at a time: a ballot round where the keyboard passes from
//! person to person, or a show of hands; then the reveal and the agreed score.
//! The screen never shows how anyone voted, only how many have.

mod agree;
mod ballot;
mod choose_room;
mod hands;
mod overview;
mod reveal;
mod reveal_careless;
mod reveal_reference;
mod reveal_rounds;
mod reveal_shares;
pub mod room;
mod room_panel;
mod round;
mod statement;
mod vote_again;

use statement::{
    round_ids, round_title, statement_head, statement_ids, statement_ids_of, statement_title,
};

pub use agree::AgreeForm;
pub use reveal::draw as draw_reveal;
pub use room::OpenRoom;

use crate::model::command::Command;
use crate::tui::bindings::{Binding, Key};
use crate::tui::input::TextField;
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Page, Reply, Shares, step_selection};
use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Where the scoring screen is within a challenge.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Phase {
    /// The challenge and its statements, with how many have answered.
    #[default]
    Overview,
    /// The blank screen before voter `voter` (index into the voters).
    Handover {
        /// Index into the session's voters.
        voter: usize,
    },
    /// The facilitator's list of voters, showing who is done, to pick one.
    Pick {
        /// The selected voter (index into the session's voters).
        selected: usize,
    },
    /// Voter `voter` answering; `entries` are this voter's own answers so far.
    Ballot {
        /// Index into the session's voters.
        voter: usize,
        /// The statement shown.
        statement: usize,
        /// The voter's own answers in this round (None = skipped or not yet).
        entries: Vec<Option<crate::model::session::Answer>>,
    },
    /// Counting raised hands for one statement.
    Hands {
        /// The statement.
        statement: usize,
        /// The row in focus: one per scale value, then vet ej.
        row: usize,
        /// The counts typed so far.
        counts: Vec<TextField>,
    },
    /// The results, one statement at a time.
    Reveal {
        /// The statement shown.
        statement: usize,
    },
    /// Recording the agreed score.
    Agree(AgreeForm),
    /// Ticking the challenges to open the room for.
    ChooseRoom(choose_room::RoomChoice),
    /// Choosing the statements and the channel of a new round, over the reveal.
    VoteAgain(vote_again::VoteAgain),
}

/// The scoring screen.
#[derive(Debug, Clone, Default)]
pub struct Scoring {
    /// What is happening with the challenge in focus.
    pub phase: Phase,
    /// How far the challenge's text is scrolled in the overview.
    scroll: u16,
    /// The statement last shown in the reveal, and of which challenge (index):
    /// going back into the reveal of that challenge opens it there again.
    revealed_at: Option<(usize, usize)>,
}

impl Scoring {
    fn overview(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let Some(work) = &mut shared.work else {
            return Reply::none();
        };
        if shared.room.is_some()
            && matches!(
                msg,
                Msg::CloseRoom
                    | Msg::FreeSeat
                    | Msg::Up
                    | Msg::Down
                    | Msg::StartBallot
                    | Msg::StartHands
            )
        {
            return room::update(shared, msg);
        }
        let statements = statement_ids_of(work);
        let responses = work.session.responses();
        match msg {
            Msg::Left | Msg::Right => {
                let n = work.model.challenges.len();
                work.challenge = step_selection(work.challenge, n, msg == Msg::Right);
                self.scroll = 0;
                // The router remembers the challenge in focus.
                return Reply::none();
            }
            Msg::Up => self.scroll = self.scroll.saturating_sub(1),
            Msg::Down => {
                self.scroll = (self.scroll + 1).min(overview::max_scroll(shared));
            }
            Msg::StartBallot => {
                if work.session.voter_count() == 0 {
                    shared.notice = Some(Notice::NeedVoters);
                } else if statements.iter().any(|s| responses.is_tally(s)) {
                    shared.notice = Some(Notice::CountedByHands);
                } else {
                    self.phase = round::start(work);
                }
            }
            Msg::StartHands => {
                let has_ballots = work.current().is_some_and(|c| work.session.has_ballots(c));
                if has_ballots {
                    shared.notice = Some(Notice::HasBallots);
                } else {
                    self.phase = hands::phase(shared, 0);
                }
            }
            Msg::Reveal => {
                let statement = match self.revealed_at {
                    Some((c, statement)) if c == work.challenge => statement,
                    _ => 0,
                };
                self.phase = Phase::Reveal { statement };
            }
            Msg::Agree => self.phase = Phase::Agree(AgreeForm::new(shared)),
            Msg::OpenRoom { choose: false } => return room::open_for(shared, None),
            Msg::OpenRoom { choose: true } => {
                if let Some(choice) = choose_room::RoomChoice::new(shared) {
                    self.phase = Phase::ChooseRoom(choice);
                }
            }
            _ => {}
        }
        Reply::none()
    }
}

impl Scoring {
    fn dispatch(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let k = statement_ids(shared).len();
        match (&mut self.phase, msg) {
            (Phase::Reveal { .. } | Phase::Overview, Msg::Discuss) => {
                Reply::go(crate::tui::step::Step::Queue)
            }
            (Phase::Overview, msg) => self.overview(shared, msg),
            (Phase::Handover { .. }, msg) => round::handover(&mut self.phase, shared, msg),
            (Phase::Pick { .. }, msg) => round::pick(&mut self.phase, shared, msg),
            (Phase::Ballot { .. }, msg) => ballot::update(&mut self.phase, shared, msg),
            (Phase::Hands { .. }, msg) => hands::update(&mut self.phase, shared, msg),
            (Phase::Reveal { statement }, msg @ (Msg::Left | Msg::Right)) => {
                *statement = step_selection(*statement, k, msg == Msg::Right);
                Reply::none()
            }
            (Phase::Reveal { statement }, Msg::Agree) => {
                let mut form = AgreeForm::new(shared);
                // The results the group just discussed stay behind the form.
                form.behind = *statement;
                form.from_reveal = true;
                self.phase = Phase::Agree(form);
                Reply::none()
            }
            (Phase::Reveal { statement }, Msg::VoteAgain) => {
                if let Some(chooser) = vote_again::VoteAgain::new(shared, *statement) {
                    self.phase = Phase::VoteAgain(chooser);
                }
                Reply::none()
            }
            (Phase::Reveal { statement }, Msg::LeaveOutCareless) => {
                reveal_careless::leave_out(shared, *statement)
            }
            (Phase::VoteAgain(chooser), msg) => {
                let (next, reply) = chooser.update(shared, msg);
                if let Some(phase) = next {
                    self.phase = phase;
                }
                reply
            }
            (Phase::Reveal { .. }, Msg::Back) => {
                self.phase = Phase::Overview;
                Reply::none()
            }
            (Phase::ChooseRoom(choice), msg) => {
                let (close, reply) = choice.update(shared, msg);
                if close {
                    self.phase = Phase::Overview;
                }
                reply
            }
            (Phase::Agree(form), msg) => {
                let back_to = form.from_reveal.then_some(form.behind);
                let (close, reply) = form.update(shared, msg);
                if close {
                    // Closed without saving, the group is back at the results
                    // it was discussing; saved, at the challenge with its score.
                    self.phase = match back_to {
                        Some(statement) if reply.commands.is_empty() => Phase::Reveal { statement },
                        _ => Phase::Overview,
                    };
                }
                reply
            }
            _ => Reply::none(),
        }
    }
}

impl Page for Scoring {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let was_reveal = matches!(self.phase, Phase::Reveal { .. });
        let mut reply = self.dispatch(shared, msg);
        if let (Phase::Reveal { statement }, Some(work)) = (&self.phase, &shared.work) {
            self.revealed_at = Some((work.challenge, *statement));
        }
        // Whichever way the reveal is reached (the key, the last ballot, the last
        // show of hands), the ballots counted since the last one are shown, if
        // there are enough of them.
        if !was_reveal
            && matches!(self.phase, Phase::Reveal { .. })
            && let Some(work) = &mut shared.work
            && let Some(c) = work.current().map(|c| c.id.clone())
        {
            // Phones' answers to it are counted now (a room from `klarhet room`
            // left them open in the file too), and its phones sent to the screen.
            if let Some(room) = &mut shared.room {
                room.desk.show(&c, work.session.current_round(&c));
            }
            reply.commands.push(Command::Reveal {
                challenge: c,
                at: shared.now,
            });
        }
        reply
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let k = statement_ids(shared).len();
        let quit = || {
            Binding::new(
                &[Key::ch('q')],
                Msg::Quit,
                crate::tr!(lang, "tui-quit-asks-first"),
            )
        };
        match &self.phase {
            Phase::Overview => overview::bindings(shared),
            Phase::Handover { voter } => {
                let mut list = round::handover_bindings(shared, *voter);
                list.push(quit().footer(4));
                list
            }
            Phase::Pick { selected } => {
                let mut list = round::pick_bindings(shared, *selected);
                list.push(quit());
                list
            }
            Phase::Ballot { statement, .. } => {
                let mut list = ballot::bindings(shared, *statement, round_ids(shared).len());
                list.push(quit());
                list
            }
            Phase::Hands { .. } => {
                let mut list = hands::bindings(shared, round_ids(shared).len());
                list.push(quit());
                list
            }
            Phase::Reveal { statement } => reveal::bindings(shared, k, *statement),
            Phase::Agree(form) => form.bindings(shared),
            Phase::ChooseRoom(choice) => choice.bindings(shared),
            Phase::VoteAgain(chooser) => chooser.bindings(shared),
        }
    }

    fn shares(&self) -> Shares {
        match self.phase {
            Phase::Overview | Phase::Reveal { .. } => Shares::All,
            _ => Shares::ControlKeys,
        }
    }

    fn draft(&self, shared: &Shared) -> Option<crate::model::session::Draft> {
        let Phase::Agree(form) = &self.phase else {
            return None;
        };
        let challenge = shared.work.as_ref()?.current()?;
        Some(form.draft(&challenge.id))
    }

    /// Opens the agreed-score form of the draft's challenge, which comes into focus.
    fn restore(&mut self, shared: &mut Shared, draft: &crate::model::session::Draft) -> bool {
        let crate::model::session::DraftForm::Agreed { challenge, .. } = &draft.form else {
            return false;
        };
        let Some(work) = &mut shared.work else {
            return false;
        };
        let Some(at) = work
            .model
            .challenges
            .iter()
            .position(|c| c.id == *challenge)
        else {
            return false;
        };
        work.challenge = at;
        match AgreeForm::restore(shared, draft) {
            Some(form) => {
                self.phase = Phase::Agree(form);
                true
            }
            None => false,
        }
    }

    fn about(&self, shared: &Shared) -> Option<String> {
        matches!(self.phase, Phase::Reveal { .. }).then(|| {
            crate::tr!(
                shared.lang,
                "tui-few-of-room-rule",
                share =
                    crate::text::percent(shared.lang, crate::model::scoring::stats::FEW_OF_ROOM)
            )
        })
    }

    fn in_round(&self) -> bool {
        matches!(
            self.phase,
            Phase::Handover { .. }
                | Phase::Pick { .. }
                | Phase::Ballot { .. }
                | Phase::Hands { .. }
        )
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        match &self.phase {
            Phase::Overview => match &shared.room {
                Some(open) => room_panel::draw(frame, area, shared, open),
                None => overview::draw(frame, area, shared, self.scroll),
            },
            Phase::Handover { voter } => round::draw_handover(frame, area, shared, *voter),
            Phase::Pick { selected } => round::draw_pick(frame, area, shared, *selected),
            Phase::Ballot {
                voter,
                statement,
                entries,
            } => ballot::ballot(frame, area, shared, *voter, *statement, entries),
            Phase::Hands {
                statement,
                row,
                counts,
            } => hands::draw(frame, area, shared, *statement, *row, counts),
            Phase::Reveal { statement } => reveal::draw(frame, area, shared, *statement),
            Phase::Agree(form) => {
                reveal::draw(frame, area, shared, form.behind);
                form.draw(frame, area, shared);
            }
            Phase::ChooseRoom(choice) => {
                overview::draw(frame, area, shared, self.scroll);
                choice.draw(frame, area, shared);
            }
            Phase::VoteAgain(chooser) => {
                reveal::draw(frame, area, shared, chooser.behind);
                chooser.draw(frame, area, shared);
            }
        }
    }
}
