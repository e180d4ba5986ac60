//! What every screen shares: the language, the theme, the models, the open
//! session with its numbers, and what the status line says. Screens read and
//! change it; it knows nothing of screens.

use crate::model::assessment::{Assessment, Catalog};
use crate::model::scoring::{self, Analysis};
use crate::model::session::Session;
use crate::report::Format;
use crate::store::ReadOnly;
use crate::text::Lang;
use crate::tui::msg::{Failure, Saved};
use crate::tui::notice::Notice;
use crate::tui::theme::Theme;
use std::path::PathBuf;

/// The open session with its model, the numbers computed from it, and what this
/// run has done with it. Replaced whole when another session is opened.
#[derive(Debug, Clone)]
pub struct Work {
    /// The session.
    pub session: Session,
    /// Its model.
    pub model: Assessment,
    /// Its file, once saved.
    pub path: Option<PathBuf>,
    /// The analysis, recomputed after every change (never while drawing).
    pub analysis: Analysis,
    /// Why the session is open for reading only: nothing is saved to its file.
    /// `None` with a file: this klarhet holds it, through the runtime's host
    /// (see [`crate::store::host`]), which keeps other klarhet processes out.
    pub read_only: Option<ReadOnly>,
    /// The session was changed while read-only: the changes are only in memory
    /// until it is saved somewhere else.
    pub unsaved: bool,
    /// The challenge in focus, shared by the scoring screen and the summary.
    pub challenge: usize,
    /// The export format chosen.
    pub format: Format,
    /// Files exported from this session in this run, newest last.
    pub exports: Vec<(Format, PathBuf)>,
}

impl Work {
    /// Wraps a session and computes its analysis; the challenge in focus is the one
    /// the session was left at.
    pub fn new(session: Session, model: Assessment, path: Option<PathBuf>) -> Work {
        let analysis = scoring::analyse(&session, &model);
        let challenge = session
            .resume()
            .challenge
            .min(model.challenges.len().saturating_sub(1));
        // The format of the file last exported, if the session remembers one.
        let format = session
            .resume()
            .export
            .as_deref()
            .and_then(|p| {
                let ext = std::path::Path::new(p).extension()?;
                Format::ALL.into_iter().find(|f| ext == f.extension())
            })
            .unwrap_or(Format::ALL[0]);
        Work {
            session,
            model,
            path,
            analysis,
            read_only: None,
            unsaved: false,
            challenge,
            format,
            exports: Vec::new(),
        }
    }

    /// Recomputes the analysis after the session changed.
    pub fn refresh(&mut self) {
        self.analysis = scoring::analyse(&self.session, &self.model);
    }

    /// The challenge in focus.
    pub fn current(&self) -> Option<&crate::model::assessment::Challenge> {
        self.model.challenges.get(self.challenge)
    }
}

/// What every screen shares.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The language on screen.
    pub lang: Lang,
    /// True when `--lang` fixed the language; otherwise it follows the session.
    pub lang_fixed: bool,
    /// Colours.
    pub theme: Theme,
    /// Terminal size in cells.
    pub size: (u16, u16),
    /// The models to choose from.
    pub models: Catalog,
    /// The saved sessions, for the start screen and the comparison.
    pub saved: Vec<Saved>,
    /// The open session.
    pub work: Option<Work>,
    /// A message for the status line, until the next key.
    pub notice: Option<Notice>,
    /// Why the last save failed; shown until a save succeeds.
    pub save_error: Option<Failure>,
    /// Today's date, for defaults.
    pub today: jiff::civil::Date,
    /// Where exports go by default.
    pub export_dir: PathBuf,
    /// The room, while phones can answer (the scoring step only).
    pub room: Option<crate::tui::screens::scoring::OpenRoom>,
    /// The time now, as the runtime read it before the message being handled:
    /// the agenda's clock counts from it and a command records it (a round
    /// opened), so that `update` reads no clock; a test sets it by hand.
    pub now: jiff::Timestamp,
    /// True while the clock's tick is pending in the runtime's timers.
    pub ticking: bool,
}

/// The smallest terminal klarhet draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

impl Shared {
    /// True when quitting now would lose changes: a save failed, or a read-only
    /// session was changed.
    pub fn unsaved(&self) -> bool {
        self.save_error.is_some() || self.work.as_ref().is_some_and(|w| w.unsaved)
    }

    /// True when the terminal is large enough to draw the workshop in. While it is
    /// not, only quitting and resizing do anything: no key may change what the
    /// room cannot see.
    pub fn fits(&self) -> bool {
        self.size.0 >= MIN_SIZE.0 && self.size.1 >= MIN_SIZE.1
    }

    /// The open model's words for its dimensions and their score, in the
    /// language on screen; the catalogue's own before a model is open.
    pub fn words(&self) -> crate::text::Words {
        match &self.work {
            Some(work) => work.model.words(self.lang),
            None => crate::model::terms::catalogue_words(self.lang),
        }
    }
}
