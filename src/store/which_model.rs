//! Which model a session is opened with: the catalogue's, or the copy the
//! session keeps of the model it was made with (schema 6).

use crate::error::{Error, Result};
use crate::model::Session;
use crate::model::assessment::Catalog;
use std::path::Path;

/// The model `session` (read from `src` at `path`) is worked with: the
/// catalogue's, when it has the model in a version with the same statements
/// (a newer minor version rewords around them, and the session shows that);
/// otherwise the session's own copy of the model it was made with, when the
/// catalogue's is gone, has other statements, or does not fit the session.
/// Without a copy (a file from before schema 6) that is refused, as before.
pub(super) fn model_of(
    session: &Session,
    src: &str,
    path: &Path,
    catalog: &Catalog,
) -> Result<crate::model::Assessment> {
    let made_with = session.assessment();
    let installed = match catalog.get(&made_with.id) {
        None => Err(Error::Invalid {
            path: path.to_owned(),
            pos: crate::locate::Locator::new(src).value("id", &made_with.id, 0),
            problem: crate::error::Problem::DanglingId {
                kind: "assessment",
                id: made_with.id.clone(),
            },
            terms: None,
        }),
        Some(model) if !same_statements(&model.version, &made_with.version) => {
            Err(Error::Invalid {
                path: path.to_owned(),
                pos: crate::locate::Locator::new(src).value("version", &made_with.version, 0),
                problem: crate::error::Problem::ModelVersion {
                    id: model.id.as_str().into(),
                    made_with: made_with.version.as_str().into(),
                    installed: model.version.as_str().into(),
                },
                terms: None,
            })
        }
        Some(model) => session
            .check_against(model, src, path)
            .map(|()| model.clone()),
    };
    let refused = match installed {
        Ok(model) => return Ok(model),
        Err(refused) => refused,
    };
    // The copy is read as a model file is, and must fit the session as well;
    // if it does not, the catalogue's reason is the one to give.
    let Some(copy) = session.model_copy() else {
        return Err(refused);
    };
    let own = crate::model::Assessment::parse(copy, path)
        .ok()
        .filter(|own| own.id == made_with.id && own.version == made_with.version)
        .filter(|own| session.check_against(own, src, path).is_ok());
    own.ok_or(refused)
}

/// True when a session made with model version `made_with` can be read with the
/// installed `installed`: a model keeps its statements within one major version
/// ("1.0", "1.1"), and only a new major version may change what was scored.
pub(super) fn same_statements(installed: &str, made_with: &str) -> bool {
    let major = |v: &str| v.split('.').next().unwrap_or(v).trim().to_owned();
    installed == made_with || (!major(installed).is_empty() && major(installed) == major(made_with))
}

#[cfg(test)]
#[path = "version_tests.rs"]
mod version_tests;
