//! The built binary in a real pseudo-terminal: cast a ballot, quit, start again and
//! find the session where it was left, and check that the terminal was restored.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Term {
    fn start(data: &Path, args: &[&str]) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_klarhet"));
        cmd.args(args);
        cmd.env("KLARHET_DATA_DIR", data);
        cmd.env("KLARHET_LANG", "sv");
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", data);
        cmd.env("XDG_CONFIG_HOME", data.join("config"));
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(24).unwrap(),
            std::num::NonZero::new(80).unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        // Drain the terminal on a thread so the program never blocks on output.
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Term {
            screen,
            raw,
            writer,
            master: pair.master,
            child,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!(
            "waited for {text:?}; the screen shows:\n{}",
            self.contents()
        );
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        // Let the program read each key on its own, as a person types.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        self.screen.lock().unwrap().screen_mut().set_size(
            std::num::NonZero::new(rows).unwrap(),
            std::num::NonZero::new(cols).unwrap(),
        );
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    fn exits(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "exit status {status:?}");
                std::thread::sleep(Duration::from_millis(100));
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        let _ = self.child.kill();
        panic!(
            "the program did not exit; the screen shows:\n{}",
            self.contents()
        );
    }

    fn restored(&self) {
        assert!(
            !self.screen.lock().unwrap().screen().alternate_screen(),
            "still on the alternate screen"
        );
        let raw = self.raw.lock().unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(
            text.contains("\x1b[?1049h"),
            "never entered the alternate screen"
        );
        assert!(
            text.contains("\x1b[?1049l"),
            "never left the alternate screen"
        );
    }
}

#[test]
fn a_ballot_survives_quitting_and_the_terminal_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::start(dir.path(), &[]);
    t.wait_for("Ny session");
    t.send(b"\r");
    t.wait_for("Organisation");
    t.send("Piteå kommun".as_bytes());
    for _ in 0..5 {
        t.send(b"\r");
    }
    t.wait_for("Deltagare (0)");
    t.send(b"a");
    t.send(b"Anna");
    t.send(b"\r");
    t.send(b"\r");
    t.wait_for("Deltagare (1)");
    t.send(b"n");
    t.send(b"n");
    t.wait_for("inga svar ännu");
    t.send(b"b");
    t.wait_for("Lämna över till Anna, tryck Enter");
    t.send(b"\r");
    t.wait_for("påstående 1 av 4");
    t.send(b"4");
    t.wait_for("påstående 2 av 4");
    // Quitting in the middle of the round asks first.
    t.send(b"q");
    t.wait_for("Avsluta ändå?");
    t.send(b"j");
    t.exits();
    t.restored();

    // Start again: the session is listed, and opens on the scoring step with the vote kept.
    let mut t = Term::start(dir.path(), &[]);
    t.wait_for("Piteå kommun");
    t.send(b"\x1b[B");
    t.send(b"\x1b[B");
    t.send(b"\r");
    t.wait_for("Bedömning");
    t.wait_for("1 av 1 har svarat");
    t.send(b"q");
    t.exits();
    t.restored();
}

#[test]
fn resume_opens_a_session_directly_and_a_tiny_window_asks_for_more_room() {
    let dir = tempfile::tempdir().unwrap();
    let demo = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .arg("demo")
        .env("KLARHET_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let mut t = Term::start(
        dir.path(),
        &["--resume", &resume_id(dir.path()), "--no-color"],
    );
    t.wait_for("Sjöhamra kommun");
    t.wait_for("Deltagare (8)");
    t.resize(12, 40);
    t.wait_for("Fönstret är för litet");
    t.resize(24, 80);
    t.wait_for("Deltagare (8)");
    t.send(b"q");
    t.exits();
    t.restored();
}

/// The id of the only saved session.
fn resume_id(data: &Path) -> String {
    let entry = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    entry
        .path()
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}
