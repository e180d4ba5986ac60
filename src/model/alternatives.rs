//! Alternatives the group chooses one of and says why (seed 004 §5.1: three
//! cumulative strategic options). Chosen between, never scored
//! (docs/model-format.md, "Alternatives"). Written `alternatives`, not
//! `options`, since `options` is a scale's field and the validator finds
//! places by field name.

use crate::model::assessment::{SourcedText, Step};
use crate::model::speaker_notes::Question;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The alternatives of a model, with the question the group answers by choosing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternatives {
    /// The heading of the step and the report section.
    pub name: Text,
    /// What the group is asked: which one, and why.
    pub question: Text,
    /// Where in the report they are given.
    #[serde(default)]
    pub source: String,
    /// Each alternative includes the measures of those before it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// The alternatives, in the report's order.
    pub items: Vec<Alternative>,
    /// What the report says of not acting, shared by all alternatives: shown
    /// once, under all, never under one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without: Option<SourcedText>,
    /// Questions to put to the group while it chooses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask: Vec<Question>,
}

/// One alternative.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// Stable id, stored with the group's choice.
    pub id: String,
    /// The report's label for it ("I", "II").
    pub label: String,
    /// Its name.
    pub name: Text,
    /// What it is.
    pub description: Text,
    /// Where in the report it is given.
    #[serde(default)]
    pub source: String,
    /// Its own measures (with `cumulative`, on top of those before it).
    pub measures: Vec<Step>,
}

impl Alternatives {
    /// The alternative with `id`.
    pub fn item(&self, id: &str) -> Option<&Alternative> {
        self.items.iter().find(|a| a.id == id)
    }
}
