//! A room run as a user runs it (`klarhet room`, the real binary), and phones
//! that talk to it over real HTTP on 127.0.0.1, each from an address of its
//! own as real phones are ([`super::wire`]).

use super::wire;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// `klarhet room` running on a free port of 127.0.0.1.
pub struct RoomProcess {
    pub child: Child,
    /// The address the room printed, token included.
    pub url: String,
    /// Its further lines (progress), as they come.
    pub lines: mpsc::Receiver<String>,
    /// What it said before the address, one line each.
    pub opening: Vec<String>,
}

impl RoomProcess {
    /// Starts the room for session `id` in `data`, with `extra` arguments, and
    /// waits until it says where it listens.
    pub fn start(data: &Path, id: &str, extra: &[&str]) -> RoomProcess {
        let mut args = vec!["--bind", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        RoomProcess::start_under(&[], data, id, &args)
    }

    /// Starts the room as [`RoomProcess::start`] does, but through `wrapper` (a
    /// program and its arguments, such as strace) and with only `extra` after
    /// the session.
    pub fn start_under(wrapper: &[&str], data: &Path, id: &str, extra: &[&str]) -> RoomProcess {
        let mut command = vec!["--data-dir", path_str(data), "room", id];
        command.extend_from_slice(extra);
        let (child, rx) = spawn_lines(wrapper, &command);
        let mut opening = Vec::new();
        let url = loop {
            let line = rx
                .recv_timeout(Duration::from_secs(20))
                .expect("the room prints its address");
            if let Some(at) = line.find("http://") {
                let rest = &line[at..];
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                break rest[..end].to_owned();
            }
            opening.push(line);
        };
        RoomProcess {
            child,
            url,
            lines: rx,
            opening,
        }
    }

    /// Ctrl-C, as the facilitator closes it; waits for a clean exit. Under a
    /// wrapper, the signal goes to klarhet, the wrapper's child.
    pub fn close(mut self) {
        let mut pid = self.child.id().to_string();
        let children = format!("/proc/{pid}/task/{pid}/children");
        if let Some(child) = std::fs::read_to_string(children)
            .ok()
            .and_then(|c| c.split_whitespace().next().map(str::to_owned))
        {
            pid = child;
        }
        // The system call, not kill(1): procps is not on every fresh machine.
        let pid: libc::pid_t = pid.parse().expect("a pid");
        // SAFETY: kill(2) only sends a signal to the room we started; it touches no memory.
        let sent = unsafe { libc::kill(pid, libc::SIGINT) };
        assert_eq!(
            sent,
            0,
            "kill -INT {pid}: {}",
            std::io::Error::last_os_error()
        );
        let exit = self.child.wait().expect("the room exits");
        assert!(exit.success(), "the room closes cleanly: {exit}");
    }

    /// `kill -9`: no chance to save anything.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A test that fails before it closes its room still stops it: no `klarhet room`
/// is left listening after the tests.
impl Drop for RoomProcess {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A phone's browser: its own address (on Linux; see [`super::wire`]), its own
/// cookie, no redirects followed, one connection per request.
pub struct Phone {
    /// The address its connections leave from.
    pub from: std::net::IpAddr,
    pub cookie: Option<String>,
}

/// What came back: status, the Location header, and the body.
#[derive(Debug)]
pub struct Got {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Default for Phone {
    fn default() -> Phone {
        Phone::new()
    }
}

/// Why a request got no answer from the room: it was not there to connect to
/// (down, restarting), or the connection broke with the request on its way
/// (the room died while serving it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAnswer {
    /// Nothing listened: connection refused.
    Refused,
    /// Connected, then cut: reset, closed, or any other failure.
    Cut,
}

impl Phone {
    /// A phone with an address no other phone of this process has.
    pub fn new() -> Phone {
        Phone {
            from: wire::next_phone_address(),
            cookie: None,
        }
    }

    /// Sends `method` to `url` with the phone's cookie and `form`, and reads the
    /// whole answer; keeps a cookie the room sets.
    fn send(
        &mut self,
        method: &str,
        url: &str,
        form: Option<&[(&str, &str)]>,
    ) -> Result<Got, NoAnswer> {
        let (room, path) = wire::split_url(url);
        let request = wire::request(method, room, &path, self.cookie.as_deref(), form);
        let raw =
            wire::fetch(Some(self.from), room, &request, Duration::from_secs(30)).map_err(|e| {
                match e.kind() {
                    std::io::ErrorKind::ConnectionRefused => NoAnswer::Refused,
                    _ => NoAnswer::Cut,
                }
            })?;
        // No status, or a body cut off by the room's death: no answer.
        if raw.status() == 0 || !raw.whole() {
            return Err(NoAnswer::Cut);
        }
        if let Some(set) = raw.header("set-cookie") {
            wire::keep_cookie(&mut self.cookie, &set);
        }
        Ok(Got {
            status: raw.status(),
            location: raw.header("location"),
            body: raw.body(),
        })
    }

    pub fn get(&mut self, url: &str) -> Got {
        self.send("GET", url, None)
            .unwrap_or_else(|e| panic!("the room answers: {e:?}"))
    }

    pub fn post(&mut self, url: &str, form: &[(&str, &str)]) -> Got {
        self.try_post(url, form)
            .unwrap_or_else(|e| panic!("the room answers: {e:?}"))
    }

    /// Claims `seat`; true when the room gave it to this phone.
    pub fn claim(&mut self, room: &str, seat: u32) -> bool {
        let got = self.post(&format!("{room}seat"), &[("seat", &seat.to_string())]);
        got.status == 303 && self.cookie.is_some()
    }

    /// Answers `statement` with `answer` ("1".."5", "vet-ej", "hoppa"); true when
    /// the room said it was saved (a redirect that names it).
    pub fn answer(&mut self, room: &str, statement: &str, answer: &str) -> bool {
        let got = self.post(
            &format!("{room}answer"),
            &[("statement", statement), ("answer", answer)],
        );
        got.status == 303
            && got.location.is_some_and(|l| {
                l.contains(&format!(
                    "saved={}",
                    klarhet::room::page::query_value(statement)
                ))
            })
    }

    /// [`Phone::post`] that does not panic when the room is not there: the
    /// request's failure instead of the answer.
    pub fn try_post(&mut self, url: &str, form: &[(&str, &str)]) -> Result<Got, NoAnswer> {
        self.send("POST", url, Some(form))
    }

    /// [`Phone::claim`] that does not panic when the room is not there.
    pub fn try_claim(&mut self, room: &str, seat: u32) -> Result<bool, NoAnswer> {
        let got = self.try_post(&format!("{room}seat"), &[("seat", &seat.to_string())])?;
        Ok(got.status == 303 && self.cookie.is_some())
    }

    /// [`Phone::answer`] that does not panic when the room is not there: true
    /// only for a redirect whose `saved` names `statement`, read as a browser
    /// reads it (percent-decoded: "ojämlikhet.…" comes as "oj%C3%A4mlikhet.…"),
    /// false for any other answer from the room.
    pub fn try_answer(
        &mut self,
        room: &str,
        statement: &str,
        answer: &str,
    ) -> Result<bool, NoAnswer> {
        let got = self.try_post(
            &format!("{room}answer"),
            &[("statement", statement), ("answer", answer)],
        )?;
        let saved = got.location.as_deref().is_some_and(|l| {
            let query = l.split_once('?').map_or("", |(_, q)| q);
            form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "saved" && v == statement)
        });
        Ok(got.status == 303 && saved)
    }
}

/// A session of `people` who have not voted, changed by `edit` and saved in
/// `dir`; gives its id and its file.
pub fn saved_crowd(
    dir: &Path,
    people: u32,
    edit: impl FnOnce(&mut klarhet::model::Session),
) -> (String, std::path::PathBuf) {
    let model = klarhet::model::Assessment::halmstad().expect("model");
    let mut s = klarhet::demo::crowd(&model, people, false);
    edit(&mut s);
    let path = klarhet::store::Store::new(dir).create(&s).expect("saved");
    let id = path
        .file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    (id, path)
}

/// A session on `model` with `people` named participants ("Deltagare 1"…),
/// saved in `dir`; gives its id and its file.
pub fn saved_named(
    dir: &Path,
    model: &klarhet::model::Assessment,
    people: u32,
) -> (String, std::path::PathBuf) {
    let date = jiff::civil::date(2026, 3, 1);
    let mut s =
        klarhet::model::Session::new(model, "Sjöhamra kommun", date, klarhet::text::Lang::SV);
    for i in 1..=people {
        let add = klarhet::model::Command::AddParticipant {
            alias: format!("Deltagare {i}"),
            groups: Vec::new(),
        };
        s.apply(model, add).expect("joins");
    }
    let path = klarhet::store::Store::new(dir).create(&s).expect("saved");
    let id = path
        .file_stem()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    (id, path)
}

/// Reveals the first challenge of the session at `path` and opens its second
/// round on `again` for the phones, as the workbench does, and saves it.
pub fn reveal_and_vote_again(path: &Path, model: &klarhet::model::Assessment, again: &[String]) {
    use klarhet::model::command::Command;
    use klarhet::store;
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (mut s, _) = store::open(path, &catalog).expect("the session reads");
    let c = model.challenges[0].id.clone();
    s.apply(
        model,
        Command::Reveal {
            challenge: c.clone(),
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    )
    .expect("revealed");
    s.apply(
        model,
        Command::OpenRound {
            challenge: c,
            statements: again.to_vec(),
            channel: klarhet::model::round::Channel::Room,
            at: "2026-12-06T14:00:00Z".parse().unwrap(),
        },
    )
    .expect("round 2 opens");
    let lock = store::Lock::acquire(path).expect("the session can be locked");
    store::save(&lock, &mut s).expect("saved");
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("test folders have UTF-8 names")
}

/// Starts the klarhet binary with `args` (through `wrapper`, a program and its
/// arguments such as strace, when given) in Swedish, and gives its standard
/// output's lines as they come.
pub fn spawn_lines(wrapper: &[&str], args: &[&str]) -> (Child, mpsc::Receiver<String>) {
    let bin = env!("CARGO_BIN_EXE_klarhet");
    let (program, before) = match wrapper.split_first() {
        Some((program, rest)) => (*program, [rest, &[bin]].concat()),
        None => (bin, vec![]),
    };
    let mut child = Command::new(program)
        .args(before)
        .args(args)
        .env("KLARHET_LANG", "sv")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("klarhet starts");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}
