//! The parser's complaints in the user's language: every error code of the RON
//! parser becomes a message of the catalogue, and none of the parser's English
//! shows inside a Swedish message, from a code alone or from a real file.

use crate::common;
use klarhet::error::{Custom, Problem, Syntax};
use klarhet::text::Lang;
use ron::error::Error as E;
use std::collections::BTreeSet;

/// The words of `text` three letters or longer, in lower case.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// Words both languages write alike: RON's own (`true`, `Some(…)`,
/// `#![enable(…)]`), the program's name, the names the format gives its records,
/// and words that are Swedish as well as English.
const SAME_IN_BOTH: [&str; 14] = [
    "true",
    "false",
    "some",
    "none",
    "enable",
    "ron",
    "utf",
    "klarhet",
    "session",
    "assessment",
    "theme",
    "text",
    "sessions",
    "byte",
];

/// Every code the parser has (its enum is non-exhaustive: a code a newer parser
/// adds is said without words, see `Syntax::Unreadable`), each with the words
/// it carries from the file, which may show in any language.
fn every_code() -> Vec<(E, &'static [&'static str])> {
    let bytes = vec![0x66, 0xff];
    let utf8 = std::str::from_utf8(&bytes).unwrap_err();
    vec![
        (E::Fmt, &[]),
        (E::Io("disk failure".into()), &[]),
        (E::Message("some library's own words".into()), &[]),
        (E::Eof, &[]),
        (E::ExpectedArray, &[]),
        (E::ExpectedArrayEnd, &[]),
        (E::ExpectedAttribute, &["enable"]),
        (E::ExpectedAttributeEnd, &["enable"]),
        (E::ExpectedBoolean, &[]),
        (E::ExpectedComma, &[]),
        (E::ExpectedChar, &[]),
        (E::ExpectedByteLiteral, &[]),
        (E::ExpectedFloat, &[]),
        (E::FloatUnderscore, &[]),
        (E::ExpectedInteger, &[]),
        (E::ExpectedOption, &[]),
        (E::ExpectedOptionEnd, &[]),
        (E::ExpectedMap, &[]),
        (E::ExpectedMapColon, &[]),
        (E::ExpectedMapEnd, &[]),
        (
            E::ExpectedDifferentStructName {
                expected: "Session",
                found: "Sessio".into(),
            },
            &["session", "sessio"],
        ),
        (E::ExpectedStructLike, &[]),
        (E::ExpectedNamedStructLike("Session"), &["session"]),
        (E::ExpectedNamedStructLike(""), &[]),
        (E::ExpectedStructLikeEnd, &[]),
        (E::ExpectedUnit, &[]),
        (E::ExpectedString, &[]),
        (E::ExpectedByteString, &[]),
        (E::ExpectedStringEnd, &[]),
        (E::ExpectedIdentifier, &[]),
        (E::InvalidEscape("Unknown escape character"), &[]),
        (E::IntegerOutOfBounds, &[]),
        (
            E::InvalidIntegerDigit {
                digit: 'g',
                base: 16,
            },
            &[],
        ),
        (E::NoSuchExtension("colours".into()), &["colours", "ron"]),
        (E::UnclosedBlockComment, &[]),
        (E::UnclosedLineComment, &[]),
        (E::UnderscoreAtBeginning, &[]),
        (E::UnexpectedChar('§'), &[]),
        (E::Utf8Error(utf8), &[]),
        (E::TrailingCharacters, &[]),
        (
            E::InvalidValueForType {
                expected: "struct Participant".into(),
                found: "the string \"Kim\"".into(),
            },
            &["participant", "kim"],
        ),
        (
            E::InvalidValueForType {
                expected: "enum Role".into(),
                found: "the unsigned integer `4`".into(),
            },
            &["role"],
        ),
        (
            E::InvalidValueForType {
                expected: "a map from voter id to a value".into(),
                found: "a sequence".into(),
            },
            &[],
        ),
        (
            E::InvalidValueForType {
                expected: "a language code such as sv or en".into(),
                found: "the boolean `true`".into(),
            },
            &["true"],
        ),
        (
            E::InvalidValueForType {
                expected: "some type no one knows".into(),
                found: "some value no one knows".into(),
            },
            &[],
        ),
        (
            E::ExpectedDifferentLength {
                expected: "a tuple of size 2".into(),
                found: 3,
            },
            &[],
        ),
        (
            E::NoSuchEnumVariant {
                expected: &["Politik", "Bolag"],
                found: "Boss".into(),
                outer: Some("Role".into()),
            },
            &["politik", "bolag", "boss"],
        ),
        (
            E::NoSuchStructField {
                expected: &["voters", "on_scale"],
                found: "votes".into(),
                outer: Some("Sealed".into()),
            },
            &["voters", "on", "scale", "votes"],
        ),
        (
            E::NoSuchStructField {
                expected: &[],
                found: "votes".into(),
                outer: None,
            },
            &["votes"],
        ),
        (
            E::MissingStructField {
                field: "facilitator",
                outer: Some("Session".into()),
            },
            &["facilitator"],
        ),
        (
            E::DuplicateStructField {
                field: "schema",
                outer: Some("Session".into()),
            },
            &["schema"],
        ),
        (E::InvalidIdentifier("9x".into()), &[]),
        (E::SuggestRawIdentifier("type".into()), &["type"]),
        (E::ExpectedRawValue, &[]),
        (E::ExceededRecursionLimit, &[]),
        (E::ExpectedStructName("Session".into()), &["session"]),
        (E::ExpectedRangeSyntax, &[]),
        // klarhet's own deserializers' errors, as they reach the parser.
        (Custom::DuplicateKey("\"hot\"".into()).raise(), &["hot"]),
        (
            Custom::UnknownLanguage {
                found: "xx".into(),
                known: vec!["sv".into(), "en".into()],
            }
            .raise(),
            &[],
        ),
        (Custom::NotADate("2026-13-22".into()).raise(), &[]),
    ]
}

#[test]
fn no_parser_code_shows_its_english_in_swedish() {
    for (code, payload) in every_code() {
        let problem = Problem::Syntax(Box::new(Syntax::from(&code)));
        let sv = problem.describe(Lang::SV);
        let en = problem.describe(Lang::EN);
        assert_ne!(sv, en, "{code:?}: the same words in both languages");
        // The parser's own words, and the English of the catalogue.
        let english: BTreeSet<String> = words(&code.to_string())
            .union(&words(&en))
            .filter(|w| !payload.contains(&w.as_str()) && !SAME_IN_BOTH.contains(&w.as_str()))
            .cloned()
            .collect();
        let said = words(&sv);
        let leaked: Vec<&String> = said.intersection(&english).collect();
        assert!(leaked.is_empty(), "{code:?}: {sv:?} has {leaked:?}");
    }
}

#[test]
fn a_date_and_a_language_are_named_in_the_language() {
    let model = common::halmstad();
    let good = klarhet::model::Session::new(&model, "X", common::date(), Lang::SV).to_ron();
    for (from, to, sv) in [
        (
            "\"2026-11-22\"",
            "\"22/11/2026\"",
            "\"22/11/2026\" är inget datum; skriv det som ÅÅÅÅ-MM-DD",
        ),
        (
            "\"2026-11-22\"",
            "\"2026-13-22\"",
            "2026-13-22 finns inte: månaderna är 01–12",
        ),
        (
            "language: sv",
            "language: xx",
            "okänt språk \"xx\"; språken som finns är sv, en",
        ),
    ] {
        let src = good.replacen(from, to, 1);
        let err = klarhet::model::Session::parse(&src, std::path::Path::new("s.ron"))
            .expect_err("refused");
        let line = src[..src.find(to).unwrap()].lines().count();
        let shown = err.render(Lang::SV);
        assert!(shown.contains(&format!("s.ron:{line}:")), "{shown}");
        assert!(shown.contains(sv), "{shown}");
    }
}

/// Broken files of each kind, as a user might write them: (name, text).
fn broken_files() -> Vec<(&'static str, String)> {
    let model = common::halmstad();
    let session = klarhet::demo::session(&model, common::date(), Lang::SV).to_ron();
    let once = |from: &str, to: &str| {
        assert!(session.contains(from), "{from}");
        session.replacen(from, to, 1)
    };
    let theme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/ljust.ron"))
        .expect("a shipped theme");
    vec![
        ("namn.ron", once("Session(", "Sessio(")),
        ("lista.ron", format!("[{session}]")),
        ("datum.ron", once("\"2026-11-22\"", "\"2026-02-30\"")),
        ("sprak.ron", once("language: sv", "language: de")),
        ("stort.ron", once("schema: 6", "schema: 99999999999")),
        ("escape.ron", once("Sjöhamra kommun", "Sjöhamra\\q kommun")),
        ("tillagg.ron", format!("#![enable(colours)]\n{session}")),
        ("kommentar.ron", format!("{session}\n/* rest")),
        ("understreck.ron", once("schema: 6", "schema: _6")),
        ("siffra.ron", once("schema: 6", "schema: 0b106")),
        ("efter.ron", format!("{session} Session")),
        ("falt.ron", once("schema: 6,", "schema: 6, schema: 6,")),
        ("saknas.ron", once("facilitator:", "facilitatorn:")),
        ("tema.ron", theme.replacen("Theme(", "Tema(", 1)),
        ("tom-lista.ron", once("adopted: [", "adopted: [[")),
    ]
}

#[test]
fn a_broken_file_is_described_in_swedish_without_the_parsers_english() {
    let dir = tempfile::tempdir().unwrap();
    for (name, src) in broken_files() {
        let file = dir.path().join(name);
        std::fs::write(&file, &src).unwrap();
        let path = file.to_str().unwrap();
        let sv = common::run_sv(dir.path(), &["validate", path]);
        let en = common::klarhet_in(dir.path(), "en")
            .args(["validate", path])
            .output()
            .unwrap();
        assert_eq!(sv.status.code(), Some(2), "{name}: {}", common::stderr(&sv));
        let (sv, en) = (common::stderr(&sv), common::stderr(&en));
        assert!(sv.contains("filen kunde inte läsas"), "{name}: {sv}");
        // Words from the file and its path may show; English of any other kind
        // may not.
        let mut allowed: BTreeSet<String> = words(&src).union(&words(path)).cloned().collect();
        allowed.extend(SAME_IN_BOTH.map(String::from));
        // The fields or values the format has, which a message lists by name.
        for list in ["fälten som finns är", "möjliga värden är"] {
            if let Some((_, names)) = sv.split_once(list) {
                allowed.extend(words(names));
            }
        }
        let english: BTreeSet<String> = words(&en).difference(&allowed).cloned().collect();
        let said = words(&sv);
        let leaked: Vec<&String> = said.intersection(&english).collect();
        assert!(leaked.is_empty(), "{name}: {sv} has {leaked:?} from {en}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), src, "untouched");
    }
}
