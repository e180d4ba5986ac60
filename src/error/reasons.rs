//! Errors put into words: what the operating system said, a file's fault at
//! its place, and a journal that cannot be applied.

use super::{Pos, Problem};
use crate::text::Lang;

/// What the operating system said, in words of the catalogue for the failures a
/// user can do something about; the system's own words for the rest.
pub(super) fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    if crate::files::is_link_loop(e) {
        return crate::tr!(lang, "problem-link-loop");
    }
    match e.kind() {
        K::NotFound => crate::tr!(lang, "io-not-found"),
        K::PermissionDenied => crate::tr!(lang, "io-permission-denied"),
        K::AlreadyExists => crate::tr!(lang, "io-already-exists"),
        K::StorageFull => crate::tr!(lang, "io-storage-full"),
        K::ReadOnlyFilesystem => crate::tr!(lang, "io-read-only"),
        K::IsADirectory => crate::tr!(lang, "io-is-a-directory"),
        K::NotADirectory => crate::tr!(lang, "io-not-a-directory"),
        K::InvalidData => crate::tr!(lang, "io-invalid-data"),
        K::InvalidFilename => crate::tr!(lang, "io-invalid-filename"),
        _ => e.to_string(),
    }
}

/// A file's fault at its place, in the words of `terms` (the model's, when
/// the file was checked against one) for the model's dimensions.
pub(super) fn render_invalid(
    path: &std::path::Path,
    pos: &Option<Pos>,
    problem: &Problem,
    terms: Option<&crate::model::terms::Terms>,
    lang: Lang,
) -> String {
    let words = match terms {
        Some(terms) => terms.words(lang),
        None => crate::model::terms::catalogue_words(lang),
    };
    let said = problem.describe_in(lang, &words);
    match pos {
        Some(pos) => format!("{}:{pos}: {said}", path.display()),
        None => format!("{}: {said}", path.display()),
    }
}

/// A journal that cannot be applied, in words: where it fails (file, line and
/// column), then what happened and the two ways on.
pub(super) fn unmatched(
    session: &std::path::Path,
    journal: &std::path::Path,
    fault: Option<&(Pos, Problem)>,
    lang: Lang,
) -> String {
    let head = match fault {
        Some((pos, problem)) => render_invalid(journal, &Some(*pos), problem, None, lang),
        None => format!(
            "{}: {}",
            journal.display(),
            crate::tr!(lang, "error-unmatched-journal-kept")
        ),
    };
    let expected = crate::store::journal::path_of(session);
    format!(
        "{head}\n{}",
        crate::tr!(
            lang,
            "error-unmatched-journal",
            session = session.display().to_string(),
            journal = journal.display().to_string(),
            expected = expected.display().to_string(),
            kept = if journal == expected { "no" } else { "yes" }
        )
    )
}
