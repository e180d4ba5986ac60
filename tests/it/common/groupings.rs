//! A model with two groupings: Halmstad's, with its one grouping of roles
//! replaced by the Matteby model's two (level of leadership, partner
//! municipality; tests/fixtures/models/matteby-groupings.ron).

use klarhet::model::Assessment;
use klarhet::model::assessment::HALMSTAD_RON;

/// The model's id.
pub const ID: &str = "tva-indelningar";

/// The model's text.
pub fn two_groupings_ron() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/models/matteby-groupings.ron");
    let groupings = std::fs::read_to_string(path).unwrap();
    let start = HALMSTAD_RON
        .find("    groupings: [\n")
        .expect("Halmstad has groupings");
    let end = HALMSTAD_RON
        .find("    challenges: [\n")
        .expect("and challenges");
    let src = format!(
        "{}{groupings}{}",
        &HALMSTAD_RON[..start],
        &HALMSTAD_RON[end..]
    );
    src.replacen("id: \"halmstad\"", &format!("id: \"{ID}\""), 1)
}

/// The model, read.
pub fn two_groupings() -> Assessment {
    Assessment::parse(&two_groupings_ron(), std::path::Path::new("tva.ron")).unwrap()
}
