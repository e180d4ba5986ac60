//! The group's written answers to a model's open prompts (docs/model-format.md,
//! "Open prompts"; issue 28). Free text can name its writer in a way a score
//! cannot, so answers are kept as ballots are (src/model/pending.rs):
//! - a writer's answers exist tied to them only while they write, on their own
//!   keyboard turn or their own phone, never in a file or a journal;
//! - when they finish the set, their answers leave their name at once: the
//!   session keeps only that they wrote, and the answers as one multiset per
//!   prompt, sorted by text (never in the order of writing), with a count of the
//!   writers that wait and no tie between one writer's answers to two prompts;
//! - the waiting answers join the shown list at a reveal only together with at
//!   least the session's minimum group of writers (a self-assessment of one
//!   person shows its own at once), so that no two lists differ by one writer.
//!
//! The facilitator may then group shown answers into themes, named as typed.

use crate::error::{ConstructFault, Problem};
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// At most this many answers per participant per prompt.
pub const MAX_ANSWERS: usize = 3;
/// At most this many characters in one answer.
pub const MAX_CHARS: usize = 200;

/// Answers to the prompts of one set, per prompt id: each text with how many
/// wrote it, sorted by text.
pub type Texts = BTreeMap<String, BTreeMap<String, u32>>;

/// Per prompt set (by its id), what the group has written.
pub type OpenAnswers = BTreeMap<String, SetAnswers>;

/// What the group has written to one set of prompts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetAnswers {
    /// Who has finished the set (participant ids or seats), whatever they
    /// wrote: so that no one writes twice. Never what they wrote.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub writers: BTreeSet<u32>,
    /// How many of the writers' answers wait to be shown.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub waiting_writers: u32,
    /// Their answers, per prompt, counted together.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub waiting: Texts,
    /// How many writers' answers have been shown.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shown_writers: u32,
    /// The shown answers, per prompt, counted together.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub shown: Texts,
    /// Per prompt, the themes the facilitator grouped shown answers into.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub themes: BTreeMap<String, Vec<Theme>>,
}

/// Shown answers the facilitator grouped under a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The theme's name, as typed.
    pub name: String,
    /// The answers' texts, sorted; each is in at most one theme of its prompt.
    pub answers: Vec<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What a command about open answers changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AnswerChange {
    /// `writer` finished `set` with `answers` (per prompt). This change ties
    /// the answers to their writer, so it is kept only by writing the session
    /// whole, where it leaves no trace but the counts: never in a journal.
    Written {
        /// The set's id.
        set: String,
        /// The writer.
        writer: u32,
        /// Their answers, per prompt, as cleaned.
        answers: BTreeMap<String, Vec<String>>,
    },
    /// The waiting answers to `set` joined the shown list.
    Shown {
        /// The set's id.
        set: String,
    },
    /// Shown `answers` to `prompt` were put under `theme`, or (none) taken out
    /// of any theme.
    Themed {
        /// The set's id.
        set: String,
        /// The prompt's id.
        prompt: String,
        /// The theme's name, or none.
        theme: Option<String>,
        /// The answers' texts.
        answers: Vec<String>,
    },
}

/// One answer as kept: control characters removed and every run of white
/// space one space, so that layout cannot mark out a writer either.
pub fn clean(text: &str) -> String {
    crate::text::printable(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl SetAnswers {
    /// The shown answers to `prompt`, sorted by text, each with how many wrote it.
    pub fn shown_to(&self, prompt: &str) -> Vec<(&str, u32)> {
        self.shown
            .get(prompt)
            .map(|texts| texts.iter().map(|(t, n)| (t.as_str(), *n)).collect())
            .unwrap_or_default()
    }

    /// The themes of `prompt`, in the order they were named.
    pub fn themes_of(&self, prompt: &str) -> &[Theme] {
        self.themes.get(prompt).map_or(&[], Vec::as_slice)
    }

    /// The theme `answer` to `prompt` is under, if any.
    pub fn theme_of(&self, prompt: &str, answer: &str) -> Option<&str> {
        self.themes_of(prompt)
            .iter()
            .find(|t| t.answers.iter().any(|a| a == answer))
            .map(|t| t.name.as_str())
    }

    /// True when `writer` has finished the set.
    pub fn has_written(&self, writer: u32) -> bool {
        self.writers.contains(&writer)
    }
}

impl Session {
    /// What the group has written to the set `id`, if anything.
    pub fn answers_to(&self, set: &str) -> Option<&SetAnswers> {
        self.open_answers.get(set)
    }

    /// Every set the group has written to.
    pub fn open_answers(&self) -> &OpenAnswers {
        &self.open_answers
    }

    /// The change [`crate::model::Command::Write`] makes, checked.
    pub(in crate::model) fn write(
        &self,
        model: &Assessment,
        set: String,
        writer: u32,
        answers: Vec<(String, Vec<String>)>,
    ) -> Result<AnswerChange, Problem> {
        let prompts = self.prompt_set(model, &set)?;
        if !self.is_voter(writer) {
            return Err(Problem::DanglingId {
                kind: "participant",
                id: writer.to_string(),
            });
        }
        let mut kept: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (prompt, texts) in answers {
            if !prompts.prompts.iter().any(|p| p.id == prompt) {
                return Err(Problem::DanglingId {
                    kind: "prompt",
                    id: prompt,
                });
            }
            let texts: Vec<String> = texts
                .iter()
                .map(|t| clean(t))
                .filter(|t| !t.is_empty())
                .collect();
            let mine = kept.entry(prompt.clone()).or_default();
            mine.extend(texts);
            if mine.len() > MAX_ANSWERS {
                return Err(ConstructFault::TooManyAnswers {
                    prompt,
                    max: MAX_ANSWERS,
                }
                .into());
            }
            if mine.iter().any(|t| t.chars().count() > MAX_CHARS) {
                return Err(ConstructFault::AnswerTooLong {
                    prompt,
                    max: MAX_CHARS,
                }
                .into());
            }
            mine.sort();
        }
        kept.retain(|_, texts| !texts.is_empty());
        let change = AnswerChange::Written {
            set,
            writer,
            answers: kept,
        };
        self.check_answers(model, &change)?;
        Ok(change)
    }

    /// The change [`crate::model::Command::ShowAnswers`] makes: none when
    /// nothing waits, or fewer writers wait than may be shown together.
    pub(in crate::model) fn show_answers(
        &self,
        model: &Assessment,
        set: String,
    ) -> Result<Option<AnswerChange>, Problem> {
        self.prompt_set(model, &set)?;
        let waiting = self.open_answers.get(&set).map_or(0, |a| a.waiting_writers);
        if waiting == 0 || (waiting as usize) < self.min_writers() {
            return Ok(None);
        }
        Ok(Some(AnswerChange::Shown { set }))
    }

    /// How many writers must wait together before their answers are shown:
    /// the session's minimum group, or one in a self-assessment.
    pub fn min_writers(&self) -> usize {
        if self.is_self_assessment() {
            1
        } else {
            self.privacy.min_group()
        }
    }

    /// Checks `change` against the model and the session as it is.
    fn check_answers(&self, model: &Assessment, change: &AnswerChange) -> Result<(), Problem> {
        match change {
            AnswerChange::Written { set, writer, .. } => {
                self.prompt_set(model, set)?;
                if self
                    .open_answers
                    .get(set)
                    .is_some_and(|a| a.has_written(*writer))
                {
                    return Err(ConstructFault::AlreadyWritten { set: set.clone() }.into());
                }
            }
            AnswerChange::Shown { set } => {
                self.prompt_set(model, set)?;
            }
            AnswerChange::Themed {
                set,
                prompt,
                theme,
                answers,
            } => {
                let prompts = self.prompt_set(model, set)?;
                if !prompts.prompts.iter().any(|p| p.id == *prompt) {
                    return Err(Problem::DanglingId {
                        kind: "prompt",
                        id: prompt.clone(),
                    });
                }
                if theme.as_ref().is_some_and(|t| t.trim().is_empty()) {
                    return Err(ConstructFault::NoThemeName.into());
                }
                let shown = self.open_answers.get(set).and_then(|a| a.shown.get(prompt));
                if let Some(answer) = answers
                    .iter()
                    .find(|a| !shown.is_some_and(|s| s.contains_key(*a)))
                {
                    return Err(Problem::DanglingId {
                        kind: "answer",
                        id: answer.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Makes `change`, checked as a command's or a file's is.
    pub(in crate::model) fn answers_changed(
        &mut self,
        model: &Assessment,
        change: &AnswerChange,
    ) -> Result<(), Problem> {
        self.check_answers(model, change)?;
        let self_assessment = self.is_self_assessment();
        match change {
            AnswerChange::Written {
                set,
                writer,
                answers,
            } => {
                let sheet = self.open_answers.entry(set.clone()).or_default();
                sheet.writers.insert(*writer);
                sheet.waiting_writers = sheet.waiting_writers.saturating_add(1);
                for (prompt, texts) in answers {
                    let counted = sheet.waiting.entry(prompt.clone()).or_default();
                    for text in texts {
                        let n = counted.entry(text.clone()).or_insert(0);
                        *n = n.saturating_add(1);
                    }
                }
                // One person's own answers are theirs to see at once.
                if self_assessment {
                    sheet.show();
                }
            }
            AnswerChange::Shown { set } => {
                if let Some(sheet) = self.open_answers.get_mut(set) {
                    sheet.show();
                }
            }
            AnswerChange::Themed {
                set,
                prompt,
                theme,
                answers,
            } => {
                if let Some(sheet) = self.open_answers.get_mut(set) {
                    sheet.theme(prompt, theme.as_deref(), answers);
                }
            }
        }
        Ok(())
    }

    /// Forgets that participant `id` wrote: what they wrote stays, as a
    /// counted ballot's does when its voter leaves.
    pub(in crate::model) fn forget_writer(&mut self, id: u32) {
        for sheet in self.open_answers.values_mut() {
            sheet.writers.remove(&id);
        }
    }
}

impl SetAnswers {
    /// Moves every waiting answer to the shown list.
    fn show(&mut self) {
        for (prompt, texts) in std::mem::take(&mut self.waiting) {
            let shown = self.shown.entry(prompt).or_default();
            for (text, n) in texts {
                let count = shown.entry(text).or_insert(0);
                *count = count.saturating_add(n);
            }
        }
        self.shown_writers = self.shown_writers.saturating_add(self.waiting_writers);
        self.waiting_writers = 0;
    }

    /// Puts `answers` to `prompt` under `theme` (none: under no theme); a
    /// theme left with no answers goes.
    fn theme(&mut self, prompt: &str, theme: Option<&str>, answers: &[String]) {
        let themes = self.themes.entry(prompt.to_owned()).or_default();
        for t in themes.iter_mut() {
            t.answers.retain(|a| !answers.contains(a));
        }
        if let Some(name) = theme.map(str::trim) {
            let index = match themes.iter().position(|t| t.name == name) {
                Some(i) => i,
                None => {
                    themes.push(Theme {
                        name: name.to_owned(),
                        answers: Vec::new(),
                    });
                    themes.len() - 1
                }
            };
            let under = &mut themes[index].answers;
            under.extend(answers.iter().cloned());
            under.sort();
            under.dedup();
        }
        themes.retain(|t| !t.answers.is_empty());
        if themes.is_empty() {
            self.themes.remove(prompt);
        }
    }
}
