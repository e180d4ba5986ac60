//! A real pseudo-terminal around the built binary, drained on a thread into a
//! vt100 screen.
#![allow(dead_code)]

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

/// A pseudo-terminal of 80×24.
pub fn open_80x24() -> portable_pty::PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty")
}

/// The environment every test's klarhet runs in: its data under `data`, in
/// Swedish, in a known terminal.
pub fn as_tested(cmd: &mut CommandBuilder, data: &Path) {
    // The colour depth is the test's to say, not the terminal the tests run in.
    cmd.env_remove("COLORTERM");
    cmd.env_remove("WT_SESSION");
    cmd.env("KLARHET_DATA_DIR", data);
    cmd.env("KLARHET_LANG", "sv");
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", data);
    cmd.env("XDG_CONFIG_HOME", data.join("config"));
}

impl Term {
    pub fn start(data: &Path, args: &[&str]) -> Term {
        Term::spawn(data, env!("CARGO_BIN_EXE_klarhet"), args, &[])
    }

    /// Starts `program` with `args` and extra environment `env` in an 80×24 terminal.
    pub fn spawn(data: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Term {
        let pair = open_80x24();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        as_tested(&mut cmd, data);
        for (k, v) in env {
            cmd.env(k, v);
        }
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

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, text: &str) {
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

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        // Let the program read each key on its own, as a person types.
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Waits until `done(screen)` holds.
    pub fn wait_until(&self, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if done(&self.contents()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!("waited in vain; the screen shows:\n{}", self.contents());
    }

    /// Whether the terminal is on the alternate screen.
    pub fn screen_is_alternate(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    /// Kills the child with SIGKILL, as `kill -9` would, and waits for it.
    pub fn kill9(&mut self) {
        // The system call, not kill(1): procps is not on every fresh machine.
        let pid = libc::pid_t::try_from(self.pid()).expect("a pid fits pid_t");
        // SAFETY: kill(2) only sends a signal to our own child; it touches no memory.
        let sent = unsafe { libc::kill(pid, libc::SIGKILL) };
        let error = std::io::Error::last_os_error();
        // ESRCH: it had already ended and been waited for; the wait below says so.
        assert!(
            sent == 0 || error.raw_os_error() == Some(libc::ESRCH),
            "kill -9 {pid}: {error}"
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        panic!("the child survived kill -9");
    }

    /// Waits for the child to end and returns whether it succeeded.
    pub fn ends(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                std::thread::sleep(Duration::from_millis(100));
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the program did not end; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Everything the program wrote, as text.
    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// Sends bytes without pausing afterwards.
    pub fn type_now(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn resize(&mut self, rows: u16, cols: u16) {
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

    pub fn exits(&mut self) {
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

    pub fn restored(&self) {
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
