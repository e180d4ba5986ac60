//! The terminal hanging up under the workbench (the ssh connection drops, the
//! tmux pane or the terminal window closes) while the hang-up signal is
//! ignored, as under `nohup`: the terminal then reads as ended, over and over.
//! klarhet must not spin on it, but quit as `q` would, keeping what was typed;
//! and so must it when the hang-up signal comes, as it does without `nohup`.
//! A real pseudo-terminal whose every handle on the terminal's side is closed.
#![cfg(unix)]

use crate::common;

use klarhet::store::Store;
use portable_pty::CommandBuilder;
use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// Generous: a loaded machine with a debug build; a klarhet that spins on the
/// ended terminal never ends at all.
const BOUND: Duration = Duration::from_secs(60);

/// How the hang-up reaches klarhet.
#[derive(Clone, Copy)]
enum Hup {
    /// As the signal, which klarhet is sent as the terminal's own process.
    Signal,
    /// As the signal, ignored as `nohup` ignores it.
    Nohup,
    /// Not as a signal: klarhet runs in a session of its own (`setsid`), so
    /// only its terminal reading as ended tells it.
    Unsignalled,
}

/// A demo session saved under `dir`: its file.
fn demo(dir: &std::path::Path) -> std::path::PathBuf {
    let m = klarhet::model::Assessment::halmstad().unwrap();
    let s = klarhet::demo::session(&m, jiff::civil::date(2026, 11, 22), klarhet::text::Lang::SV);
    Store::new(dir).create(&s).unwrap()
}

/// Starts the workbench on a demo session in a terminal, types each of `keys`
/// and waits for the matching `shown` (`!text`: until it has gone), hangs the
/// terminal up and waits for klarhet to end. Gives how it ended and the
/// session's file, which must be whole, its journal folded in, its lock let go.
fn hang_up_after(hup: Hup, keys: &[&str], shown: &[&str]) -> (portable_pty::ExitStatus, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let args = [std::ffi::OsStr::new("--resume"), path.as_os_str()];
    let status = hang_up(hup, dir.path(), &args, "Deltagare", keys, shown);
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!klarhet::store::journal::path_of(&path).exists());
    assert!(!klarhet::store::held_elsewhere(&path), "the lock is let go");
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let opened = klarhet::store::open(&path, &catalog);
    assert!(opened.is_ok(), "the session stays whole: {opened:?}");
    (status, file)
}

/// Starts klarhet with `args` (its data under `data`) in a terminal, waits for
/// `first` on screen, types each of `keys` and waits for the matching `shown`
/// (`!text`: until it has gone), hangs the terminal up and gives how klarhet
/// ended.
fn hang_up(
    hup: Hup,
    data: &std::path::Path,
    args: &[&std::ffi::OsStr],
    first: &str,
    keys: &[&str],
    shown: &[&str],
) -> portable_pty::ExitStatus {
    let pair = common::pty::open_80x24();
    // The shell starts klarhet; it ignores the hang-up signal itself when it
    // must outlive it (under setsid it waits for klarhet, and gets the signal).
    let mut cmd = CommandBuilder::new("/bin/sh");
    let how = match hup {
        Hup::Signal => "exec",
        Hup::Nohup => "trap '' HUP; exec",
        Hup::Unsignalled => "trap '' HUP; exec setsid -w",
    };
    cmd.args([
        "-c",
        &format!("{how} \"$0\" \"$@\""),
        env!("CARGO_BIN_EXE_klarhet"),
    ]);
    cmd.args(args);
    common::pty::as_tested(&mut cmd, data);
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let master = pair.master;
    let mut reader = master.try_clone_reader().expect("reader");
    let mut writer = master.take_writer().expect("writer");
    let fd = master.as_raw_fd().expect("the terminal's handle");
    let mut screen = vt100::Parser::new(
        std::num::NonZero::new(24).unwrap(),
        std::num::NonZero::new(80).unwrap(),
        0,
    );
    // Read on this thread, so that no handle on the terminal outlives the hang-up.
    let mut until = move |screen: &mut vt100::Parser, text: &str| {
        let deadline = Instant::now() + BOUND;
        // `!text`: until it has gone.
        let gone = text.strip_prefix('!');
        let there = |shown: &str| match gone {
            Some(text) => !shown.contains(text),
            None => shown.contains(text),
        };
        while !there(&screen.screen().contents()) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} on screen:\n{}",
                screen.screen().contents()
            );
            let mut ready = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one pollfd on this stack frame, for the call's length.
            if unsafe { libc::poll(&mut ready, 1, 100) } > 0 {
                let mut buf = [0u8; 4096];
                let n = reader.read(&mut buf).expect("the terminal reads");
                screen.process(&buf[..n]);
            }
        }
    };
    until(&mut screen, first);
    for (typed, seen) in keys.iter().zip(shown) {
        writer.write_all(typed.as_bytes()).unwrap();
        writer.flush().unwrap();
        until(&mut screen, seen);
    }
    // Every handle on the terminal's side goes: the terminal hangs up.
    drop(writer);
    drop(until);
    drop(master);
    let deadline = Instant::now() + BOUND;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("klarhet did not end after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Adds a participant, which saves; klarhet then waits for a key.
const ADDED: (&[&str], &[&str]) = (&["aÅsa på linjen", "\r\r"], &["Åsa på linjen", "!Alias"]);

/// Types an alias into the form and leaves it there, not yet saved.
const TYPED: (&[&str], &[&str]) = (&["a", "Åsa på linjen"], &["Alias", "Åsa på linjen"]);

fn ends_well(hup: Hup, (keys, shown): (&[&str], &[&str])) {
    let (status, file) = hang_up_after(hup, keys, shown);
    assert!(status.success(), "it quits as q does: {status:?}");
    assert!(
        file.contains("Åsa på linjen"),
        "the participant, or the alias typed as the form's draft, is kept:\n{file}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn klarhet_waiting_for_a_key_ends_when_its_terminal_reads_as_ended() {
    ends_well(Hup::Unsignalled, ADDED);
}

#[cfg(target_os = "linux")]
#[test]
fn text_typed_when_the_terminal_reads_as_ended_is_kept_as_its_draft() {
    ends_well(Hup::Unsignalled, TYPED);
}

#[test]
fn klarhet_under_nohup_ends_when_its_terminal_hangs_up() {
    ends_well(Hup::Nohup, ADDED);
}

#[test]
fn the_hang_up_signal_quits_as_q_does_keeping_the_text_typed() {
    ends_well(Hup::Signal, TYPED);
}

/// The speaker notes on a demo session, hung up as `hup` says: they end as q
/// ends them, with nothing to report.
fn notes_end_well(hup: Hup) {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let args = [std::ffi::OsStr::new("notes"), path.as_os_str()];
    let status = hang_up(hup, dir.path(), &args, "Talarstöd", &[], &[]);
    assert!(status.success(), "the notes quit as q does: {status:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn the_notes_end_when_their_terminal_reads_as_ended() {
    notes_end_well(Hup::Unsignalled);
}

#[test]
fn the_notes_under_nohup_end_when_their_terminal_hangs_up() {
    notes_end_well(Hup::Nohup);
}

#[test]
fn the_hang_up_signal_ends_the_notes_as_q_does() {
    notes_end_well(Hup::Signal);
}
