//! A model's words in the catalogue's sentences (issue 28). A message takes
//! the words as one placeable, `$words`, and picks the form its sentence needs
//! with the Fluent function `WORD`, registered here:
//!
//! ```ftl
//! report-challenges = { UPPER_FIRST(WORD($words, "the-many")) }
//! x = { $count -> [one] { WORD($words, "one") } *[other] { WORD($words, "many") } }
//! y = { WORD($words, "source") -> [default] Allvarligast *[model] Högst { WORD($words, "score") } }
//! ```
//!
//! One placeable for all the forms, because every language's message must
//! name the same variables as the English one (the `tr!` macro and
//! tests/it/catalogue.rs hold them to it), while each language needs its own
//! forms: Swedish says "utmaningen" where English says "challenge". `source`
//! is `default` for the catalogue's own words (a model without terms) and
//! `model` for a model's, so that a sentence can keep its idiom for the
//! catalogue's words and fall back to a plainer one for words it does not
//! know (Swedish adjectives agree with a noun's gender, which a model does
//! not give). A model writes its words in lower case; `UPPER_FIRST`
//! capitalises one at the start of a sentence.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentType;
use std::borrow::Cow;

/// A model's words in one language, ready for the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// "utmaning"
    pub one: String,
    /// "utmaningar"
    pub many: String,
    /// "utmaningen"
    pub the_one: String,
    /// "utmaningarna"
    pub the_many: String,
    /// "allvarlighet"
    pub score: String,
    /// True when the words are the catalogue's own (a model without terms).
    pub default: bool,
}

impl Words {
    /// The form `WORD` names, or `None` for a name it does not know.
    fn form(&self, name: &str) -> Option<&str> {
        Some(match name {
            "one" => &self.one,
            "many" => &self.many,
            "the-one" => &self.the_one,
            "the-many" => &self.the_many,
            "score" => &self.score,
            "source" if self.default => "default",
            "source" => "model",
            _ => return None,
        })
    }
}

impl FluentType for Words {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    // Printed bare, `{ $words }` says the word for one dimension.
    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        Cow::Owned(self.one.clone())
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        Cow::Owned(self.one.clone())
    }
}

impl From<Words> for FluentValue<'_> {
    fn from(words: Words) -> Self {
        FluentValue::Custom(Box::new(words))
    }
}

impl From<&Words> for FluentValue<'_> {
    fn from(words: &Words) -> Self {
        FluentValue::Custom(Box::new(words.clone()))
    }
}

/// `text` with its first letter in upper case ("frågan" → "Frågan",
/// "ömsesidighet" → "Ömsesidighet"); the rest as it is.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `WORD(words, "form")`: the form of a model's words; anything else as
/// Fluent shows an error, so that a wrong call shows in the text.
fn word<'a>(args: &[FluentValue<'a>]) -> FluentValue<'a> {
    let words = match args.first() {
        Some(FluentValue::Custom(value)) => value.as_any().downcast_ref::<Words>(),
        _ => None,
    };
    let form = match args.get(1) {
        Some(FluentValue::String(name)) => words.and_then(|w| w.form(name)),
        _ => None,
    };
    form.map_or(FluentValue::Error, |f| FluentValue::from(f.to_owned()))
}

/// `UPPER_FIRST(text)`: `text` with a capital first letter.
fn upper<'a>(args: &[FluentValue<'a>]) -> FluentValue<'a> {
    match args.first() {
        Some(FluentValue::String(text)) => FluentValue::from(upper_first(text)),
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// Gives every bundle of `loader` the functions `WORD` and `UPPER_FIRST`.
pub(crate) fn register(loader: &i18n_embed::fluent::FluentLanguageLoader) {
    loader.with_bundles_mut(|bundle| {
        // A second registration would only find them there already.
        let _ = bundle.add_function("WORD", |args, _| word(args));
        let _ = bundle.add_function("UPPER_FIRST", |args, _| upper(args));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_only_and_åäö_too() {
        assert_eq!(upper_first("kärnfyndet"), "Kärnfyndet");
        assert_eq!(upper_first("ömsesidighet"), "Ömsesidighet");
        assert_eq!(upper_first("the core finding"), "The core finding");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn word_gives_the_form_named_and_an_error_for_any_other() {
        let words = Words {
            one: "kärnfynd".into(),
            many: "kärnfynd".into(),
            the_one: "kärnfyndet".into(),
            the_many: "kärnfynden".into(),
            score: "utvecklingsbehov".into(),
            default: false,
        };
        let call = |form: &'static str| {
            let value = word(&[FluentValue::from(&words), FluentValue::from(form)]);
            match value {
                FluentValue::String(s) => Some(s.into_owned()),
                _ => None,
            }
        };
        assert_eq!(call("the-one").as_deref(), Some("kärnfyndet"));
        assert_eq!(call("source").as_deref(), Some("model"));
        assert_eq!(call("the_one"), None);
        let not_words = word(&[FluentValue::from("x"), FluentValue::from("one")]);
        assert!(matches!(not_words, FluentValue::Error));
    }
}
