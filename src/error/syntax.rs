//! What the RON parser stopped at, as a value every language can put into words.
//! Every error the parser can give has a variant here with a message in the
//! catalogue; none of the parser's own (English) words reach a message. How the
//! parser's codes map onto these is in [`super::ron_codes`].

use crate::text::Lang;

/// A piece of RON the parser expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    /// `"…"`.
    String,
    /// The closing `"`.
    StringEnd,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// `[`.
    List,
    /// `]`.
    ListEnd,
    /// `{`.
    Map,
    /// `:` in a map.
    Colon,
    /// `}`.
    MapEnd,
    /// `,`.
    Comma,
    /// A name such as a field's.
    Identifier,
    /// `Some(…)` or `None`.
    Option,
    /// `(`.
    Struct,
    /// `)`.
    StructEnd,
    /// `()`.
    Unit,
    /// A character in quotes.
    Char,
    /// A byte in quotes, `b'…'`.
    Byte,
    /// `#![enable(…)]` at the top of a file.
    Attribute,
    /// The `)]` that closes `#![enable(…`.
    AttributeEnd,
    /// `..` or `..=`.
    Range,
    /// Any RON value.
    Value,
}

impl Token {
    /// The token in words.
    pub fn describe(self, lang: Lang) -> String {
        let key = match self {
            Token::String => "string",
            Token::StringEnd => "string-end",
            Token::Integer => "integer",
            Token::Number => "number",
            Token::Boolean => "boolean",
            Token::List => "list",
            Token::ListEnd => "list-end",
            Token::Map => "map",
            Token::Colon => "colon",
            Token::MapEnd => "map-end",
            Token::Comma => "comma",
            Token::Identifier => "identifier",
            Token::Option => "option",
            Token::Struct => "struct",
            Token::StructEnd => "struct-end",
            Token::Unit => "unit",
            Token::Char => "char",
            Token::Byte => "byte",
            Token::Attribute => "attribute",
            Token::AttributeEnd => "attribute-end",
            Token::Range => "range",
            Token::Value => "value",
        };
        crate::tr!(lang, "syntax-token", token = key)
    }
}

/// The kind of value a place in the file takes, as the format's types say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A record written `Name(…)`.
    Struct(String),
    /// One of the named values of a type.
    Variant(String),
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// A string.
    Text,
    /// A character.
    Char,
    /// `true` or `false`.
    Boolean,
    /// A list.
    List,
    /// A map.
    Map,
    /// `Some(…)` or `None`.
    Option,
    /// `()`.
    Unit,
    /// A name.
    Identifier,
    /// A language's code.
    Language,
    /// A date.
    Date,
    /// A value of a kind klarhet has no word for.
    Value,
}

impl Kind {
    /// The kind in words.
    pub fn describe(&self, lang: Lang) -> String {
        let (key, name) = match self {
            Kind::Struct(name) => ("struct", name.as_str()),
            Kind::Variant(name) => ("variant", name.as_str()),
            Kind::Integer => ("integer", ""),
            Kind::Number => ("number", ""),
            Kind::Text => ("text", ""),
            Kind::Char => ("char", ""),
            Kind::Boolean => ("boolean", ""),
            Kind::List => ("list", ""),
            Kind::Map => ("map", ""),
            Kind::Option => ("option", ""),
            Kind::Unit => ("unit", ""),
            Kind::Identifier => ("identifier", ""),
            Kind::Language => ("language", ""),
            Kind::Date => ("date", ""),
            Kind::Value => ("value", ""),
        };
        crate::tr!(lang, "syntax-kind", kind = key, name = name)
    }
}

/// What the file held where another kind of value was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `true` or `false`.
    Boolean(bool),
    /// A number, as written.
    Number(String),
    /// A character.
    Char(char),
    /// A string.
    Text(String),
    /// A byte string.
    Bytes,
    /// `()`.
    Unit,
    /// `Some(…)` or `None`.
    Option,
    /// A record.
    Struct,
    /// A list.
    List,
    /// A map.
    Map,
    /// A named value.
    Variant,
    /// Something klarhet has no word for.
    Value,
}

impl Found {
    /// What was found, in words.
    pub fn describe(&self, lang: Lang) -> String {
        let (key, value) = match self {
            Found::Boolean(b) => ("boolean", b.to_string()),
            Found::Number(n) => ("number", n.clone()),
            Found::Char(c) => ("char", c.to_string()),
            Found::Text(s) => ("text", s.clone()),
            Found::Bytes => ("bytes", String::new()),
            Found::Unit => ("unit", String::new()),
            Found::Option => ("option", String::new()),
            Found::Struct => ("struct", String::new()),
            Found::List => ("list", String::new()),
            Found::Map => ("map", String::new()),
            Found::Variant => ("variant", String::new()),
            Found::Value => ("value", String::new()),
        };
        crate::tr!(lang, "syntax-found", kind = key, value = value)
    }
}

/// Why a file could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// The file ends too soon.
    Eof,
    /// Something else stood where this was expected.
    Expected(Token),
    /// A record `Name(…)` was expected here.
    ExpectedStruct(String),
    /// A record's name that is not the one this place takes.
    StructName {
        /// The name this place takes.
        expected: String,
        /// The name found.
        found: String,
    },
    /// A record without the name this place asks for.
    StructNameMissing(String),
    /// A field the format does not have.
    UnknownField {
        /// The field found.
        found: String,
        /// The fields there are.
        expected: Vec<String>,
    },
    /// A field that must be there is missing.
    MissingField(String),
    /// A field given twice.
    DuplicateField(String),
    /// A value that is none of the allowed ones.
    UnknownVariant {
        /// The value found.
        found: String,
        /// The values allowed.
        expected: Vec<String>,
    },
    /// A value of the wrong kind.
    WrongType {
        /// What was expected.
        expected: Kind,
        /// What was found.
        found: Found,
    },
    /// A list or record with the wrong number of values.
    WrongLength {
        /// What was expected.
        expected: Kind,
        /// How many values were found.
        found: usize,
    },
    /// A number too large or too small for its place.
    OutOfRange,
    /// A digit that the number's base does not have.
    InvalidDigit {
        /// The digit.
        digit: char,
        /// The base.
        base: u8,
    },
    /// An underscore where a number cannot have one.
    Underscore,
    /// A `\` in a string that starts no escape.
    InvalidEscape,
    /// `#![enable(…)]` names an extension RON does not have.
    NoSuchExtension(String),
    /// A `/*` comment that is never closed.
    UnclosedComment,
    /// A character that does not belong there.
    UnexpectedChar(char),
    /// A name that cannot be a name.
    InvalidIdentifier(String),
    /// Bytes that are not UTF-8 text.
    NotUtf8,
    /// Values nested deeper than the parser follows.
    TooDeep,
    /// Text after the end of the document.
    Trailing,
    /// A key given twice in one map.
    DuplicateKey(String),
    /// A language code that the catalogue has no language for.
    UnknownLanguage {
        /// The code found.
        found: String,
        /// The codes there are.
        known: Vec<String>,
    },
    /// A string that is not a date: written the wrong way, or a day the
    /// calendar does not have (see [`crate::model::dates::refusal`]).
    NotADate(String),
    /// A model's text without one of the model's languages (its code).
    MissingTranslation(String),
    /// A model's text in a language the model does not name.
    ExtraTranslation {
        /// The code found.
        found: String,
        /// The model's languages.
        known: Vec<String>,
    },
    /// Anything the parser reports that none of the above describes (a code a
    /// newer parser adds): said without its English words.
    Unreadable,
}

impl Syntax {
    /// The problem in words.
    pub fn describe(&self, lang: Lang) -> String {
        let list = |items: &[String]| items.join(", ");
        match self {
            Syntax::Eof => crate::tr!(lang, "syntax-eof"),
            Syntax::Expected(token) => {
                crate::tr!(lang, "syntax-expected", token = token.describe(lang))
            }
            Syntax::ExpectedStruct(name) => {
                crate::tr!(lang, "syntax-expected-struct", name = name.as_str())
            }
            Syntax::StructName { expected, found } => crate::tr!(
                lang,
                "syntax-struct-name",
                expected = expected.as_str(),
                found = found.as_str()
            ),
            Syntax::StructNameMissing(name) => {
                crate::tr!(lang, "syntax-struct-name-missing", name = name.as_str())
            }
            Syntax::UnknownField { found, expected } => crate::tr!(
                lang,
                "syntax-unknown-field",
                found = found.as_str(),
                count = expected.len(),
                expected = list(expected)
            ),
            Syntax::MissingField(field) => {
                crate::tr!(lang, "syntax-missing-field", field = field.as_str())
            }
            Syntax::DuplicateField(field) => {
                crate::tr!(lang, "syntax-duplicate-field", field = field.as_str())
            }
            Syntax::UnknownVariant { found, expected } => crate::tr!(
                lang,
                "syntax-unknown-variant",
                found = found.as_str(),
                count = expected.len(),
                expected = list(expected)
            ),
            Syntax::WrongType { expected, found } => crate::tr!(
                lang,
                "syntax-wrong-type",
                expected = expected.describe(lang),
                found = found.describe(lang)
            ),
            Syntax::WrongLength { expected, found } => crate::tr!(
                lang,
                "syntax-wrong-length",
                expected = expected.describe(lang),
                count = found.to_owned()
            ),
            Syntax::OutOfRange => crate::tr!(lang, "syntax-out-of-range"),
            Syntax::InvalidDigit { digit, base } => crate::tr!(
                lang,
                "syntax-invalid-digit",
                digit = digit.to_string(),
                base = base.to_string()
            ),
            Syntax::Underscore => crate::tr!(lang, "syntax-underscore"),
            Syntax::InvalidEscape => crate::tr!(lang, "syntax-invalid-escape"),
            Syntax::NoSuchExtension(name) => {
                crate::tr!(lang, "syntax-no-such-extension", name = name.as_str())
            }
            Syntax::UnclosedComment => crate::tr!(lang, "syntax-unclosed-comment"),
            Syntax::UnexpectedChar(c) => {
                crate::tr!(lang, "syntax-unexpected-char", char = c.to_string())
            }
            Syntax::InvalidIdentifier(name) => {
                crate::tr!(lang, "syntax-invalid-identifier", name = name.as_str())
            }
            Syntax::NotUtf8 => crate::tr!(lang, "syntax-not-utf8"),
            Syntax::TooDeep => crate::tr!(lang, "syntax-too-deep"),
            Syntax::Trailing => crate::tr!(lang, "syntax-trailing"),
            Syntax::DuplicateKey(key) => {
                crate::tr!(lang, "syntax-duplicate-key", key = key.as_str())
            }
            Syntax::UnknownLanguage { found, known } => crate::tr!(
                lang,
                "syntax-unknown-language",
                found = found.as_str(),
                known = list(known)
            ),
            Syntax::NotADate(text) => crate::model::dates::refusal(text, lang),
            Syntax::MissingTranslation(code) => {
                crate::tr!(lang, "syntax-missing-translation", code = code.as_str())
            }
            Syntax::ExtraTranslation { found, known } => crate::tr!(
                lang,
                "syntax-extra-translation",
                found = found.as_str(),
                known = list(known)
            ),
            Syntax::Unreadable => crate::tr!(lang, "syntax-unreadable"),
        }
    }
}
