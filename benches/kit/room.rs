//! A room run in this process as `klarhet room` runs it ([`Owner`] serving each
//! batch of calls, the web layer on its tokio thread), and phones that speak real
//! HTTP to it: shared by `benches/room.rs` and `examples/room_latency.rs` (the
//! benchmark has no use for every part, hence the allowance below).
#![allow(dead_code)]

/// HTTP as the room speaks it, each phone from an address of its own: the
/// room gives every address only its share of connections, as real phones each
/// have their own.
#[path = "../../tests/it/common/wire.rs"]
pub mod wire;

/// A session taken to a second round by commands.
#[path = "../../tests/it/common/rounds.rs"]
pub mod rounds;

use klarhet::model::assessment::Catalog;
use klarhet::room::Wake;
use klarhet::room::owner::Owner;
use klarhet::room::{self, Deliver};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

/// The room, listening on a free port of 127.0.0.1.
pub struct Room {
    pub url: String,
    /// How many batches the owner has served so far.
    pub batches: Arc<AtomicUsize>,
    wake: mpsc::Sender<Wake>,
    owner: std::thread::JoinHandle<()>,
}

impl Room {
    /// Holds the session at `path` for a room on every challenge, starts
    /// listening, and serves calls until [`Room::close`].
    pub fn open(path: &Path) -> Room {
        let catalog = Catalog::embedded().expect("the catalogue");
        let mut owner = Owner::take(path, &catalog, None).expect("the session");
        let (wake, woken) = mpsc::channel();
        let calls = wake.clone();
        let deliver: Deliver = Box::new(move |call| calls.send(Wake::Call(call)).is_ok());
        let listening = room::open(
            "127.0.0.1:0".parse().expect("an address"),
            owner.token(),
            owner.session().language(),
            deliver,
        )
        .expect("listening");
        let url = listening.url.clone();
        let batches = Arc::new(AtomicUsize::new(0));
        let counted = batches.clone();
        let owner = std::thread::spawn(move || {
            owner.serve(&woken, |_, _| {
                counted.fetch_add(1, Ordering::SeqCst);
            });
            listening.close();
            owner.close().expect("saved");
        });
        Room {
            url,
            batches,
            wake,
            owner,
        }
    }

    /// Stops the room and writes the session whole.
    pub fn close(self) {
        let _ = self.wake.send(Wake::Stop);
        self.owner.join().expect("the owner");
    }
}

/// A phone's browser: its own address (on Linux), its own cookie, one
/// connection per request, no redirects followed.
pub struct Phone {
    from: std::net::IpAddr,
    cookie: Option<String>,
}

impl Phone {
    pub fn new() -> Phone {
        Phone {
            from: wire::next_phone_address(),
            cookie: None,
        }
    }

    fn post(&mut self, url: &str, form: &[(&str, &str)]) -> (u16, Option<String>) {
        let (room, path) = wire::split_url(url);
        let request = wire::request("POST", room, &path, self.cookie.as_deref(), Some(form));
        let raw = wire::fetch(Some(self.from), room, &request, Duration::from_secs(60))
            .expect("the room answers");
        if let Some(set) = raw.header("set-cookie") {
            wire::keep_cookie(&mut self.cookie, &set);
        }
        (raw.status(), raw.header("location"))
    }

    pub fn claim(&mut self, room: &str, seat: u32) {
        let (status, _) = self.post(&format!("{room}seat"), &[("seat", &seat.to_string())]);
        assert!(status == 303 && self.cookie.is_some(), "seat {seat}");
    }

    /// True when the room said it was saved.
    pub fn answer(&mut self, room: &str, statement: &str, answer: &str) -> bool {
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

/// A crowd of `people` whose first round of every challenge was voted at the
/// keyboard and shown, with a second round open for the phones on all of its
/// statements: a room's vote in round 2, to set beside one in round 1.
pub fn crowd_in_round_two(
    model: &klarhet::model::Assessment,
    people: u32,
) -> klarhet::model::Session {
    let mut s = klarhet::demo::crowd(model, people, false);
    rounds::voted_then_again(&mut s, model, people, |c| {
        c.statements.iter().map(|st| st.id.clone()).collect()
    });
    s
}
