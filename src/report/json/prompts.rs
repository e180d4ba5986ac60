//! The group's shown answers to the model's open prompts in the JSON export:
//! per set, in the order of the workshop's steps, how many writers' answers
//! are shown and, per prompt, each answer with how many wrote it and its
//! theme. The field is absent when no set has shown answers; answers that
//! wait to be shown are not in the document, so they cannot be here.

use crate::report::document::{PromptFinding, PromptsFinding, SetFinding};
use crate::text::Lang;
use serde::Serialize;

/// One set of prompts.
#[derive(Serialize)]
pub(super) struct PromptSetDoc<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub source: &'a str,
    /// True when the set is klarhet's, built on `source`.
    pub own: bool,
    /// How many writers' answers are shown; 0 when none are.
    pub writers: u32,
    pub prompts: Vec<PromptDoc<'a>>,
}

/// One prompt and its shown answers.
#[derive(Serialize)]
pub(super) struct PromptDoc<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub source: &'a str,
    /// True when the prompt is klarhet's, built on `source`.
    pub own: bool,
    /// The facilitator's themes, in the order they were named.
    pub themes: Vec<&'a str>,
    /// The answers: each theme's in the themes' order, then those under none,
    /// each group sorted by text.
    pub answers: Vec<AnswerDoc<'a>>,
}

/// One shown answer.
#[derive(Serialize)]
pub(super) struct AnswerDoc<'a> {
    pub text: &'a str,
    /// How many wrote this text.
    pub count: u32,
    /// The theme it is under, or `null`.
    pub theme: Option<&'a str>,
}

/// Every set of the finding.
pub(super) fn prompts_doc<'a>(p: &'a PromptsFinding<'a>, lang: Lang) -> Vec<PromptSetDoc<'a>> {
    p.sets.iter().map(|set| set_doc(set, lang)).collect()
}

fn set_doc<'a>(set: &'a SetFinding<'a>, lang: Lang) -> PromptSetDoc<'a> {
    let s = &set.set;
    PromptSetDoc {
        id: &s.id,
        name: s.name.get(lang),
        source: &s.source,
        own: s.own,
        writers: set.writers,
        prompts: set.prompts.iter().map(|p| prompt_doc(p, lang)).collect(),
    }
}

fn prompt_doc<'a>(p: &'a PromptFinding<'a>, lang: Lang) -> PromptDoc<'a> {
    let themed = (p.themes.iter()).flat_map(|t| {
        (t.answers.iter()).map(move |a| AnswerDoc {
            text: &a.text,
            count: a.count,
            theme: Some(t.name.as_str()),
        })
    });
    let unthemed = p.unthemed.iter().map(|a| AnswerDoc {
        text: &a.text,
        count: a.count,
        theme: None,
    });
    PromptDoc {
        id: &p.prompt.id,
        text: p.prompt.text.get(lang),
        source: &p.prompt.source,
        own: p.prompt.own,
        themes: p.themes.iter().map(|t| t.name.as_str()).collect(),
        answers: themed.chain(unthemed).collect(),
    }
}
