//! Assessment models on disk: the user's own in `<config dir>/assessments/`,
//! read here and checked by the domain ([`Assessment::parse`]). The embedded
//! models need no file ([`Catalog::embedded`]).

use crate::error::Result;
use crate::files::{Kind, read_text};
use crate::model::assessment::{Assessment, Catalog};
use std::path::{Path, PathBuf};

/// Reads, parses and validates a model file.
pub fn load_assessment(path: &Path) -> Result<Assessment> {
    let src = read_text(path, Kind::Model)?;
    Assessment::parse(&src, path)
}

/// The embedded models plus every valid `*.ron` in `user_dir`, if given, in the
/// order of their names; a user's model replaces an embedded one with its id.
/// A broken user model is reported, not skipped silently.
pub fn load_catalog(user_dir: Option<&Path>) -> Result<Catalog> {
    let mut catalog = Catalog::embedded()?;
    if let Some(dir) = user_dir
        && let Ok(entries) = std::fs::read_dir(dir)
    {
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let model = load_assessment(&path)?;
            catalog.add_user_model(model, path);
        }
    }
    Ok(catalog)
}
