//! The themes the workbench is started with, as the command line tells of them.

use crate::error::Error;
use std::path::Path;

/// A theme that is not there, told with the user's own themes and the folder
/// they go in (`dir`), so that a typo in one's own theme's name shows as one.
pub(super) fn with_own_themes(e: Error, dir: Option<&Path>) -> Error {
    match (e, dir) {
        (Error::NoTheme { name, built_in }, Some(dir)) => {
            let mut own: Vec<String> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|entry| std::path::PathBuf::from(entry.file_name()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
                .collect();
            own.sort();
            Error::NoThemeOfOwn {
                name,
                built_in,
                own,
                dir: dir.to_path_buf(),
            }
        }
        (e, _) => e,
    }
}
