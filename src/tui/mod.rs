//! The workshop in the terminal. `update` is pure; [`App`] carries out its effects
//! (save, export, open) and the event loop only reads events, updates and draws.
//! Nothing happens while no event arrives: no timer, no polling, no redraw.

mod app;
pub mod input;
pub mod keymap;
pub mod msg;
pub mod ring;
pub mod screens;
pub mod state;
pub mod step;
pub mod theme;
pub mod update;
pub mod view;

pub use app::App;

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::text::{Lang, pick};
use msg::Msg;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use theme::Theme;

/// The session file last saved or opened, for the message after a crash.
static LAST_SESSION: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Remembers where the open session is, for the message after a crash.
pub(crate) fn remember_session(path: &Path) {
    if let Ok(mut last) = LAST_SESSION.lock() {
        *last = Some(path.to_owned());
    }
}

/// What to tell the user after a crash: where the session is and how to resume.
pub fn crash_message(lang: Lang) -> String {
    let last = LAST_SESSION.lock().ok().and_then(|l| l.clone());
    match last {
        Some(path) => format!(
            "{} {}\n{} klarhet --resume \"{}\"",
            pick(
                lang,
                "klarhet stannade oväntat. Allt som visades är sparat i",
                "klarhet stopped unexpectedly. Everything shown is saved in"
            ),
            path.display(),
            pick(
                lang,
                "Fortsätt där ni var med:",
                "Carry on where you were with:"
            ),
            path.display()
        ),
        None => pick(
            lang,
            "klarhet stannade oväntat innan någon session sparades.",
            "klarhet stopped unexpectedly before any session was saved.",
        )
        .to_owned(),
    }
}

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
}

/// Runs the workbench in the terminal until the user quits. The terminal is
/// restored on every way out, panics included.
pub fn run(options: Options) -> Result<()> {
    let lang = options.lang.unwrap_or(options.default_lang);
    let mut app = App::new(options)?;
    let mut terminal = terminal::enter(lang).map_err(|e| Error::io("terminal", e))?;
    let result = event_loop(&mut terminal, &mut app).map_err(|e| Error::io("terminal", e));
    terminal::leave();
    result
}

fn event_loop(terminal: &mut terminal::Term, app: &mut App) -> std::io::Result<()> {
    let size = terminal.size()?;
    app.handle(Msg::Resize(size.width, size.height));
    // A test hook: KLARHET_TEST_PANIC_AFTER=N panics on the N-th event, so that the
    // tests can check what a crash leaves behind.
    let mut panic_after = std::env::var("KLARHET_TEST_PANIC_AFTER")
        .ok()
        .and_then(|n| n.parse::<u32>().ok());
    loop {
        terminal.draw(|f| view::draw(f, &app.state))?;
        if app.quitting() {
            return Ok(());
        }
        // Blocks until something happens: no work at all while idle.
        let event = crossterm::event::read()?;
        if let Some(n) = &mut panic_after {
            *n = n.saturating_sub(1);
            assert!(*n > 0, "KLARHET_TEST_PANIC_AFTER reached");
        }
        app.event(event);
    }
}

mod terminal {
    //! Entering and leaving the alternate screen, with a panic hook that leaves it too.

    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    use crossterm::execute;
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use std::io::{Stdout, stdout};

    pub type Term = Terminal<CrosstermBackend<Stdout>>;

    pub fn enter(lang: crate::text::Lang) -> std::io::Result<Term> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
            eprintln!("\n{}", super::crash_message(lang));
        }));
        enable_raw_mode()?;
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        Terminal::new(CrosstermBackend::new(stdout()))
    }

    pub fn leave() {
        let _ = disable_raw_mode();
        let _ = execute!(
            stdout(),
            DisableMouseCapture,
            LeaveAlternateScreen,
            crossterm::cursor::Show
        );
    }
}
