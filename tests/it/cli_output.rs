//! Where the command line writes, and what its exit code says: `-o` writes
//! through symlinks and into devices and FIFOs without replacing them, `-o -` is
//! standard output, a failed write is exit code 1, and one rule for exit codes
//! holds for every command.

#![cfg(unix)]

use crate::common;
use common::{klarhet_in, run_sv as klarhet, stderr};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn command(data: &Path, args: &[&str]) -> Command {
    let mut c = klarhet_in(data, "sv");
    c.args(args);
    c
}

/// A data folder with the demo saved, and the demo's session file.
fn with_demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let session = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    (dir, session)
}

fn report_md(data: &Path, session: &Path) -> String {
    let o = klarhet(data, &["report", session.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn a_symlink_keeps_pointing_where_it_did_and_its_target_gets_the_report() {
    let (dir, session) = with_demo();
    let d = dir.path();
    let expected = report_md(d, &session);
    std::fs::create_dir(d.join("delat")).unwrap();
    let target = d.join("delat/rapport åäö.md");
    std::fs::write(&target, "gammalt").unwrap();
    let link = d.join("senaste.md");
    std::os::unix::fs::symlink("delat/rapport åäö.md", &link).unwrap();
    let o = klarhet(
        d,
        &[
            "report",
            session.to_str().unwrap(),
            "-o",
            link.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("delat/rapport åäö.md")
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), expected);

    // A link to a file that is not there yet: the file is made, the link stays.
    let dangling = d.join("kommande.md");
    std::os::unix::fs::symlink(d.join("delat/ny.md"), &dangling).unwrap();
    let o = klarhet(
        d,
        &[
            "report",
            session.to_str().unwrap(),
            "-o",
            dangling.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(d.join("delat/ny.md")).unwrap(),
        expected
    );
}

#[test]
fn a_replaced_report_keeps_its_permissions_and_a_new_one_is_readable() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, session) = with_demo();
    let d = dir.path();
    let private = d.join("privat.md");
    std::fs::write(&private, "gammalt").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let fresh = d.join("ny.md");
    for file in [&private, &fresh] {
        let o = klarhet(
            d,
            &[
                "report",
                session.to_str().unwrap(),
                "-o",
                file.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&private), 0o600);
    assert_eq!(mode(&fresh), 0o644);
}

#[test]
fn a_device_is_written_to_and_never_replaced() {
    let (dir, session) = with_demo();
    let o = klarhet(
        dir.path(),
        &["report", session.to_str().unwrap(), "-o", "/dev/null"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A full device is an error of the environment, in words, and stays a device.
    let o = klarhet(
        dir.path(),
        &["report", session.to_str().unwrap(), "-o", "/dev/full"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("/dev/full: disken är full"),
        "{}",
        stderr(&o)
    );
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_fifo_is_written_to_for_its_reader() {
    let (dir, session) = with_demo();
    let d = dir.path();
    let expected = report_md(d, &session);
    let fifo = d.join("rör");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let o = klarhet(
        d,
        &[
            "report",
            session.to_str().unwrap(),
            "-o",
            fifo.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(reader.join().unwrap(), expected);
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_socket_is_refused_as_no_file_and_left_as_it_is() {
    let (dir, session) = with_demo();
    let socket = dir.path().join("uttag");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let o = klarhet(
        dir.path(),
        &[
            "report",
            session.to_str().unwrap(),
            "-o",
            socket.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("uttag"), "{}", stderr(&o));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&socket).unwrap().file_type().is_socket());
}

#[test]
fn dash_is_standard_output() {
    let (dir, session) = with_demo();
    let expected = report_md(dir.path(), &session);
    let o = klarhet(
        dir.path(),
        &["report", session.to_str().unwrap(), "-o", "-"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), expected);
    assert!(!dir.path().join("-").exists());
}

#[test]
fn a_failed_write_to_standard_output_is_exit_code_1_with_a_message() {
    let (dir, session) = with_demo();
    for args in [
        vec!["report", session.to_str().unwrap()],
        vec!["report", session.to_str().unwrap(), "--format", "json"],
        vec!["list"],
        vec!["list", "--format", "json"],
        vec!["completions", "bash"],
        vec!["man"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = command(dir.path(), &args)
            .stdout(Stdio::from(full))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("standard utdata: disken är full"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn a_reader_that_stops_early_is_no_failure() {
    let (dir, session) = with_demo();
    let mut child = command(
        dir.path(),
        &["report", session.to_str().unwrap(), "--format", "html"],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Close the pipe at once, as `| head -c 0` would.
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

/// The rule: 0 done, 1 the environment failed (a missing file, a full disk), 2
/// the input is wrong (a file klarhet cannot read, a bad argument).
#[test]
fn exit_codes_follow_one_rule_for_every_command() {
    let (dir, session) = with_demo();
    let d = dir.path();
    let s = session.to_str().unwrap();
    let broken = d.join("trasig.ron");
    std::fs::write(&broken, "Session(\n  schema: 3,\n  nonsense\n").unwrap();
    let b = broken.to_str().unwrap();
    let missing = d.join("saknas.ron");
    let m = missing.to_str().unwrap();
    let cases: &[(&[&str], i32)] = &[
        (&["report", s], 0),
        (&["validate", s], 0),
        (&["list"], 0),
        // A missing file is the environment, whichever command is asked.
        (&["report", m], 1),
        (&["validate", m], 1),
        (&["compare", m, s], 1),
        (&["room", m], 1),
        (&["report", "ingen-sådan-session"], 1),
        // A file that cannot be read as what it should be is bad input.
        (&["report", b], 2),
        (&["validate", b], 2),
        (&["compare", s, b], 2),
        // So are bad arguments.
        (&["report", s, "--format", "pdf"], 2),
        (&["compare", s, s, "--format", "csv"], 2),
        (&["new", "--assessment", "finns-inte"], 2),
        (&["new", "--date", "igår"], 2),
        (&["completions", "cmd.exe"], 2),
    ];
    for (args, code) in cases {
        let o = klarhet(d, args);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {}", stderr(&o));
        if *code != 0 {
            assert!(!o.stderr.is_empty(), "{args:?} says nothing");
        }
    }
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "Session(\n  schema: 3,\n  nonsense\n"
    );
}
