//! Bilingual text: every string a user reads exists in Swedish and English.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The two languages klarhet speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Svenska, the default: the workshops are held in Swedish.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The language code used on the command line and in files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses `sv` or `en` (case-insensitive, also `svenska`/`english`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "sv" | "svenska" | "swedish" => Some(Lang::Sv),
            "en" | "english" | "engelska" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language for messages on the command line: `KLARHET_LANG` if set, otherwise
    /// English when the locale says English, and Swedish in every other case.
    pub fn from_env() -> Lang {
        if let Some(lang) = std::env::var("KLARHET_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v))
        {
            return lang;
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var) {
                if v.is_empty() {
                    continue;
                }
                return if v.starts_with("en") {
                    Lang::En
                } else {
                    Lang::Sv
                };
            }
        }
        Lang::Sv
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text given in both languages, written in RON as `(sv: "…", en: "…")`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    /// Builds a text from two string slices.
    pub fn new(sv: &str, en: &str) -> Text {
        Text {
            sv: sv.to_owned(),
            en: en.to_owned(),
        }
    }
}

/// Picks the Swedish or the English of a pair of static strings.
pub fn pick(lang: Lang, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// Formats a number with `places` decimals, using a decimal comma in Swedish.
/// Halves round away from zero (0,25 → 0,3), as people round by hand.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let scale = 10f64.powi(i32::try_from(places).unwrap_or(0));
    let rounded = (value * scale).round() / scale;
    let s = format!("{rounded:.places$}");
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Formats a share 0–1 as a whole percentage: `25 %` in Swedish, `25%` in English.
pub fn percent(lang: Lang, share: f64) -> String {
    let p = (share * 100.0).round();
    match lang {
        Lang::Sv => format!("{p:.0} %"),
        Lang::En => format!("{p:.0}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comma_in_swedish_only() {
        assert_eq!(decimal(Lang::Sv, 0.826, 2), "0,83");
        assert_eq!(decimal(Lang::En, 3.5, 1), "3.5");
        assert_eq!(decimal(Lang::Sv, 0.25, 1), "0,3");
        assert_eq!(percent(Lang::Sv, 0.25), "25 %");
        assert_eq!(percent(Lang::En, 0.125), "13%");
    }

    #[test]
    fn parses_language_names() {
        assert_eq!(Lang::parse("SV"), Some(Lang::Sv));
        assert_eq!(Lang::parse("english"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
    }
}
