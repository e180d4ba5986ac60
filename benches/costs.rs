//! Costs that must not grow with the wrong thing (issue 26), at the sizes the
//! issue names:
//! - one phone's acknowledged vote in a room of 30, 10,000 and 100,000 claimed
//!   seats, as `klarhet room` serves it: the answer applied, appended to the
//!   journal with one sync, and the room's counts brought up to date;
//! - the same vote served by the workbench with its room open, and the frame
//!   drawn after it (the room's panel shows the counts);
//! - reading a 10,000-participant session in which everyone has passed every
//!   statement (what `--resume` parses).

use klarhet::model::assessment::Catalog;
use klarhet::model::room::seat_hash;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};
use klarhet::room::Call;
use klarhet::room::Wake;
use klarhet::room::desk::Request;
use klarhet::room::owner::Owner;
use klarhet::store::Store;

fn main() {
    divan::main();
}

fn token(seat: u32) -> String {
    format!("SEAT{seat:08}")
}

/// A session of `seats` participants, a room opened and every seat claimed.
fn seated(model: &Assessment, seats: u32) -> Session {
    let mut s = klarhet::demo::crowd(model, seats, false);
    let open = Command::OpenRoom {
        token: "ROOMTOKEN".into(),
    };
    s.apply(model, open).expect("a room opens");
    for seat in 1..=seats {
        let hash = seat_hash(&token(seat));
        s.apply(model, Command::TakeSeat { seat, hash })
            .expect("a seat");
    }
    s
}

/// One acknowledged answer from a phone; each iteration another seat answers.
#[divan::bench(args = [30, 10_000, 100_000], sample_count = 40, sample_size = 1)]
fn room_vote(bencher: divan::Bencher, seats: u32) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let path = Store::new(dir.path())
        .create(&seated(&model, seats))
        .expect("saved");
    let catalog = Catalog::embedded().expect("catalog");
    let mut owner = Owner::take(&path, &catalog, None).expect("taken");
    let statements: Vec<String> = model
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut n: u32 = 0;
    bencher.bench_local(|| {
        n += 1;
        let seat = n % seats + 1;
        let statement = statements[(n / seats) as usize % statements.len()].clone();
        let (reply, heard) = tokio::sync::oneshot::channel();
        let request = Request::Answer {
            seat_token: Some(token(seat)),
            statement,
            answer: Some(Answer::Value((n % 5 + 1) as i32)),
        };
        tx.send(Wake::Call(Call { request, reply })).expect("sent");
        tx.send(Wake::Stop).expect("sent");
        let mut done = 0;
        owner.serve(&rx, |p, _| done = divan::black_box(p.done));
        heard.blocking_recv().expect("answered").expect("kept")
    });
    owner.close().expect("closed");
}

/// One phone's answer served by the workbench with the room open on the first
/// challenge, and the 80×24 frame drawn after it, as a facilitator sees the
/// panel's counts move; each iteration another seat answers. Persisting is the
/// runtime's (an effect), so this is the workbench's own work for a vote.
#[divan::bench(args = [30, 10_000], sample_count = 40, sample_size = 1)]
fn workbench_room_vote_and_frame(bencher: divan::Bencher, seats: u32) {
    use klarhet::tui::msg::{Msg, RoomAddress};
    use klarhet::tui::state::{State, Step, Work};
    let model = Assessment::halmstad().expect("the model");
    let work = Work::new(seated(&model, seats), model.clone(), None);
    let mut state = State::new(
        klarhet::text::Lang::SV,
        false,
        klarhet::tui::theme::Theme::dark(),
        Catalog::embedded().expect("catalog"),
        jiff::civil::date(2026, 11, 22),
        "/srv/rapporter".into(),
    )
    .at(work, Step::Scoring);
    klarhet::tui::router::update(&mut state, Msg::OpenRoom { choose: false });
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    };
    klarhet::tui::router::update(&mut state, Msg::RoomOpened(Ok(address)));
    let statements: Vec<String> = model.challenges[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let backend = ratatui::backend::TestBackend::new(80, 24);
    let mut terminal = ratatui::Terminal::new(backend).expect("a terminal");
    let mut n: u32 = 0;
    bencher.bench_local(|| {
        n += 1;
        let seat = n % seats + 1;
        let request = Request::Answer {
            seat_token: Some(token(seat)),
            statement: statements[(n / seats) as usize % statements.len()].clone(),
            answer: Some(Answer::Value((n % 5 + 1) as i32)),
        };
        let effects = klarhet::tui::router::update(&mut state, Msg::RoomCalls(vec![request]));
        terminal
            .draw(|f| klarhet::tui::frame::draw(f, &state))
            .expect("drawn");
        divan::black_box(effects)
    });
}

/// A session of 10,000 participants who all voted on every statement, as text.
fn ten_thousand_who_voted() -> String {
    let model = Assessment::halmstad().expect("the model");
    klarhet::demo::crowd(&model, 10_000, true).to_ron()
}

/// What `--resume` parses: a 10,000-participant session whose every voter has
/// passed every statement (60,000 progress entries when written one a voter).
#[divan::bench(sample_count = 20)]
fn parse_10000_who_voted(bencher: divan::Bencher) {
    parse(bencher, &ten_thousand_who_voted());
}

/// Times `Session::parse` of `text`.
fn parse(bencher: divan::Bencher, text: &str) {
    let path = std::path::Path::new("big.ron");
    bencher.bench(|| {
        Session::parse(text, path)
            .expect("parses")
            .participants()
            .len()
    });
}

/// The same session with its participants in the struct form that files from
/// before issue 26 hold, `Participant(id: 1, alias: "P1", role: Kommunledning)`.
#[divan::bench(sample_count = 20)]
fn parse_10000_who_voted_struct_form(bencher: divan::Bencher) {
    let text = struct_form(&ten_thousand_who_voted());
    assert!(text.contains("Participant(id: 10000,"), "the struct form");
    parse(bencher, &text);
}

/// The checks of opening the session of 10,000 against its model: every id,
/// count and voter's progress (issue 26: the progress was checked one tree
/// lookup a voter).
#[divan::bench(sample_count = 20)]
fn check_10000_who_voted(bencher: divan::Bencher) {
    let model = Assessment::halmstad().expect("the model");
    let text = ten_thousand_who_voted();
    let path = std::path::Path::new("big.ron");
    let session = Session::parse(&text, path).expect("parses");
    bencher.bench(|| session.check_against(&model, &text, path).is_ok());
}

/// `text` with its participants written back in the struct form.
fn struct_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        if line == "    participants: {\n" {
            inside = true;
            out.push_str("    participants: [\n");
        } else if inside && line == "    },\n" {
            inside = false;
            out.push_str("    ],\n");
        } else if inside {
            let (id, said) = line
                .trim()
                .trim_end_matches(',')
                .split_once(": ")
                .expect("id: said");
            let said = said.trim_matches('"');
            let (role, alias) = said.split_once(' ').expect("role alias");
            out.push_str(&format!(
                "        Participant(id: {id}, alias: \"{alias}\", role: {role}),\n"
            ));
        } else {
            out.push_str(line);
        }
    }
    out
}
