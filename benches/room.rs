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
use klarhet::store::Store;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

#[path = "kit/room.rs"]
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
