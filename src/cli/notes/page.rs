//! What the speaker notes say for the place the workshop is at, built from the
//! session and its model alone: what to say and what to ask (the model's
//! words, each with its source), the statements while scoring, and the place
//! with its counts as `klarhet follow` gives it. No answer and no name: only
//! what the facilitator's own screen shows the room.
//!
//! After a reveal, the discussion queue's next rows not yet discussed, with
//! their reasons in words, as the queue's own screen gives them. Once the
//! agenda's clock has started, its item, kept with the page ([`Clock`]).
//!
//! A page is a list of sections, so that more can be added beside these.

use super::super::follow::View;
use super::clock::Clock;
use crate::model::assessment::{Assessment, Question, SourcedText};
use crate::model::session::Session;
use crate::text::Lang;
use crate::tui::step::Step;

/// The notes for one place in the workshop.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The first line: the organisation, the step and, while scoring, the challenge.
    pub heading: String,
    /// What follows, in order.
    pub sections: Vec<Section>,
    /// Where the workshop is: a new place starts the page from the top.
    pub place: (Step, Option<usize>),
    /// The agenda's clock, once it has been started on an item.
    pub clock: Option<Clock>,
}

/// A titled part of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Its title.
    pub title: String,
    /// Its items, in order.
    pub items: Vec<Item>,
    /// How the items are marked.
    pub list: List,
}

/// How a section's items are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Not at all: one paragraph, or paragraphs that read on.
    Plain,
    /// Numbered, so that they can be named aloud (the questions).
    Numbered,
    /// With a bullet each (the statements).
    Bulleted,
}

/// One paragraph of a section, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The text.
    pub text: String,
    /// Its source, in words ("§4.1 <name>", or that a question is klarhet's).
    pub source: Option<String>,
}

impl Page {
    /// The notes for where `session` is, in `ui`.
    pub fn of(session: &Session, model: &Assessment, ui: Lang) -> Page {
        let view = View::of(session, model);
        let challenge = view.challenge.map(|i| (i, &model.challenges[i]));
        let step = view.step.label(Some(model), ui);
        let heading = match challenge {
            Some((i, c)) => crate::tr!(
                ui,
                "notes-heading-challenge",
                organisation = session.organisation().as_str(),
                step = step,
                challenge = c.name.get(ui),
                number = i.saturating_add(1),
                count = model.challenges.len()
            ),
            None => crate::tr!(
                ui,
                "notes-heading",
                organisation = session.organisation().as_str(),
                step = step
            ),
        };
        // While scoring, the challenge's notes; elsewhere the step's.
        let (say, ask) = match challenge {
            Some((_, c)) => (c.say.as_ref(), c.ask.as_slice()),
            None => model
                .step_notes(view.step.key_in(model))
                .map_or((None, &[][..]), |n| (n.say.as_ref(), n.ask.as_slice())),
        };
        let mut sections = Vec::new();
        if let Some(say) = say {
            sections.push(Section {
                title: crate::tr!(ui, "notes-say"),
                items: vec![said(say, ui)],
                list: List::Plain,
            });
        }
        if !ask.is_empty() {
            sections.push(Section {
                title: crate::tr!(ui, "notes-ask"),
                items: ask.iter().map(|q| asked(q, ui)).collect(),
                list: List::Numbered,
            });
        }
        if sections.is_empty() {
            sections.push(Section {
                title: crate::tr!(ui, "notes-say"),
                items: vec![Item {
                    text: crate::tr!(ui, "notes-none"),
                    source: None,
                }],
                list: List::Plain,
            });
        }
        // On the model step, what the study behind the model is, as the model
        // screen shows it to the room.
        if view.step == Step::Model && !model.caveats.is_empty() {
            let caveats = model.caveats.iter();
            sections.push(bulleted(
                crate::tr!(ui, "notes-caveats"),
                caveats.map(|c| (&c.text, crate::report::caveat_source(c, ui))),
                ui,
            ));
        }
        if let Some((_, c)) = challenge {
            sections.push(bulleted(
                crate::tr!(ui, "notes-statements"),
                c.statements.iter().map(|s| (&s.text, s.source.clone())),
                ui,
            ));
        }
        let next = next_in_queue(session, model, ui);
        if !next.is_empty() {
            sections.push(Section {
                title: crate::tr!(ui, "notes-queue"),
                items: next,
                list: List::Numbered,
            });
        }
        sections.push(Section {
            title: crate::tr!(ui, "notes-where"),
            items: vec![Item {
                text: view.line(model, ui),
                source: None,
            }],
            list: List::Plain,
        });
        Page {
            heading,
            sections,
            place: (view.step, view.challenge),
            clock: Clock::of(session, model, ui),
        }
    }
}

impl Page {
    /// This page with a section before the others saying that the session could
    /// not be read just now (`trouble`), and that the page is its last good copy.
    pub fn troubled(&self, trouble: &str, ui: Lang) -> Page {
        let mut page = self.clone();
        page.sections.insert(
            0,
            Section {
                title: crate::tr!(ui, "notes-trouble"),
                items: vec![Item {
                    text: trouble.to_owned(),
                    source: None,
                }],
                list: List::Plain,
            },
        );
        page
    }
}

/// How many of the queue's rows the notes show: what the group may take up
/// next, not the whole queue, which is on the workbench's own step.
const QUEUE_ROWS: usize = 3;

/// The discussion queue's first rows the group has not marked discussed, each
/// with its reasons; none before anything is revealed.
fn next_in_queue(session: &Session, model: &Assessment, ui: Lang) -> Vec<Item> {
    let analysis = crate::model::scoring::analyse(session, model);
    crate::model::scoring::queue::queue(model, &analysis)
        .into_iter()
        .filter(|row| !session.discussion().is_discussed(&row.topic))
        .take(QUEUE_ROWS)
        .map(|row| Item {
            text: format!(
                "{} — {}",
                crate::model::scoring::queue::topic_label(model, &row.topic, ui),
                row.words(model, ui)
            ),
            source: None,
        })
        .collect()
}

/// A section of the model's texts with a bullet each, each with its source
/// in words.
fn bulleted<'a>(
    title: String,
    texts: impl Iterator<Item = (&'a crate::text::Text, String)>,
    ui: Lang,
) -> Section {
    Section {
        title,
        list: List::Bulleted,
        items: texts
            .map(|(text, source)| Item {
                text: text.get(ui).to_owned(),
                source: Some(source),
            })
            .collect(),
    }
}

fn said(say: &SourcedText, ui: Lang) -> Item {
    Item {
        text: say.text.get(ui).to_owned(),
        source: Some(say.source.clone()),
    }
}

fn asked(question: &Question, ui: Lang) -> Item {
    let source = if question.own {
        crate::tr!(ui, "notes-own", source = question.source.as_str())
    } else {
        question.source.clone()
    };
    Item {
        text: question.text.get(ui).to_owned(),
        source: Some(source),
    }
}

/// The demo's crowd of four, voted, with the workshop at `step`: for the tests
/// of the page and of its view.
#[cfg(test)]
pub(super) fn at(step: &str, challenge: usize) -> (Session, Assessment) {
    let model = Assessment::halmstad().expect("the embedded model");
    let mut session = crate::demo::crowd(&model, 4, true);
    let place = crate::model::command::Command::RememberPlace {
        step: step.into(),
        challenge,
    };
    session.apply(&model, place).expect("a place");
    (session, model)
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
