//! How a model's causal links fail to form one cycle through every challenge.

use crate::text::{Lang, Words};

/// How the causal links fail to form one cycle through every challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CycleFault {
    /// A challenge is the start of two links.
    LeftTwice(String),
    /// A challenge is the end of two links.
    EnteredTwice(String),
    /// A challenge no link leaves or enters.
    NotOnCircle(String),
    /// The links close a loop after `after` challenges, before visiting all.
    ClosesEarly { after: usize },
}

impl CycleFault {
    /// The fault in words, in `lang`, calling the model's dimensions by `words`.
    pub fn describe(&self, lang: Lang, words: &Words) -> String {
        match self {
            CycleFault::LeftTwice(id) => crate::tr!(lang, "problem-cycle-left-twice", id = id),
            CycleFault::EnteredTwice(id) => {
                crate::tr!(lang, "problem-cycle-entered-twice", id = id)
            }
            CycleFault::NotOnCircle(id) => {
                crate::tr!(lang, "problem-cycle-not-on-circle", id = id)
            }
            CycleFault::ClosesEarly { after } => {
                crate::tr!(
                    lang,
                    "problem-cycle-closes-early",
                    count = after.to_owned(),
                    words = words
                )
            }
        }
    }
}
