//! The signals that ask klarhet to stop: Ctrl-C (where it is not a key), `kill`
//! (SIGTERM) and the terminal's hang-up (SIGHUP). Each front end hands in what
//! stopping means for it; all of them share one rule about the hang-up.
//!
//! A hang-up the process was started with set to ignored (`nohup klarhet room`,
//! a service manager) stays ignored: whoever started klarhet so asked it to
//! outlive its terminal, and the `ctrlc` crate alone would take that back by
//! installing its handler over it. The workbench and the notes still end when
//! their terminal goes, through their own watch on the terminal.

/// Calls `stop` (on a thread of `ctrlc`'s) when a signal asks to stop.
pub fn on_stop(stop: impl FnMut() + Send + 'static) -> Result<(), ctrlc::Error> {
    let keep_ignoring = hang_up_ignored();
    ctrlc::set_handler(stop)?;
    if keep_ignoring {
        ignore_hang_up();
    }
    Ok(())
}

#[cfg(unix)]
fn hang_up_ignored() -> bool {
    // SAFETY: sigaction(2) with no new action only reads the current one into
    // `old`, which is a plain struct this function owns.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGHUP, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

#[cfg(unix)]
fn ignore_hang_up() {
    // SAFETY: setting a signal's disposition to SIG_IGN runs no code of ours in
    // the handler's context; it is what the process was started with.
    unsafe {
        libc::signal(libc::SIGHUP, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn hang_up_ignored() -> bool {
    false
}

#[cfg(not(unix))]
fn ignore_hang_up() {}
