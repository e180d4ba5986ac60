//! `klarhet notes ID`: speaker notes on a second screen. While the workbench is
//! on the projector, the laptop's own terminal shows, for the place the
//! workshop is at, what to say and what to ask, with the source, and follows
//! the workshop as it moves. It reads only: no lock, no write. It waits on the
//! system's file notifications and on the keyboard, and draws only when the
//! page or the terminal's size changes; only while the agenda's clock runs
//! and its line is on screen does it also wake at each second of the clock.
//! So while nothing happens and no clock runs it uses no CPU at all.

mod clock;
mod keys;
mod page;
mod state;
mod view;

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::store::follow::Follower;
use crate::text::Lang;
use crate::tui::theme::Theme;
use page::Page;
use state::{Next, State, Wake};
use std::path::Path;
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};

/// Shows the notes for the session at `path` until q.
pub fn run(path: &Path, catalog: &Catalog, theme: Theme, ui: Lang) -> Result<()> {
    // Everything that can fail on bad input fails before the terminal is taken.
    let follower = Follower::start(path, catalog)?;
    {
        use std::io::IsTerminal;
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            return Err(Error::NoTerminal {
                commands: super::help::commands(ui),
            });
        }
    }
    let mut state = State::new(Page::of(follower.session(), follower.model(), ui), now());
    let (tx, rx) = channel();
    follow(follower, ui, tx.clone())?;
    let mut terminal = Screen::enter().map_err(|e| Error::io("terminal", e))?;
    // The hang-up signal, or `kill`, ends the notes as q does, the terminal
    // restored, rather than where they stand. Ctrl-C is a key here.
    let stop = tx.clone();
    let _ = crate::stop_signals::on_stop(move || {
        let _ = stop.send(Wake::Stop);
    });
    crate::tui::terminal::read_into(tx, Wake::Term, || Wake::Stop)
        .map_err(|e| Error::io("terminal", e))?;
    loop {
        let shown = match &state.trouble {
            Some(t) => state.page.troubled(t, ui),
            None => state.page.clone(),
        };
        let scroll = state.scroll;
        let mut shown_now = None;
        let drawn = terminal.0.draw(|frame| {
            shown_now = Some(view::draw(frame, &shown, scroll, &state.now, &theme, ui));
        });
        if let Err(e) = drawn {
            return ended(e);
        }
        if let Some(d) = shown_now {
            (state.scroll, state.most, state.height) = (d.scroll, d.most, d.height);
            state.clock_shown = d.clock;
        }
        // Waits for the next thing that changes the screen: nothing else wakes
        // it, and the clock's second only while it runs and is shown.
        loop {
            let wake = match state.next_tick(jiff::Timestamp::now()) {
                Some(tick) => match rx.recv_timeout(tick) {
                    Ok(wake) => Ok(wake),
                    Err(RecvTimeoutError::Timeout) => Ok(Wake::Tick),
                    Err(RecvTimeoutError::Disconnected) => Err(()),
                },
                None => rx.recv().map_err(drop),
            };
            state.now = now();
            match wake {
                Ok(Wake::Term(Err(e))) => return ended(e),
                Ok(wake) => match state.update(wake) {
                    Next::Draw => break,
                    Next::Wait => {}
                    Next::Quit => return Ok(()),
                },
                // Both readers gone: nothing can change the screen any more.
                Err(()) => return Ok(()),
            }
        }
    }
}

/// The moment in the local time zone: the only clock the notes read.
fn now() -> jiff::Zoned {
    jiff::Timestamp::now().to_zoned(crate::local_time::zone())
}

/// The terminal failed. When it has hung up (the window closed, the ssh
/// connection dropped) nobody is left to read the notes: they end as q ends
/// them, whichever came first, the watch's word or a failed frame. Any other
/// failure is an error.
fn ended(e: std::io::Error) -> Result<()> {
    if crate::tui::terminal::quiet_if_hung_up() {
        Ok(())
    } else {
        Err(Error::io("terminal", e))
    }
}

/// Follows the session on a thread of its own and sends the page each time it
/// changes; a read that fails is said, and the last good page stays.
fn follow(mut follower: Follower, ui: Lang, tx: Sender<Wake>) -> Result<()> {
    let mut last = Page::of(follower.session(), follower.model(), ui);
    // After a failed read the next good one is sent even if its page is the
    // same, so that the trouble it said is taken back.
    let mut troubled = false;
    std::thread::Builder::new()
        .name("klarhet-notes-follow".into())
        .spawn(move || {
            while let Some(followed) = follower.next() {
                let wake = match followed {
                    Err(e) => {
                        troubled = true;
                        Wake::Trouble(e.render(ui))
                    }
                    Ok(_) => {
                        let page = Page::of(follower.session(), follower.model(), ui);
                        if page == last && !troubled {
                            continue;
                        }
                        (last, troubled) = (page.clone(), false);
                        Wake::Moved(Box::new(page))
                    }
                };
                if tx.send(wake).is_err() {
                    return;
                }
            }
        })
        .map(drop)
        .map_err(|e| Error::io("thread", e))
}

/// The terminal, on the alternate screen in raw mode until dropped (or a panic).
struct Screen(ratatui::Terminal<ratatui::backend::CrosstermBackend<std::io::Stdout>>);

impl Screen {
    fn enter() -> std::io::Result<Screen> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
        crossterm::terminal::enable_raw_mode()?;
        crossterm::execute!(
            std::io::stdout(),
            crossterm::terminal::EnterAlternateScreen,
            crossterm::cursor::Hide
        )?;
        let backend = ratatui::backend::CrosstermBackend::new(std::io::stdout());
        ratatui::Terminal::new(backend).map(Screen)
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        leave();
        crate::tui::terminal::cursor_back(&mut self.0);
    }
}

fn leave() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}
