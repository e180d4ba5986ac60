//! The models klarhet can run: the embedded ones, each parsed when first asked
//! for, and the user's own, read from the config folder by the store.

use crate::model::assessment::Assessment;
use std::path::PathBuf;

/// Where a model was found: embedded, or a file in the user's config directory.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Each model with the file it came from (none for an embedded one); filled by
    /// `Catalog::embedded` in [`crate::model::load`] and the user's models read by
    /// [`crate::store::models::load_catalog`].
    pub(in crate::model) models: Vec<(Entry, Option<PathBuf>)>,
}

/// A model of the catalogue: an embedded one is parsed and checked when first
/// asked for, so that a start whose first screen shows no model does not wait
/// for it (issue 26); a user's is read and checked when the catalogue is made.
/// An embedded one's id and version are read from the head of its text, so
/// that the list of sessions, which names every model's version, and a lookup
/// by id need not parse it either.
#[derive(Debug, Clone)]
pub(in crate::model) enum Entry {
    Embedded {
        model: &'static std::sync::LazyLock<Assessment>,
        id: &'static str,
        version: &'static str,
    },
    Read(Box<Assessment>),
}

impl Entry {
    pub(in crate::model) fn model(&self) -> &Assessment {
        match self {
            Entry::Embedded { model, .. } => model,
            Entry::Read(model) => model,
        }
    }

    fn id_and_version(&self) -> (&str, &str) {
        match self {
            Entry::Embedded { id, version, .. } => (id, version),
            Entry::Read(model) => (&model.id, &model.version),
        }
    }
}

impl Catalog {
    /// The model with `id`, if any.
    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.models
            .iter()
            .find(|(m, _)| m.id_and_version().0 == id)
            .map(|(m, _)| m.model())
    }

    /// Every model's id and version, without parsing an embedded one.
    pub fn versions(&self) -> impl Iterator<Item = (&str, &str)> {
        self.models.iter().map(|(m, _)| m.id_and_version())
    }

    /// All models.
    pub fn all(&self) -> impl Iterator<Item = &Assessment> {
        self.models.iter().map(|(m, _)| m.model())
    }

    /// All models, each with the file it was read from (none for an embedded one).
    pub fn listed(&self) -> impl Iterator<Item = (&Assessment, Option<&std::path::Path>)> {
        self.models
            .iter()
            .map(|(m, path)| (m.model(), path.as_deref()))
    }
}
