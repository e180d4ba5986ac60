//! The guide to writing a model (docs/writing-a-model.md) holds: its example
//! validates, a copy in the configuration folder's `assessments` is in the
//! catalogue beside the embedded models, a session made on it reports in the
//! model's own words, and the broken copy the guide shows is refused at the
//! place it names.

use crate::common;
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use std::path::Path;

const EXAMPLE: &str = "docs/example-model.ron";

fn example_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)).unwrap()
}

#[test]
fn the_guides_example_validates_and_runs_from_the_config_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("min-modell.ron"), example_text()).unwrap();
    let catalog = klarhet::store::models::load_catalog(Some(dir.path())).unwrap();
    let ids: Vec<&str> = catalog.versions().map(|(id, _)| id).collect();
    assert!(
        ids.contains(&"halmstad") && ids.contains(&"min_modell"),
        "{ids:?}"
    );
    let m = catalog.get("min_modell").unwrap().clone();
    assert_eq!(m.challenges.len(), 2);
    let mut s = Session::new(&m, "Provkommun", common::date(), Lang::SV);
    let people = (1..=3).map(|i| (format!("P{i}"), Vec::new())).collect();
    common::give(&mut s, &m, Command::Enrol { people });
    let c = m.challenges[0].clone();
    for voter in 1..=3 {
        for st in &c.statements {
            common::cast(
                &mut s,
                &m,
                &c,
                &st.id,
                voter,
                klarhet::model::session::Answer::Value(4),
            );
        }
        common::pass(&mut s, &m, &c, voter, c.statements.len());
    }
    common::reveal(&mut s, &m, &c);
    let md = Format::Md.render(&s, &m, &common::export());
    assert!(md.contains("Utvecklingsbehov"), "{md}");
    assert!(md.contains("Mandat"), "{md}");
}

#[test]
fn the_broken_copy_the_guide_shows_is_refused_where_it_says() {
    let guide = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/writing-a-model.md"),
    )
    .unwrap();
    // The guide's error names line 95, column 17: the statement whose source
    // is taken away here.
    assert!(guide.contains("min-modell.ron:95:17:"), "{guide}");
    let text = example_text();
    let line = "problems.\"),\n                    source: \"§3.2\",";
    assert!(
        text.contains(line),
        "the example has the statement the guide breaks"
    );
    let broken = text.replacen(line, "problems.\"),", 1);
    let err = Assessment::parse(&broken, Path::new("min-modell.ron")).unwrap_err();
    let said = err.render(Lang::EN);
    assert!(said.starts_with("min-modell.ron:95:17:"), "{said}");
    assert!(said.contains("\"source\""), "{said}");
}
