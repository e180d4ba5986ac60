//! The group's answers to the model's open prompts in the report
//! (docs/model-format.md, "Open prompts"; issue 28): per set, in the order of
//! the workshop's steps, each prompt with the answers shown, grouped under the
//! facilitator's themes, then those under none; an answer several wrote once,
//! with how many.
//!
//! Only the shown answers are copied into the document. Answers that wait for
//! enough writers to join them are not, nor how many wait: a renderer cannot
//! show what the document does not hold, and an export taken before and after
//! one more person wrote must not tell that, or when, they did. For the same
//! reason the section is there only when some set has shown answers, never
//! because answers wait. Nothing is broken down by any group: free text in a
//! small group names its writer.

use crate::model::assessment::Assessment;
use crate::model::open_answers::SetAnswers;
use crate::model::prompts::{Prompt, PromptSet};
use crate::model::session::Session;
use crate::text::Lang;
use std::borrow::Cow;

/// The sets of prompts and what the group's answers to them show.
#[derive(Debug)]
pub struct PromptsFinding<'a> {
    /// Every set of the model, in the order of the workshop's steps.
    pub sets: Vec<SetFinding<'a>>,
    /// How many writers must wait together before their answers are shown:
    /// the session's minimum group, or one in a self-assessment.
    pub min_writers: usize,
}

/// One set of prompts with its shown answers.
#[derive(Debug)]
pub struct SetFinding<'a> {
    /// The set as the model gives it, or as made for an area
    /// (src/model/area_prompts.rs).
    pub set: Cow<'a, PromptSet>,
    /// How many writers' answers are shown; 0 when none are.
    pub writers: u32,
    /// Every prompt of the set, in the model's order.
    pub prompts: Vec<PromptFinding<'a>>,
}

/// One prompt with its shown answers.
#[derive(Debug)]
pub struct PromptFinding<'a> {
    /// The prompt as the model gives it, or as made for an area.
    pub prompt: Cow<'a, Prompt>,
    /// The facilitator's themes, in the order they were named, each with its
    /// answers sorted by text.
    pub themes: Vec<ThemedAnswers>,
    /// The shown answers under no theme, sorted by text.
    pub unthemed: Vec<ShownAnswer>,
}

/// Shown answers grouped under one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemedAnswers {
    /// The theme's name, as the facilitator typed it.
    pub name: String,
    pub answers: Vec<ShownAnswer>,
}

/// One shown answer's text, with how many wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownAnswer {
    pub text: String,
    pub count: u32,
}

/// The section, when some set has shown answers: the model's sets in the
/// order of the workshop's steps, then the questions about areas that have
/// shown answers (only those: one an export listed as soon as someone wrote
/// would tell that they had).
pub(super) fn finding<'a>(s: &Session, m: &'a Assessment) -> Option<PromptsFinding<'a>> {
    let own = (m.step_keys().into_iter())
        .filter_map(|key| m.prompts.iter().find(|set| set.id == key))
        .map(Cow::Borrowed);
    let about_areas =
        (s.area_sets_shown(m).into_iter()).filter_map(|key| s.prompt_set(m, &key).ok());
    let sets: Vec<SetFinding<'a>> = own
        .chain(about_areas)
        .map(|set| {
            let answers = s.answers_to(&set.id);
            set_finding(set, answers)
        })
        .collect();
    sets.iter()
        .any(|set| set.writers > 0)
        .then(|| PromptsFinding {
            sets,
            min_writers: s.min_writers(),
        })
}

fn set_finding<'a>(set: Cow<'a, PromptSet>, answers: Option<&SetAnswers>) -> SetFinding<'a> {
    let writers = answers.map_or(0, |a| a.shown_writers);
    let each: Vec<Cow<'a, Prompt>> = match &set {
        Cow::Borrowed(set) => set.prompts.iter().map(Cow::Borrowed).collect(),
        Cow::Owned(set) => set.prompts.iter().cloned().map(Cow::Owned).collect(),
    };
    let prompts = (each.into_iter())
        .map(|prompt| match answers {
            Some(a) if writers > 0 => prompt_finding(prompt, a),
            _ => PromptFinding {
                prompt,
                themes: Vec::new(),
                unthemed: Vec::new(),
            },
        })
        .collect();
    SetFinding {
        set,
        writers,
        prompts,
    }
}

/// The shown answers to `prompt` under their themes, then the rest. A theme
/// names only shown answers (the domain refuses others); one that names an
/// answer no longer shown leaves it out rather than show it.
fn prompt_finding<'a>(prompt: Cow<'a, Prompt>, answers: &SetAnswers) -> PromptFinding<'a> {
    let shown = answers.shown_to(&prompt.id);
    let count_of = |text: &str| shown.iter().find(|(t, _)| *t == text).map(|(_, n)| *n);
    let themes = (answers.themes_of(&prompt.id).iter())
        .map(|theme| ThemedAnswers {
            name: theme.name.clone(),
            answers: (theme.answers.iter())
                .filter_map(|text| {
                    count_of(text).map(|count| ShownAnswer {
                        text: text.clone(),
                        count,
                    })
                })
                .collect(),
        })
        .filter(|theme| !theme.answers.is_empty())
        .collect();
    let unthemed = (shown.iter())
        .filter(|(text, _)| answers.theme_of(&prompt.id, text).is_none())
        .map(|(text, count)| ShownAnswer {
            text: (*text).to_owned(),
            count: *count,
        })
        .collect();
    PromptFinding {
        prompt,
        themes,
        unthemed,
    }
}

impl SetFinding<'_> {
    /// The set's name with where it comes from, in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        let set = &self.set;
        let from = super::sourced(&set.source, set.own, lang);
        format!("{} ({from})", set.name.get(lang))
    }

    /// The intro the facilitator gave before the group wrote, with its
    /// source, when the set has one.
    pub fn intro(&self, lang: Lang) -> Option<String> {
        let intro = self.set.intro.as_ref()?;
        let from = super::sourced(&intro.source, intro.own, lang);
        Some(format!("{} ({from})", intro.text.get(lang)))
    }

    /// How many writers' answers are shown, in words; or that none are.
    pub fn shown(&self, lang: Lang) -> String {
        if self.writers == 0 {
            crate::tr!(lang, "report-prompts-none-shown")
        } else {
            crate::tr!(lang, "report-prompts-writers", count = self.writers)
        }
    }
}

impl PromptFinding<'_> {
    /// The prompt's text with where it comes from, in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        let p = &self.prompt;
        let from = super::sourced(&p.source, p.own, lang);
        format!("{} ({from})", p.text.get(lang))
    }

    /// Every shown answer to the prompt, counted as often as it was written.
    pub fn answers(&self) -> u32 {
        (self.themes.iter().flat_map(|t| &t.answers))
            .chain(&self.unthemed)
            .map(|a| a.count)
            .sum()
    }

    /// How many answers the prompt has, in words; or that it has none.
    pub fn counted(&self, lang: Lang) -> String {
        match self.answers() {
            0 => crate::tr!(lang, "report-prompts-no-answers"),
            n => crate::tr!(lang, "report-prompts-answers", count = n),
        }
    }

    /// The groups of answers as a report lists them: each theme under its
    /// name, then the answers under none, under "Without a theme" only when
    /// the prompt has themes (a list with no themes needs no heading).
    pub fn groups(&self, lang: Lang) -> Vec<(Option<String>, &[ShownAnswer])> {
        let mut out: Vec<(Option<String>, &[ShownAnswer])> = (self.themes.iter())
            .map(|t| (Some(t.name.clone()), t.answers.as_slice()))
            .collect();
        if !self.unthemed.is_empty() {
            let label =
                (!self.themes.is_empty()).then(|| crate::tr!(lang, "report-prompts-unthemed"));
            out.push((label, self.unthemed.as_slice()));
        }
        out
    }
}

impl ShownAnswer {
    /// The text with how many wrote it when more than one did ("Budget ×2"),
    /// each escaped by the renderer.
    pub fn words(&self, escape: impl Fn(&str) -> String) -> String {
        if self.count > 1 {
            format!("{} ×{}", escape(&self.text), self.count)
        } else {
            escape(&self.text)
        }
    }
}
