//! What phones feel when a neighbour on the guest network jams the room: a room
//! run in this process as `klarhet room` runs it, HELD idle connections from
//! 127.0.0.2 that never send a byte and are opened again as soon as the room
//! drops them, and PHONES phones, each from an address of its own (127.0.1.x),
//! that go through every statement of the six challenges ROUNDS times: the page,
//! the answer, the next page. Prints the phones' per-request latency (connect to
//! last byte) as p50 / p99 / max, requests lost (none answered within 10 s), the
//! most connections seen waiting in the room's listen queue (when it is full, a
//! phone's connection waits a second for the kernel's retry), and how many times
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

#[path = "../tests/it/common/hostile.rs"]
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
    let deepest = queue.stop();
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
         {slow} over 1 s; at most {deepest} connections waited in the listen queue",
        times.len(),
        took.as_secs_f64(),
        ms(0.5),
        ms(0.99),
        ms(1.0),
    );
    if let Some(first) = journeys.iter().find_map(|j| j.lost.as_ref()) {
        println!("the first request lost: {first}");
    }
    if let Some(neighbour) = neighbour {
        println!("the neighbour: {neighbour}");
    }
}

/// Samples the room's listen queue (`/proc/net/tcp`: a listening socket's
/// rx_queue is the number of connections waiting to be accepted) every 5 ms,
/// and gives the most seen waiting at once. When it reaches the length the
/// system granted (the room asks for 4096, `net.core.somaxconn` caps it), the
/// system drops new connections, a phone's too, and the phone tries again a
/// second later.
struct QueueWatch {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<usize>,
}

impl QueueWatch {
    fn start(port: u16) -> QueueWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut deepest = 0;
            let local = format!(":{port:04X} ");
            while !flag.load(Ordering::SeqCst) {
                let table = std::fs::read_to_string("/proc/net/tcp").unwrap_or_default();
                let waiting = table.lines().find_map(|line| {
                    let fields: Vec<&str> = line.split_whitespace().collect();
                    let listening = fields.get(3) == Some(&"0A");
                    let ours = fields
                        .get(1)
                        .is_some_and(|f| format!("{f} ").ends_with(&local));
                    let (_, now) = fields.get(4)?.split_once(':')?;
                    (listening && ours).then(|| usize::from_str_radix(now, 16).ok())?
                });
                deepest = deepest.max(waiting.unwrap_or(0));
                std::thread::sleep(Duration::from_millis(5));
            }
            deepest
        });
        QueueWatch { stop, thread }
    }

    fn stop(self) -> usize {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().expect("the watch")
    }
}
