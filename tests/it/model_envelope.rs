//! The model file as a whole (issue 28, docs/model-format.md "The file as a
//! whole"): a `format` of 1 (or none) or 2, the fields format 2 requires, a
//! short name for `klarhet models`, `dimensions` as another name for
//! `challenges`, and an id and version that are not blank. Each fault is told
//! with its place in the file.

use crate::common;
use common::{invalid, run_in, run_sv, said, stdout};
use klarhet::error::{Envelope, Problem};
use klarhet::model::Assessment;
use klarhet::text::Lang;
use std::path::Path;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/models/kärnfynd.ron"
);

fn fixture() -> String {
    std::fs::read_to_string(FIXTURE).unwrap()
}

/// The line (1-based) of the first line of `src` that starts, after its
/// indent, with `start`.
fn line_of(src: &str, start: &str) -> usize {
    src.lines()
        .position(|l| l.trim_start().starts_with(start))
        .expect("the line is there")
        + 1
}

#[test]
fn a_format_two_model_with_its_words_and_dimensions_reads() {
    let model = Assessment::parse(&fixture(), Path::new(FIXTURE)).expect("the fixture reads");
    assert_eq!(model.format, 2);
    assert_eq!(
        model.challenges.len(),
        2,
        "dimensions read as the challenges"
    );
    assert_eq!(model.source.short, "Testmodell (2026)");
    let words = model.words(Lang::SV);
    assert_eq!(
        (words.one.as_str(), words.score.as_str()),
        ("kärnfynd", "utvecklingsbehov")
    );
    assert_eq!(model.words(Lang::EN).the_many, "the core findings");
}

#[test]
fn a_format_one_model_names_no_format_and_writes_none() {
    let model = common::halmstad();
    assert_eq!(model.format, 1);
    assert!(model.terms.is_none());
    let written = ron::to_string(&model).unwrap();
    assert!(!written.contains("format:"), "format 1 is not written");
    assert!(
        !written.contains("short:"),
        "a blank short name is not written"
    );
    let two = Assessment::parse(&fixture(), Path::new(FIXTURE)).unwrap();
    assert!(ron::to_string(&two).unwrap().contains("format:2"));
}

#[test]
fn a_newer_format_is_refused_as_such_at_its_place_before_its_new_fields() {
    // A field format 3 might have: refused as a newer format, not as unknown.
    let src = fixture().replacen("format: 2,", "format: 3,", 1).replacen(
        "    caveats: [",
        "    gadgets: [],\n    caveats: [",
        1,
    );
    let (pos, problem) = invalid(&src);
    assert_eq!(
        problem,
        Problem::Envelope(Envelope::UnknownFormat {
            found: 3,
            newest: 2
        })
    );
    assert_eq!((pos.line, pos.col), (line_of(&src, "format:"), 5));
    assert_eq!(
        problem.describe(Lang::SV),
        "modellen har format 3, men den här klarhet läser högst format 2: uppdatera klarhet, eller skriv modellen i ett format den läser"
    );
    let (_, zero) = invalid(&fixture().replacen("format: 2,", "format: 0,", 1));
    assert!(matches!(
        zero,
        Problem::Envelope(Envelope::UnknownFormat { found: 0, .. })
    ));
}

#[test]
fn format_two_requires_languages_and_terms_at_the_format_field() {
    let src = fixture();
    let start = src.find("    terms: Some((").unwrap();
    let end = src[start..].find("\n    )),\n").unwrap() + start + "\n    )),\n".len();
    let without_terms = format!("{}{}", &src[..start], &src[end..]);
    let (pos, problem) = invalid(&without_terms);
    assert_eq!(
        problem,
        Problem::Envelope(Envelope::Missing {
            field: "terms",
            format: 2
        })
    );
    assert_eq!(pos.line, line_of(&without_terms, "format:"));
    assert_eq!(
        problem.describe(Lang::SV),
        "fältet terms saknas: format 2 kräver det"
    );
    assert_eq!(
        problem.describe(Lang::EN),
        "the field terms is missing: format 2 requires it"
    );

    let without_languages = src.replacen("    languages: [\"sv\", \"en\"],\n", "", 1);
    let (_, problem) = invalid(&without_languages);
    assert_eq!(
        problem,
        Problem::Envelope(Envelope::Missing {
            field: "languages",
            format: 2
        })
    );

    // Format 1 requires neither: Halmstad's file has neither.
    let as_format_one = without_terms.replacen("    format: 2,\n", "", 1);
    assert!(Assessment::parse(&as_format_one, Path::new("one.ron")).is_ok());
}

#[test]
fn terms_without_a_source_are_refused_at_terms() {
    let src = fixture().replacen("        source: \"orden är klarhets\",\n", "", 1);
    let (pos, problem) = invalid(&src);
    assert_eq!(
        problem,
        Problem::WithoutSource {
            kind: "terms",
            id: "kärnfynd".into()
        }
    );
    assert_eq!(pos.line, line_of(&src, "terms:"));
}

#[test]
fn a_blank_id_or_version_is_refused_at_its_place() {
    let src = fixture().replacen("id: \"kärnfynd\"", "id: \" \"", 1);
    let (pos, problem) = invalid(&src);
    assert_eq!(problem, Problem::EmptyId { kind: "assessment" });
    assert_eq!(pos.line, line_of(&src, "id:"));
    let src = fixture().replacen("version: \"0.1\"", "version: \"\"", 1);
    let (pos, problem) = invalid(&src);
    assert_eq!(problem, Problem::EmptyId { kind: "version" });
    assert_eq!(pos.line, line_of(&src, "version:"));
    assert_eq!(problem.describe(Lang::SV), "tomt id för modellens version");
}

/// A user's model in the config folder, as `text`.
fn users_model(data: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let dir = data.join("config/klarhet/assessments");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn klarhet_models_lists_a_models_short_name_and_validate_tells_a_newer_format() {
    let data = tempfile::tempdir().unwrap();
    users_model(data.path(), "kärnfynd.ron", &fixture());
    let listed = stdout(&run_sv(data.path(), &["models"]));
    assert!(
        listed.contains("kärnfynd 0.1 · sv, en · ") && listed.contains("\n  Testmodell (2026)\n"),
        "{listed}"
    );
    // A model without a short name is listed by its title, as before.
    assert!(
        listed.contains("\n  Koncerngemensam digitalisering och styrning\n"),
        "{listed}"
    );

    let newer = data.path().join("nyare.ron");
    std::fs::write(&newer, fixture().replacen("format: 2,", "format: 3,", 1)).unwrap();
    let out = run_in(data.path(), "en", &["validate", newer.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let line = line_of(&fixture(), "format:");
    assert!(
        said(&out).contains(&format!(
            "nyare.ron:{line}:5: the model is in format 3, but this klarhet reads at most format 2"
        )),
        "{}",
        said(&out)
    );
}
