//! What can be wrong with a model's scales, or with a use of one: a problem of
//! its own kind so that the scales' rules sit together (issue 28).

use crate::text::Lang;

/// A scale that cannot be used as the model or a command uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScaleFault {
    /// A scale with fewer than two options.
    TooShort,
    /// Ordinal scale values that do not rise from the first option to the last.
    NotRising,
    /// A reverse-coded statement on a categorical scale, which has no order.
    ReverseCategorical { statement: String },
    /// A challenge with a statement on an ordinal scale whose own scale (that
    /// of its agreed score) is categorical.
    AgreedScale { challenge: String },
    /// An agreed score for a challenge whose statements are all categorical.
    NoAgreedScore { challenge: String },
}

impl ScaleFault {
    /// The fault in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ScaleFault::TooShort => crate::tr!(lang, "problem-scale-too-short"),
            ScaleFault::NotRising => crate::tr!(lang, "problem-scale-not-rising"),
            ScaleFault::ReverseCategorical { statement } => crate::tr!(
                lang,
                "problem-scale-reverse-categorical",
                id = statement.as_str()
            ),
            ScaleFault::AgreedScale { challenge } => {
                crate::tr!(lang, "problem-scale-agreed", id = challenge.as_str())
            }
            ScaleFault::NoAgreedScore { challenge } => {
                crate::tr!(
                    lang,
                    "problem-scale-no-agreed-score",
                    id = challenge.as_str()
                )
            }
        }
    }
}
