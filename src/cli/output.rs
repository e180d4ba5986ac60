//! Where output goes: where `-o` writes, and in which format (a folder, an
//! empty path or an extension that names another format are refused before
//! anything is written), and how wide standard output's prose is wrapped.

use crate::error::Error;
use clap::ValueEnum;
use std::path::Path;

/// The format to write: the one asked for with `--format`; without it, the one
/// the extension of `output` names among `formats`, and `default` (Markdown)
/// when there is no file or the file has no extension. An extension that names none
/// of `formats` is refused: writing Markdown into `report.html` helps nobody.
pub(super) fn format<F: ValueEnum + Copy>(
    asked: Option<F>,
    output: Option<&Path>,
    default: F,
    formats: &[F],
) -> Result<F, Error> {
    let name = |f: &F| {
        f.to_possible_value()
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    };
    if let Some(format) = asked {
        return Ok(format);
    }
    let Some(extension) = output
        .filter(|o| o.as_os_str() != "-")
        .and_then(Path::extension)
    else {
        return Ok(default);
    };
    let extension = extension.to_string_lossy().to_lowercase();
    // .htm is HTML too, as browsers and file managers have it.
    let wanted = if extension == "htm" {
        "html"
    } else {
        &extension
    };
    formats
        .iter()
        .find(|f| name(f) == wanted)
        .copied()
        .ok_or_else(|| Error::UnknownExtension {
            path: output.map(Path::to_path_buf).unwrap_or_default(),
            extension,
            known: formats.iter().map(name).collect(),
        })
}

/// Refuses an `-o` that cannot be a report's file: an empty path, or a folder
/// (also one reached through a symlink), which is told to take `name` in it.
pub(super) fn check_file(file: &Path, name: &str) -> Result<(), Error> {
    if file.as_os_str().is_empty() {
        return Err(Error::EmptyPath);
    }
    if std::fs::metadata(file).is_ok_and(|m| m.is_dir()) {
        return Err(Error::OutputIsFolder {
            path: file.to_path_buf(),
            example: file.join(name),
        });
    }
    Ok(())
}

/// The width to wrap standard output's prose at: the terminal's, or 80 when it
/// is not a terminal or a very narrow one.
pub(super) fn width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|w| *w >= 40)
        .unwrap_or(80)
}
