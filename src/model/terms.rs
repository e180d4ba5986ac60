//! The model's words for its dimensions and their score: one report's
//! dimensions are challenges scored by severity, another's are findings scored
//! by how far the group still has to go. The catalogue's messages take these words as
//! placeables, so that no screen or report names a model's dimensions from code.
//!
//! A model without terms (a format-1 file) gets the catalogue's
//! `terms-default-*` messages: klarhet's first model's words, kept in the
//! catalogue so that the code knows none of them.

use crate::model::assessment::Assessment;
use crate::text::{Lang, Text, Words};
use serde::{Deserialize, Serialize};

/// What the model calls its dimensions and their score.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// The word for a dimension, in the forms the catalogue's sentences need.
    pub dimension: Noun,
    /// The word for a dimension's score 0–100, e.g. "behov".
    pub score: Text,
    /// Where the words come from, or that they are klarhet's. Required by the
    /// validator; defaulted only so that a file without it is refused with
    /// klarhet's message and a place.
    #[serde(default)]
    pub source: String,
}

/// A noun in the four forms Swedish and English sentences need: a catalogue
/// cannot make "frågan" from "fråga", so the model gives each form, in
/// lower case (the catalogue capitalises at the start of a sentence).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Noun {
    /// One, indefinite: "fråga", "question".
    pub one: Text,
    /// Several, indefinite: "frågor", "questions".
    pub many: Text,
    /// One, definite: "frågan", "the question".
    pub the_one: Text,
    /// Several, definite: "frågorna", "the questions".
    pub the_many: Text,
}

impl Terms {
    /// The words, in `lang`.
    pub fn words(&self, lang: Lang) -> Words {
        Words {
            one: self.dimension.one.get(lang).to_owned(),
            many: self.dimension.many.get(lang).to_owned(),
            the_one: self.dimension.the_one.get(lang).to_owned(),
            the_many: self.dimension.the_many.get(lang).to_owned(),
            score: self.score.get(lang).to_owned(),
            default: false,
        }
    }
}

impl Assessment {
    /// The model's words for its dimensions and their score, in `lang`.
    pub fn words(&self, lang: Lang) -> Words {
        match &self.terms {
            Some(terms) => terms.words(lang),
            None => catalogue_words(lang),
        }
    }
}

/// The catalogue's own words, for a model that gives none.
pub fn catalogue_words(lang: Lang) -> Words {
    Words {
        one: crate::tr!(lang, "terms-default-one"),
        many: crate::tr!(lang, "terms-default-many"),
        the_one: crate::tr!(lang, "terms-default-the-one"),
        the_many: crate::tr!(lang, "terms-default-the-many"),
        score: crate::tr!(lang, "terms-default-score"),
        default: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Terms {
        Terms {
            dimension: Noun {
                one: Text::new("kärnfynd", "core finding"),
                many: Text::new("kärnfynd", "core findings"),
                the_one: Text::new("kärnfyndet", "the core finding"),
                the_many: Text::new("kärnfynden", "the core findings"),
            },
            score: Text::new("utvecklingsbehov", "need for development"),
            source: "§3".into(),
        }
    }

    #[test]
    fn a_model_without_terms_has_the_catalogues_words_and_one_with_terms_its_own() {
        let mut model = Assessment::halmstad().unwrap();
        let default = model.words(Lang::SV);
        assert!(default.default);
        assert_eq!(
            default.the_many,
            crate::tr!(Lang::SV, "terms-default-the-many")
        );
        model.terms = Some(terms());
        let sv = model.words(Lang::SV);
        assert_eq!(
            (
                sv.one.as_str(),
                sv.the_one.as_str(),
                sv.score.as_str(),
                sv.default
            ),
            ("kärnfynd", "kärnfyndet", "utvecklingsbehov", false)
        );
        let en = model.words(Lang::EN);
        assert_eq!(en.many, "core findings");
    }
}
