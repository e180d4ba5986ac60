//! What a vote from a phone costs when a whole room answers at once: a room run
//! in this process as `klarhet room` runs it (the web layer on its tokio thread,
//! one owner that serves each batch of calls, appends it to the journal with one
//! sync and only then answers), and PHONES phones, each its own HTTP client with
//! its own seat cookie, that all send one answer at the same moment, ROUNDS times.
//! Prints the per-vote latency (request sent to "sparat" received, the sync
//! included) as p50 / p99 / max, and the time until every phone of a round had
//! its answer. Without PHONES, runs 30 and 300.
//!
//! The room serves one request per connection, so every vote connects anew; all
//! phones and the room share this machine's cores. A vote's latency is timed on
//! its phone's thread from the moment it sends, so a phone thread waiting for a
//! core before it sends shows in the round's total, not in its vote. A max near
//! one second is a connection the listen queue (128 deep) had no room for, taken
//! again by the kernel after its first retransmission timeout.
//!
//! `cargo run --release --example room_latency -- PHONES ROUNDS`

use klarhet::model::Assessment;
use klarhet::model::assessment::Catalog;
use klarhet::room::desk::{Desk, Request, Scope};
use klarhet::room::{self, Call, Deliver};
use klarhet::store::{self, Access, Store};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::time::{Duration, Instant};

fn main() {
    // A phone that fails would leave the others waiting on a barrier for ever:
    // any panic ends the process.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        std::process::exit(1);
    }));
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().ok());
    let phones = args.next().flatten();
    let rounds = args.next().flatten().unwrap_or(20);
    let sizes = match phones {
        Some(n) => vec![n],
        None => vec![30, 300],
    };
    for phones in sizes {
        run(phones, rounds);
    }
}

fn run(phones: usize, rounds: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let people = u32::try_from(phones).expect("phones");
    let path = Store::new(dir.path())
        .create(&klarhet::demo::crowd(&model, people, false))
        .expect("saved");
    let statements: Vec<String> = model
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect();
    let room = Room::open(&path);
    let start = Arc::new(Barrier::new(phones + 1));
    let done = Arc::new(Barrier::new(phones + 1));
    let quit = Arc::new(AtomicBool::new(false));
    let (times, latencies) = mpsc::channel::<Duration>();
    let threads: Vec<_> = (1..=people)
        .map(|seat| {
            let (url, statements) = (room.url.clone(), statements.clone());
            let (start, done, quit, times) =
                (start.clone(), done.clone(), quit.clone(), times.clone());
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
                    let t = Instant::now();
                    assert!(
                        phone.answer(&url, statement, &value.to_string()),
                        "seat {seat}: {statement} not saved"
                    );
                    let _ = times.send(t.elapsed());
                    done.wait();
                }
            })
        })
        .collect();
    drop(times);
    // Every seat claimed (and every phone connected) before the first round.
    done.wait();
    let mut totals = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        start.wait();
        done.wait();
        totals.push(t.elapsed());
    }
    quit.store(true, Ordering::SeqCst);
    start.wait();
    for t in threads {
        t.join().expect("a phone");
    }
    let batches = room.close();
    let mut votes: Vec<Duration> = latencies.into_iter().collect();
    let slow = votes
        .iter()
        .filter(|d| **d >= Duration::from_secs(1))
        .count();
    votes.sort();
    totals.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at =
        |v: &[Duration], q: f64| v[((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1];
    println!(
        "{phones} phones, {rounds} rounds ({} votes, {} batches, {:.1} votes a batch): \
         per vote p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {slow} over 1 s; \
         all acknowledged p50 {:.1} ms, max {:.1} ms",
        votes.len(),
        batches.len(),
        votes.len() as f64 / batches.len().max(1) as f64,
        ms(at(&votes, 0.50)),
        ms(at(&votes, 0.99)),
        ms(*votes.last().expect("votes")),
        ms(at(&totals, 0.50)),
        ms(*totals.last().expect("rounds")),
    );
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
    owner: std::thread::JoinHandle<Vec<usize>>,
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
            let mut batches = Vec::new();
            while let Ok(first) = woken.recv() {
                let mut calls = Vec::new();
                let mut stopping = false;
                for wake in std::iter::once(first).chain(woken.try_iter().take(256)) {
                    match wake {
                        Wake::Call(call) => calls.push(call),
                        Wake::Stop => stopping = true,
                    }
                }
                let answers = calls
                    .iter()
                    .filter(|c| matches!(c.request, Request::Answer { .. }))
                    .count();
                if answers > 0 {
                    batches.push(answers);
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
            batches
        });
        Room { url, wake, owner }
    }

    /// Stops the room; gives the number of answers in each batch it served.
    fn close(self) -> Vec<usize> {
        let _ = self.wake.send(Wake::Stop);
        self.owner.join().expect("the owner")
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
