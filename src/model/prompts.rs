//! Open prompts: a step of the workshop where each participant writes short
//! answers (seed 003's SWOT, seed 002's interview guide, seed 000's questions
//! on where a collaboration stands). The model gives the questions; the
//! answers are the session's (docs/model-format.md, "Open prompts").

use crate::model::assessment::SourcedText;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A set of prompts answered in one step of the workshop. Its `id` is the
/// step's key, by which agendas and speaker notes name it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptSet {
    /// Stable id, and the key of its step.
    pub id: String,
    /// The step's name, shown in the step indicator.
    pub name: Text,
    /// Where in the report the questions come from.
    #[serde(default)]
    pub source: String,
    /// The step it follows: a built-in step's key or another set's id.
    pub after: String,
    /// What the facilitator tells the group before they write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<SourcedText>,
    /// The questions, in order.
    pub prompts: Vec<Prompt>,
    /// True when the set goes beyond the report (its `source` says what it
    /// builds on); always shown as klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// One question the participants answer in writing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// Stable id, unique across the model's prompts (answers key on it).
    pub id: String,
    /// The question.
    pub text: Text,
    /// Where in the report it comes from.
    #[serde(default)]
    pub source: String,
    /// True when the question is klarhet's, built on `source`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}
