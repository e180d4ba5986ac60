//! Sessions for measuring scale: a large room of invented people, with or
//! without their votes, and the largest session the design budgets for. Used
//! by the benchmarks, `examples/` and the tests of large rooms.

use super::give;
use crate::model::Command;
use crate::model::assessment::Assessment;
use crate::model::session::{Answer, Session};
use crate::text::Lang;

/// A large room for measuring scale: `people` participants in every role, with
/// no answers, or (when `voted`) every one of them through every statement,
/// counted into the ballot box; every tenth answer is vet ej. Used by the
/// benchmarks and by `examples/`, which write it to disk.
pub fn crowd(model: &Assessment, people: u32, voted: bool) -> Session {
    crowd_named(model, people, voted, |id| format!("P{id}"))
}

/// When the crowd's challenges are revealed: noon (UTC) on its day, 2026-11-22.
pub(crate) fn reveal_time() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_795_348_800).unwrap_or_default()
}

/// [`crowd`] with each participant's alias given by `alias` from their number.
/// The people join by one command, as a list read from a file does; each
/// votes by the commands the ballot screen gives (an answer per statement,
/// then the step past the last, which seals the ballot), challenge by
/// challenge, and each challenge is revealed when everyone has voted.
fn crowd_named(
    model: &Assessment,
    people: u32,
    voted: bool,
    alias: impl Fn(u32) -> String,
) -> Session {
    let mut s = Session::new(
        model,
        "Storstad kommun",
        jiff::civil::date(2026, 11, 22),
        Lang::SV,
    );
    // Everyone in a group of the model's first grouping, in turn.
    let groups: Vec<String> = (model.groupings.first())
        .map(|g| g.groups.iter().map(|x| x.id.clone()).collect())
        .unwrap_or_default();
    let people_list = (1..=people)
        .map(|id| {
            let group = groups.get((id as usize) % groups.len().max(1));
            (alias(id), group.cloned().into_iter().collect())
        })
        .collect();
    give(
        &mut s,
        model,
        Command::Enrol {
            people: people_list,
        },
    );
    if voted {
        // `k` counts the model's statements across its challenges.
        let mut first = 0;
        for c in &model.challenges {
            for p in 1..=people {
                for (k, st) in (first..).zip(&c.statements) {
                    let cast = Command::Cast {
                        challenge: c.id.clone(),
                        statement: st.id.clone(),
                        voter: p,
                        answer: spread_answer(p, k),
                    };
                    give(&mut s, model, cast);
                }
                let pass = Command::Pass {
                    challenge: c.id.clone(),
                    voter: p,
                    count: c.statements.len(),
                };
                give(&mut s, model, pass);
            }
            first += c.statements.len();
            let reveal = Command::Reveal {
                challenge: c.id.clone(),
                at: reveal_time(),
            };
            give(&mut s, model, reveal);
        }
    }
    s
}

/// A spread of answers that differs per statement `k` and per person `p`;
/// every tenth is vet ej.
fn spread_answer(p: u32, k: usize) -> Answer {
    let x = (p as usize * 7 + k * 3) % 10;
    if x == 9 {
        Answer::Unknown
    } else {
        Answer::Value(1 + (x % 5) as i32)
    }
}

/// The largest session the design budgets for, to measure what klarhet must be
/// able to read (the size limit on session files, in `crate::files`, is set
/// from it): `people` participants with names as long as a real list has, each
/// with a phone's seat in the room and an open answer to every statement, none
/// revealed yet. Open answers are the largest form a vote takes in the file
/// (each is kept beside its seat until the reveal counts it), so this is larger
/// than the same room once counted, or than a round at the keyboard.
pub fn largest(model: &Assessment, people: u32) -> Session {
    let mut s = crowd_named(model, people, false, |id| {
        format!("Deltagare {id:05}, förvaltningen för samhällsbyggnad")
    });
    let token = "x".repeat(16);
    give(&mut s, model, Command::OpenRoom { token });
    for seat in 1..=people {
        // A seat token's hash is 64 hex digits; any value of that length will do.
        let hash = format!("{seat:064x}");
        give(&mut s, model, Command::TakeSeat { seat, hash });
    }
    for c in &model.challenges {
        for (k, st) in c.statements.iter().enumerate() {
            for seat in 1..=people {
                let answer = Command::AnswerInRoom {
                    challenge: c.id.clone(),
                    statement: st.id.clone(),
                    seat,
                    answer: Some(spread_answer(seat, k)),
                    passed: k + 1,
                };
                give(&mut s, model, answer);
            }
        }
    }
    s
}
