//! Speaker notes in a model: what the facilitator may say and ask at each step
//! and about each challenge, each with its source, shown by `klarhet notes`.

use crate::model::assessment::SourcedText;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A question for the facilitator to put to the group.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub text: Text,
    /// The place in the report it is built on.
    pub source: String,
    /// True when the question goes beyond what the report says: it is
    /// klarhet's own, built on `source`, and is always shown as klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// Speaker notes for one step of the workshop.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepNotes {
    /// The step, by the name a session stores it under (see [`STEP_KEYS`]).
    pub step: String,
    /// What the facilitator may say at this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<SourcedText>,
    /// Questions to put to the group at this step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask: Vec<Question>,
}

/// The names a session stores the workshop's steps under, in order (a
/// session's `resume.step`); speaker notes name their step by one of them.
pub const STEP_KEYS: [&str; 13] = [
    "start",
    "setup",
    "participants",
    "model",
    "scoring",
    "queue",
    "circle",
    "phases",
    "recommendations",
    "alternatives",
    "plan",
    "level",
    "summary",
];
