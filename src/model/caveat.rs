//! What the study behind a model is (one case, a number of interviews, a
//! draft), in the model's words: shown where the model is introduced and in
//! every report's method section, so that no one reads more into the model
//! than its source carries.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// One thing to bear in mind about the evidence a model rests on.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caveat {
    /// Stable id, unique among the model's caveats.
    pub id: String,
    /// What to bear in mind.
    pub text: Text,
    /// Where in the report it is stated, or, for klarhet's own, what it is
    /// built on. Required by the validator; defaulted only so that a file
    /// without it is refused with klarhet's message and a place.
    #[serde(default)]
    pub source: String,
    /// True when the caveat is klarhet's reading of the report rather than
    /// something the report says of itself; always shown as klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}
