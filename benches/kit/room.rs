//! A room run in this process as `klarhet room` runs it ([`Owner`] serving each
//! batch of calls, the web layer on its tokio thread), and phones that speak real
//! HTTP to it: shared by `benches/room.rs` and `examples/room_latency.rs` (the
//! benchmark has no use for every part, hence the allowance below).
#![allow(dead_code)]

use klarhet::model::assessment::Catalog;
use klarhet::room::owner::{Owner, Wake};
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
        let catalog = Catalog::load(None).expect("the catalogue");
        let mut owner = Owner::take(path, &catalog, None).expect("the session");
        let (wake, woken) = mpsc::channel();
        let calls = wake.clone();
        let deliver: Deliver = Box::new(move |call| calls.send(Wake::Call(call)).is_ok());
        let listening = room::open(
            "127.0.0.1:0".parse().expect("an address"),
            owner.token(),
            owner.session().language,
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

/// A phone's browser: its own connection, its own cookie, no redirects followed.
pub struct Phone {
    agent: ureq::Agent,
    cookie: Option<String>,
}

impl Phone {
    pub fn new() -> Phone {
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
