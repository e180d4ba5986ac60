//! `nohup klarhet room …`: a facilitator who starts the room so that it
//! outlives their terminal (an ssh session to the laptop, a window closed by
//! mistake) has asked for the hang-up to be ignored. The room keeps that: it
//! stops on Ctrl-C or `kill`, never on a hang-up it was told to ignore.
#![cfg(target_os = "linux")]

use crate::common;

use common::phone::{Phone, RoomProcess};
use std::path::Path;

fn saved(dir: &Path) -> String {
    common::phone::saved_crowd(dir, 4, |_| {}).0
}

/// The signals a process ignores, from the kernel's own account of it.
fn ignored_signals(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the room runs");
    let mask = status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .expect("a SigIgn line");
    u64::from_str_radix(mask.trim(), 16).expect("a hex mask")
}

fn hang_up(pid: u32) {
    let pid = libc::pid_t::try_from(pid).expect("a pid");
    // SAFETY: kill(2) only sends a signal to the room we started; it touches no memory.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGHUP) }, 0);
}

const SIGHUP_BIT: u64 = 1 << (libc::SIGHUP - 1);

#[test]
fn a_room_started_under_nohup_outlives_a_hang_up_and_still_closes_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let id = saved(dir.path());
    let mut room =
        RoomProcess::start_under(&["nohup"], dir.path(), &id, &["--bind", "127.0.0.1:0"]);
    let pid = room.child.id();
    assert_ne!(
        ignored_signals(pid) & SIGHUP_BIT,
        0,
        "the hang-up nohup ignored is still ignored once the room listens"
    );
    // An ignored signal is dropped when it is sent, so the room is still there
    // for the phone that asks next.
    hang_up(pid);
    let mut phone = Phone::new();
    assert_eq!(phone.get(&room.url).status, 200, "the room still serves");
    assert!(
        matches!(room.child.try_wait(), Ok(None)),
        "the room still runs"
    );
    room.close();
}

#[test]
fn a_room_started_in_a_terminal_closes_cleanly_when_it_hangs_up() {
    let dir = tempfile::tempdir().unwrap();
    let id = saved(dir.path());
    let mut room = RoomProcess::start(dir.path(), &id, &[]);
    assert_eq!(ignored_signals(room.child.id()) & SIGHUP_BIT, 0);
    hang_up(room.child.id());
    let exit = room.child.wait().expect("the room exits");
    assert!(
        exit.success(),
        "a hang-up closes the room as Ctrl-C does: {exit}"
    );
}
