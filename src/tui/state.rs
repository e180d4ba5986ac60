//! The workbench's whole state: what every screen shares ([`Shared`]), the
//! current screen with its own state, and at most one overlay. `update` changes it; views only read it.

use crate::model::assessment::Catalog;
use crate::text::Lang;
use crate::tui::input::TextField;
use crate::tui::notice::Question;
use crate::tui::screens::Screen;
use crate::tui::theme::Theme;
use std::path::PathBuf;

pub use crate::tui::shared::{Shared, Work};
pub use crate::tui::step::Step;

/// What is drawn over the screen and takes the keys while it is open.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// The agenda: its items with their minutes and time used.
    Agenda(crate::tui::agenda::AgendaView),
    /// The keys of what is beneath, which is restored when help closes.
    Help(Option<Box<Overlay>>),
    /// A question waiting for yes or no.
    Ask(Question),
    /// The path to save the session to.
    SaveAs(TextField),
}

/// Everything on screen and in the open session.
#[derive(Debug, Clone)]
pub struct State {
    /// What every screen shares.
    pub shared: Shared,
    /// The current screen and its own state.
    pub screen: Screen,
    /// What is open over it.
    pub overlay: Option<Overlay>,
}

impl State {
    /// A fresh state on the start screen.
    pub fn new(
        lang: Lang,
        lang_fixed: bool,
        theme: Theme,
        models: Catalog,
        today: jiff::civil::Date,
        export_dir: PathBuf,
    ) -> State {
        let shared = Shared {
            lang,
            lang_fixed,
            theme,
            size: (80, 24),
            models,
            saved: Vec::new(),
            work: None,
            notice: None,
            save_error: None,
            // Until the runtime's first message: the start of `today`, in UTC.
            now: today
                .to_zoned(jiff::tz::TimeZone::UTC)
                .map_or(jiff::Timestamp::UNIX_EPOCH, |z| z.timestamp()),
            today,
            export_dir,
            room: None,
            ticking: false,
        };
        let screen = Screen::enter(Step::Start, &shared);
        State {
            shared,
            screen,
            overlay: None,
        }
    }

    /// This state with `work` open on `step`: for tests and fuzzers that start
    /// from a session in memory rather than from a file.
    pub fn at(mut self, work: Work, step: Step) -> State {
        self.shared.work = Some(work);
        self.screen = Screen::enter(step, &self.shared);
        self
    }

    /// The current step.
    pub fn step(&self) -> Step {
        self.screen.step()
    }
}
