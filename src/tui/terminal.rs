//! Entering and leaving the alternate screen, with a panic hook that leaves it
//! too and says where the session is saved.

use crate::text::Lang;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{Stdout, stdout};
use std::path::Path;
use std::sync::{Arc, Mutex};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// What the panic hook prints: kept up to date by the event loop, read only if
/// klarhet crashes.
#[derive(Clone, Default)]
pub struct CrashNote(Arc<Mutex<String>>);

impl CrashNote {
    /// Records where the session is now.
    pub fn note(&self, lang: Lang, session: Option<&Path>) {
        if let Ok(mut text) = self.0.lock() {
            *text = super::crash_message(lang, session);
        }
    }

    fn text(&self) -> String {
        self.0.lock().map(|t| t.clone()).unwrap_or_default()
    }
}

pub fn enter(crash: &CrashNote) -> std::io::Result<Term> {
    let previous = std::panic::take_hook();
    let crash = crash.clone();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
        eprintln!("\n{}", crash.text());
    }));
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    // A paste then arrives as one event, which lands whole in the field being
    // typed in (cut at its limit) instead of as keys that could run commands.
    // A terminal without it sends keys as before.
    let _ = execute!(stdout(), EnableBracketedPaste);
    Terminal::new(CrosstermBackend::new(stdout()))
}

pub fn leave() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Reads the terminal's events on a thread of its own, blocking without a
/// timeout, and sends each to `tx` as `wake` makes it, until the loop has gone
/// or the terminal fails (the failure is sent too).
pub fn read_into<W: Send + 'static>(
    tx: std::sync::mpsc::Sender<W>,
    wake: fn(std::io::Result<crossterm::event::Event>) -> W,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("klarhet-keys".into())
        .spawn(move || {
            loop {
                let event = crossterm::event::read();
                let failed = event.is_err();
                if tx.send(wake(event)).is_err() || failed {
                    return;
                }
            }
        })
        .map(drop)
}

/// Counts the terminal's events. Debug builds only: `KLARHET_TEST_PANIC_AFTER=N`
/// panics on the N-th event, so that the tests can check what a crash leaves
/// behind. Release builds have no such hook.
#[derive(Default)]
pub struct Events {
    #[cfg(debug_assertions)]
    panic_after: Option<Option<u32>>,
}

impl Events {
    /// One more event has come.
    pub fn seen(&mut self) {
        #[cfg(debug_assertions)]
        {
            let n = self.panic_after.get_or_insert_with(|| {
                std::env::var("KLARHET_TEST_PANIC_AFTER")
                    .ok()
                    .and_then(|n| n.parse::<u32>().ok())
            });
            if let Some(n) = n {
                *n = n.saturating_sub(1);
                assert!(*n > 0, "KLARHET_TEST_PANIC_AFTER reached");
            }
        }
    }
}
