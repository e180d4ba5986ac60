//! Parsing with validation: the layer above the model's types and its rules.
//!
//! The dependencies run one way: [`assessment`](super::assessment) and
//! [`session`](super::session) are plain data with lookups, [`validate`](super::validate)
//! checks them, and this module parses text and runs the checks. None of the
//! lower modules calls back up. Reading the files is the store's
//! ([`crate::store::models`], [`crate::store::sessions`]): the domain does no I/O.

use crate::error::Result;
use crate::model::assessment::{Assessment, Catalog, Entry, HALMSTAD_PATH, HALMSTAD_RON};
use crate::model::session::Session;
use crate::model::validate;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

impl Assessment {
    /// Parses and validates a model from `src`; `path` names the file in errors.
    pub fn parse(src: &str, path: &Path) -> Result<Assessment> {
        let model: Assessment = crate::text::expecting_languages(declared_languages(src), || {
            crate::model::parse_ron(src, path)
        })?;
        validate::assessment(&model, src, path)?;
        Ok(model)
    }

    /// The embedded Halmstad model.
    pub fn halmstad() -> Result<Assessment> {
        Assessment::parse(HALMSTAD_RON, Path::new(HALMSTAD_PATH))
    }
}

/// The embedded Halmstad model, parsed and checked the first time a catalogue
/// is asked for it. The tests parse the embedded model (and open sessions on
/// it), so a failure here is a build that must not ship: it panics, naming the
/// file, line and column.
static HALMSTAD: LazyLock<Assessment> =
    LazyLock::new(|| Assessment::halmstad().unwrap_or_else(|e| panic!("the embedded model: {e}")));

/// The languages a model's text names in its field `languages`, read before the
/// model itself so that each text is held to them as it is read; `None` when it
/// names none (or the file does not read, which the model's parse then says).
fn declared_languages(src: &str) -> Option<Vec<String>> {
    #[derive(serde::Deserialize)]
    #[serde(rename = "Assessment")]
    struct Declared {
        #[serde(default)]
        languages: Vec<String>,
    }
    if !src.contains("languages") {
        return None;
    }
    let declared: Declared = ron::from_str(crate::model::without_bom(src)).ok()?;
    Some(declared.languages).filter(|codes| !codes.is_empty())
}

impl Catalog {
    /// The models embedded in klarhet, each parsed when first asked for.
    pub fn embedded() -> Result<Catalog> {
        Ok(Catalog {
            models: vec![(Entry::Embedded(&HALMSTAD), None)],
        })
    }

    /// Adds a user's model, read from `path`; it replaces a model with its id.
    pub fn add_user_model(&mut self, model: Assessment, path: PathBuf) {
        self.models.retain(|(m, _)| m.model().id != model.id);
        self.models.push((Entry::Read(Box::new(model)), Some(path)));
    }
}

impl Session {
    /// Checks that every id in the session exists in `model` and every answer is on its
    /// scale. `src` and `path` are used to name the place of a problem.
    pub fn check_against(&self, model: &Assessment, src: &str, path: &Path) -> Result<()> {
        validate::session(self, model, src, path)
    }
}
