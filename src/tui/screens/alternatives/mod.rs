//! The model's alternatives (docs/model-format.md, "Alternatives"): the
//! question, each alternative with its measures, and the paragraph the report
//! gives for all of them; the group picks one and the facilitator writes why.
//! A choice without a reason is not kept, so Enter on a blank reason says so
//! instead of handing the command. Before choosing, the group may vote
//! privately (`b`, src/tui/screens/poll/): the shown votes stand beside the
//! alternatives, and the choice stays the group's.

mod view;

use crate::model::command::Command;
use crate::model::picks::Poll;
use crate::model::session::{Draft, DraftForm};
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::poll::{self, Step, Vote};
use crate::tui::screens::{Page, Reply, Shares, edit_field};
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;

/// The alternatives screen: the alternative in focus, and the reason being
/// typed for it.
#[derive(Debug, Clone, Default)]
pub struct Alternatives {
    /// The alternative in focus, by its place in the model; one past the last
    /// is the paragraph shared by all, which can be read but not chosen.
    selected: usize,
    /// The reason being typed for the alternative in focus, while the form is
    /// open.
    reason: Option<TextField>,
    /// The private vote under way, if any.
    vote: Option<Vote>,
}

/// The model's alternatives, when it has them.
fn model_alternatives(shared: &Shared) -> Option<&crate::model::alternatives::Alternatives> {
    shared.work.as_ref()?.model.alternatives.as_ref()
}

/// How many places the focus can take: each alternative, and the shared
/// paragraph when there is one.
fn stops(shared: &Shared) -> usize {
    model_alternatives(shared).map_or(0, |a| a.items.len() + usize::from(a.without.is_some()))
}

impl Alternatives {
    /// Opens on the alternative the group chose, if it has.
    pub fn new(shared: &Shared) -> Alternatives {
        let selected = shared
            .work
            .as_ref()
            .and_then(|w| {
                let chosen = w.session.choice()?;
                let items = &w.model.alternatives.as_ref()?.items;
                items.iter().position(|a| a.id == chosen.alternative)
            })
            .unwrap_or(0);
        Alternatives {
            selected,
            reason: None,
            vote: None,
        }
    }

    /// The alternatives' ids and their names as a voter sees them, in order.
    fn choices(shared: &Shared) -> (Vec<String>, Vec<String>) {
        let lang = shared.lang;
        model_alternatives(shared).map_or_else(Default::default, |all| {
            (all.items.iter())
                .map(|a| (a.id.clone(), format!("{}  {}", a.label, a.name.get(lang))))
                .unzip()
        })
    }

    /// The alternative in focus, when the focus is on one.
    fn focused<'a>(
        &self,
        shared: &'a Shared,
    ) -> Option<&'a crate::model::alternatives::Alternative> {
        model_alternatives(shared)?.items.get(self.selected)
    }

    /// Opens the reason's field for the alternative in focus, holding the
    /// group's reason when it is the one chosen, so that it can be amended.
    fn open_form(&mut self, shared: &Shared) {
        let Some(alternative) = self.focused(shared) else {
            return;
        };
        let kept = shared
            .work
            .as_ref()
            .and_then(|w| w.session.choice())
            .filter(|c| c.alternative == alternative.id)
            .map_or("", |c| c.reason.as_str());
        self.reason = Some(TextField::new(Kind::Rationale, kept));
    }

    /// Handles a message while the reason is being typed.
    fn form(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let focused = self
            .focused(shared)
            .map(|a| (a.id.clone(), a.label.clone()));
        let Some(field) = &mut self.reason else {
            return Reply::none();
        };
        match msg {
            Msg::Back => self.reason = None,
            Msg::Confirm => {
                let Some((alternative, label)) = focused else {
                    self.reason = None;
                    return Reply::none();
                };
                let reason = field.trimmed().to_owned();
                if reason.is_empty() {
                    shared.notice = Some(Notice::ReasonMissing { alternative: label });
                    return Reply::none();
                }
                self.reason = None;
                return Reply::command(Command::Choose {
                    alternative,
                    reason,
                });
            }
            msg => {
                edit_field(field, shared, &msg);
            }
        }
        Reply::none()
    }
}

impl Page for Alternatives {
    /// The reason being typed, kept as the session's draft while it is.
    fn draft(&self, shared: &Shared) -> Option<Draft> {
        let field = self.reason.as_ref()?;
        Some(Draft {
            form: DraftForm::Choice {
                alternative: self.focused(shared)?.id.clone(),
                reason: field.value().to_owned(),
            },
            focus: 0,
        })
    }

    /// The reason's field open on its alternative, holding the draft's text.
    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        let DraftForm::Choice {
            alternative,
            reason,
        } = &draft.form
        else {
            return false;
        };
        let Some(i) = model_alternatives(shared)
            .and_then(|all| all.items.iter().position(|a| a.id == *alternative))
        else {
            return false;
        };
        self.selected = i;
        self.reason = Some(TextField::new(Kind::Rationale, reason));
        true
    }

    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        if self.reason.is_some() {
            return self.form(shared, msg);
        }
        if let Some(vote) = &mut self.vote {
            let (ids, _) = Alternatives::choices(shared);
            return match vote.update(shared, msg, &ids) {
                Step::On(reply) => reply,
                Step::Closed => {
                    self.vote = None;
                    Reply::none()
                }
            };
        }
        let stops = stops(shared);
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down if self.selected + 1 < stops => self.selected += 1,
            Msg::Edit => self.open_form(shared),
            Msg::StartBallot if model_alternatives(shared).is_some() => {
                self.vote = poll::begin(shared, Poll::Alternatives);
            }
            Msg::Reveal => return poll::show(shared, &Poll::Alternatives),
            Msg::VoteAgain => return poll::again(shared, &Poll::Alternatives),
            Msg::OpenRoom { .. } if model_alternatives(shared).is_some() => {
                return crate::tui::screens::scoring::room::open_for_poll(
                    shared,
                    Poll::Alternatives,
                );
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        if let Some(field) = &self.reason {
            let mut list = vec![
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-alternatives-keep-choice"),
                )
                .footer(0),
                Binding::new(
                    &[Key::Code(KeyCode::Esc)],
                    Msg::Back,
                    crate::tr!(lang, "tui-close-without-saving"),
                )
                .footer(1),
            ];
            // One field: ↑↓ and Tab have no other field to go to.
            list.extend(
                bindings::form(lang, Some(field))
                    .into_iter()
                    .filter(|b| !b.keys.iter().any(|(_, m)| *m == Msg::Next)),
            );
            return list;
        }
        if let Some(vote) = &self.vote {
            return vote.bindings(shared);
        }
        let mut list = vec![
            up_down(crate::tr!(lang, "tui-alternatives-move"))
                .footer(3)
                .when(stops(shared) > 1),
            Binding::new(
                &[Key::Code(KeyCode::Enter), Key::ch(' ')],
                Msg::Edit,
                crate::tr!(lang, "tui-alternatives-choose"),
            )
            .footer(0)
            .when(self.focused(shared).is_some()),
        ];
        let poll = model_alternatives(shared).map(|_| Poll::Alternatives);
        list.extend(poll::overview_bindings(shared, poll.as_ref()));
        list
    }

    fn shares(&self) -> Shares {
        Shares::typing(self.reason.is_some() || self.vote.is_some())
    }

    fn in_round(&self) -> bool {
        self.vote.as_ref().is_some_and(Vote::picking)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        if let (Some(vote), Some(all)) = (&self.vote, model_alternatives(shared)) {
            let (_, labels) = Alternatives::choices(shared);
            let question = all.question.get(shared.lang);
            poll::draw(vote, frame, area, shared, question, &labels);
            return;
        }
        view::draw(self, frame, area, shared);
    }
}
