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
        // Not `eprintln!`: it panics when standard error is a terminal that
        // has hung up, and a panic inside this hook aborts klarhet.
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "\n{}", crash.text());
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
/// or the terminal fails (the failure is sent too). When the terminal hangs up,
/// what `stop` makes is sent.
pub fn read_into<W: Send + 'static>(
    tx: std::sync::mpsc::Sender<W>,
    wake: fn(std::io::Result<crossterm::event::Event>) -> W,
    stop: fn() -> W,
) -> std::io::Result<()> {
    #[cfg(unix)]
    watch_hang_up(tx.clone(), stop)?;
    #[cfg(not(unix))]
    let _ = stop;
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

/// The terminal as the hang-up watch sees it: set once, when the workbench or
/// the notes start.
#[cfg(unix)]
struct Watched {
    /// The terminal crossterm reads: standard input when it is one, else /dev/tty.
    tty: std::os::fd::OwnedFd,
    /// Standard output and error, those of them that are the terminal.
    on_terminal: Vec<i32>,
}

#[cfg(unix)]
static WATCHED: std::sync::OnceLock<Watched> = std::sync::OnceLock::new();

/// Sends what `stop` makes to `tx` when the terminal hangs up
/// (the ssh connection drops, the pane or window closes). The hang-up signal
/// asks klarhet to stop too, but it may be ignored (`nohup`) or never sent (a
/// klarhet that is not the terminal's own process); then the terminal reads as
/// ended from then on, and crossterm's reader tries again at once, for ever,
/// with no error to return: only a watch of its own sees it. It waits in `poll`
/// for nothing but the hang-up, so it costs nothing while the terminal is there.
#[cfg(unix)]
fn watch_hang_up<W: Send + 'static>(
    tx: std::sync::mpsc::Sender<W>,
    stop: fn() -> W,
) -> std::io::Result<()> {
    use std::io::IsTerminal;
    use std::os::fd::AsFd;
    let tty = if std::io::stdin().is_terminal() {
        std::io::stdin().as_fd().try_clone_to_owned()?
    } else {
        std::fs::File::open("/dev/tty")?.into()
    };
    let on_terminal = [
        (std::io::stdout().is_terminal(), libc::STDOUT_FILENO),
        (std::io::stderr().is_terminal(), libc::STDERR_FILENO),
    ]
    .into_iter()
    .filter_map(|(tty, fd)| tty.then_some(fd))
    .collect();
    let watched = WATCHED.get_or_init(|| Watched { tty, on_terminal });
    std::thread::Builder::new()
        .name("klarhet-hang-up".into())
        .spawn(move || {
            loop {
                match hung_up(watched, -1) {
                    Ok(true) => break,
                    // Interrupted by a signal: wait again.
                    Ok(false) => {}
                    // It would fail again at once: no watch, rather than a spin.
                    Err(_) => return,
                }
            }
            quiet(watched);
            let _ = tx.send(stop());
        })
        .map(drop)
}

/// True when the terminal has hung up, after waiting up to `millis` for it
/// (-1: for as long as it takes); false when a signal cut the wait short.
#[cfg(unix)]
fn hung_up(watched: &Watched, millis: i32) -> std::io::Result<bool> {
    use std::os::fd::AsRawFd;
    // No events asked for: poll reports a hang-up or an error anyway.
    let mut tty = libc::pollfd {
        fd: watched.tty.as_raw_fd(),
        events: 0,
        revents: 0,
    };
    // SAFETY: one pollfd on this stack frame, for the call's length, naming a
    // descriptor that is never closed.
    if unsafe { libc::poll(&mut tty, 1, millis) } < 0 {
        let e = std::io::Error::last_os_error();
        return if e.kind() == std::io::ErrorKind::Interrupted {
            Ok(false)
        } else {
            Err(e)
        };
    }
    Ok(tty.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0)
}

/// Points standard output and error that were the terminal at /dev/null:
/// writing to a terminal that has hung up fails, and Rust's printing panics on
/// that (ratatui's own drop prints). Ones sent elsewhere (a log) stay.
#[cfg(unix)]
fn quiet(watched: &Watched) {
    use std::os::fd::AsRawFd;
    if let Ok(null) = std::fs::File::options().write(true).open("/dev/null") {
        for &fd in &watched.on_terminal {
            // SAFETY: dup2 replaces a standard descriptor with another open
            // one in one step; no memory is touched.
            unsafe { libc::dup2(null.as_raw_fd(), fd) };
        }
    }
}

/// After [`Wake::Stop`](super::Wake::Stop), or when the terminal fails: true
/// if the terminal has hung up, and then what is printed from now on (the
/// terminal restored, a last message) goes nowhere instead of failing. The
/// signal, a failed write or the reader's error can each come before the watch
/// has seen the hang-up (the threads run in any order), so this looks again,
/// on this thread. It sees it at once: the kernel marks the terminal as hung up
/// (its poll reports it) before a read or write on it fails for that reason,
/// and before it sends the hang-up signal.
pub fn quiet_if_hung_up() -> bool {
    #[cfg(unix)]
    if let Some(watched) = WATCHED.get()
        && hung_up(watched, 0).unwrap_or(false)
    {
        quiet(watched);
        return true;
    }
    false
}

/// Shows the cursor through ratatui before `terminal` is dropped. Its drop
/// shows the cursor again if ratatui hid it, and prints a failure with
/// `eprintln!`, which panics when standard error is the terminal that has just
/// hung up: a panic that, from a drop or the panic hook, aborts klarhet. Here a
/// failure is looked at instead: after a hang-up, output goes to /dev/null and
/// the drop has nothing left to do.
pub fn cursor_back<B: ratatui::backend::Backend>(terminal: &mut Terminal<B>) {
    if terminal.show_cursor().is_err() && quiet_if_hung_up() {
        let _ = terminal.show_cursor();
    }
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::io::Write;
    use std::os::fd::{FromRawFd, OwnedFd};

    /// The main loop counts on this when a frame fails to draw before the
    /// watch has said anything: a terminal whose write failed because it hung
    /// up already reads as hung up, so the loop stops instead of failing.
    #[test]
    fn a_terminal_whose_write_failed_on_its_hang_up_reads_as_hung_up() {
        let (mut master, mut slave) = (-1, -1);
        // SAFETY: two out-parameters on this stack frame; no name, settings
        // or size asked for.
        let opened = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(opened, 0, "{}", std::io::Error::last_os_error());
        // SAFETY: openpty has just opened both, and nothing else owns them.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let watched = Watched {
            tty: slave.try_clone().unwrap(),
            on_terminal: Vec::new(),
        };
        let mut terminal = std::fs::File::from(slave);
        terminal.write_all(b"frame").unwrap();
        assert!(
            !hung_up(&watched, 0).unwrap(),
            "there while its other side is"
        );
        // The window closes, the ssh connection drops: the terminal hangs up.
        drop(master);
        let failed = terminal.write_all(b"frame").unwrap_err();
        assert_eq!(failed.raw_os_error(), Some(libc::EIO));
        assert!(hung_up(&watched, 0).unwrap());
    }
}
