//! `klarhet follow`: a second process that follows a session another klarhet
//! holds, seeing each change as it is journalled, without the lock, without
//! polling, through the holder's whole saves and the journal's removal.

use crate::common;
use common::phone::{Phone, RoomProcess, saved_crowd, spawn_lines};
use klarhet::model::Session;
use std::path::Path;
use std::process::Child;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// `klarhet follow` running, with its lines as they come.
struct Following {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Following {
    fn start(data: &Path, id: &str, wrapper: &[&str]) -> Following {
        let data = data.to_str().expect("test folders have UTF-8 names");
        let (child, lines) = spawn_lines(wrapper, &["--data-dir", data, "follow", id]);
        let following = Following { child, lines };
        following.expect("Följer", Duration::from_secs(20));
        following.expect("Bedömning", Duration::from_secs(5));
        following
    }

    /// Waits up to `within` for a line that contains `text`, and gives it.
    fn expect(&self, text: &str, within: Duration) -> String {
        let until = Instant::now() + within;
        let mut seen = Vec::new();
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(text) => return line,
                Ok(line) => seen.push(line),
                Err(_) => panic!("no line with {text:?} within {within:?}; saw {seen:#?}"),
            }
        }
    }

    /// Ctrl-C, to klarhet itself (under strace, the wrapper's child).
    fn interrupt(mut self) -> std::process::ExitStatus {
        let mut pid = self.child.id().to_string();
        let children = format!("/proc/{pid}/task/{pid}/children");
        if let Some(child) = std::fs::read_to_string(children)
            .ok()
            .and_then(|c| c.split_whitespace().next().map(str::to_owned))
        {
            pid = child;
        }
        let pid: libc::pid_t = pid.parse().expect("a pid");
        // SAFETY: kill(2) only sends a signal to the process we started.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
        self.child.wait().expect("follow exits")
    }
}

impl Drop for Following {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn statements(challenge: usize) -> (String, Vec<String>) {
    let model = klarhet::model::Assessment::halmstad().expect("model");
    let c = &model.challenges[challenge];
    (
        c.id.clone(),
        c.statements.iter().map(|s| s.id.clone()).collect(),
    )
}

#[test]
fn a_follower_started_first_sees_each_vote_within_a_second_and_never_takes_the_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, path) = saved_crowd(dir.path(), 4, on_scoring);
    let follow = Following::start(dir.path(), &id, &[]);
    let (challenge, asked) = statements(0);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge]);
    // The room's token, saved whole before any phone can use it.
    follow.expect("0 telefoner anslutna", Duration::from_secs(5));
    let mut phone = Phone::new();
    assert!(phone.claim(&room.url, 1));
    let line = follow.expect("1 telefon ansluten", Duration::from_secs(1));
    assert!(line.contains("0 av 4 platser"), "{line}");
    assert!(
        klarhet::store::held_elsewhere(&path),
        "the room still holds the session"
    );
    for statement in &asked {
        assert!(phone.answer(&room.url, statement, "2"));
    }
    let line = follow.expect("1 av 4 platser har svarat på allt", Duration::from_secs(1));
    assert!(!line.contains("P1"), "no name, no answer: {line}");
    // Ctrl-C: the room writes the session whole (a new file renamed over the
    // old one) and removes the journal; nobody holds it then, the follower
    // included.
    room.close();
    assert!(!klarhet::store::journal::path_of(&path).exists());
    assert!(
        !klarhet::store::held_elsewhere(&path),
        "the follower takes no lock"
    );
    // The follower goes on through the new file and a new journal.
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge]);
    let mut second = Phone::new();
    assert!(second.claim(&room.url, 2));
    follow.expect("2 telefoner anslutna", Duration::from_secs(1));
    room.close();
    assert!(follow.interrupt().success(), "Ctrl-C ends it cleanly");
}

/// A session that is not there is the environment's failure (exit 1), as for
/// every other command (klarhet(1), EXIT STATUS).
#[test]
fn an_unknown_session_is_said_and_exits_1_as_for_every_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, said) in [
        ("sv", "ingen session med det id:t"),
        ("en", "no session with that id"),
    ] {
        let out = common::run_in(dir.path(), lang, &["follow", "nothing-here"]);
        assert_eq!(out.status.code(), Some(1), "{}", common::said(&out));
        assert!(
            common::said(&out).to_lowercase().contains(said),
            "{}",
            common::said(&out)
        );
    }
}

#[test]
fn an_idle_follower_makes_no_system_call_in_five_seconds() {
    common::need_strace();
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, _) = saved_crowd(dir.path(), 4, on_scoring);
    let trace = dir.path().join("trace");
    let trace_arg = trace.display().to_string();
    let follow = Following::start(dir.path(), &id, &["strace", "-f", "-ttt", "-o", &trace_arg]);
    let now = common::epoch_now;
    // Settled: its first line is out, and its own first read is behind it.
    std::thread::sleep(Duration::from_millis(500));
    let from = now();
    std::thread::sleep(Duration::from_secs(5));
    let to = now();
    assert!(follow.interrupt().success());
    let trace = std::fs::read_to_string(&trace).expect("strace's output");
    assert!(
        common::calls_between(&trace, 0.0, from).len() > 10,
        "strace saw the start: {trace}"
    );
    let idle = common::calls_between(&trace, from, to);
    assert!(idle.is_empty(), "woken while idle: {idle:#?}");
}

/// Leaves a session on the scoring step, as the workbench does.
fn on_scoring(s: &mut Session) {
    common::place(s, &common::halmstad(), "scoring");
}
