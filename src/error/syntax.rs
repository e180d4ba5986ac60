//! What the RON parser stopped at, as a value every language can put into words.

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
}

impl Token {
    /// The token in words.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            Token::String => crate::tr!(lang, "syntax-token-string"),
            Token::StringEnd => crate::tr!(lang, "syntax-token-string-end"),
            Token::Integer => crate::tr!(lang, "syntax-token-integer"),
            Token::Number => crate::tr!(lang, "syntax-token-number"),
            Token::Boolean => crate::tr!(lang, "syntax-token-boolean"),
            Token::List => crate::tr!(lang, "syntax-token-list"),
            Token::ListEnd => crate::tr!(lang, "syntax-token-list-end"),
            Token::Map => crate::tr!(lang, "syntax-token-map"),
            Token::Colon => crate::tr!(lang, "syntax-token-colon"),
            Token::MapEnd => crate::tr!(lang, "syntax-token-map-end"),
            Token::Comma => crate::tr!(lang, "syntax-token-comma"),
            Token::Identifier => crate::tr!(lang, "syntax-token-identifier"),
            Token::Option => crate::tr!(lang, "syntax-token-option"),
            Token::Struct => crate::tr!(lang, "syntax-token-struct"),
            Token::StructEnd => crate::tr!(lang, "syntax-token-struct-end"),
            Token::Unit => crate::tr!(lang, "syntax-token-unit"),
            Token::Char => crate::tr!(lang, "syntax-token-char"),
        }
    }
}

/// Why a file could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// The file ends too soon.
    Eof,
    /// Something else stood where this was expected.
    Expected(Token),
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
    /// A value of the wrong kind, in the parser's own words for both.
    WrongType {
        /// What was expected.
        expected: String,
        /// What was found.
        found: String,
    },
    /// A character that does not belong there.
    UnexpectedChar(char),
    /// Text after the end of the document.
    Trailing,
    /// Anything rarer, in the parser's own (English) words.
    Other(String),
}

impl Syntax {
    /// The problem in words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Syntax::Eof => crate::tr!(lang, "syntax-eof"),
            Syntax::Expected(token) => {
                crate::tr!(lang, "syntax-expected", token = token.describe(lang))
            }
            Syntax::UnknownField { found, expected } => crate::tr!(
                lang,
                "syntax-unknown-field",
                found = found.as_str(),
                expected = expected.join(", ")
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
                expected = expected.join(", ")
            ),
            Syntax::WrongType { expected, found } => crate::tr!(
                lang,
                "syntax-wrong-type",
                expected = expected.as_str(),
                found = found.as_str()
            ),
            Syntax::UnexpectedChar(c) => {
                crate::tr!(lang, "syntax-unexpected-char", char = c.to_string())
            }
            Syntax::Trailing => crate::tr!(lang, "syntax-trailing"),
            Syntax::Other(text) => text.clone(),
        }
    }
}

impl From<&ron::error::Error> for Syntax {
    fn from(e: &ron::error::Error) -> Syntax {
        use ron::error::Error as E;
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
        let token = |t| Syntax::Expected(t);
        match e {
            E::Eof => Syntax::Eof,
            E::ExpectedString | E::ExpectedByteString => token(Token::String),
            E::ExpectedStringEnd => token(Token::StringEnd),
            E::ExpectedInteger | E::IntegerOutOfBounds => token(Token::Integer),
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
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => token(Token::Struct),
            E::ExpectedStructLikeEnd => token(Token::StructEnd),
            E::ExpectedUnit => token(Token::Unit),
            E::ExpectedChar => token(Token::Char),
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
                expected: expected.clone(),
                found: found.clone(),
            },
            E::UnexpectedChar(c) => Syntax::UnexpectedChar(*c),
            E::TrailingCharacters => Syntax::Trailing,
            other => Syntax::Other(other.to_string()),
        }
    }
}
