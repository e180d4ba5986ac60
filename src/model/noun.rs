//! A model's word for a thing it counts, in the four forms the catalogue's
//! sentences need: a catalogue cannot make "samarbetsområdet" from
//! "samarbetsområde", so the model gives every form (docs/model-format.md,
//! "Terms"). The phases' `area` uses it; the model's `terms` use the same four
//! fields, so that the two become one type.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A noun in its four forms, each a text in the model's languages, written in
/// lower case (the catalogue capitalises at the start of a sentence).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Noun {
    /// One, indefinite: "samarbetsområde".
    pub one: Text,
    /// Many, indefinite: "samarbetsområden".
    pub many: Text,
    /// One, definite: "samarbetsområdet".
    pub the_one: Text,
    /// Many, definite: "samarbetsområdena".
    pub the_many: Text,
}
