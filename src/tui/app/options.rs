//! How the workbench starts: `--resume`, the language, the theme, where sessions
//! and exports go, and where a room listens.

use crate::error::Result;
use crate::model::assessment::Catalog;
use crate::text::Lang;
use crate::tui::theme::Theme;
use std::path::{Path, PathBuf};

/// How the workbench starts.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where sessions are kept.
    pub data_dir: PathBuf,
    /// The models to offer.
    pub catalog: Catalog,
    /// `--lang`, if given; otherwise the session's language.
    pub lang: Option<Lang>,
    /// The language before any session is open.
    pub default_lang: Lang,
    /// Colours.
    pub theme: Theme,
    /// A session to open at once (`--resume`).
    pub resume: Option<PathBuf>,
    /// Today's date, for defaults.
    pub today: jiff::civil::Date,
    /// Where exports go by default.
    pub export_dir: PathBuf,
    /// Where a room listens; the laptop's address on its network when not set.
    pub room_bind: Option<std::net::SocketAddr>,
}

impl Options {
    /// Options that give the same screens on every run, for tests, benchmarks
    /// and examples: the embedded models, Swedish, the dark theme, 2026-11-22 as
    /// today, and `data_dir` for sessions and exports.
    pub fn repeatable(data_dir: &Path) -> Result<Options> {
        Ok(Options {
            data_dir: data_dir.to_owned(),
            catalog: Catalog::embedded()?,
            lang: None,
            default_lang: Lang::SV,
            theme: Theme::dark(),
            resume: None,
            today: jiff::civil::date(2026, 11, 22),
            export_dir: data_dir.to_owned(),
            // Tests never open a room to the network.
            room_bind: Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0))),
        })
    }
}
