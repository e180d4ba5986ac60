//! The model's texts are klarhet's wording of the Halmstad report, as the method
//! appendix says ("not quotations"): no text of the shipped model may copy ten or
//! more consecutive words of the report, except inside a quotation that the text
//! marks with quotation marks and whose object names the section it rests on.

use crate::common;
use common::*;
use serde_json::Value;
use std::collections::HashSet;

/// The shortest run of the report's words that counts as copying.
const RUN: usize = 10;

/// The Halmstad report as text, beside the repository as CI places it.
fn seed() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seeds/001_16866a97785baf9f.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("the Halmstad report must lie beside the repository at {path}: {e}")
    })
}

/// Words with case and punctuation gone: runs of letters and digits (åäö too).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every run of `RUN` consecutive words of the report.
fn runs(seed: &str) -> HashSet<Vec<String>> {
    words(seed).windows(RUN).map(<[String]>::to_vec).collect()
}

/// The closing mark of a quotation opened by `open`, if `open` opens one.
/// The model quotes the Swedish way (”…”); the others are accepted too.
fn closing(open: char) -> Option<char> {
    match open {
        '”' | '“' => Some('”'),
        '"' => Some('"'),
        '«' => Some('»'),
        _ => None,
    }
}

/// `text` split into what it says itself and what it quotes. An opening mark
/// with no closing one quotes nothing, so that a stray mark hides no copy.
fn split_quotes(text: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut own, mut quoted) = (Vec::new(), Vec::new());
    let mut rest = text;
    loop {
        let open = rest
            .char_indices()
            .find_map(|(i, c)| closing(c).map(|close| (i, c, close)));
        let Some((i, open, close)) = open else {
            own.push(rest);
            return (own, quoted);
        };
        let inside = &rest[i + open.len_utf8()..];
        match inside.find(close) {
            Some(j) => {
                own.push(&rest[..i]);
                quoted.push(&inside[..j]);
                rest = &inside[j + close.len_utf8()..];
            }
            None => {
                own.push(rest);
                return (own, quoted);
            }
        }
    }
}

/// The longest stretches of `text` that copy at least `RUN` consecutive words
/// of the report, each as its words joined by spaces.
fn copies(text: &str, report: &HashSet<Vec<String>>) -> Vec<String> {
    let w = words(text);
    let hits: Vec<usize> = (0..w.len().saturating_sub(RUN - 1))
        .filter(|&i| report.contains(&w[i..i + RUN]))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let start = hits[i];
        while i + 1 < hits.len() && hits[i + 1] == hits[i] + 1 {
            i += 1;
        }
        out.push(w[start..hits[i] + RUN].join(" "));
        i += 1;
    }
    out
}

/// What `text` copies from the report outside its quotations, and what it
/// quotes at copying length (which must then be cited).
fn examine(text: &str, report: &HashSet<Vec<String>>) -> (Vec<String>, Vec<String>) {
    let (own, quoted) = split_quotes(text);
    let copied = own.iter().flat_map(|part| copies(part, report)).collect();
    let quotes = quoted
        .iter()
        .filter(|q| !copies(q, report).is_empty())
        .map(|q| (*q).to_owned())
        .collect();
    (copied, quotes)
}

/// Every string of the model, with its path and the nearest `source` (or the
/// bibliography's `citation`) that covers it.
fn strings(v: &Value, path: &str, cited: Option<&str>, out: &mut Vec<(String, String, bool)>) {
    match v {
        Value::String(s) => out.push((path.to_owned(), s.clone(), cited.is_some())),
        Value::Object(o) => {
            let own = o
                .get("source")
                .and_then(Value::as_str)
                .filter(|s| s.contains('§'))
                .or_else(|| o.get("citation").and_then(Value::as_str))
                .filter(|s| !s.trim().is_empty());
            let cited = own.or(cited);
            for (key, child) in o {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                strings(child, &path, cited, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{path}[{i}]"), cited, out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_text_of_the_model_copies_ten_words_of_the_report_outside_a_quotation() {
    let report = runs(&seed());
    assert!(
        report.len() > 5_000,
        "the report was read: {} runs",
        report.len()
    );
    let model = serde_json::to_value(halmstad()).expect("the model serialises");
    let mut found = Vec::new();
    strings(&model, "", None, &mut found);
    assert!(
        found.len() > 300,
        "the walk found the model's strings: {}",
        found.len()
    );
    let mut problems = Vec::new();
    for (path, text, cited) in &found {
        let (copied, quotes) = examine(text, &report);
        for run in copied {
            problems.push(format!(
                "{path} copies {} words of the report: «{run}»",
                words(&run).len()
            ));
        }
        if !cited {
            for quote in quotes {
                problems.push(format!(
                    "{path} quotes the report without a source: ”{quote}”"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "reword these in klarhet's own words, or quote them (”…”) in a text that names its section:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_copy_is_caught_and_a_quotation_is_not() {
    let report = runs(&seed());
    // §4.1 Hot (l.319), copied word for word from "principer" to "som".
    let copy = "rapporten ser dess principer (till exempel att säkerställa central transparens \
                snarare än central kontroll) och processer (från idé till uppföljning) som värdefulla";
    let (copied, _) = examine(copy, &report);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(words(&copied[0]).len() >= RUN, "{copied:?}");
    // Case and punctuation do not hide a copy.
    let (shouted, _) = examine(&copy.to_uppercase().replace(' ', " – "), &report);
    assert_eq!(shouted, copied);
    // Nine words are not a copy.
    let nine = "säkerställa central transparens snarare än central kontroll och processer";
    assert_eq!(words(nine).len(), RUN - 1);
    assert!(examine(nine, &report).0.is_empty());
    // The same words inside quotation marks are a quotation, not a copy.
    let quoted = format!("Rapporten skriver ”{copy}”.");
    let (copied, quotes) = examine(&quoted, &report);
    assert!(copied.is_empty(), "{copied:?}");
    assert_eq!(quotes.len(), 1);
    // A quotation does not join the words on either side of it into a run.
    let halves =
        "säkerställa central transparens snarare än ”x” central kontroll och processer från idé";
    assert!(examine(halves, &report).0.is_empty());
    // A mark that is never closed quotes nothing.
    let unclosed = format!("Rapporten skriver ”{copy}");
    assert_eq!(examine(&unclosed, &report).0.len(), 1);
}
