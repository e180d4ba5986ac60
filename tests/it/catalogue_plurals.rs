//! Counts take Fluent's plural: every count followed by a word that agrees with
//! it stands in a selector, in every language, and every message with a count
//! renders with 0, 1 and 2.

use klarhet::text::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common;
use common::ftl::messages;

/// Message id → its whole text (the value and its continuation lines), read
/// from a language's file.
fn texts(code: &str) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{code}/klarhet.ftl"));
    let text = std::fs::read_to_string(&path).expect("catalogue file");
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((id, value)) = line.split_once('=').filter(|_| !line.starts_with(' ')) {
            current = id.trim().to_owned();
            out.insert(current.clone(), value.to_owned());
        } else if let Some(text) = out.get_mut(&current) {
            text.push('\n');
            text.push_str(line);
        }
    }
    out
}

/// The variables that count something: a word after one agrees with it ("1
/// phone", "2 phones"), so it needs Fluent's plural selector around it.
const COUNTS: &[&str] = &[
    "agreed",
    "answers",
    "chars",
    "answered",
    "challenges",
    "claimed",
    "count",
    "days",
    "done",
    "few",
    "links",
    "max",
    "minutes",
    "most",
    "n",
    "all",
    "participants",
    "principles",
    "recommendations",
    "room",
    "scored",
    "seats",
    "started",
    "statements",
    "total",
    "voted",
    "voters",
    "threshold",
    "placed",
];

/// The variables followed by a word that count nothing: names, paths, ids,
/// versions, scores, shares and the number of a seat.
const NOT_COUNTS: &[&str] = &[
    // The model's words (issue 28) and the model file's format and fields.
    "dimension",
    "dimensions",
    "the_dimension",
    "the_dimensions",
    "score",
    "severity",
    "field",
    "format",
    "agreed_score",
    // Shares and option labels in the queue's categorical reasons (issue 28).
    "high_share",
    "low_share",
    "first_option",
    "second_option",
    "high",
    "high_end",
    "high_mean",
    "low",
    "low_end",
    "low_mean",
    "gap",
    "alias",
    "arg",
    "command",
    "other",
    "height",
    "width",
    "challenge",
    "computed",
    "date",
    "extension",
    "from",
    "id",
    "journal",
    "key",
    "kind",
    "level",
    "limit",
    "made_with",
    "mark",
    "month",
    "name",
    "of",
    "old",
    "option",
    "organisation",
    "path",
    // A round's number ("omgång 2"), not how many of anything.
    "round",
    "score",
    "severity",
    "seat",
    "session",
    "share",
    "supported",
    "time",
    "to",
    "value",
    // The alternatives' labels and names ("II bygger på I och II").
    "alternative",
    "before",
    "first",
    "label",
    "last",
    // The chosen alternative's label, in the plan ("som II bygger på").
    "chosen",
    // The phases (issue 28): a phase's number is its name in the report, not a count.
    "number",
    "area",
    "phase",
    "phases",
];

/// Words that stay the same after 1 and after 2, per language: prepositions,
/// conjunctions, Swedish verbs, and nouns whose plural is their singular.
fn invariant(code: &str) -> &'static [&'static str] {
    match code {
        "sv" => &[
            "av",
            "behövs",
            "eller",
            "har",
            "i",
            "med",
            "som",
            "svar",
            "svarande",
            "röstande",
            "deltagare",
            "tecken",
        ],
        _ => &[
            "of", "or", "in", "with", "who", "answered", "done", "scored",
        ],
    }
}

/// Each `{ $var }` in `text` with the word after it (empty when punctuation or
/// the end follows), and the variables of the selectors it stands inside.
fn placeables(text: &str) -> Vec<(String, String, Vec<String>)> {
    let chars: Vec<char> = text.chars().collect();
    let var_at = |mut i: usize| -> Option<(String, usize)> {
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
        if chars.get(i) != Some(&'$') {
            return None;
        }
        let start = i + 1;
        let mut end = start;
        while chars
            .get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        {
            end += 1;
        }
        Some((chars[start..end].iter().collect(), end))
    };
    let mut selectors: Vec<Option<String>> = Vec::new();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' => {
                let var = var_at(i + 1);
                let rest: String = var
                    .as_ref()
                    .map(|(_, end)| chars[*end..].iter().collect())
                    .unwrap_or_default();
                match var {
                    Some((name, _)) if rest.trim_start().starts_with("->") => {
                        selectors.push(Some(name));
                    }
                    Some((name, end)) if rest.trim_start().starts_with('}') => {
                        let close = end + rest.find('}').unwrap_or(0);
                        let after: Vec<char> = chars[close + 1..]
                            .iter()
                            .copied()
                            .skip_while(|c| *c == ' ')
                            .collect();
                        let word: String = if after.first().is_some_and(|c| c.is_alphabetic()) {
                            after
                                .iter()
                                .take_while(|c| c.is_alphabetic() || **c == '\'')
                                .collect()
                        } else {
                            String::new()
                        };
                        let within = selectors.iter().flatten().cloned().collect();
                        found.push((name, word, within));
                        i = close;
                    }
                    _ => selectors.push(None),
                }
            }
            '}' => {
                selectors.pop();
            }
            _ => {}
        }
        i += 1;
    }
    found
}

#[test]
fn a_count_followed_by_a_word_that_agrees_with_it_takes_fluent_s_plural() {
    let mut faults = Vec::new();
    for code in ["sv", "en"] {
        for (id, text) in texts(code) {
            for (var, word, within) in placeables(&text) {
                let selected = within.contains(&var);
                if word.is_empty() || selected || invariant(code).contains(&word.as_str()) {
                    continue;
                }
                if COUNTS.contains(&var.as_str()) {
                    faults.push(format!("{code} {id}: {{ ${var} }} {word} has no plural"));
                } else if !NOT_COUNTS.contains(&var.as_str()) {
                    faults.push(format!(
                        "{code} {id}: is ${var} a count? Put it in COUNTS or NOT_COUNTS"
                    ));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// `id` in `lang` with every variable 7, but `var`, which is `n`.
fn render(lang: Lang, id: &str, vars: &BTreeSet<String>, var: &str, n: i64) -> String {
    let args: std::collections::HashMap<&str, i64> = vars
        .iter()
        .map(|v| (v.as_str(), if v == var { n } else { 7 }))
        .collect();
    klarhet::i18n::loader(lang).get_args(id, args)
}

#[test]
fn every_message_with_a_count_renders_0_1_and_2_and_english_says_1_otherwise() {
    for (lang, code) in [(Lang::SV, "sv"), (Lang::EN, "en")] {
        let vars = messages(code);
        for (id, text) in texts(code) {
            let counts = vars[&id].iter().filter(|v| COUNTS.contains(&v.as_str()));
            for var in counts {
                let shown: Vec<String> = (0..=2)
                    .map(|n| render(lang, &id, &vars[&id], var, n))
                    .collect();
                for (n, text) in shown.iter().enumerate() {
                    assert!(
                        !text.contains("{$") && !text.contains("Unknown"),
                        "{code} {id} with ${var} = {n}: {text}"
                    );
                }
                // Where a word agrees with the count, 1 reads differently from 2
                // in English, beyond the digit: in the variants that a 7 for
                // every other variable shows, those of no other selector's choice.
                let agrees = placeables(&text).iter().any(|(v, word, within)| {
                    v == var
                        && !word.is_empty()
                        && !invariant(code).contains(&word.as_str())
                        && within.iter().all(|w| COUNTS.contains(&w.as_str()))
                });
                if code == "en" && agrees {
                    let digitless = |s: &str| s.replace(['1', '2'], "#");
                    assert_ne!(
                        digitless(&shown[1]),
                        digitless(&shown[2]),
                        "{code} {id}: ${var} = 1 reads as 2 does: {}",
                        shown[1]
                    );
                }
            }
        }
    }
    // The ones the issue names, as a user reads them.
    let one = |lang, id: &str| {
        let args: std::collections::HashMap<&str, i64> = ["done", "seats", "started", "claimed"]
            .into_iter()
            .map(|v| (v, 1))
            .collect();
        klarhet::i18n::loader(lang).get_args(id, args)
    };
    assert_eq!(
        one(Lang::EN, "room-cli-progress"),
        "1 of 1 seat has answered everything, 1 has started, 1 phone connected"
    );
    assert_eq!(
        one(Lang::SV, "room-cli-progress"),
        "1 av 1 plats har svarat på allt, 1 har börjat, 1 telefon ansluten"
    );
    assert_eq!(
        one(Lang::EN, "tui-room-progress"),
        "1 of 1 has answered everything · 1 has started · 1 phone"
    );
    assert_eq!(
        one(Lang::SV, "tui-room-progress"),
        "1 av 1 har svarat på allt · 1 har börjat · 1 telefon"
    );
}
