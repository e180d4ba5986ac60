//! The workshop in the terminal. [`router::update`] is pure; [`App`] carries out
//! its effects and feeds their results back as messages; [`frame::draw`] only
//! reads the state. Nothing happens while no event arrives: no timer, no polling,
//! no redraw. The one deadline is a draft's, set by typing in a form and gone
//! once the draft is written.

pub mod agenda;
mod app;
pub mod bindings;
pub mod colours;
pub mod frame;
pub mod input;
pub mod msg;
pub mod notice;
pub mod ring;
pub mod router;
pub mod screens;
pub mod shared;
pub mod state;
pub mod step;
pub(crate) mod terminal;
pub mod theme;
pub mod widgets;

pub use crate::room::Wake;
pub use app::{App, Options};

use crate::error::{Error, Result};
use crate::text::Lang;
use msg::Msg;
use std::path::Path;

/// What to tell the user after a crash: where the session is and how to resume.
pub fn crash_message(lang: Lang, session: Option<&Path>) -> String {
    match session {
        Some(path) => crate::tr!(lang, "tui-crash-resume", path = path.display().to_string()),
        None => crate::tr!(lang, "tui-crash-no-session"),
    }
}

/// Runs the workbench in the terminal until the user quits. The terminal is
/// restored on every way out, panics included.
pub fn run(options: Options) -> Result<()> {
    let mut app = App::deferred(options)?;
    // A signal to stop (the terminal's hang-up, `kill`) quits as `q` would, a
    // draft kept and the journal folded in, instead of ending klarhet where it
    // stands. Ctrl-C is a key here, not a signal. Should the handler not be
    // set, the signal ends klarhet as before, with every change already saved.
    let stop = app.waker();
    let _ = crate::stop_signals::on_stop(move || {
        let _ = stop.send(Wake::Stop);
    });
    let crash = terminal::CrashNote::default();
    let mut terminal = terminal::enter(&crash).map_err(|e| Error::io("terminal", e))?;
    let result = event_loop(&mut terminal, &mut app, &crash).map_err(|e| Error::io("terminal", e));
    terminal::leave();
    terminal::cursor_back(&mut terminal);
    result?;
    if app.lost_changes() {
        // The user chose to quit with changes unsaved: say so, and fail.
        return Err(Error::NotSaved);
    }
    Ok(())
}

fn event_loop(
    terminal: &mut terminal::Term,
    app: &mut App,
    crash: &terminal::CrashNote,
) -> std::io::Result<()> {
    match until_quit(terminal, app, crash) {
        // The terminal failed because it hung up: a frame being drawn as it
        // went, or the reader's error, came before the watch's stop or the
        // signal's. Then it ends as a stop does, not as a failure.
        Err(_) if terminal::quiet_if_hung_up() => {
            if !app.quitting() {
                app.stop();
            }
            Ok(())
        }
        ended => ended,
    }
}

fn until_quit(
    terminal: &mut terminal::Term,
    app: &mut App,
    crash: &terminal::CrashNote,
) -> std::io::Result<()> {
    let size = terminal.size()?;
    app.handle(Msg::Resize(size.width, size.height));
    let mut events = terminal::Events::default();
    // The terminal is read on a thread of its own, into the channel the room's
    // calls also arrive on: the loop blocks on both at once.
    terminal::read_into(app.waker(), Wake::Term, || Wake::Stop)?;
    loop {
        crash.note(app.state.shared.lang, app.session_path());
        terminal.draw(|f| frame::draw(f, &app.state))?;
        if app.quitting() {
            return Ok(());
        }
        // The first frame is on screen: now the saved sessions are listed, and
        // the frame is drawn again with them, without waiting for a key.
        if app.unsettled() {
            app.settle();
            continue;
        }
        // Blocks until a key or a phone comes, or until typing in a form has
        // paused long enough to keep it as a draft: no work at all while idle.
        match app.wait(app.deadline()) {
            Some(Wake::Term(event)) => {
                events.seen();
                app.event(event?);
            }
            Some(Wake::Call(call)) => app.calls(call),
            // The terminal hung up, or a signal asked klarhet to stop: there may
            // be nobody left to see a frame or answer a question.
            Some(Wake::Stop) => {
                terminal::quiet_if_hung_up();
                app.stop();
                return Ok(());
            }
            None => app.deadline_passed(),
        }
    }
}
