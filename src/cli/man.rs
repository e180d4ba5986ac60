//! The manual pages, made from the same command as `--help`, so they say the
//! same in the same language, with the sections a man page is expected to have
//! and clap cannot know: EXIT STATUS, ENVIRONMENT and FILES.

use crate::error::Error;
use crate::text::Lang;
use std::path::Path;

/// klarhet(1) to standard output, or with `dir`, a page for klarhet and each of
/// its commands written there.
pub(super) fn man(lang: Lang, dir: Option<&Path>) -> Result<(), Error> {
    let page = page(lang)?;
    match dir {
        Some(dir) => {
            clap_mangen::generate_to(super::help::command(lang), dir)
                .map_err(|e| Error::io(dir, e))?;
            // clap's klarhet.1 lacks the sections below: ours replaces it.
            let path = dir.join("klarhet.1");
            std::fs::write(&path, page).map_err(|e| Error::io(&path, e))
        }
        None => super::out(&page),
    }
}

/// klarhet(1) in `lang`.
fn page(lang: Lang) -> Result<String, Error> {
    // NAME says "klarhet \- …" itself: the about line for it is one without
    // "klarhet:" in front, or the name would be said twice. DESCRIPTION keeps
    // the whole about line of --help.
    let cmd = super::help::command(lang);
    let named = clap_mangen::Man::new(cmd.clone().about(crate::tr!(lang, "man-name")));
    let man = clap_mangen::Man::new(cmd);
    let mut page = Vec::new();
    let render = |page: &mut Vec<u8>| -> std::io::Result<()> {
        named.render_title(page)?;
        named.render_name_section(page)?;
        man.render_synopsis_section(page)?;
        man.render_description_section(page)?;
        man.render_options_section(page)?;
        man.render_subcommands_section(page)?;
        page.extend_from_slice(sections(lang).as_bytes());
        man.render_version_section(page)
    };
    render(&mut page).map_err(Error::Stdout)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    // Each part opens with clap_mangen's two lines of set-up; once is enough.
    const SETUP: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    if let Some(first) = page.find(SETUP) {
        let rest = page.split_off(first + SETUP.len()).replace(SETUP, "");
        page.push_str(&rest);
    }
    Ok(page)
}

/// EXIT STATUS, ENVIRONMENT and FILES, in `lang`. The headings stay as man(7)
/// has them, like clap's NAME, SYNOPSIS and OPTIONS above them.
fn sections(lang: Lang) -> String {
    let entries = |heading: &str, items: &[(&str, String)]| {
        let mut out = format!(".SH {heading}\n");
        for (term, text) in items {
            out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(term), roff(text)));
        }
        out
    };
    [
        entries(
            "EXIT STATUS",
            &[
                ("0", crate::tr!(lang, "man-exit-success")),
                ("1", crate::tr!(lang, "man-exit-failure")),
                ("2", crate::tr!(lang, "man-exit-bad-input")),
            ],
        ),
        entries(
            "ENVIRONMENT",
            &[
                ("KLARHET_DATA_DIR", crate::tr!(lang, "man-env-data-dir")),
                ("KLARHET_LANG", crate::tr!(lang, "man-env-klarhet-lang")),
                (
                    "LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
                    crate::tr!(lang, "man-env-locale"),
                ),
                ("NO_COLOR", crate::tr!(lang, "man-env-no-color")),
                ("COLORTERM", crate::tr!(lang, "man-env-colorterm")),
            ],
        ),
        entries(
            "FILES",
            &[
                (
                    "~/.local/share/klarhet/",
                    crate::tr!(lang, "man-files-sessions"),
                ),
                (
                    "~/.config/klarhet/assessments/",
                    crate::tr!(lang, "man-files-assessments"),
                ),
                (
                    "~/.config/klarhet/themes/",
                    crate::tr!(lang, "man-files-themes"),
                ),
            ],
        ),
    ]
    .concat()
}

/// Text as roff reads it literally: backslashes and hyphens escaped, and no line
/// that starts with a control character.
fn roff(text: &str) -> String {
    text.replace('\\', "\\e")
        .replace('-', "\\-")
        .lines()
        .map(|line| {
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
