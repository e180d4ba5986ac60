//! A session keeps the model it was made with (schema 6): it still opens and
//! reports, the same to the byte, after its model is gone from the catalogue or
//! has changed its statements; the catalogue's model is used whenever it fits.

use crate::common;

use klarhet::model::Assessment;
use klarhet::model::assessment::{Catalog, HALMSTAD_RON};
use klarhet::report::Format;
use klarhet::text::Lang;
use std::path::{Path, PathBuf};

/// Halmstad's model under another id and version, as a consultant's own copy
/// of it would be, with `edit` applied to its text.
fn own_model(version: &str, edit: impl Fn(String) -> String) -> Assessment {
    let embedded = Assessment::parse(HALMSTAD_RON, Path::new("halmstad.ron")).unwrap();
    let text = HALMSTAD_RON
        .replacen("id: \"halmstad\"", "id: \"egen\"", 1)
        .replacen(
            &format!("version: \"{}\"", embedded.version),
            &format!("version: \"{version}\""),
            1,
        );
    assert!(text.contains("id: \"egen\"") && text.contains(version));
    Assessment::parse(&edit(text), Path::new("egen.ron")).expect("the own model reads")
}

fn with(model: Assessment) -> Catalog {
    let mut catalog = Catalog::embedded().unwrap();
    catalog.add_user_model(model, PathBuf::from("egen.ron"));
    catalog
}

fn reports(s: &klarhet::model::Session, m: &Assessment) -> Vec<String> {
    Format::ALL
        .into_iter()
        .map(|f| f.render(s, m, &common::export()))
        .collect()
}

fn written(dir: &Path, s: &klarhet::model::Session) -> PathBuf {
    let path = dir.join("egen.ron");
    std::fs::write(&path, s.to_ron()).unwrap();
    path
}

#[test]
fn a_session_whose_model_is_gone_opens_and_reports_from_its_copy() {
    let model = own_model("1.0", |t| t);
    let s = klarhet::demo::session(&model, common::date(), Lang::SV);
    let before = reports(&s, &model);
    assert!(s.model_copy().is_some_and(|c| c.contains("\"egen\"")));
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), &s);
    // With the model in the catalogue, and with it gone.
    let (_, m) = klarhet::store::open(&path, &with(model.clone())).expect("opens");
    assert_eq!(m.version, "1.0");
    let (opened, m) =
        klarhet::store::open(&path, &Catalog::embedded().unwrap()).expect("opens from its copy");
    assert_eq!((m.id.as_str(), m.version.as_str()), ("egen", "1.0"));
    assert_eq!(
        reports(&opened, &m),
        before,
        "the same reports, to the byte"
    );
}

#[test]
fn a_model_whose_statements_changed_leaves_the_session_its_own() {
    let model = own_model("1.0", |t| t);
    let s = klarhet::demo::session(&model, common::date(), Lang::SV);
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), &s);
    // Version 2.0 asks other statements: the session keeps 1.0's.
    let newer = own_model("2.0", |t| t);
    let (opened, m) = klarhet::store::open(&path, &with(newer)).expect("opens from its copy");
    assert_eq!(m.version, "1.0");
    assert_eq!(reports(&opened, &m), reports(&s, &model));
    // The same model edited without a new version, a statement gone: the copy
    // still fits the session, the edited model does not.
    let edited = own_model("1.0", |t| {
        t.replacen("id: \"vaghet.overflod\"", "id: \"vaghet.annat\"", 1)
    });
    let (_, m) = klarhet::store::open(&path, &with(edited)).expect("opens from its copy");
    assert!(m.statement("vaghet.overflod").is_some());
    // A file without the copy (from before schema 6) is refused, as before.
    let without: String = s
        .to_ron()
        .lines()
        .filter(|l| !l.trim_start().starts_with("model: Some("))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(without.len() < s.to_ron().len(), "the copy was in the file");
    std::fs::write(&path, without).unwrap();
    let refused = klarhet::store::open(&path, &with(own_model("2.0", |t| t)));
    let Err(klarhet::error::Error::Invalid { problem, .. }) = refused else {
        panic!("{refused:?}");
    };
    assert!(matches!(
        problem,
        klarhet::error::Problem::ModelVersion { .. }
    ));
}

#[test]
fn a_newer_wording_is_shown_and_becomes_the_copy() {
    let model = own_model("1.0", |t| t);
    let s = klarhet::demo::session(&model, common::date(), Lang::SV);
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), &s);
    // 1.1 keeps the statements: the session is worked with it, and keeps it.
    let minor = own_model("1.1", |t| t);
    let (opened, m) = klarhet::store::open(&path, &with(minor.clone())).expect("opens");
    assert_eq!(m.version, "1.1");
    assert_eq!(opened.assessment().version, "1.1");
    assert_eq!(
        opened.model_copy(),
        Some(ron::to_string(&minor).unwrap().as_str()),
        "the copy follows the version the session is worked with"
    );
}

#[test]
fn an_old_session_without_a_copy_opens_as_before_and_gains_one() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new("tests/fixtures").join("session-v2.ron");
    let src = std::fs::read_to_string(&fixture).expect("a schema-2 fixture");
    assert!(!src.contains("model: Some("));
    let path = dir.path().join("gammal.ron");
    std::fs::write(&path, &src).unwrap();
    let (opened, m) = klarhet::store::open(&path, &Catalog::embedded().unwrap()).expect("opens");
    assert_eq!(
        opened.model_copy(),
        Some(ron::to_string(&m).unwrap().as_str())
    );
    assert!(opened.to_ron().contains("schema: 6"));
}

#[test]
fn a_comparison_across_versions_says_which_statements_changed() {
    let old_model = own_model("1.0", |t| t);
    let old = klarhet::demo::session(&old_model, common::date(), Lang::SV);
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), &old);
    // 2.0 drops one statement for a new one and rewords another.
    let new_model = own_model("2.0", |t| {
        let reworded = t.replacen(
            "sv: \"I vår organisation saknas en gemensam definition",
            "sv: \"I vår organisation saknas numera en gemensam definition",
            1,
        );
        assert_ne!(reworded, t, "the statement to reword is in the model");
        reworded.replacen("id: \"vaghet.overflod\"", "id: \"vaghet.ny\"", 1)
    });
    let new = klarhet::demo::session(&new_model, common::date(), Lang::SV);
    // The earlier session opens from its copy: the catalogue has 2.0.
    let (old, opened_with) = klarhet::store::open(&path, &with(new_model.clone())).unwrap();
    assert_eq!(opened_with.version, "1.0");
    let c = klarhet::report::compare::compare(&old, &opened_with, &new, &new_model)
        .expect("comparable");
    let changed = &c.statements;
    let ids = |v: &[(String, klarhet::text::Text)]| {
        v.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&changed.added), ["vaghet.ny"]);
    assert_eq!(ids(&changed.removed), ["vaghet.overflod"]);
    assert_eq!(changed.reworded.len(), 1);
    let md = klarhet::report::compare::markdown(&c, &old, &new, &new_model);
    assert!(
        md.contains("## Påståenden som ändrats mellan modellversionerna"),
        "{md}"
    );
    assert!(
        md.contains("modellen egen 1.0, den senare med egen 2.0"),
        "{md}"
    );
    assert!(md.contains("- Borttaget: vaghet.overflod"), "{md}");
    assert!(md.contains("- Nytt: vaghet.ny"), "{md}");
    assert!(md.contains("saknas numera en gemensam"), "{md}");
    let html = klarhet::report::compare::html(&c, &old, &new, &new_model);
    assert!(html.contains("<section id=\"pastaenden\""), "{html}");
    // The same model on both sides: nothing to say.
    let same = klarhet::report::compare::compare(&new, &new_model, &new, &new_model).unwrap();
    assert!(same.statements.is_empty());
    let md = klarhet::report::compare::markdown(&same, &new, &new, &new_model);
    assert!(!md.contains("Påståenden som ändrats"));
}
