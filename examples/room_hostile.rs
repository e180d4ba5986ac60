//! What phones feel when a neighbour on the guest network jams the room: a room
//! run in this process as `klarhet room` runs it, HELD idle connections from
//! 127.0.0.2 that never send a byte and are opened again as soon as the room
//! drops them, and PHONES phones, each from an address of its own (127.0.1.x),
//! that go through every statement of the six challenges ROUNDS times: the page,
//! the answer, the next page. Prints the phones' per-request latency (connect to
//! last byte) as p50 / p99 / max, requests lost (none answered within 10 s), how
//! often the room's listen queue was full while the phones went (a phone's
//! connection then waits a second for the kernel's retry), and how many times
//! the neighbour connected. Linux only (127.0.0.0/8 is loopback there).
//!
//! `cargo run --release --example room_hostile -- HELD PHONES ROUNDS`
//! (defaults: 2000 30 3; HELD 0 is the room without a neighbour).

use klarhet::model::Assessment;
use klarhet::store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[path = "../benches/kit/room.rs"]
mod kit;

use kit::wire;

#[path = "../tests/common/hostile.rs"]
#[allow(dead_code)]
mod hostile;

/// How long a request may take before it counts as lost.
const GIVE_UP: Duration = Duration::from_secs(10);

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().ok());
    let held = args.next().flatten().unwrap_or(2_000);
    let phones = args.next().flatten().unwrap_or(30);
    let rounds = args.next().flatten().unwrap_or(3);
    hostile::allow_open_files(held as u64 + 1_024);

    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let seats = u32::try_from(phones).expect("phones");
    let path = Store::new(dir.path())
        .create(&klarhet::demo::crowd(&model, seats, false))
        .expect("saved");
    let statements: Vec<String> = model
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect();
    let room = kit::Room::open(&path);
    let rest = room.url.trim_start_matches("http://").trim_end_matches('/');
    let (addr, token) = rest.split_once('/').expect("http://ADDR/TOKEN/");
    let (addr, token): (SocketAddr, String) = (addr.parse().expect("an address"), token.into());

    let siege = (held > 0).then(|| {
        let siege = hostile::Siege::start(addr, held);
        siege.wait_started(held, Duration::from_secs(2));
        siege
    });
    let queue = QueueWatch::start(addr.port());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let started = Instant::now();
    let journeys = runtime.block_on(async {
        let phones: Vec<_> = (1..=seats)
            .map(|seat| {
                let (token, statements) = (token.clone(), statements.clone());
                tokio::spawn(async move {
                    let mut cookie = None;
                    let mut all = hostile::Journey::default();
                    for _ in 0..rounds {
                        let journey =
                            hostile::journey(addr, &token, seat, &statements, &mut cookie, GIVE_UP)
                                .await;
                        all.times.extend(journey.times);
                        if journey.lost.is_some() {
                            all.lost = journey.lost;
                            break;
                        }
                    }
                    all
                })
            })
            .collect();
        let mut journeys = Vec::new();
        for phone in phones {
            journeys.push(phone.await.expect("a phone"));
        }
        journeys
    });
    let took = started.elapsed();
    let (samples, full, deepest) = queue.stop();
    let neighbour = siege.as_ref().map(hostile::Siege::summary);
    drop(siege);
    room.close();

    let mut times: Vec<_> = journeys.iter().flat_map(|j| j.times.clone()).collect();
    times.sort();
    let lost = journeys.iter().filter(|j| j.lost.is_some()).count();
    let expected = phones * rounds * hostile::requests_in_journey(statements.len());
    let ms = |q: f64| hostile::quantile(&times, q, GIVE_UP).as_secs_f64() * 1000.0;
    let slow = times
        .iter()
        .filter(|t| **t >= Duration::from_secs(1))
        .count();
    println!(
        "{held} held, {phones} phones × {rounds} rounds: {} of {expected} requests answered \
         in {:.1} s, {lost} phones lost one; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, \
         {slow} over 1 s; listen queue full in {full} of {samples} samples (deepest {deepest})",
        times.len(),
        took.as_secs_f64(),
        ms(0.5),
        ms(0.99),
        ms(1.0),
    );
    if let Some(neighbour) = neighbour {
        println!("the neighbour: {neighbour}");
    }
}

/// Samples the room's listen queue (`/proc/net/tcp`: a listening socket's
/// rx_queue is the number of connections waiting to be accepted) every 5 ms.
struct QueueWatch {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<(usize, usize, usize)>,
}

impl QueueWatch {
    fn start(port: u16) -> QueueWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let (mut samples, mut full_samples, mut deepest) = (0, 0, 0);
            let local = format!(":{port:04X} ");
            // The room asks for a queue of 4096; the system grants at most
            // net.core.somaxconn.
            let granted = std::fs::read_to_string("/proc/sys/net/core/somaxconn")
                .ok()
                .and_then(|s| s.trim().parse::<usize>().ok())
                .map_or(4_096, |max| max.min(4_096));
            while !flag.load(Ordering::SeqCst) {
                let table = std::fs::read_to_string("/proc/net/tcp").unwrap_or_default();
                // A listening socket's rx_queue is how many wait in its queue.
                let waiting = table.lines().find_map(|line| {
                    let fields: Vec<&str> = line.split_whitespace().collect();
                    let listening = fields.get(3) == Some(&"0A");
                    let ours = fields
                        .get(1)
                        .is_some_and(|f| format!("{f} ").ends_with(&local));
                    let (_, now) = fields.get(4)?.split_once(':')?;
                    (listening && ours).then(|| usize::from_str_radix(now, 16).ok())?
                });
                if let Some(waiting) = waiting {
                    samples += 1;
                    deepest = deepest.max(waiting);
                    // The kernel holds one more than the length granted.
                    if waiting >= granted {
                        full_samples += 1;
                    }
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            (samples, full_samples, deepest)
        });
        QueueWatch { stop, thread }
    }

    fn stop(self) -> (usize, usize, usize) {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().expect("the watch")
    }
}
