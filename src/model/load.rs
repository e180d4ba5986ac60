//! Parsing with validation: the layer above the model's types and its rules.
//!
//! The dependencies run one way: [`assessment`](super::assessment) and
//! [`session`](super::session) are plain data with lookups, [`validate`](super::validate)
//! checks them, and this module parses text and runs the checks. None of the
//! lower modules calls back up. Reading the files is the store's
//! ([`crate::store::models`], [`crate::store::sessions`]): the domain does no I/O.

use crate::error::Result;
use crate::model::assessment::{Assessment, Catalog, EMBEDDED, Entry, HALMSTAD_PATH, HALMSTAD_RON};
use crate::model::session::Session;
use crate::model::validate;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

impl Assessment {
    /// Parses and validates a model from `src`; `path` names the file in errors.
    pub fn parse(src: &str, path: &Path) -> Result<Assessment> {
        let head = head(src);
        if let Some(found) = head.as_ref().map(|h| h.format) {
            validate::envelope::format(found, src, path)?;
        }
        let languages = head.map(|h| h.languages).filter(|codes| !codes.is_empty());
        let model: Assessment =
            crate::text::expecting_languages(languages, || crate::model::parse_ron(src, path))?;
        validate::assessment(&model, src, path)?;
        Ok(model)
    }

    /// The embedded Halmstad model.
    pub fn halmstad() -> Result<Assessment> {
        Assessment::parse(HALMSTAD_RON, Path::new(HALMSTAD_PATH))
    }

    /// The default model: the one a new session is made on when none is
    /// named, and the one the demo is built for. The only place outside the
    /// embedding that says which model that is (tests/it/model_words.rs).
    pub fn default_model() -> Result<Assessment> {
        Assessment::halmstad()
    }
}

/// The id of [`Assessment::default_model`], for a choice that must be made
/// before any model is read (the command line's default, the setup form's).
pub const DEFAULT_MODEL_ID: &str = "halmstad";

/// The embedded models, each parsed and checked the first time a catalogue is
/// asked for it. The tests parse every embedded model (and open sessions on
/// them), so a failure here is a build that must not ship: it panics, naming
/// the file, line and column.
static EMBEDDED_MODELS: [LazyLock<Assessment>; EMBEDDED.len()] = [
    LazyLock::new(|| embedded_model(0)),
    LazyLock::new(|| embedded_model(1)),
    LazyLock::new(|| embedded_model(2)),
    LazyLock::new(|| embedded_model(3)),
    LazyLock::new(|| embedded_model(4)),
];

fn embedded_model(i: usize) -> Assessment {
    let (path, src) = EMBEDDED[i];
    Assessment::parse(src, Path::new(path))
        .unwrap_or_else(|e| panic!("the embedded model {path}: {e}"))
}

/// What a model file says of itself before its model is read: the format it
/// is in, checked first so that a newer format is refused as such rather than
/// field by field, and the languages its texts are in, so that each text is
/// held to them as it is read. `None` when the file names neither (or does not
/// read, which the model's parse then says).
#[derive(serde::Deserialize)]
#[serde(rename = "Assessment")]
struct Head {
    /// Absent: format 1, which needs no check.
    #[serde(default = "format_one")]
    format: u64,
    #[serde(default)]
    languages: Vec<String>,
}

fn format_one() -> u64 {
    1
}

fn head(src: &str) -> Option<Head> {
    if !src.contains("languages") && !src.contains("format") {
        return None;
    }
    ron::from_str(crate::model::without_bom(src)).ok()
}

/// The catalogue's entry for a model embedded as `src`, parsed as `model` when
/// first asked for; its id and version from the head of `src`.
fn embedded(model: &'static LazyLock<Assessment>, src: &'static str) -> Entry {
    let field = |name: &str| {
        let start = format!("    {name}: \"");
        src.lines()
            .find_map(|line| line.strip_prefix(start.as_str())?.split('"').next())
    };
    match (field("id"), field("version")) {
        (Some(id), Some(version)) => Entry::Embedded { model, id, version },
        // A head written otherwise: its model tells.
        _ => Entry::Embedded {
            model,
            id: &model.id,
            version: &model.version,
        },
    }
}

impl Catalog {
    /// The models embedded in klarhet, each parsed when first asked for.
    pub fn embedded() -> Result<Catalog> {
        Ok(Catalog {
            models: EMBEDDED_MODELS
                .iter()
                .zip(EMBEDDED)
                .map(|(model, (_, src))| (embedded(model, src), None))
                .collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embedded_models_id_and_version_read_from_its_head_are_its_own() {
        let catalog = Catalog::embedded().unwrap();
        let parsed: Vec<Assessment> = EMBEDDED
            .iter()
            .map(|(path, src)| Assessment::parse(src, Path::new(path)).unwrap())
            .collect();
        let versions: Vec<(&str, &str)> = catalog.versions().collect();
        let own: Vec<(&str, &str)> = parsed
            .iter()
            .map(|m| (m.id.as_str(), m.version.as_str()))
            .collect();
        assert_eq!(versions, own);
        let parsed = Assessment::halmstad().unwrap();
        assert_eq!(
            catalog.get("halmstad").map(|m| &m.version),
            Some(&parsed.version)
        );
        assert!(catalog.get("okänd").is_none());
        assert_eq!(
            super::DEFAULT_MODEL_ID,
            Assessment::default_model().unwrap().id
        );
    }

    #[test]
    fn a_head_without_its_fields_at_the_top_level_falls_back_to_the_model() {
        static MODEL: LazyLock<Assessment> = LazyLock::new(|| Assessment::halmstad().unwrap());
        let Entry::Embedded { id, version, .. } = embedded(&MODEL, "Assessment(\n  id: \"x\",\n)")
        else {
            panic!("an embedded entry");
        };
        assert_eq!((id, version), ("halmstad", MODEL.version.as_str()));
    }
}
