//! What one command costs as the session grows (issue 26): every change to a
//! session is a command handed to `Session::apply`, so a command must cost
//! about the same in a room of 30 as in one of 10,000, or a room's whole round
//! grows with the square of its size. Each bench applies the commands of one
//! person (of the last on the list, so that a walk over the list goes nearly
//! all the way) to a session of `people`, each iteration the next person's to
//! the same session, as a workshop goes on:
//! - a ballot at the keyboard: a cast on every statement of a challenge and
//!   the step past the last, which seals it;
//! - a phone's seat and its answer;
//! - a participant added;
//! - the reveal of a room in which every seat answered on its phone, whose
//!   cost is per seat counted (time ÷ people), and must not grow with the room;
//! - the whole voted crowd the benchmarks and examples use, built by commands.

use klarhet::model::assessment::Challenge;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};

fn main() {
    divan::main();
}

const SIZES: [u32; 3] = [30, 1_000, 10_000];

/// A session of `people` participants, no votes.
fn crowd(model: &Assessment, people: u32) -> Session {
    klarhet::demo::crowd(model, people, false)
}

/// Applies `command`, which the bench's session accepts.
fn give(s: &mut Session, model: &Assessment, command: Command) {
    s.apply(model, command).expect("accepted");
}

/// Voter `voter`'s whole ballot on challenge `c`.
fn ballot(c: &Challenge, voter: u32) -> Vec<Command> {
    c.statements
        .iter()
        .map(|st| Command::Cast {
            challenge: c.id.clone(),
            statement: st.id.clone(),
            voter,
            answer: Answer::Value(3),
        })
        .chain(std::iter::once(Command::Pass {
            challenge: c.id.clone(),
            voter,
            count: c.statements.len(),
        }))
        .collect()
}

/// How many of the last people on the list each bench's iterations go
/// through, in list order as a workshop does: a room of 30 has no more.
const LAST: u32 = 30;

/// One voter's ballot at the keyboard, sealed by its last step, in one
/// session that the iterations go on voting in (the last 30 voters, then the
/// next challenge), as a workshop does.
#[divan::bench(args = SIZES, sample_count = 30, sample_size = 1)]
fn one_ballot(bencher: divan::Bencher, people: u32) {
    let model = Assessment::halmstad().expect("the model");
    let mut s = crowd(&model, people);
    let mut n = 0;
    bencher.bench_local(|| {
        let voter = people - LAST + 1 + n % LAST;
        let c = &model.challenges[(n / LAST) as usize % model.challenges.len()];
        n += 1;
        for command in ballot(c, voter) {
            give(&mut s, &model, command);
        }
    });
}

/// The room opened and the seats up to `seats` taken.
fn room(model: &Assessment, people: u32, seats: u32) -> Session {
    let mut s = crowd(model, people);
    let token = "ROOMTOKEN".into();
    give(&mut s, model, Command::OpenRoom { token });
    for seat in 1..=seats {
        let hash = format!("{seat:064x}");
        give(&mut s, model, Command::TakeSeat { seat, hash });
    }
    s
}

/// A phone takes one of the last 30 seats and answers a statement on it.
#[divan::bench(args = SIZES, sample_count = 30, sample_size = 1)]
fn seat_and_answer(bencher: divan::Bencher, people: u32) {
    let model = Assessment::halmstad().expect("the model");
    let mut s = room(&model, people, people - LAST);
    let c = &model.challenges[0];
    let mut n = 0;
    bencher.bench_local(|| {
        // Past the last seat, a seat taken again by its own phone answers again.
        let seat = people - LAST + 1 + n % LAST;
        n += 1;
        let hash = format!("{seat:064x}");
        give(&mut s, &model, Command::TakeSeat { seat, hash });
        let answer = Command::AnswerInRoom {
            challenge: c.id.clone(),
            statement: c.statements[0].id.clone(),
            seat,
            answer: Some(Answer::Value(2)),
            passed: 1,
        };
        give(&mut s, &model, answer);
    });
}

/// One more participant joins, each iteration another.
#[divan::bench(args = SIZES, sample_count = 30, sample_size = 1)]
fn add_participant(bencher: divan::Bencher, people: u32) {
    let model = Assessment::halmstad().expect("the model");
    let mut s = crowd(&model, people);
    bencher.bench_local(|| {
        let alias = "Ny".to_owned();
        // The model's first group: Halmstad's politik.
        let groups = vec![model.groupings[0].groups[0].id.clone()];
        give(&mut s, &model, Command::AddParticipant { alias, groups });
    });
}

/// The reveal of the first challenge in a room where every seat answered its
/// first statement on the phone: every seat's ballot is counted.
#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn reveal_room(bencher: divan::Bencher, people: u32) {
    let model = Assessment::halmstad().expect("the model");
    let mut s = room(&model, people, people);
    let c = &model.challenges[0];
    for seat in 1..=people {
        let answer = Command::AnswerInRoom {
            challenge: c.id.clone(),
            statement: c.statements[0].id.clone(),
            seat,
            answer: Some(Answer::Value((seat % 5 + 1) as i32)),
            passed: 1,
        };
        give(&mut s, &model, answer);
    }
    let reveal = Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    bencher
        .with_inputs(|| s.clone())
        .bench_local_values(|mut s| {
            give(&mut s, &model, reveal.clone());
            s
        });
}

/// Every one of `people` through every statement of every challenge, each
/// ballot sealed by its last step, and every challenge revealed: the voted
/// crowd of `klarhet::demo::crowd`, built by one command per step.
#[divan::bench(args = [1_000, 10_000], sample_count = 3, sample_size = 1)]
fn voted_crowd(bencher: divan::Bencher, people: u32) {
    let model = Assessment::halmstad().expect("the model");
    let s = crowd(&model, people);
    bencher
        .with_inputs(|| s.clone())
        .bench_local_values(|mut s| {
            for c in &model.challenges {
                for voter in 1..=people {
                    for (k, st) in c.statements.iter().enumerate() {
                        let cast = Command::Cast {
                            challenge: c.id.clone(),
                            statement: st.id.clone(),
                            voter,
                            answer: Answer::Value(1 + ((voter as usize + k) % 5) as i32),
                        };
                        give(&mut s, &model, cast);
                    }
                    let pass = Command::Pass {
                        challenge: c.id.clone(),
                        voter,
                        count: c.statements.len(),
                    };
                    give(&mut s, &model, pass);
                }
                let reveal = Command::Reveal {
                    challenge: c.id.clone(),
                    at: "2026-12-06T10:00:00Z".parse().unwrap(),
                };
                give(&mut s, &model, reveal);
            }
            s
        });
}
