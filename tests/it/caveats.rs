//! A model's caveats, what the study behind it is (issue 28): `klarhet
//! validate` holds them to unique ids and a source, with a place in the file;
//! every report's method section and the JSON carry them with their sources,
//! klarhet's own marked as klarhet's; a model without them reports as before.

use crate::common;
use common::{halmstad, run_sv, said};
use klarhet::model::Assessment;
use klarhet::model::assessment::HALMSTAD_RON;
use klarhet::report::Format;
use klarhet::text::Lang;

/// The line and column (1-based) of byte `at` in `src`.
fn line_col(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// Halmstad's model under the id `forbehall`, with `edit` made to its text,
/// written to `dir`; its path and its text.
fn written(dir: &std::path::Path, edit: impl FnOnce(String) -> String) -> (String, String) {
    let src = edit(HALMSTAD_RON.replacen("id: \"halmstad\"", "id: \"forbehall\"", 1));
    let path = dir.join("forbehall.ron");
    std::fs::write(&path, &src).unwrap();
    (path.to_str().unwrap().to_owned(), src)
}

#[test]
fn validate_refuses_a_repeated_caveat_id_at_its_second_place() {
    let dir = tempfile::tempdir().unwrap();
    let (path, src) = written(dir.path(), |s| {
        let edited = s.replacen("id: \"for-halmstad\"", "id: \"ett-fall\"", 1);
        assert_ne!(edited, s, "Halmstad has a caveat for-halmstad");
        edited
    });
    let second = src.match_indices("\"ett-fall\"").nth(1).expect("twice").0;
    let said = refused_at(dir.path(), &path, &src, second);
    let duplicate = "id \"ett-fall\" finns redan (förbehåll om underlaget)";
    assert!(said.contains(duplicate), "{said}");
}

/// What `klarhet validate` says of the model at `path` (text `src`), which it
/// must refuse with exit 2, naming the line and column of byte `at`.
fn refused_at(dir: &std::path::Path, path: &str, src: &str, at: usize) -> String {
    let (line, col) = line_col(src, at);
    let o = run_sv(dir, &["validate", path]);
    assert_eq!(o.status.code(), Some(2), "{}", said(&o));
    let err = said(&o);
    let place = format!("{path}:{line}:{col}");
    assert!(err.contains(&place), "expected {place}: {err}");
    err
}

#[test]
fn validate_refuses_a_caveat_without_a_source_at_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let (path, src) = written(dir.path(), |s| {
        let edited = s.replacen(
            "source: \"§4.2\",\n        ),\n    ],",
            "source: \" \",\n        ),\n    ],",
            1,
        );
        assert_ne!(edited, s, "Halmstad's last caveat cites §4.2");
        edited
    });
    let id = src.find("\"for-halmstad\"").expect("the caveat");
    let err = refused_at(dir.path(), &path, &src, id);
    let unsourced = "förbehållet om underlaget for-halmstad saknar källa";
    assert!(err.contains(unsourced), "{err}");
    // A caveat with no source field at all is refused the same way, not by
    // the parser.
    let (path, _) = written(dir.path(), |s| {
        s.replacen(
            "source: \"§4.2\",\n        ),\n    ],",
            "\n        ),\n    ],",
            1,
        )
    });
    let o = run_sv(dir.path(), &["validate", &path]);
    assert_eq!(o.status.code(), Some(2), "{}", said(&o));
    assert!(
        said(&o).contains("for-halmstad saknar källa"),
        "{}",
        said(&o)
    );
}

#[test]
fn a_caveat_text_is_held_to_the_models_languages() {
    let src = HALMSTAD_RON.replacen("en: \"The study concerns", "de: \"The study concerns", 1);
    assert_ne!(src, HALMSTAD_RON);
    let (pos, problem) = common::invalid(&src);
    // The text is in a language the model does not name: said where its text ends.
    let said = problem.describe(Lang::EN);
    assert!(said.contains("\"de\""), "{said}");
    let at = src.find("de: \"The study concerns").unwrap();
    let end = at + src[at..].find("),").unwrap();
    assert_eq!(line_col(&src, end), (pos.line, pos.col), "{said}");
}

/// The demo session's report in `format` and `lang`.
fn demo_report(model: &Assessment, format: Format, lang: Lang) -> String {
    let session = klarhet::demo::session(model, common::date(), lang);
    format.render(&session, model, &common::export())
}

/// The method section of a Markdown or HTML report: from its heading on.
fn method_part<'a>(report: &'a str, heading: &str) -> &'a str {
    let at = report
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading}"));
    &report[at..]
}

#[test]
fn every_report_of_the_demo_shows_every_caveat_with_its_source_in_the_method_section() {
    let model = halmstad();
    assert_eq!(model.caveats.len(), 4, "Halmstad's four caveats");
    assert!(model.caveats.iter().any(|c| c.own), "one is klarhet's own");
    for (lang, heading, method, own) in [
        (
            Lang::SV,
            "Om underlaget",
            "Metodbilaga",
            "klarhets förbehåll, utifrån",
        ),
        (
            Lang::EN,
            "About the evidence",
            "Method appendix",
            "klarhet's caveat, based on",
        ),
    ] {
        let code = if lang == Lang::SV { "sv" } else { "en" };
        for format in [Format::Md, Format::Html] {
            let report = demo_report(&model, format, lang);
            let heading_at = report.find(heading).expect("the caveats' heading");
            let method_at = report.find(method).unwrap_or(0);
            assert!(
                method_at < heading_at,
                "{format:?}: caveats outside the method section"
            );
            let part = method_part(&report, heading);
            for c in &model.caveats {
                let text = c.text.in_language(code).unwrap();
                let source = if c.own {
                    format!("({own} {})", c.source)
                } else {
                    format!("({})", c.source)
                };
                let mut shown = format!("{text} {source}");
                if format == Format::Html {
                    shown = shown.replace('\'', "&#39;");
                }
                assert!(
                    part.contains(&shown),
                    "{format:?} {code}: {text} {source} missing"
                );
            }
        }
        let json: serde_json::Value =
            serde_json::from_str(&demo_report(&model, Format::Json, lang)).unwrap();
        let caveats = json["method"]["caveats"]
            .as_array()
            .expect("method.caveats");
        assert_eq!(caveats.len(), model.caveats.len());
        for (shown, c) in caveats.iter().zip(&model.caveats) {
            assert_eq!(shown["id"], c.id.as_str());
            assert_eq!(shown["text"], c.text.in_language(code).unwrap());
            assert_eq!(shown["source"], c.source.as_str());
            assert_eq!(shown["own"], c.own);
        }
    }
}

#[test]
fn a_model_without_caveats_reports_without_the_section() {
    let start = HALMSTAD_RON
        .find("    caveats: [")
        .expect("Halmstad's caveats");
    let end = start + HALMSTAD_RON[start..].find("\n    ],\n").unwrap() + "\n    ],\n".len();
    let src = format!("{}{}", &HALMSTAD_RON[..start], &HALMSTAD_RON[end..]);
    let model = Assessment::parse(&src, std::path::Path::new("x.ron")).expect("valid without");
    assert!(model.caveats.is_empty());
    let md = demo_report(&model, Format::Md, Lang::SV);
    assert!(!md.contains("Om underlaget"), "{md}");
    let html = demo_report(&model, Format::Html, Lang::SV);
    assert!(!html.contains("Om underlaget"));
    let json: serde_json::Value =
        serde_json::from_str(&demo_report(&model, Format::Json, Lang::SV)).unwrap();
    assert!(
        json["method"].get("caveats").is_none(),
        "{}",
        json["method"]
    );
    // With them, the Markdown differs by the section alone.
    let with = demo_report(&halmstad(), Format::Md, Lang::SV);
    let section = method_part(&with, "### Om underlaget");
    let section = &section[..section[4..].find("###").unwrap() + 4];
    assert_eq!(with.replacen(section, "", 1), md);
}
