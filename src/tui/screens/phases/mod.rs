//! The model's phases (docs/model-format.md, "Phases"): what the phases are
//! and are not first, then the areas of the collaboration, the model's
//! suggestions and the session's own, each in its phase or not placed. The
//! facilitator adds an area by name and places the area in focus in a phase,
//! with a note if the group has one. The phases are no ladder: the choice
//! wraps round, moving an area anywhere is one keystroke like any other, and
//! nothing on the screen calls a phase next, higher or better. Before placing
//! an area, the group may vote privately on its phase (`b`,
//! src/tui/screens/poll/): the shown votes stand beside the area's text, and
//! the placement stays the group's.

mod asked;
pub(super) mod cards;
mod form;
mod tied;
mod view;

use crate::model::picks::Poll;
use crate::model::placement::AreaRow;
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::screens::poll::{self, Step, Vote};
use crate::tui::screens::{Page, Prompts, Reply, Shares};
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;
use form::{Form, phase_by_digit};
use ratatui::Frame;
use ratatui::layout::Rect;

/// The phases screen: the row in focus, how far its text is scrolled, and
/// the form open over it.
#[derive(Debug, Clone, Default)]
pub struct Phases {
    /// 0 is the phase model itself (its about-texts); the areas follow.
    selected: usize,
    /// How many lines the text beside the list is scrolled down.
    scroll: u16,
    /// The form open, if any.
    form: Option<Form>,
    /// The private vote under way on the area in focus, if any.
    vote: Option<Vote>,
    /// The questions about the area in focus, while they are open.
    asked: Option<Box<Prompts>>,
}

/// The model's phases, when it has them.
fn model_phases(shared: &Shared) -> Option<&crate::model::phases::Phases> {
    shared.work.as_ref()?.model.phases.as_ref()
}

/// The areas the screen lists, in order.
fn areas(shared: &Shared) -> Vec<AreaRow> {
    (shared.work.as_ref()).map_or_else(Vec::new, |w| w.session.areas(&w.model, shared.lang))
}

/// The phases' ids and their names as a voter sees them, in order.
fn phase_choices(shared: &Shared) -> (Vec<String>, Vec<String>) {
    let lang = shared.lang;
    model_phases(shared).map_or_else(Default::default, |phases| {
        (phases.steps.iter())
            .map(|p| (p.id.clone(), view::phase_name(p, lang)))
            .unzip()
    })
}

impl Phases {
    /// The poll on the area in focus, when the focus is on one.
    fn focused_poll(&self, shared: &Shared) -> Option<Poll> {
        self.focused(shared).map(|a| Poll::Area(a.id))
    }

    /// The area in focus, when the focus is on one.
    fn focused(&self, shared: &Shared) -> Option<AreaRow> {
        let i = self.selected.checked_sub(1)?;
        areas(shared).into_iter().nth(i)
    }
}

impl Page for Phases {
    fn draft(&self, shared: &Shared) -> Option<crate::model::session::Draft> {
        self.placement_draft(shared)
    }

    fn restore(&mut self, shared: &mut Shared, draft: &crate::model::session::Draft) -> bool {
        self.restore_placement(shared, draft)
    }

    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        if self.form.is_some() {
            return self.form(shared, msg);
        }
        if self.asked.is_some() {
            return self.asked_update(shared, msg);
        }
        if let Some(vote) = &mut self.vote {
            let (ids, _) = phase_choices(shared);
            return match vote.update(shared, msg, &ids) {
                Step::On(reply) => reply,
                Step::Closed => {
                    self.vote = None;
                    Reply::none()
                }
            };
        }
        let rows = areas(shared).len() + 1;
        // The focus was put on an area being added; if the session refused
        // it, the focus comes back to the last row there is.
        self.selected = self.selected.min(rows - 1);
        match msg {
            Msg::Up if self.selected > 0 => {
                self.selected -= 1;
                self.scroll = 0;
            }
            Msg::Down if self.selected + 1 < rows => {
                self.selected += 1;
                self.scroll = 0;
            }
            Msg::Next => self.scroll = self.scroll.saturating_add(3),
            Msg::Prev => self.scroll = self.scroll.saturating_sub(3),
            Msg::Edit => self.open_place(shared, None),
            Msg::Char(c) => {
                if let Some(i) = phase_by_digit(shared, c) {
                    self.open_place(shared, Some(i));
                }
            }
            Msg::StartBallot => {
                if let Some(poll) = self.focused_poll(shared) {
                    self.vote = poll::begin(shared, poll);
                }
            }
            Msg::OpenRoom { .. } => {
                if let Some(poll) = self.focused_poll(shared) {
                    return crate::tui::screens::scoring::room::open_for_poll(shared, poll);
                }
            }
            Msg::Reveal => {
                if let Some(poll) = self.focused_poll(shared) {
                    return poll::show(shared, &poll);
                }
            }
            Msg::VoteAgain => {
                if let Some(poll) = self.focused_poll(shared) {
                    return poll::again(shared, &poll);
                }
            }
            Msg::Ask => return self.ask(shared),
            Msg::Add if model_phases(shared).is_some() => {
                self.form = Some(Form::Add(TextField::empty(Kind::Organisation)));
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let close = || {
            Binding::new(
                &[Key::Code(KeyCode::Esc)],
                Msg::Back,
                crate::tr!(lang, "tui-close-without-saving"),
            )
            .footer(1)
        };
        if let Some(asked) = &self.asked {
            return asked::bindings(asked, shared);
        }
        if let Some(vote) = &self.vote {
            return vote.bindings(shared);
        }
        match &self.form {
            Some(Form::Add(name)) => {
                let mut list = vec![
                    Binding::new(
                        &[Key::Code(KeyCode::Enter)],
                        Msg::Confirm,
                        crate::tr!(lang, "tui-phases-keep-area"),
                    )
                    .footer(0),
                    close(),
                ];
                // One field: ↑↓ and Tab have no other field to go to.
                list.extend(
                    bindings::form(lang, Some(name))
                        .into_iter()
                        .filter(|b| !b.keys.iter().any(|(_, m)| *m == Msg::Next)),
                );
                list
            }
            Some(Form::Place { note, on_note, .. }) => {
                let mut list = vec![
                    Binding::new(
                        &[Key::Code(KeyCode::Enter)],
                        Msg::Confirm,
                        crate::tr!(lang, "tui-phases-keep"),
                    )
                    .footer(0),
                    close(),
                    Binding::new(
                        &[Key::Digit],
                        Msg::Char('1'),
                        crate::tr!(lang, "tui-phases-choose-phase"),
                    )
                    .footer(2)
                    .when(!*on_note),
                ];
                list.extend(bindings::form(lang, on_note.then_some(note)));
                list
            }
            None => {
                let focused = (self.selected > 0).then(|| self.focused(shared)).flatten();
                let on_area = focused.is_some();
                let asks = focused.is_some_and(|a| asked::key_for(shared, &a).is_some());
                let poll = self.focused_poll(shared);
                let mut list = vec![
                    up_down(crate::tr!(lang, "tui-phases-move")).footer(1),
                    Binding::new(
                        &[Key::Code(KeyCode::Enter), Key::Digit],
                        Msg::Edit,
                        crate::tr!(lang, "tui-phases-place"),
                    )
                    .footer(0)
                    .when(on_area),
                    Binding::new(
                        &[Key::ch('a')],
                        Msg::Add,
                        crate::tr!(lang, "tui-phases-add"),
                    )
                    .footer(0),
                    Binding::new(
                        &[Key::ch('f')],
                        Msg::Ask,
                        crate::tr!(lang, "tui-phases-ask"),
                    )
                    .short(crate::tr!(lang, "tui-short-ask"))
                    .footer(2)
                    .when(asks),
                    Binding::each(
                        vec![
                            (Key::Code(KeyCode::Tab), Msg::Next),
                            (Key::Code(KeyCode::BackTab), Msg::Prev),
                        ],
                        crate::tr!(lang, "tui-scroll-the-text"),
                    )
                    .footer(3),
                ];
                // The phases' own keys first: placing is what the step is for.
                list.extend(poll::overview_bindings(shared, poll.as_ref()));
                list
            }
        }
    }

    fn shares(&self) -> Shares {
        match &self.asked {
            Some(asked) => asked.shares(),
            None => Shares::typing(self.form.is_some() || self.vote.is_some()),
        }
    }

    fn in_round(&self) -> bool {
        let writing = self.asked.as_ref().is_some_and(|a| a.in_round());
        writing || self.vote.as_ref().is_some_and(Vote::picking)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        if let Some(asked) = &self.asked {
            asked.draw(frame, area, shared);
            return;
        }
        if let (Some(vote), Some(row)) = (&self.vote, self.focused(shared)) {
            let (_, labels) = phase_choices(shared);
            let question = crate::tr!(
                shared.lang,
                "tui-poll-area-question",
                area = row.name.as_str()
            );
            poll::draw(vote, frame, area, shared, &question, &labels);
            return;
        }
        view::draw(self, frame, area, shared);
    }
}
