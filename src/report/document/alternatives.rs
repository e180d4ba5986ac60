//! The model's alternatives in the report (docs/model-format.md,
//! "Alternatives"): each alternative, which one the group chose and why, or
//! that it chose none; and the choices it made before, so that a change of
//! mind is on record. Only a model with alternatives has the section, so a
//! report on any other model is as it was.

use crate::model::alternatives::{Alternative, Alternatives};
use crate::model::assessment::Assessment;
use crate::model::choice::Choice;
use crate::model::picks::Poll;
use crate::model::session::Session;
use crate::text::Lang;

/// The alternatives and the group's choice among them.
#[derive(Debug)]
pub struct AlternativesFinding<'a> {
    /// The model's alternatives.
    pub alternatives: &'a Alternatives,
    /// The group's choice, when it has made one (a copy: the document
    /// borrows the model, not the session).
    pub choice: Option<Choice>,
    /// The group's private votes shown before it chose, oldest first.
    pub votes: Vec<super::votes::Votes>,
}

/// One alternative as a report lists it.
#[derive(Debug, Clone)]
pub struct AlternativeRow<'a> {
    pub alternative: &'a Alternative,
    /// "I", "II", as the model labels it.
    pub label: &'a str,
    /// Its name in the report's language.
    pub name: &'a str,
    /// Whether the group's choice is this one.
    pub chosen: bool,
}

/// The section, when the model has alternatives.
pub(super) fn finding<'a>(
    s: &Session,
    m: &'a Assessment,
    lang: Lang,
) -> Option<AlternativesFinding<'a>> {
    let alternatives = m.alternatives.as_ref()?;
    let named: Vec<(String, String)> = (alternatives.items.iter())
        .map(|a| (a.id.clone(), format!("{} {}", a.label, a.name.get(lang))))
        .collect();
    Some(AlternativesFinding {
        alternatives,
        choice: s.choice().cloned(),
        votes: super::votes::Votes::of(s.picks(&Poll::Alternatives), &named),
    })
}

impl<'a> AlternativesFinding<'a> {
    /// Each alternative in the model's order, the chosen one marked.
    pub fn rows(&self, lang: Lang) -> Vec<AlternativeRow<'a>> {
        let chosen = self.choice.as_ref().map(|c| c.alternative.as_str());
        self.alternatives
            .items
            .iter()
            .map(|a| AlternativeRow {
                alternative: a,
                label: &a.label,
                name: a.name.get(lang),
                chosen: chosen == Some(a.id.as_str()),
            })
            .collect()
    }

    /// An alternative by label and name (label, then name), or its id when
    /// the model no longer has it.
    pub fn named(&self, id: &str, lang: Lang) -> String {
        self.alternatives.item(id).map_or_else(
            || id.to_owned(),
            |a| format!("{} {}", a.label, a.name.get(lang)),
        )
    }

    /// What the group decided, in a sentence: the alternative it chose, or
    /// that it chose none.
    pub fn decision(&self, lang: Lang) -> String {
        match &self.choice {
            Some(c) => crate::tr!(
                lang,
                "report-alternatives-chosen",
                alternative = self.named(&c.alternative, lang)
            ),
            None => crate::tr!(lang, "report-alternatives-none"),
        }
    }

    /// The group's reason for its choice, when it has chosen.
    pub fn reason(&self) -> Option<&str> {
        self.choice.as_ref().map(|c| c.reason.as_str())
    }

    /// The choices the group made before its last, oldest first, each as
    /// label and name, then the reason, for the line that says it changed its mind.
    pub fn earlier(&self, lang: Lang) -> Vec<String> {
        self.choice.as_ref().map_or_else(Vec::new, |c| {
            c.earlier
                .iter()
                .map(|e| format!("{}: {}", self.named(&e.alternative, lang), e.reason))
                .collect()
        })
    }
}
