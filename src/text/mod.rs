//! Text in a language: the model files' texts in the model's languages, and
//! numbers written the way the language writes them. Every other string is in the catalogue
//! ([`crate::i18n`]).

mod translations;
mod words;

pub use crate::i18n::Lang;
pub use translations::{DEFAULT_LANGUAGES, Text, expecting_languages};
pub(crate) use words::register;
pub use words::{Words, upper_first};

/// `text` without control characters (escape sequences, bell, C1 codes), which
/// in a session or model file could otherwise retitle, clear or write to the
/// clipboard of the terminal they are printed to. Line breaks and tabs stay.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .collect()
}

/// `text` wrapped between words into lines of at most `width` columns (by
/// display width, so åäö and wide letters count right): the first line starts
/// with `first`, and every line after it is indented by `indent` spaces, a
/// hanging indent under the text. Words are never split at a hyphen, so a file
/// name stays whole; a word longer than a line is broken only when `break_words`
/// is true (the TUI, which would otherwise cut it), and otherwise stands alone
/// on its line (the command line, where the terminal shows all of it).
pub fn wrap(
    first: &str,
    text: &str,
    indent: usize,
    width: usize,
    break_words: bool,
) -> Vec<String> {
    let rest = " ".repeat(indent);
    let options = textwrap::Options::new(width.max(indent + 1))
        .initial_indent(first)
        .subsequent_indent(&rest)
        .break_words(break_words)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// Formats a number with `places` decimals and the language's decimal separator.
/// Halves round away from zero (0,25 → 0,3), as people round by hand.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let scale = 10f64.powi(i32::try_from(places).unwrap_or(0));
    let rounded = (value * scale).round() / scale;
    format!("{rounded:.places$}").replace('.', lang.decimal_separator())
}

/// Formats a file's size in bytes with one decimal: `200,0 MB`, `64,0 kB` in
/// Swedish (decimal units, as file managers show them).
pub fn size(lang: Lang, bytes: u64) -> String {
    // Exact below 2^53 bytes, which no file klarhet looks at comes near.
    let bytes = bytes as f64;
    if bytes >= 1e6 {
        format!("{} MB", decimal(lang, bytes / 1e6, 1))
    } else {
        format!("{} kB", decimal(lang, bytes / 1e3, 1))
    }
}

/// `part` of `whole` in whole percent, halves rounded up; 0 of nothing.
pub fn whole_percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2) / whole.max(1)
}

/// Formats a share 0–1 as a whole percentage: `25 %` in Swedish, `25%` in English.
pub fn percent(lang: Lang, share: f64) -> String {
    let value = format!("{:.0}", (share * 100.0).round());
    crate::tr!(lang, "number-percent", value = value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comma_in_swedish_only() {
        assert_eq!(decimal(Lang::SV, 0.826, 2), "0,83");
        assert_eq!(decimal(Lang::EN, 3.5, 1), "3.5");
        assert_eq!(decimal(Lang::SV, 0.25, 1), "0,3");
        assert_eq!(percent(Lang::SV, 0.25), "25 %");
        assert_eq!(percent(Lang::EN, 0.125), "13%");
    }

    #[test]
    fn wraps_between_words_with_a_hanging_indent() {
        let lines = wrap(
            "x: ",
            "åäö åäö 2026-11-22-ett-långt-namn.ron slut",
            3,
            16,
            false,
        );
        assert_eq!(
            lines,
            ["x: åäö åäö", "   2026-11-22-ett-långt-namn.ron", "   slut"]
        );
        let broken = wrap("", "abcdefghij", 2, 6, true);
        assert!(broken.iter().all(|l| l.len() <= 6), "{broken:?}");
        assert_eq!(broken.concat().replace(' ', ""), "abcdefghij");
    }

    #[test]
    fn parses_language_names() {
        assert_eq!(Lang::parse("SV"), Some(Lang::SV));
        assert_eq!(Lang::parse("english"), Some(Lang::EN));
        assert_eq!(Lang::parse("de"), None);
    }
}
