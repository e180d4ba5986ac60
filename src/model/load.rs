//! Loading with validation: the layer above the model's types and its rules.
//!
//! The dependencies run one way: [`assessment`](super::assessment) and
//! [`session`](super::session) are plain data with lookups, [`validate`](super::validate)
//! checks them, and this module parses files and runs the checks. None of the
//! lower modules calls back up.

use crate::error::Result;
use crate::model::assessment::{Assessment, Catalog, HALMSTAD_PATH, HALMSTAD_RON};
use crate::model::session::Session;
use crate::model::validate;
use std::path::{Path, PathBuf};

impl Assessment {
    /// Parses and validates a model from `src`; `path` names the file in errors.
    pub fn parse(src: &str, path: &Path) -> Result<Assessment> {
        let model: Assessment = crate::model::parse_ron(src, path)?;
        validate::assessment(&model, src, path)?;
        Ok(model)
    }

    /// Reads, parses and validates a model file.
    pub fn load(path: &Path) -> Result<Assessment> {
        let src = crate::files::read_text(path, crate::files::Kind::Model)?;
        Assessment::parse(&src, path)
    }

    /// The embedded Halmstad model.
    pub fn halmstad() -> Result<Assessment> {
        Assessment::parse(HALMSTAD_RON, Path::new(HALMSTAD_PATH))
    }
}

impl Catalog {
    /// The embedded models plus every valid `*.ron` in `user_dir`, if given.
    /// A broken user model is reported, not skipped silently.
    pub fn load(user_dir: Option<&Path>) -> Result<Catalog> {
        let mut models = vec![(Assessment::halmstad()?, None)];
        if let Some(dir) = user_dir
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect();
            paths.sort();
            for path in paths {
                let model = Assessment::load(&path)?;
                models.retain(|(m, _)| m.id != model.id);
                models.push((model, Some(path)));
            }
        }
        Ok(Catalog { models })
    }
}

impl Session {
    /// Checks that every id in the session exists in `model` and every answer is on its
    /// scale. `src` and `path` are used to name the place of a problem.
    pub fn check_against(&self, model: &Assessment, src: &str, path: &Path) -> Result<()> {
        validate::session(self, model, src, path)
    }
}
