//! The RON parser's error codes, mapped onto [`Syntax`]: every code it has, so
//! that no message carries the parser's English. Two of its codes hold English
//! text rather than a value: `InvalidValueForType`, whose two halves are serde's
//! descriptions of the types (read back here into a [`Kind`] and a [`Found`]),
//! and `Message`, the text of a deserializer's own error. klarhet's own
//! deserializers raise theirs as a [`Custom`], written so that it can be read
//! back; any other message is [`Syntax::Unreadable`], said without its words.

use super::syntax::{Found, Kind, Syntax, Token};

/// An error raised by klarhet's own deserializers inside the parser, which
/// keeps only a message's text: it is written as a tagged text that
/// [`Custom::read`] turns back into the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Custom {
    /// A key given twice in one map (a map keeps only one value per key, so the
    /// other would be lost without a word).
    DuplicateKey(String),
    /// A language code the catalogue does not have.
    UnknownLanguage {
        /// The code found.
        found: String,
        /// The codes there are.
        known: Vec<String>,
    },
    /// A string that is not a date.
    NotADate(String),
    /// A model's text without the language with this code, which the model
    /// says every text has.
    MissingTranslation(String),
    /// A model's text in a language the model does not name.
    ExtraTranslation {
        /// The code found.
        found: String,
        /// The model's languages.
        known: Vec<String>,
    },
}

/// Starts every [`Custom`] message: a NUL, which no message of the parser or of
/// serde starts with.
const TAG: &str = "\u{0}klarhet\u{0}";

impl Custom {
    /// The error as the deserializer `E` raises it.
    pub fn raise<E: serde::de::Error>(self) -> E {
        E::custom(self.write())
    }

    /// The tagged text: the kind, then its fields, the one from the file last, so
    /// that whatever it holds is read back whole.
    fn write(&self) -> String {
        match self {
            Custom::DuplicateKey(key) => format!("{TAG}duplicate-key\u{0}{key}"),
            Custom::UnknownLanguage { found, known } => {
                format!("{TAG}unknown-language\u{0}{}\u{0}{found}", known.join(","))
            }
            Custom::NotADate(text) => format!("{TAG}not-a-date\u{0}{text}"),
            Custom::MissingTranslation(code) => format!("{TAG}missing-translation\u{0}{code}"),
            Custom::ExtraTranslation { found, known } => {
                format!("{TAG}extra-translation\u{0}{}\u{0}{found}", known.join(","))
            }
        }
    }

    /// The error a tagged text stands for; `None` for any other message.
    pub fn read(message: &str) -> Option<Custom> {
        let (kind, rest) = message.strip_prefix(TAG)?.split_once('\u{0}')?;
        match kind {
            "duplicate-key" => Some(Custom::DuplicateKey(rest.to_owned())),
            "unknown-language" => {
                let (known, found) = rest.split_once('\u{0}')?;
                Some(Custom::UnknownLanguage {
                    found: found.to_owned(),
                    known: known.split(',').map(str::to_owned).collect(),
                })
            }
            "not-a-date" => Some(Custom::NotADate(rest.to_owned())),
            "missing-translation" => Some(Custom::MissingTranslation(rest.to_owned())),
            "extra-translation" => {
                let (known, found) = rest.split_once('\u{0}')?;
                Some(Custom::ExtraTranslation {
                    found: found.to_owned(),
                    known: known.split(',').map(str::to_owned).collect(),
                })
            }
            _ => None,
        }
    }
}

impl From<Custom> for Syntax {
    fn from(c: Custom) -> Syntax {
        match c {
            Custom::DuplicateKey(key) => Syntax::DuplicateKey(key),
            Custom::UnknownLanguage { found, known } => Syntax::UnknownLanguage { found, known },
            Custom::NotADate(text) => Syntax::NotADate(text),
            Custom::MissingTranslation(code) => Syntax::MissingTranslation(code),
            Custom::ExtraTranslation { found, known } => Syntax::ExtraTranslation { found, known },
        }
    }
}

impl From<&ron::error::Error> for Syntax {
    fn from(e: &ron::error::Error) -> Syntax {
        use ron::error::Error as E;
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
        let token = Syntax::Expected;
        match e {
            E::Eof => Syntax::Eof,
            E::ExpectedString | E::ExpectedByteString => token(Token::String),
            E::ExpectedStringEnd => token(Token::StringEnd),
            E::ExpectedInteger => token(Token::Integer),
            E::ExpectedFloat => token(Token::Number),
            E::ExpectedBoolean => token(Token::Boolean),
            E::ExpectedArray => token(Token::List),
            E::ExpectedArrayEnd => token(Token::ListEnd),
            E::ExpectedMap => token(Token::Map),
            E::ExpectedMapColon => token(Token::Colon),
            E::ExpectedMapEnd => token(Token::MapEnd),
            E::ExpectedComma => token(Token::Comma),
            E::ExpectedIdentifier => token(Token::Identifier),
            E::ExpectedOption | E::ExpectedOptionEnd => token(Token::Option),
            E::ExpectedStructLike => token(Token::Struct),
            E::ExpectedNamedStructLike("") => token(Token::Struct),
            E::ExpectedNamedStructLike(name) => Syntax::ExpectedStruct((*name).to_owned()),
            E::ExpectedStructLikeEnd => token(Token::StructEnd),
            E::ExpectedUnit => token(Token::Unit),
            E::ExpectedChar => token(Token::Char),
            E::ExpectedByteLiteral => token(Token::Byte),
            E::ExpectedAttribute => token(Token::Attribute),
            E::ExpectedAttributeEnd => token(Token::AttributeEnd),
            E::ExpectedRangeSyntax => token(Token::Range),
            E::ExpectedRawValue => token(Token::Value),
            E::ExpectedDifferentStructName { expected, found } => Syntax::StructName {
                expected: (*expected).to_owned(),
                found: found.clone(),
            },
            E::ExpectedStructName(name) => Syntax::StructNameMissing(name.clone()),
            E::NoSuchStructField {
                expected, found, ..
            } => Syntax::UnknownField {
                found: found.clone(),
                expected: names(expected),
            },
            E::MissingStructField { field, .. } => Syntax::MissingField((*field).to_owned()),
            E::DuplicateStructField { field, .. } => Syntax::DuplicateField((*field).to_owned()),
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Syntax::UnknownVariant {
                found: found.clone(),
                expected: names(expected),
            },
            E::InvalidValueForType { expected, found } => Syntax::WrongType {
                expected: kind(expected),
                found: found_value(found),
            },
            E::ExpectedDifferentLength { expected, found } => Syntax::WrongLength {
                expected: kind(expected),
                found: *found,
            },
            E::IntegerOutOfBounds => Syntax::OutOfRange,
            E::InvalidIntegerDigit { digit, base } => Syntax::InvalidDigit {
                digit: *digit,
                base: *base,
            },
            E::FloatUnderscore | E::UnderscoreAtBeginning => Syntax::Underscore,
            E::InvalidEscape(_) => Syntax::InvalidEscape,
            E::NoSuchExtension(name) => Syntax::NoSuchExtension(name.clone()),
            E::UnclosedBlockComment | E::UnclosedLineComment => Syntax::UnclosedComment,
            E::UnexpectedChar(c) => Syntax::UnexpectedChar(*c),
            E::InvalidIdentifier(name) | E::SuggestRawIdentifier(name) => {
                Syntax::InvalidIdentifier(name.clone())
            }
            E::Utf8Error(_) => Syntax::NotUtf8,
            E::ExceededRecursionLimit => Syntax::TooDeep,
            E::TrailingCharacters => Syntax::Trailing,
            E::Message(text) => Custom::read(text).map_or(Syntax::Unreadable, Syntax::from),
            // Formatting and reading failures have no place in a text already
            // read, and a code a newer parser adds has no words here yet.
            _ => Syntax::Unreadable,
        }
    }
}

/// The kind of value serde's description of a type (its visitor's
/// `expecting`) names: the derived ones (`struct Session`, `enum Role`), the
/// standard library's (`u32`, `a string`, `a map`) and klarhet's own.
fn kind(expected: &str) -> Kind {
    let named = |prefix: &str| {
        expected
            .strip_prefix(prefix)
            .map(|rest| rest.trim().to_owned())
    };
    if let Some(name) = named("struct variant ")
        .or_else(|| named("tuple variant "))
        .or_else(|| named("enum "))
    {
        return Kind::Variant(name);
    }
    if let Some(name) = named("struct ")
        .or_else(|| named("tuple struct "))
        .or_else(|| named("unit struct "))
    {
        return Kind::Struct(name);
    }
    match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => Kind::Integer,
        "f32" | "f64" => Kind::Number,
        "a string" | "a borrowed string" | "string" => Kind::Text,
        "a character" | "a char" => Kind::Char,
        "a boolean" => Kind::Boolean,
        "option" => Kind::Option,
        "unit" => Kind::Unit,
        "a sequence" => Kind::List,
        "variant identifier" | "field identifier" => Kind::Identifier,
        e if e.starts_with("a tuple") || e.starts_with("tuple") => Kind::List,
        e if e.starts_with("a map") => Kind::Map,
        e if e.starts_with("a language code") => Kind::Language,
        e if e.starts_with("a date") => Kind::Date,
        _ => Kind::Value,
    }
}

/// What serde's description of a value that did not fit (its `Unexpected`, as
/// the parser words it) found.
fn found_value(found: &str) -> Found {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|rest| rest.trim_matches('`').to_owned())
    };
    if let Some(b) = quoted("the boolean ") {
        return Found::Boolean(b == "true");
    }
    if let Some(n) = quoted("the unsigned integer ")
        .or_else(|| quoted("the signed integer "))
        .or_else(|| quoted("the floating point number "))
    {
        return Found::Number(n);
    }
    if let Some(c) = quoted("the UTF-8 character ") {
        return c.chars().next().map_or(Found::Value, Found::Char);
    }
    if let Some(s) = found.strip_prefix("the string ") {
        // Written with Rust's quoting: the quotes go, the rest is as in the file.
        let inner = s.strip_prefix('"').and_then(|s| s.strip_suffix('"'));
        return Found::Text(inner.unwrap_or(s).to_owned());
    }
    match found {
        f if f.starts_with("the byte string") => Found::Bytes,
        "a unit value" => Found::Unit,
        "an optional value" => Found::Option,
        "a newtype struct" => Found::Struct,
        "a sequence" => Found::List,
        "a map" => Found::Map,
        "an enum" | "a unit variant" | "a newtype variant" | "a tuple variant"
        | "a struct variant" => Found::Variant,
        _ => Found::Value,
    }
}
