//! A model names the languages its texts are written in, and every text has
//! each of them (issue 28): a consultant's own model may be in Swedish alone,
//! or carry a third language, with no change to klarhet. A text without one of
//! them, or in another, is refused at its place in the file.

use crate::common;
use common::{klarhet_in, run_sv, stderr, stdout};
use std::path::{Path, PathBuf};

/// Standard error with its wrapping undone.
fn said(o: &std::process::Output) -> String {
    stderr(o).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn halmstad_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assessments/halmstad.ron"
    ))
    .unwrap()
}

/// Where each `en: "…"` of a text is, with the comma before it: its start
/// and end, and the end of its string's opening quote.
fn english(text: &str) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("en: \"").map(|i| i + from) {
        from = at + 5;
        let before = text[..at].trim_end();
        if !before.ends_with(',') {
            continue;
        }
        let mut escaped = false;
        let close = text[from..]
            .char_indices()
            .find(|&(_, c)| {
                let end = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                end
            })
            .map(|(i, _)| from + i + 1)
            .expect("a closed string");
        spans.push((before.len() - 1, close, from));
    }
    spans
}

/// `text` without any `en: "…"`.
fn without_english(text: &str) -> String {
    let mut out = String::new();
    let mut kept = 0;
    for (start, end, _) in english(text) {
        out.push_str(&text[kept..start]);
        kept = end;
    }
    out + &text[kept..]
}

/// `text` with each `en: "X"` followed by `nb: "X"`.
fn with_norwegian(text: &str) -> String {
    let mut out = String::new();
    let mut kept = 0;
    for (_, end, open) in english(text) {
        out.push_str(&text[kept..end]);
        out.push_str(&format!(", nb: \"{}", &text[open..end]));
        kept = end;
    }
    out + &text[kept..]
}

/// Halmstad's model under another id, with `edit` made to its text, written
/// to `dir`.
fn written(dir: &Path, name: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
    let text = halmstad_text().replacen("id: \"halmstad\"", &format!("id: \"{name}\""), 1);
    let path = dir.join(format!("{name}.ron"));
    std::fs::write(&path, edit(text)).unwrap();
    path
}

fn with_languages(text: String, languages: &str) -> String {
    text.replacen(
        "    version: \"1.4\",\n",
        &format!("    version: \"1.4\",\n    languages: {languages},\n"),
        1,
    )
}

#[test]
fn a_model_in_swedish_alone_validates_lists_and_shows_its_swedish_in_english_screens() {
    let data = tempfile::tempdir().unwrap();
    let models = data.path().join("config/klarhet/assessments");
    std::fs::create_dir_all(&models).unwrap();
    let path = written(&models, "svensk", |text| {
        with_languages(without_english(&text), r#"["sv"]"#)
    });
    let checked = run_sv(data.path(), &["validate", path.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    let listed = stdout(&run_sv(data.path(), &["models"]));
    assert!(listed.contains("svensk 1.4 · sv · "), "{listed}");
    let made = run_sv(
        data.path(),
        &[
            "new",
            "--org",
            "Åre kommun",
            "--model",
            "svensk",
            "--lang",
            "en",
        ],
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let id = stdout(&made).split_whitespace().next().unwrap().to_owned();
    let report = klarhet_in(data.path(), "en")
        .args(["report", &id])
        .output()
        .unwrap();
    assert!(report.status.success(), "{}", stderr(&report));
    let report = stdout(&report);
    assert!(
        report.contains("Otydlighet"),
        "the model's own Swedish: {report}"
    );
    assert!(!report.contains("Unclarity"), "{report}");
}

#[test]
fn a_text_without_one_of_the_models_languages_is_refused_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut line = 0;
    // The first `en:` of a statement's text, removed.
    let path = written(dir.path(), "utan", |t| {
        let statement = t.find("statements: [").unwrap();
        let (start, end, _) = english(&t)
            .into_iter()
            .find(|(start, _, _)| *start > statement)
            .unwrap();
        line = t[..start].lines().count();
        format!("{}{}", &t[..start], &t[end..])
    });
    let out = run_sv(dir.path(), &["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = said(&out);
    assert!(err.contains(&format!("utan.ron:{line}:")), "{line}: {err}");
    assert!(err.contains("texten saknar språket \"en\""), "{err}");
    let en = klarhet_in(dir.path(), "en")
        .args(["validate", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        said(&en).contains("the text has no \"en\""),
        "{}",
        said(&en)
    );
}

#[test]
fn a_third_language_needs_no_code_and_an_unnamed_one_or_none_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let add_nb = |text: String| with_languages(with_norwegian(&text), r#"["sv", "en", "nb"]"#);
    let three = written(dir.path(), "tre", add_nb);
    let out = run_sv(dir.path(), &["validate", three.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let model = klarhet::store::models::load_assessment(&three).unwrap();
    assert_eq!(model.languages(), ["sv", "en", "nb"]);
    assert_eq!(model.title.in_language("nb"), model.title.in_language("en"));

    let unnamed = written(dir.path(), "onamnd", |t| {
        add_nb(t).replacen(r#", "nb"]"#, "]", 1)
    });
    let out = run_sv(dir.path(), &["validate", unnamed.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        said(&out)
            .contains("texten har språket \"nb\", som inte är ett av modellens språk (sv, en)"),
        "{}",
        said(&out)
    );

    let none = written(dir.path(), "inga", |t| with_languages(t, "[]"));
    let out = run_sv(dir.path(), &["validate", none.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        said(&out).contains("inga.ron:") && said(&out).contains("fältet languages är tomt"),
        "{}",
        said(&out)
    );
}
