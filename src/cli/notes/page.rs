//! What the speaker notes say for the place the workshop is at, built from the
//! session and its model alone: what to say and what to ask (the model's
//! words, each with its source), the statements while scoring, and the place
//! with its counts as `klarhet follow` gives it. No answer and no name: only
//! what the facilitator's own screen shows the room.
//!
//! After a reveal, the discussion queue's next rows not yet discussed, with
//! their reasons in words, as the queue's own screen gives them.
//!
//! A page is a list of sections, so that more can be added beside these.

use super::super::follow::View;
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
    /// Its source, in words ("§4.1 Obalans", or that a question is klarhet's).
    pub source: Option<String>,
}

impl Page {
    /// The notes for where `session` is, in `ui`.
    pub fn of(session: &Session, model: &Assessment, ui: Lang) -> Page {
        let view = View::of(session, model);
        let challenge = view.challenge.map(|i| (i, &model.challenges[i]));
        let step = view.step.label(ui);
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
                .step_notes(view.step.key())
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
        if let Some((_, c)) = challenge {
            sections.push(Section {
                title: crate::tr!(ui, "notes-statements"),
                list: List::Bulleted,
                items: c
                    .statements
                    .iter()
                    .map(|s| Item {
                        text: s.text.get(ui).to_owned(),
                        source: Some(s.source.clone()),
                    })
                    .collect(),
            });
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
                row.words(&model.scale, ui)
            ),
            source: None,
        })
        .collect()
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
mod tests {
    use super::*;
    use crate::model::assessment::STEP_KEYS;

    fn titles(page: &Page) -> Vec<&str> {
        page.sections.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn while_scoring_the_page_says_and_asks_the_challenges_notes_with_their_sources() {
        let (session, model) = at("scoring", 1);
        let page = Page::of(&session, &model, Lang::SV);
        assert_eq!(
            page.heading,
            "Talarstöd · Storstad kommun · Bedömning: Obalans (2 av 6)"
        );
        assert_eq!(
            titles(&page),
            [
                "Att säga",
                "Att fråga",
                "Påståendena",
                "Näst i samtalskön (ej diskuterat)",
                "Läget"
            ]
        );
        let obalans = &model.challenges[1];
        let say = &page.sections[0].items[0];
        assert_eq!(
            say.text,
            obalans
                .say
                .as_ref()
                .unwrap()
                .text
                .in_language("sv")
                .unwrap()
        );
        assert_eq!(say.source.as_deref(), Some("§4.1 Obalans"));
        let asked = &page.sections[1];
        assert_eq!(asked.list, List::Numbered);
        assert_eq!(asked.items.len(), obalans.ask.len());
        assert_eq!(asked.items[0].source.as_deref(), Some("§4.1 Obalans"));
        // The question that goes beyond the report says it is klarhet's.
        let own = obalans
            .ask
            .iter()
            .position(|q| q.own)
            .expect("an own question");
        assert_eq!(
            asked.items[own].source.as_deref(),
            Some("klarhets fråga, utifrån §4.1 Obalans")
        );
        assert_eq!(page.sections[2].items.len(), obalans.statements.len());
        assert_eq!(page.sections[2].list, List::Bulleted);
        // The place with its counts, as `klarhet follow` says it: never an answer.
        let place = &page.sections[4].items[0].text;
        assert!(
            place.starts_with("Bedömning, Obalans: 4 röstsedlar räknade"),
            "{place}"
        );
        assert_eq!(page.place, (Step::Scoring, Some(1)));
    }

    #[test]
    fn at_another_step_the_page_has_the_steps_notes_or_says_there_are_none() {
        let (session, model) = at("circle", 0);
        let page = Page::of(&session, &model, Lang::EN);
        assert_eq!(page.heading, "Speaker notes · Storstad kommun · The circle");
        assert_eq!(
            titles(&page),
            [
                "What to say",
                "What to ask",
                "Next in the discussion queue (not yet discussed)",
                "Where the workshop is"
            ]
        );
        let question = &page.sections[1].items[0];
        assert_eq!(
            question.text,
            model.step_notes("circle").unwrap().ask[0]
                .text
                .in_language("en")
                .unwrap()
        );
        assert!(
            question
                .source
                .as_deref()
                .unwrap()
                .starts_with("klarhet's question, built on §4.1"),
            "{question:?}"
        );
        let (session, model) = at("summary", 0);
        let page = Page::of(&session, &model, Lang::EN);
        assert_eq!(
            titles(&page),
            [
                "What to say",
                "Next in the discussion queue (not yet discussed)",
                "Where the workshop is"
            ]
        );
        assert_eq!(
            page.sections[0].items[0].text,
            "The model has no speaker notes for this step."
        );
        assert_eq!(page.place, (Step::Summary, None));
    }

    #[test]
    fn a_failed_read_is_said_before_the_last_good_page() {
        let (session, model) = at("scoring", 2);
        let page = Page::of(&session, &model, Lang::EN);
        let troubled = page.troubled("file.ron:3:1: expected a value", Lang::EN);
        assert_eq!(
            troubled.sections[0].title,
            "The session could not be read just now; below is the last copy that could be read"
        );
        assert_eq!(
            troubled.sections[0].items[0].text,
            "file.ron:3:1: expected a value"
        );
        assert_eq!(troubled.sections[1..], page.sections[..]);
        assert_eq!(
            (troubled.heading, troubled.place),
            (page.heading, page.place)
        );
    }

    #[test]
    fn notes_name_their_step_as_the_workbench_stores_it() {
        let keys: Vec<&str> = Step::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, STEP_KEYS);
    }

    #[test]
    fn after_a_reveal_the_page_names_the_queues_next_rows_until_they_are_discussed() {
        let model = Assessment::halmstad().expect("the embedded model");
        let lang = Lang::SV;
        let mut session = crate::demo::session(&model, jiff::civil::date(2026, 11, 22), lang);
        let queued = |s: &Session| {
            let page = Page::of(s, &model, lang);
            let title = crate::tr!(lang, "notes-queue");
            page.sections
                .iter()
                .find(|x| x.title == title)
                .map(|x| x.items.iter().map(|i| i.text.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        let analysis = crate::model::scoring::analyse(&session, &model);
        let rows = crate::model::scoring::queue::queue(&model, &analysis);
        assert!(
            rows.len() > QUEUE_ROWS,
            "the demo has a queue to work through"
        );
        let first = queued(&session);
        assert_eq!(first.len(), QUEUE_ROWS);
        let label = crate::model::scoring::queue::topic_label(&model, &rows[0].topic, lang);
        assert!(first[0].starts_with(&label), "{first:?}");
        assert!(first[0].contains(&rows[0].words(&model.scale, lang)));
        let mark = crate::model::command::Command::MarkDiscussed {
            topic: rows[0].topic.clone(),
            discussed: true,
        };
        session.apply(&model, mark).expect("marked");
        let after = queued(&session);
        assert_eq!(
            after[..QUEUE_ROWS - 1],
            first[1..],
            "the discussed row leaves the notes"
        );
    }
}
