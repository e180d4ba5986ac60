//! A room's phones all answering at once: a room run in this process as `klarhet
//! room` runs it (the web layer on its tokio thread; one owner that serves each
//! batch of calls, appends it to the journal with one sync and only then answers
//! "sparat"), and 30 or 300 phones over real HTTP on 127.0.0.1, each its own
//! client with its own seat cookie, started beforehand and waiting on a barrier.
//! One iteration: every phone sends one answer at the same moment, and the
//! iteration ends when the last has its acknowledgement, the sync included.
//! The room serves one request per connection, so each answer connects anew.
//! Divan gives the time for the whole room; `examples/room_latency.rs` gives the
//! per-vote p50 / p99.

use klarhet::model::Assessment;
use klarhet::model::assessment::Catalog;
use klarhet::room::desk::{Desk, Scope};
use klarhet::room::{self, Call, Deliver};
use klarhet::store::{self, Access, Store};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::time::Duration;

fn main() {
    // A phone that fails would leave the others waiting on a barrier for ever:
    // any panic ends the process.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        std::process::exit(1);
    }));
    divan::main();
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn thirty_phones_one_vote_each(bencher: divan::Bencher) {
    phones_at_once(bencher, 30);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn three_hundred_phones_one_vote_each(bencher: divan::Bencher) {
    phones_at_once(bencher, 300);
}

/// `phones` phones with their seats claimed; each iteration, all send one answer
/// at once and it ends when every one is acknowledged.
fn phones_at_once(bencher: divan::Bencher, phones: u32) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let path = Store::new(dir.path())
        .create(&klarhet::demo::crowd(&model, phones, false))
        .expect("saved");
    let statements: Vec<String> = model
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect();
    let room = Room::open(&path);
    let start = Arc::new(Barrier::new(phones as usize + 1));
    let done = Arc::new(Barrier::new(phones as usize + 1));
    let quit = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (1..=phones)
        .map(|seat| {
            let (url, statements) = (room.url.clone(), statements.clone());
            let (start, done, quit) = (start.clone(), done.clone(), quit.clone());
            std::thread::spawn(move || {
                let mut phone = Phone::new();
                phone.claim(&url, seat);
                done.wait();
                for round in 0.. {
                    start.wait();
                    if quit.load(Ordering::SeqCst) {
                        break;
                    }
                    let statement = &statements[round % statements.len()];
                    let value = (seat as usize + round) % 5 + 1;
                    assert!(
                        phone.answer(&url, statement, &value.to_string()),
                        "seat {seat}: {statement} not saved"
                    );
                    done.wait();
                }
            })
        })
        .collect();
    // Every seat claimed (and every phone connected) before the first iteration.
    done.wait();
    bencher.bench_local(|| {
        start.wait();
        done.wait();
    });
    quit.store(true, Ordering::SeqCst);
    start.wait();
    for t in threads {
        t.join().expect("a phone");
    }
    room.close();
}

/// What wakes the owner: a phone's call, or the end.
enum Wake {
    Call(Call),
    Stop,
}

/// The room as `klarhet room` runs it, in this process.
struct Room {
    url: String,
    wake: mpsc::Sender<Wake>,
    owner: std::thread::JoinHandle<()>,
}

impl Room {
    /// Holds the session at `path`, starts listening on a free port of
    /// 127.0.0.1, and serves calls until [`Room::close`].
    fn open(path: &Path) -> Room {
        let catalog = Catalog::load(None).expect("the catalogue");
        let claim = store::claim(path).expect("the session");
        let Access::Write(lock) = claim.access else {
            panic!("the session is held elsewhere");
        };
        let (mut session, model) =
            store::parse(&claim.text, &claim.path, &catalog).expect("the session reads");
        let desk = Desk::new(Scope::All);
        let token = session
            .room_or(|| room::token(12).expect("a token"))
            .token
            .clone();
        let mut base = store::save(&lock, &session).expect("saved");
        let (wake, woken) = mpsc::channel();
        let calls = wake.clone();
        let deliver: Deliver = Box::new(move |call| calls.send(Wake::Call(call)).is_ok());
        let listening = room::open(
            "127.0.0.1:0".parse().expect("an address"),
            &token,
            session.language,
            deliver,
        )
        .expect("listening");
        let url = listening.url.clone();
        // The owner, as src/cli/room.rs runs it: a batch of calls served, its
        // changes appended to the journal with one sync, then the replies.
        let owner = std::thread::spawn(move || {
            while let Ok(first) = woken.recv() {
                let mut calls = Vec::new();
                let mut stopping = false;
                for wake in std::iter::once(first).chain(woken.try_iter().take(256)) {
                    match wake {
                        Wake::Call(call) => calls.push(call),
                        Wake::Stop => stopping = true,
                    }
                }
                let (replies, changes) = room::serve_all(&mut session, &model, &desk, calls);
                let kept = changes.is_empty()
                    || store::journal::append(lock.path(), &base, &changes).is_ok()
                    || store::save(&lock, &session).map(|b| base = b).is_ok();
                for reply in replies {
                    if kept { reply.kept() } else { reply.lost() }
                }
                if stopping {
                    break;
                }
            }
            listening.close();
            store::save(&lock, &session).expect("saved");
        });
        Room { url, wake, owner }
    }

    fn close(self) {
        let _ = self.wake.send(Wake::Stop);
        self.owner.join().expect("the owner");
    }
}

/// A phone's browser: its own connection, its own cookie, no redirects followed.
struct Phone {
    agent: ureq::Agent,
    cookie: Option<String>,
}

impl Phone {
    fn new() -> Phone {
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Phone {
            agent,
            cookie: None,
        }
    }

    fn post(&mut self, url: &str, form: &[(&str, &str)]) -> (u16, Option<String>) {
        let mut request = self.agent.post(url);
        if let Some(c) = &self.cookie {
            request = request.header("Cookie", c);
        }
        let mut response = request
            .send_form(form.iter().copied())
            .expect("the room answers");
        if let Some(set) = response.headers().get("set-cookie") {
            let set = set.to_str().expect("an ascii cookie");
            self.cookie = set.split(';').next().map(str::to_owned);
        }
        let location = response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(str::to_owned);
        let _ = response.body_mut().read_to_string();
        (response.status().as_u16(), location)
    }

    fn claim(&mut self, room: &str, seat: u32) {
        let (status, _) = self.post(&format!("{room}seat"), &[("seat", &seat.to_string())]);
        assert!(status == 303 && self.cookie.is_some(), "seat {seat}");
    }

    /// True when the room said it was saved.
    fn answer(&mut self, room: &str, statement: &str, answer: &str) -> bool {
        let (status, location) = self.post(
            &format!("{room}answer"),
            &[("statement", statement), ("answer", answer)],
        );
        // The id as a browser reads it back: percent-decoded ("ojämlikhet.…").
        let saved = location.is_some_and(|l| {
            let query = l.split_once('?').map_or("", |(_, q)| q);
            form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "saved" && v == statement)
        });
        status == 303 && saved
    }
}
