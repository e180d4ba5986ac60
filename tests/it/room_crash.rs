//! `klarhet room` (the real binary) killed with SIGKILL while 30 phones vote, and
//! started again at the same address: the phones carry on with their cookies,
//! and every vote a phone saw acknowledged is in the session at the end.

use crate::common;

use common::phone::{NoAnswer, Phone, RoomProcess};
use klarhet::model::{Assessment, Session};
use klarhet::store;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Seats in the room, one phone each.
const SEATS: u32 = 30;

/// What a phone may send: the scale's values, vet ej, and a skip (which
/// withdraws an earlier answer).
const ANSWERS: [&str; 7] = ["1", "2", "3", "4", "5", "vet-ej", "hoppa"];

/// A small generator, seeded per run: the seed is printed, and
/// KLARHET_ROOM_SEED=<seed> draws the same delays before each kill again.
struct Rng(u64);
impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// What seat `seat` answers to statement number `j` in its round `round`: every
/// round changes it, so the last acknowledged answer is the one that must count.
fn answer(seat: u32, j: usize, round: usize) -> &'static str {
    ANSWERS[(seat as usize * 7 + j * 3 + round * 5) % ANSWERS.len()]
}

fn saved(dir: &Path, people: u32) -> (String, PathBuf) {
    common::phone::saved_crowd(dir, people, |_| {})
}

/// A session of `people` where every challenge's first round was voted at the
/// keyboard and shown, and a second round is open for the phones on its first
/// and third statements: the statements it asks, in order.
fn saved_in_round_two(dir: &Path, people: u32) -> (String, PathBuf, Vec<String>) {
    let model = Assessment::halmstad().expect("model");
    let again = |c: &klarhet::model::assessment::Challenge| -> Vec<String> {
        [0, 2]
            .iter()
            .filter_map(|i| c.statements.get(*i).map(|s| s.id.clone()))
            .collect()
    };
    let (id, path) = common::phone::saved_crowd(dir, people, |s| {
        common::rounds::voted_then_again(s, &model, people, again)
    });
    let asked = model.challenges.iter().flat_map(again).collect();
    (id, path, asked)
}

fn reopen(path: &Path) -> Session {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    store::open(path, &catalog).expect("the session reads").0
}

/// A free port on 127.0.0.1 below the ephemeral range (32768 and up on Linux),
/// so that no phone's own end of a connection can take it while the room is down.
fn free_port() -> u16 {
    // Each test of this binary from its own stretch of ports: two rooms killed
    // and restarted side by side must never find each other's port free.
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let stretch = NEXT.fetch_add(1, Ordering::SeqCst) as u16 * 4_000;
    let start = 20_000 + stretch + (std::process::id() % 2_000) as u16;
    (start..start + 2_000)
        .find(|p| std::net::TcpListener::bind(("127.0.0.1", *p)).is_ok())
        .expect("a free port")
}

/// What the phones tell the killer and the end of the test.
#[derive(Default)]
struct Tally {
    /// Votes acknowledged (a redirect naming the statement).
    acknowledged: AtomicU32,
    /// Requests that found nothing listening.
    refused: AtomicU32,
    /// Requests whose connection broke before the answer came.
    cut: AtomicU32,
    /// Answers from the room that were not "saved".
    unsaved: AtomicU32,
}

/// What one phone has been told, as the killer reads it while the room is dead.
#[derive(Debug, Clone)]
struct Told {
    /// Per statement, the last answer the room acknowledged.
    acked: Vec<Option<&'static str>>,
    /// The answer on its way, sent and not yet acknowledged: the room may have
    /// kept it before it died, or not.
    pending: Option<(usize, &'static str)>,
}

/// The answer a seat holds as the session has it: "1".."5" or "vet-ej"; none for
/// no answer, or a skip.
fn held(answer: Option<&str>) -> Option<&str> {
    answer.filter(|a| *a != "hoppa")
}

/// Every seat's open answer to every statement, as the session holds them. The
/// session's own API gives counts only; its serialised form (what the file holds)
/// gives each seat's, so that a lost vote is found at the seat that lost it.
fn open_answers(session: &Session) -> BTreeMap<(String, u32), String> {
    let json = serde_json::to_value(session.responses()).expect("the answers serialise");
    let mut out = BTreeMap::new();
    for (statement, votes) in json.as_object().expect("a map of statements") {
        let Some(ballots) = votes.get("Ballots").and_then(|b| b.as_object()) else {
            continue;
        };
        for (seat, answer) in ballots {
            let answer = match answer.get("Value") {
                Some(v) => v.to_string(),
                None if answer == "Unknown" => "vet-ej".to_owned(),
                None => panic!("an answer of another kind: {answer}"),
            };
            let seat = seat.parse().expect("a seat number");
            out.insert((statement.clone(), seat), answer);
        }
    }
    out
}

/// Checks the session as it is on disk against what the phones were told: every
/// acknowledged answer is there, unless the same phone's answer on its way to the
/// same statement replaced it. Gives the seats that lost one, and how many answers
/// on their way the room had kept before it died.
fn check(session: &Session, statements: &[String], told: &[Told]) -> (Vec<String>, u32) {
    let kept = open_answers(session);
    let (mut lost, mut early) = (Vec::new(), 0);
    for (seat, told) in (1..).zip(told) {
        for (j, statement) in statements.iter().enumerate() {
            let have = kept.get(&(statement.clone(), seat)).map(String::as_str);
            let acked = held(told.acked[j]);
            let pending = told
                .pending
                .filter(|(p, _)| *p == j)
                .map(|(_, a)| held(Some(a)));
            if have == acked {
                continue;
            }
            if pending == Some(have) {
                early += 1;
                continue;
            }
            lost.push(format!(
                "seat {seat}, {statement}: {acked:?} acknowledged, {have:?} kept"
            ));
        }
    }
    (lost, early)
}

/// `kill -9` at random moments while 30 phones vote loses no acknowledged vote:
/// the room comes back at the same address with the same token, the phones go on
/// with their cookies, and after every kill each seat's last acknowledged answer
/// to every statement is what the session holds (or the answer it was sending,
/// which the room may have kept before it died). Phones keep changing their
/// answers until the last kill, so every kill finds votes on their way.
/// KLARHET_ROOM_KILLS sets the number of kills (5 by default; the long run uses
/// 50 or more).
#[test]
fn kill_9_while_thirty_phones_vote_loses_no_acknowledged_vote() {
    kill_9_while_phones_vote(None, false);
}

/// The same in a second round: every challenge's first round was voted and
/// shown, and the phones answer the second round's statements (two of each
/// challenge) while the room is killed; no acknowledged vote of round 2 is
/// lost, and every seat ends having passed all of round 2.
#[test]
fn kill_9_while_thirty_phones_vote_in_round_two_loses_no_acknowledged_vote() {
    kill_9_while_phones_vote(None, true);
}

/// The same, on a small disk that fills up (for a few tenths of a second at a
/// time, as when another program writes a large file) and empties again while
/// the phones vote and the room is killed: answers are refused while it is full
/// (the phone hears "not saved" and sends again), never acknowledged and lost,
/// and the session opens after every kill.
#[test]
fn kill_9_while_the_disk_fills_and_empties_loses_no_acknowledged_vote() {
    let disk = common::disk::SmallDisk::mount("8m");
    kill_9_while_phones_vote(Some(&disk), false);
}

/// Fills `disk` and gives the space back, again and again, until `stop`; holds
/// `free` while the disk is full, so that the room is only ever started on a
/// disk with room for its first save.
fn fill_and_empty(
    disk: &common::disk::SmallDisk,
    free: &Mutex<()>,
    running: &AtomicBool,
    rounds: &AtomicU32,
) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    while running.load(Ordering::SeqCst) {
        {
            let _full = free.lock().unwrap();
            disk.fill();
            std::thread::sleep(Duration::from_millis(100 + rng.next(400)));
            disk.empty();
        }
        rounds.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(200 + rng.next(600)));
    }
}

fn kill_9_while_phones_vote(disk: Option<&common::disk::SmallDisk>, later: bool) {
    let kills: u32 = std::env::var("KLARHET_ROOM_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(5);
    let seed: u64 = std::env::var("KLARHET_ROOM_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap();
            now.as_nanos() as u64
        })
        | 1;
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let data = disk.map_or(dir.path(), |d| d.path.as_path());
    let model = Assessment::halmstad().expect("model");
    // The whole model (`--all`, the default): 27 statements, in order; in a
    // second round, the statements it asks.
    let (id, path, statements) = if later {
        saved_in_round_two(data, SEATS)
    } else {
        let (id, path) = saved(data, SEATS);
        let all: Vec<String> = model
            .challenges
            .iter()
            .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
            .collect();
        (id, path, all)
    };
    let bind = format!("127.0.0.1:{}", free_port());
    let free = Mutex::new(());
    let start = || {
        let _free = free.lock().unwrap();
        RoomProcess::start_under(&[], data, &id, &["--bind", &bind])
    };
    // A room left running when the test fails is killed as its RoomProcess goes.
    let mut room = start();
    let first_url = room.url.clone();
    let url = Arc::new(Mutex::new(first_url.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    // Every seat claimed before the first kill. One phone per seat for the whole
    // run: its cookie outlives every restart.
    let seated: Vec<(u32, Phone)> = (1..=SEATS)
        .map(|seat| {
            let mut phone = Phone::new();
            assert_eq!(phone.try_claim(&first_url, seat), Ok(true), "seat {seat}");
            (seat, phone)
        })
        .collect();
    let told: Vec<Arc<Mutex<Told>>> = (1..=SEATS)
        .map(|_| {
            Arc::new(Mutex::new(Told {
                acked: vec![None; statements.len()],
                pending: None,
            }))
        })
        .collect();
    let phones: Vec<_> = seated
        .into_iter()
        .zip(&told)
        .map(|((seat, mut phone), told)| {
            let (url, stop, tally, told) = (url.clone(), stop.clone(), tally.clone(), told.clone());
            let statements = statements.clone();
            std::thread::spawn(move || {
                let room = || url.lock().unwrap().clone();
                let mut round = 0;
                loop {
                    for (j, statement) in statements.iter().enumerate() {
                        let value = answer(seat, j, round);
                        told.lock().unwrap().pending = Some((j, value));
                        // The same answer again until it is acknowledged: the room
                        // may have kept it before it died, and keeping it twice is
                        // the same.
                        let asked = Instant::now();
                        loop {
                            assert!(
                                asked.elapsed() < Duration::from_secs(60),
                                "seat {seat}: {statement} never acknowledged"
                            );
                            match phone.try_answer(&room(), statement, value) {
                                Ok(true) => {
                                    let mut told = told.lock().unwrap();
                                    told.acked[j] = Some(value);
                                    told.pending = None;
                                    tally.acknowledged.fetch_add(1, Ordering::SeqCst);
                                    break;
                                }
                                Ok(false) => tally.unsaved.fetch_add(1, Ordering::SeqCst),
                                Err(NoAnswer::Refused) => {
                                    tally.refused.fetch_add(1, Ordering::SeqCst)
                                }
                                Err(NoAnswer::Cut) => tally.cut.fetch_add(1, Ordering::SeqCst),
                            };
                            std::thread::sleep(Duration::from_millis(5));
                        }
                    }
                    round += 1;
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                }
            })
        })
        .collect();
    let snapshot = || -> Vec<Told> { told.iter().map(|t| t.lock().unwrap().clone()).collect() };
    let mut rng = Rng(seed);
    let mut done = 0;
    // Kills that found votes kept only in the journal, not yet in the file.
    let mut journalled = 0;
    // Answers on their way that the room had kept when it died: the kill fell
    // between the journal's sync and the phone hearing "sparat".
    let mut early = 0;
    // Each acknowledged vote found missing, with the first moment it was seen
    // missing (a loss stays visible at later kills until the phone changes it).
    let mut lost: BTreeMap<String, String> = BTreeMap::new();
    // The disk, if it is a small one, fills and empties while all this goes on.
    let (filling, fills) = (AtomicBool::new(false), AtomicU32::new(0));
    let room = std::thread::scope(|scope| {
        if let Some(disk) = disk {
            filling.store(true, Ordering::SeqCst);
            scope.spawn(|| fill_and_empty(disk, &free, &filling, &fills));
        }
        // On the small disk, kills go on until it has filled several times
        // while the phones voted.
        let more = |k: u32| k < kills || (disk.is_some() && fills.load(Ordering::SeqCst) < 5);
        let mut k = 0;
        while more(k) {
            // Votes flow into this life of the room before it dies.
            let before = tally.acknowledged.load(Ordering::SeqCst);
            let waiting = Instant::now();
            while tally.acknowledged.load(Ordering::SeqCst) == before {
                assert!(
                    waiting.elapsed() < Duration::from_secs(30),
                    "kill {k}: no vote acknowledged by the restarted room \
                     ({} refused, {} cut, {} not saved so far)",
                    tally.refused.load(Ordering::SeqCst),
                    tally.cut.load(Ordering::SeqCst),
                    tally.unsaved.load(Ordering::SeqCst),
                );
                std::thread::sleep(Duration::from_millis(1));
            }
            let pause = if disk.is_some() {
                100 + rng.next(400)
            } else {
                2 + rng.next(49)
            };
            std::thread::sleep(Duration::from_millis(pause));
            room.kill();
            done += 1;
            if store::journal::path_of(&path).exists() {
                journalled += 1;
            }
            // Nothing changes on disk until the restart: what the phones were told
            // by now must all be there.
            let told_now = snapshot();
            let (missing, kept_early) = check(&reopen(&path), &statements, &told_now);
            early += kept_early;
            for m in missing {
                lost.entry(m).or_insert_with(|| format!("kill {k}"));
            }
            room = start();
            assert_eq!(
                room.url, first_url,
                "kill {k}: the room opens again at the same address, with the same token"
            );
            url.lock().unwrap().clone_from(&room.url);
            k += 1;
        }
        filling.store(false, Ordering::SeqCst);
        room
    });
    stop.store(true, Ordering::SeqCst);
    for phone in phones {
        phone.join().expect("a phone");
    }
    room.close();
    let session = reopen(&path);
    let last = snapshot();
    assert!(last.iter().all(|t| t.pending.is_none()));
    let (missing, _) = check(&session, &statements, &last);
    for m in missing {
        lost.entry(m).or_insert_with(|| "after closing".to_owned());
    }
    // The counts the session gives, against the phones' last acknowledged answers.
    let mut counts = Vec::new();
    for (j, statement) in statements.iter().enumerate() {
        let t = session.responses().tally(statement);
        let expected = |a: &str| last.iter().filter(|l| l.acked[j] == Some(a)).count() as u32;
        let mut got: Vec<u32> = (1..=5)
            .map(|v| t.counts.get(&v).copied().unwrap_or(0))
            .collect();
        got.push(t.unknown);
        let want: Vec<u32> = ANSWERS[..6].iter().map(|a| expected(a)).collect();
        let outside: u32 = t
            .counts
            .range(..1)
            .chain(t.counts.range(6..))
            .map(|(_, n)| n)
            .sum();
        if got != want || outside > 0 {
            counts.push(format!(
                "{statement}: 1..5 and vet ej acknowledged {want:?}, counted {got:?}, \
                 {outside} off the scale"
            ));
        }
    }
    let acknowledged = tally.acknowledged.load(Ordering::SeqCst);
    let (refused, cut) = (
        tally.refused.load(Ordering::SeqCst),
        tally.cut.load(Ordering::SeqCst),
    );
    eprintln!(
        "room crash: {done} kills, {acknowledged} votes acknowledged, {} lost, {:.1} s \
         (seed {seed}; {journalled} kills with votes only in the journal; {early} votes \
         kept before the phone heard; failed requests: {refused} refused, {cut} cut \
         mid-request)",
        lost.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(lost.is_empty(), "acknowledged and lost: {lost:#?}");
    assert!(counts.is_empty(), "{counts:#?}");
    let unsaved = tally.unsaved.load(Ordering::SeqCst);
    if disk.is_some() {
        eprintln!(
            "the disk filled {} times; {unsaved} answers refused as not saved",
            fills.load(Ordering::SeqCst)
        );
        assert!(unsaved > 0, "the disk never filled while the phones voted");
    } else {
        assert_eq!(unsaved, 0, "every answer the room gave was \"saved\"");
    }
    // Every seat has passed every statement it had acknowledged: all of its
    // current round's.
    let kept = session.room().as_ref().expect("the room is in the file");
    assert_eq!(
        kept.seats().len(),
        SEATS as usize,
        "every seat still claimed"
    );
    for seat in 1..=SEATS {
        for c in &model.challenges {
            assert_eq!(
                kept.passed(&c.id, seat),
                session.round_len(c),
                "seat {seat}, {}",
                c.id
            );
        }
    }
    assert!(
        !store::journal::path_of(&path).exists(),
        "closing folded the journal into the file"
    );
    // The kills landed while votes were being made.
    assert!(done >= kills);
    if kills > 0 {
        assert!(refused + cut > 0, "no phone ever found the room gone");
        assert!(journalled > 0, "no kill found votes only in the journal");
    }
}
