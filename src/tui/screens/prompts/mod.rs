//! A set of the model's open prompts (docs/model-format.md, "Open prompts";
//! issue 28): the group writes short answers, by keyboard like a ballot
//! passed round, and the facilitator shows them together and groups them into
//! themes.
//!
//! The keyboard goes round: the facilitator chooses the next writer, who
//! writes in fields only they see and hands in; the screen is then blank
//! until the next writer is chosen, so that no one sees what the one before
//! wrote. The answers leave the writer's name as they are handed in
//! (`Command::Write`), and are shown only when enough writers wait together
//! (`Command::ShowAnswers`), sorted by text.

mod keys;
mod shown;
mod themes;
mod turn;
mod view;
mod view_turn;

use crate::model::command::Command;
use crate::model::open_answers::SetAnswers;
use crate::model::prompts::PromptSet;
use crate::tui::bindings::Binding;
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::{Notice, Question};
use crate::tui::screens::{Page, Reply, Shares, edit_field};
use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::collections::BTreeSet;
pub use turn::Turn;

/// The prompts screen: the set, what it shows now, and the facilitator's
/// place in the shown list.
#[derive(Debug, Clone)]
pub struct Prompts {
    /// The set.
    set: Which,
    /// What the screen shows now.
    mode: Mode,
    /// The shown answer in focus, by its place in the shown list.
    cursor: usize,
    /// Shown answers marked for a theme, as (prompt's place, text).
    marked: BTreeSet<(usize, String)>,
    /// How far the text is scrolled while nothing is shown: with answers
    /// shown, the answer in focus sets it.
    scroll: u16,
}

/// Which set a prompts screen is for.
#[derive(Debug, Clone)]
enum Which {
    /// The model's set at this place in its prompts: a step of its own.
    Step(u16),
    /// A set made from the model and the session, shown within another
    /// step: the phases' questions about an area.
    Made(Box<PromptSet>),
}

/// What the prompts screen shows.
#[derive(Debug, Clone, PartialEq)]
enum Mode {
    /// The set, the counts and the shown list: the facilitator's view.
    Overview,
    /// The writers who have not written, one chosen to write next.
    Choosing(usize),
    /// A writer writes.
    Writing(Box<Turn>),
    /// A writer has handed in: nothing of theirs, only "pass the keyboard on".
    HandOver,
    /// The name of a theme for the marked answers is being typed.
    Naming(TextField),
}

impl Prompts {
    /// The screen of the set at `set` in the model's prompts.
    pub fn new(set: u16) -> Prompts {
        Prompts::of(Which::Step(set))
    }

    /// The screen of a set made from the model and the session, such as
    /// [`crate::model::area_prompts`]'s, shown within another step.
    pub fn made(set: PromptSet) -> Prompts {
        Prompts::of(Which::Made(Box::new(set)))
    }

    fn of(set: Which) -> Prompts {
        Prompts {
            set,
            mode: Mode::Overview,
            cursor: 0,
            marked: BTreeSet::new(),
            scroll: 0,
        }
    }

    /// The set's place in the model's prompts; none for a made set, which
    /// is no step of its own.
    pub fn set_index(&self) -> Option<u16> {
        match self.set {
            Which::Step(at) => Some(at),
            Which::Made(_) => None,
        }
    }

    /// True while the facilitator sees the set, with no one writing and no
    /// form open: where Esc may leave a made set.
    pub fn at_overview(&self) -> bool {
        self.mode == Mode::Overview
    }

    /// The set this screen is for.
    fn set<'a>(&'a self, shared: &'a Shared) -> Option<&'a PromptSet> {
        match &self.set {
            Which::Step(at) => shared.work.as_ref()?.model.prompts.get(usize::from(*at)),
            Which::Made(set) => Some(set),
        }
    }

    /// What the group has written to the set.
    fn answers<'a>(&self, shared: &'a Shared) -> Option<&'a SetAnswers> {
        let work = shared.work.as_ref()?;
        work.session.answers_to(&self.set(shared)?.id)
    }

    /// Who may still write, as (id, name to call them by): the participants,
    /// or the seats of an anonymous room, who have not written.
    fn open_writers(&self, shared: &Shared) -> Vec<(u32, String)> {
        let Some(work) = shared.work.as_ref() else {
            return Vec::new();
        };
        let answers = self.answers(shared);
        work.session
            .voters()
            .into_iter()
            .filter(|(id, _)| !answers.is_some_and(|a| a.has_written(*id)))
            .collect()
    }

    /// The shown answers, as the screen lists them.
    fn rows<'a>(&'a self, shared: &'a Shared) -> Vec<shown::Row<'a>> {
        self.set(shared)
            .map(|set| shown::rows(set, self.answers(shared)))
            .unwrap_or_default()
    }

    /// Opens the list of writers, or says why there is no one to choose.
    fn choose_writer(&mut self, shared: &mut Shared) {
        let has_people = shared
            .work
            .as_ref()
            .is_some_and(|w| !w.session.voters().is_empty());
        if !has_people {
            shared.notice = Some(Notice::NeedVoters);
        } else if self.open_writers(shared).is_empty() {
            shared.notice = Some(Notice::EveryoneHasWritten);
            self.mode = Mode::Overview;
        } else {
            self.mode = Mode::Choosing(0);
        }
    }

    /// Shows what waits, or says how many more must write first.
    fn show(&self, shared: &mut Shared) -> Reply {
        let (Some(set), Some(work)) = (self.set(shared), shared.work.as_ref()) else {
            return Reply::none();
        };
        let waiting = self.answers(shared).map_or(0, |a| a.waiting_writers);
        let min = work.session.min_writers();
        let waiting = usize::try_from(waiting).unwrap_or(usize::MAX);
        if waiting == 0 {
            shared.notice = Some(Notice::NoAnswersWaiting);
            return Reply::none();
        }
        if waiting < min {
            shared.notice = Some(Notice::AnswersNeedWriters(min - waiting));
            return Reply::none();
        }
        Reply::command(Command::ShowAnswers {
            set: set.id.clone(),
        })
    }

    /// The facilitator's keys on the set and its shown list.
    fn overview(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let rows = self.rows(shared).len();
        match msg {
            Msg::Confirm | Msg::Add => self.choose_writer(shared),
            Msg::Reveal => return self.show(shared),
            Msg::OpenRoom { .. } => {
                let Some(id) = self.set(shared).map(|s| s.id.clone()) else {
                    return Reply::none();
                };
                return crate::tui::screens::scoring::room::open_for_set(shared, &id);
            }
            // With nothing shown, ↑↓ scroll the prompts (a long set does not fit).
            Msg::Up if rows == 0 => self.scroll = self.scroll.saturating_sub(1),
            Msg::Down if rows == 0 => {
                // No further than the text's lines at the narrowest screen
                // (more lines than at any wider one): the view stops at its end.
                let lines = self
                    .set(shared)
                    .map_or(0, |set| view::lines(self, shared, set, 40).0.len());
                if usize::from(self.scroll) < lines {
                    self.scroll += 1;
                }
            }
            Msg::Up => self.cursor = self.cursor.saturating_sub(1),
            Msg::Down if self.cursor + 1 < rows => self.cursor += 1,
            Msg::Toggle => {
                let row = self
                    .rows(shared)
                    .get(self.cursor)
                    .map(|r| (r.prompt, r.text.to_owned()));
                if let Some(row) = row
                    && !self.marked.remove(&row)
                {
                    self.marked.insert(row);
                }
            }
            Msg::Edit if rows > 0 => self.mode = Mode::Naming(TextField::empty(Kind::Theme)),
            Msg::Remove if rows > 0 => return self.theme(shared, None),
            _ => {}
        }
        Reply::none()
    }

    /// Keys while the next writer is chosen.
    fn choosing(&mut self, shared: &Shared, selected: usize, msg: Msg) -> Reply {
        let writers = self.open_writers(shared);
        match msg {
            Msg::Up => self.mode = Mode::Choosing(selected.saturating_sub(1)),
            Msg::Down if selected + 1 < writers.len() => self.mode = Mode::Choosing(selected + 1),
            Msg::Back => self.mode = Mode::Overview,
            Msg::Confirm => {
                let prompts = self.set(shared).map_or(0, |s| s.prompts.len());
                if let Some((id, name)) = writers.get(selected).cloned() {
                    self.mode = Mode::Writing(Box::new(Turn::new(id, name, prompts)));
                }
            }
            _ => {}
        }
        Reply::none()
    }

    /// Keys while a writer writes.
    fn writing(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let Mode::Writing(turn) = &mut self.mode else {
            return Reply::none();
        };
        match msg {
            Msg::HandIn => return self.hand_in(shared),
            Msg::Confirm if turn.on_hand_in() => return self.hand_in(shared),
            Msg::Confirm | Msg::Next | Msg::Down => turn.next(),
            Msg::Prev | Msg::Up => turn.prev(),
            Msg::PageDown => turn.next_prompt(),
            Msg::PageUp => turn.prev_prompt(),
            Msg::Back if turn.is_blank() => self.mode = Mode::Overview,
            Msg::Back => return Reply::ask(Question::DropWriting),
            // The answer to "stop the writer's turn?": what they typed goes.
            Msg::Yes => self.mode = Mode::Overview,
            msg => {
                if let Some(field) = turn.field_mut() {
                    edit_field(field, shared, &msg);
                }
            }
        }
        Reply::none()
    }

    /// Hands in the writer's answers and blanks the screen for the next one.
    fn hand_in(&mut self, shared: &Shared) -> Reply {
        let (Mode::Writing(turn), Some(set)) = (&self.mode, self.set(shared)) else {
            return Reply::none();
        };
        let command = turn.hand_in(set);
        // The turn, and with it every field the writer typed in, goes now.
        self.mode = Mode::HandOver;
        Reply::command(command)
    }
}

impl Page for Prompts {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        match &mut self.mode {
            Mode::Overview => self.overview(shared, msg),
            Mode::Choosing(selected) => {
                let selected = *selected;
                self.choosing(shared, selected, msg)
            }
            Mode::Writing(_) => self.writing(shared, msg),
            Mode::HandOver => {
                match msg {
                    Msg::Confirm => self.choose_writer(shared),
                    Msg::Back => self.mode = Mode::Overview,
                    _ => {}
                }
                Reply::none()
            }
            Mode::Naming(_) => self.naming(shared, msg),
        }
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        keys::bindings(self, shared)
    }

    fn shares(&self) -> Shares {
        Shares::typing(matches!(self.mode, Mode::Writing(_) | Mode::Naming(_)))
    }

    fn in_round(&self) -> bool {
        matches!(self.mode, Mode::Writing(_))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        match &self.mode {
            Mode::Writing(turn) => view_turn::draw(self, turn, frame, area, shared),
            _ => view::draw(self, frame, area, shared),
        }
    }
}
