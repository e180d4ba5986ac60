//! `klarhet models` and `klarhet new --model`: a consultant sees the models
//! there are (the embedded one and their own from the config folder) and starts
//! a session on the one they name.

use crate::common;
use common::{klarhet_in, run_sv};
use std::path::Path;

/// A model of the user's own in the config folder: Halmstad's text under
/// another id and version.
fn own_model(data: &Path) -> std::path::PathBuf {
    let dir = data.join("config/klarhet/assessments");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assessments/halmstad.ron"
    ))
    .unwrap()
    .replacen("id: \"halmstad\"", "id: \"vår-modell\"", 1)
    .replacen("version: \"1.4\"", "version: \"0.3\"", 1);
    let path = dir.join("vår.ron");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_list_shows_the_embedded_model_and_the_users_own_with_its_file() {
    let data = tempfile::tempdir().unwrap();
    let file = own_model(data.path());
    let out = run_sv(data.path(), &["models"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("halmstad 1.4 · sv, en · inbyggd\n  Koncerngemensam digitalisering och styrning\n  Källa: Torell, J., Berbyuk Lindström, N. & Magnusson, J. (2024).\n"),
        "{text}"
    );
    let own = format!("vår-modell 0.3 · sv, en · {}\n", file.display());
    assert!(text.contains(&own), "{text}");
    // Each model's groupings, with the ids a participants file gives.
    assert!(
        text.contains("  Roll: politik, kommunledning, förvaltning, bolag, övrigt\n"),
        "{text}"
    );
    assert!(
        text.contains("  Kommunens storlek i samverkan: Större kommun, Mindre kommun\n"),
        "{text}"
    );
    // The five embedded models, one for each report in the research, and hers.
    assert_eq!(text.matches("Källa: ").count(), 6, "{text}");
    assert_eq!(text.matches(" · inbyggd\n").count(), 5, "{text}");
}

#[test]
fn the_list_as_json_names_each_models_file_or_none_in_english_too() {
    let data = tempfile::tempdir().unwrap();
    let file = own_model(data.path());
    let out = klarhet_in(data.path(), "en")
        .args(["models", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().expect("an array");
    let ids: Vec<_> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "halmstad",
            "hjeltman-larsson",
            "matteby",
            "trollhattan",
            "wihlborg",
            "vår-modell"
        ]
    );
    assert!(rows[..5].iter().all(|r| r["file"].is_null()), "{rows:?}");
    assert_eq!(rows[5]["file"].as_str(), Some(file.to_str().unwrap()));
    assert_eq!(
        rows[0]["title"]["en"].as_str(),
        Some("Group-wide digitalisation and governance")
    );
    assert_eq!(rows[0]["languages"], serde_json::json!(["sv", "en"]));
    let text = klarhet_in(data.path(), "en")
        .arg("models")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("halmstad 1.4 · sv, en · embedded\n  Group-wide"),
        "{text}"
    );
}

#[test]
fn a_new_session_is_made_on_the_model_named_by_model_or_by_its_old_name() {
    let data = tempfile::tempdir().unwrap();
    own_model(data.path());
    for (flag, org) in [("--model", "Åre kommun"), ("--assessment", "Berg kommun")] {
        let out = run_sv(
            data.path(),
            &[
                "new",
                "--org",
                org,
                flag,
                "vår-modell",
                "--date",
                "2026-12-06",
            ],
        );
        assert!(out.status.success(), "{flag}: {out:?}");
    }
    let out = run_sv(data.path(), &["list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let models: Vec<_> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["assessment"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(models, ["vår-modell", "vår-modell"]);
    let unknown = run_sv(data.path(), &["new", "--org", "X", "--model", "finns-inte"]);
    assert_eq!(unknown.status.code(), Some(2), "{unknown:?}");
}
