//! The test model of scales (tests/fixtures/models/scales.ron, issue 28) and
//! the room its tests run: three politicians, then three from the companies.

use klarhet::model::Assessment;

/// The model's text.
pub const SRC: &str = include_str!("../../fixtures/models/scales.ron");

/// The model, read as `klarhet` reads a file.
pub fn model() -> Assessment {
    Assessment::parse(SRC, std::path::Path::new("scales.ron")).expect("the test model loads")
}

/// Three politicians, then three from the companies: two groups of the
/// smallest size shown.
pub const ROLES: [&str; 6] = ["Politik", "Politik", "Politik", "Bolag", "Bolag", "Bolag"];
