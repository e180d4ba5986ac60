//! What can be wrong with a model file as a whole: a format this klarhet does
//! not read, or a field its format requires (docs/model-format.md, "The file as
//! a whole"). Kept apart from [`Problem`](super::Problem), which holds one
//! variant for them all, so that each construct of the format can add its own
//! problems without the one file growing past its size.

use crate::text::Lang;

/// A model file's format, or a field its format requires, is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Envelope {
    /// A `format` this klarhet does not read: `found`, where it reads at most
    /// `newest`.
    UnknownFormat { found: u64, newest: u32 },
    /// A field the file's format requires and the file does not have.
    Missing { field: &'static str, format: u32 },
}

impl Envelope {
    /// The problem in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Envelope::UnknownFormat { found, newest } => crate::tr!(
                lang,
                "problem-unknown-format",
                found = found.to_string(),
                newest = newest.to_string()
            ),
            Envelope::Missing { field, format } => crate::tr!(
                lang,
                "problem-missing-field",
                field = field.to_owned(),
                format = format.to_string()
            ),
        }
    }
}
