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
//! `cargo run --release --example room_latency -- PHONES ROUNDS [ROUND]` (ROUND 2:
//! the phones vote in a second round, after a first at the keyboard was shown)

use klarhet::model::Assessment;
use klarhet::store::Store;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::time::{Duration, Instant};

#[path = "../benches/kit/room.rs"]
mod kit;

use kit::{Phone, Room};

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
    // The challenges' round the phones vote in: 1, or 2 (after a first round
    // at the keyboard, shown), to set the two side by side.
    let round = args.next().flatten().unwrap_or(1);
    let sizes = match phones {
        Some(n) => vec![n],
        None => vec![30, 300],
    };
    for phones in sizes {
        run(phones, rounds, round);
    }
}

fn run(phones: usize, rounds: usize, round: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let people = u32::try_from(phones).expect("phones");
    let session = match round {
        1 => klarhet::demo::crowd(&model, people, false),
        _ => kit::crowd_in_round_two(&model, people),
    };
    let path = Store::new(dir.path()).create(&session).expect("saved");
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
    // Batches served while the phones vote, not while they took their seats.
    let seated = room.batches.load(Ordering::SeqCst);
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
    let batches = room.batches.load(Ordering::SeqCst) - seated;
    room.close();
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
        "{phones} phones in round {round}, {rounds} rounds ({} votes, {} batches, {:.1} votes a batch): \
         per vote p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {slow} over 1 s; \
         all acknowledged p50 {:.1} ms, max {:.1} ms",
        votes.len(),
        batches,
        votes.len() as f64 / batches.max(1) as f64,
        ms(at(&votes, 0.50)),
        ms(at(&votes, 0.99)),
        ms(*votes.last().expect("votes")),
        ms(at(&totals, 0.50)),
        ms(*totals.last().expect("rounds")),
    );
}
