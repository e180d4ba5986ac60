//! A vote must cost the same however many rounds its challenge has had: the
//! current round's counts are kept where a session with one round keeps them,
//! and earlier rounds only in their records. One ballot (a cast on every
//! statement and the last step, which seals it) in a room of 300 whose every
//! challenge has had 1, 10 or 30 rounds before this one.

use klarhet::model::journal::Change;
use klarhet::model::round::Channel;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};

fn main() {
    divan::main();
}

/// 300 participants; every challenge has had `rounds` rounds, each voted on by
/// all and revealed, and a fresh round is open.
fn after_rounds(model: &Assessment, rounds: u32) -> Session {
    let mut s = klarhet::demo::crowd(model, 300, false);
    let at: jiff::Timestamp = "2026-12-06T09:00:00Z".parse().expect("a time");
    for c in &model.challenges {
        let all: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
        for _ in 0..rounds {
            for voter in 1..=300 {
                for st in &all {
                    let cast = Command::Cast {
                        challenge: c.id.clone(),
                        statement: st.clone(),
                        voter,
                        answer: Answer::Value(1 + (voter % 5) as i32),
                    };
                    s.apply(model, cast).expect("open");
                }
                let pass = Command::Pass {
                    challenge: c.id.clone(),
                    voter,
                    count: all.len(),
                };
                s.apply(model, pass).expect("sealed");
            }
            let challenge = c.id.clone();
            s.apply(
                model,
                Command::Reveal {
                    challenge,
                    at: jiff::Timestamp::UNIX_EPOCH,
                },
            )
            .expect("shown");
            let again = Command::OpenRound {
                challenge: c.id.clone(),
                statements: all.clone(),
                channel: Channel::Keyboard,
                at,
            };
            s.apply(model, again).expect("everything was counted");
        }
    }
    s
}

#[divan::bench(args = [1, 10, 30], sample_count = 50)]
fn one_ballot_after_rounds(bencher: divan::Bencher, rounds: u32) {
    let model = Assessment::halmstad().expect("model");
    let s = after_rounds(&model, rounds);
    let c = &model.challenges[0];
    let round = s.current_round(&c.id);
    let changes: Vec<Change> = c
        .statements
        .iter()
        .map(|st| Change::Cast {
            challenge: c.id.clone(),
            statement: st.id.clone(),
            voter: 7,
            answer: Answer::Value(3),
            round,
        })
        .chain(std::iter::once(Change::Passed {
            challenge: c.id.clone(),
            voter: 7,
            count: c.statements.len(),
            round,
        }))
        .collect();
    bencher
        .with_inputs(|| s.clone())
        .bench_local_values(|mut s| {
            for change in &changes {
                s.replay(&model, change, false).expect("applies");
            }
            s
        });
}
