//! The model file as a whole (docs/model-format.md, "The file as a whole"):
//! the format it is written in, the fields that format requires, and the
//! model's id and version.

use super::LazyLocator;
use crate::error::{Envelope, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;
use std::path::Path;

/// The newest model format this klarhet reads.
pub(in crate::model) const NEWEST_FORMAT: u32 = 2;

/// Refuses a file whose `format` (read ahead of the model, `found`) is not one
/// this klarhet reads, before the model's fields are read: a newer format's
/// fields would otherwise be refused one by one as unknown, which sends its
/// reader to fix a file that is not wrong.
pub(in crate::model) fn format(found: u64, src: &str, path: &Path) -> Result<()> {
    if (1..=u64::from(NEWEST_FORMAT)).contains(&found) {
        return Ok(());
    }
    Err(Error::Invalid {
        path: path.to_owned(),
        pos: Locator::new(src).key("format", 0),
        problem: Problem::Envelope(Envelope::UnknownFormat {
            found,
            newest: NEWEST_FORMAT,
        }),
        terms: None,
    })
}

/// Checks the model's id and version, and that a format-2 model has the
/// fields format 2 requires: they are optional to serde, so that both formats
/// read with one set of types, and required here, so that a missing one is
/// told with klarhet's message and a place.
pub(super) fn envelope(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    // The model's own id and version are the file's first of each.
    for (key, value, kind) in [
        ("id", &model.id, "assessment"),
        ("version", &model.version, "version"),
    ] {
        if value.trim().is_empty() {
            return Err(fail(loc.key(key, 0), Problem::EmptyId { kind }));
        }
    }
    if model.format >= 2 {
        let missing = [
            ("languages", model.languages.is_empty()),
            ("terms", model.terms.is_none()),
        ];
        if let Some((field, _)) = missing.into_iter().find(|(_, missing)| *missing) {
            let problem = Envelope::Missing {
                field,
                format: model.format,
            };
            return Err(fail(loc.key("format", 0), Problem::Envelope(problem)));
        }
    }
    if let Some(terms) = &model.terms
        && terms.source.trim().is_empty()
    {
        let id = terms
            .dimension
            .one
            .texts()
            .next()
            .unwrap_or_default()
            .to_owned();
        let kind = "terms";
        return Err(fail(
            loc.key("terms", 0),
            Problem::WithoutSource { kind, id },
        ));
    }
    Ok(())
}
