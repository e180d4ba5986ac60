//! A model's text in each of the model's languages: a map from a language code
//! to the text, so that a model written in one language, or in a third, needs
//! no code (issue 28). Written in RON as today, `(sv: "…", en: "…")`, or as a
//! map, `{"sv": "…", "nb": "…"}` for a code that is not an identifier.
//!
//! Which languages each text must have is the model's to say (its
//! `languages`, Swedish and English when it names none), and it is checked as
//! the text is read, so that a missing translation is reported at its place in
//! the file like any other fault: the model's parse says what to expect with
//! [`expecting_languages`].

use crate::error::ron_codes::Custom;
use crate::i18n::Lang;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;

/// The languages every text has when a model names none: klarhet's first
/// models were written in both.
pub const DEFAULT_LANGUAGES: [&str; 2] = ["sv", "en"];

/// A text in one or more languages, in the order the file gives them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(Vec<(String, String)>);

impl Text {
    /// The text to show in `lang`: the text in that language, else in the
    /// language its catalogue shows model texts in (`lang-content`), else the
    /// text's first language (the model's own).
    pub fn get(&self, lang: Lang) -> &str {
        self.in_language(lang.code())
            .or_else(|| self.in_language(lang.content().code()))
            .or_else(|| self.0.first().map(|(_, text)| text.as_str()))
            .unwrap_or("")
    }

    /// The text in the language with `code`, if it has one.
    pub fn in_language(&self, code: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, text)| text.as_str())
    }

    /// A text in Swedish and English.
    pub fn new(sv: &str, en: &str) -> Text {
        Text(vec![("sv".into(), sv.into()), ("en".into(), en.into())])
    }

    /// The codes of the languages it is given in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(code, _)| code.as_str())
    }

    /// Every language's text.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, text)| text.as_str())
    }

    /// Sets the text in the language with `code`, adding the language if the
    /// text has none in it.
    pub fn set(&mut self, code: &str, text: impl Into<String>) {
        match self.0.iter_mut().find(|(c, _)| c == code) {
            Some((_, old)) => *old = text.into(),
            None => self.0.push((code.to_owned(), text.into())),
        }
    }
}

thread_local! {
    /// The languages the texts being read must have; `None`: the default ones.
    static EXPECTED: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Runs `read` with every text it reads held to `languages` (none: the
/// default ones), as a model that names its languages asks.
pub fn expecting_languages<T>(languages: Option<Vec<String>>, read: impl FnOnce() -> T) -> T {
    let before = EXPECTED.with(|e| e.replace(languages));
    let out = read();
    EXPECTED.with(|e| e.replace(before));
    out
}

/// Checks a text just read against the languages expected of it.
fn check(text: &Text) -> Result<(), Custom> {
    EXPECTED.with(|expected| {
        let expected = expected.borrow();
        let known: Vec<&str> = match expected.as_deref() {
            Some(codes) => codes.iter().map(String::as_str).collect(),
            None => DEFAULT_LANGUAGES.to_vec(),
        };
        if let Some(found) = text.languages().find(|code| !known.contains(code)) {
            return Err(Custom::ExtraTranslation {
                found: found.to_owned(),
                known: known.iter().map(|c| (*c).to_owned()).collect(),
            });
        }
        match known.iter().find(|code| text.in_language(code).is_none()) {
            Some(code) => Err(Custom::MissingTranslation((*code).to_owned())),
            None => Ok(()),
        }
    })
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (code, text) in &self.0 {
            map.serialize_entry(code, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        // `any`: RON hands a struct without a name, `(sv: "…")`, to the same
        // map visitor as `{"sv": "…"}`.
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a text per language, (sv: \"…\", en: \"…\")")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut text = Text::default();
        while let Some(code) = map.next_key::<String>()? {
            if text.in_language(&code).is_some() {
                return Err(Custom::DuplicateKey(code).raise());
            }
            let value: String = map.next_value()?;
            text.0.push((code, value));
        }
        check(&text).map_err(Custom::raise)?;
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(src: &str) -> Result<Text, ron::error::SpannedError> {
        ron::from_str(src)
    }

    #[test]
    fn both_ways_of_writing_a_text_read_the_same_and_it_is_written_back_as_read() {
        let as_struct = read(r#"(sv: "Otydlighet", en: "Unclarity")"#).unwrap();
        let as_map = read(r#"{"sv": "Otydlighet", "en": "Unclarity"}"#).unwrap();
        assert_eq!(as_struct, as_map);
        assert_eq!(as_struct, Text::new("Otydlighet", "Unclarity"));
        let written = ron::to_string(&as_struct).unwrap();
        assert_eq!(read(&written).unwrap(), as_struct, "{written}");
        let json = serde_json::to_string(&as_struct).unwrap();
        assert_eq!(json, r#"{"sv":"Otydlighet","en":"Unclarity"}"#);
    }

    #[test]
    fn a_text_without_a_default_language_or_with_another_is_refused_where_it_stands() {
        let missing = read(r#"(sv: "Otydlighet")"#).unwrap_err();
        assert_eq!(
            Custom::read(&missing.code.to_string()),
            Some(Custom::MissingTranslation("en".into()))
        );
        let extra = read(r#"(sv: "a", en: "b", de: "c")"#).unwrap_err();
        assert!(matches!(
            Custom::read(&extra.code.to_string()),
            Some(Custom::ExtraTranslation { found, .. }) if found == "de"
        ));
        let twice = read(r#"(sv: "a", sv: "b", en: "c")"#).unwrap_err();
        assert_eq!(
            Custom::read(&twice.code.to_string()),
            Some(Custom::DuplicateKey("sv".into()))
        );
    }

    #[test]
    fn a_model_in_its_own_languages_has_texts_in_those_and_no_others() {
        let swedish = Some(vec!["sv".to_owned()]);
        let text = expecting_languages(swedish.clone(), || read(r#"(sv: "Otydlighet")"#));
        assert_eq!(text.unwrap().languages().collect::<Vec<_>>(), ["sv"]);
        let both = expecting_languages(swedish, || read(r#"(sv: "a", en: "b")"#));
        assert!(both.is_err(), "en is not one of the model's languages");
        let three = Some(vec!["sv".to_owned(), "en".to_owned(), "nb".to_owned()]);
        let text = expecting_languages(three, || read(r#"{"sv": "a", "en": "b", "nb": "c"}"#));
        assert_eq!(text.unwrap().in_language("nb"), Some("c"));
        // Outside, the default holds again.
        assert!(read(r#"(sv: "Otydlighet")"#).is_err());
    }

    #[test]
    fn a_language_without_its_own_text_shows_the_models_first() {
        let swedish_only =
            expecting_languages(Some(vec!["sv".into()]), || read(r#"(sv: "Otydlighet")"#)).unwrap();
        assert_eq!(swedish_only.get(Lang::EN), "Otydlighet");
        let both = Text::new("Otydlighet", "Unclarity");
        assert_eq!(both.get(Lang::EN), "Unclarity");
        assert_eq!(both.get(Lang::SV), "Otydlighet");
        let mut english_first = Text::default();
        english_first.set("en", "Unclarity");
        english_first.set("nb", "Uklarhet");
        assert_eq!(english_first.get(Lang::SV), "Unclarity");
    }
}
