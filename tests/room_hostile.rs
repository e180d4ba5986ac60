//! The room under a hostile neighbour: someone on the guest network, without the
//! room's token, holds 2,000 idle connections to `klarhet room` (the real binary)
//! from one address and opens each again as soon as it is dropped, while 30
//! phones, each from an address of its own, load their page, take a seat and
//! answer every statement of a challenge. Every phone request must be answered,
//! p99 under one second (the bound issue 23 names), and every answer kept.
//!
//! Linux only: there all of 127.0.0.0/8 is loopback, so the neighbour and the
//! phones can be other machines to the room.
#![cfg(target_os = "linux")]

mod common;

use common::hostile::{self, Siege};
use common::phone::RoomProcess;
use klarhet::model::Assessment;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Idle connections the neighbour holds.
const HELD: usize = 2_000;
/// Phones in the room, each on an address of its own.
const PHONES: u32 = 30;
/// How long the test lets one phone request take before it counts it as lost:
/// far beyond the bound, far below the 10 to 120 s a jammed room took.
const GIVE_UP: Duration = Duration::from_secs(5);

#[test]
fn thirty_phones_answer_within_a_second_while_one_address_holds_2000_connections() {
    // The siege, the phones and the room's own process: open files for all.
    hostile::allow_open_files(HELD as u64 + 512);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (id, path) = common::phone::saved_crowd(dir.path(), PHONES, |_| {});
    let model = Assessment::halmstad().expect("the shipped model loads");
    let challenge = model.challenges[0].clone();
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge.id]);
    let (addr, token) = split(&room.url);

    let siege = Siege::start(addr, HELD);
    siege.wait_started(HELD, Duration::from_secs(1));
    let statements: Vec<String> = challenge.statements.iter().map(|s| s.id.clone()).collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let started = Instant::now();
    let journeys: Vec<Journey> = runtime.block_on(async {
        let phones: Vec<_> = (1..=PHONES)
            .map(|seat| tokio::spawn(journey(addr, token.clone(), seat, statements.clone())))
            .collect();
        let mut journeys = Vec::new();
        for phone in phones {
            journeys.push(phone.await.expect("a phone"));
        }
        journeys
    });
    let took = started.elapsed();
    let under_siege = siege.summary();
    drop(siege);
    room.close();

    let mut times: Vec<Duration> = journeys.iter().flat_map(|j| j.times.clone()).collect();
    times.sort();
    let lost: Vec<String> = journeys.iter().filter_map(|j| j.lost.clone()).collect();
    let expected = PHONES as usize * (3 + 2 * statements.len());
    // A phone that got no answer stops: its request counts as the slowest.
    let p = |q: f64| {
        let at = (times.len() as f64 * q).ceil() as usize;
        times.get(at.max(1) - 1).copied().unwrap_or(GIVE_UP)
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{PHONES} phones beside {HELD} held connections: {} of {expected} requests answered in \
         {:.1} s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; the neighbour: {under_siege}",
        times.len(),
        took.as_secs_f64(),
        ms(p(0.5)),
        ms(p(0.99)),
        ms(p(1.0)),
    );
    assert!(lost.is_empty(), "phones that got no answer: {lost:?}");
    assert_eq!(times.len(), expected, "every phone request answered");
    assert!(p(0.99) < Duration::from_secs(1), "p99 {:?}", p(0.99));

    let catalog = klarhet::model::assessment::Catalog::load(None).expect("the catalogue");
    let session = klarhet::store::open(&path, &catalog)
        .expect("the session reads")
        .0;
    for s in &statements {
        assert_eq!(session.responses.tally(s).n(), PHONES, "answers to {s}");
    }
    let seats = session.room.expect("the room is in the file");
    assert!((1..=PHONES).all(|seat| seats.passed(&challenge.id, seat) == statements.len()));
}

/// The room's address and token, from its URL `http://ADDR/TOKEN/`.
fn split(url: &str) -> (SocketAddr, String) {
    let rest = url.trim_start_matches("http://").trim_end_matches('/');
    let (addr, token) = rest.split_once('/').expect("http://ADDR/TOKEN/");
    (addr.parse().expect("an address"), token.to_owned())
}

/// What one phone went through: the time of each request answered, and what
/// went wrong if one was not.
struct Journey {
    times: Vec<Duration>,
    lost: Option<String>,
}

/// Phone `seat`, from an address of its own: the seat page, the claim, then for
/// each statement its page and the answer, and the last page.
async fn journey(room: SocketAddr, token: String, seat: u32, statements: Vec<String>) -> Journey {
    let from = hostile::phone_address(seat);
    let page = format!("/{token}/");
    let mut phone = Journey {
        times: Vec::new(),
        lost: None,
    };
    let mut cookie: Option<String> = None;
    let mut steps: Vec<(String, Option<Vec<(String, String)>>, u16)> =
        vec![(page.clone(), None, 200)];
    steps.push((
        format!("/{token}/seat"),
        Some(vec![("seat".into(), seat.to_string())]),
        303,
    ));
    for (j, statement) in statements.iter().enumerate() {
        let value = ((seat as usize + j) % 5 + 1).to_string();
        steps.push((page.clone(), None, 200));
        steps.push((
            format!("/{token}/answer"),
            Some(vec![("statement".into(), statement.clone()), ("answer".into(), value)]),
            303,
        ));
    }
    steps.push((page, None, 200));
    for (path, form, status) in steps {
        let pairs: Option<Vec<(&str, &str)>> = form
            .as_ref()
            .map(|f| f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect());
        let method = if form.is_some() { "POST" } else { "GET" };
        let request = hostile::request(method, room, &path, cookie.as_deref(), pairs.as_deref());
        let sent = Instant::now();
        match hostile::exchange(from, room, &request, GIVE_UP).await {
            Ok(got) if got.status() == status => {
                phone.times.push(sent.elapsed());
                if let Some(set) = got.header("set-cookie") {
                    cookie = set.split(';').next().map(str::to_owned);
                }
            }
            Ok(got) => {
                phone.lost = Some(format!("seat {seat}: {method} {path}: {}", got.status()));
                break;
            }
            Err(e) => {
                phone.lost = Some(format!("seat {seat}: {method} {path}: {e} after {:?}", sent.elapsed()));
                break;
            }
        }
    }
    phone
}
