//! A session taken to a later round by commands, as a workshop does: every
//! challenge's first round voted at the keyboard and shown, then a second round
//! opened for the phones. Shared by the tests and the room's benchmarks.

use klarhet::model::Assessment;
use klarhet::model::Session;
use klarhet::model::assessment::Challenge;
use klarhet::model::command::Command;
use klarhet::model::session::Answer;

/// Takes `s`, with `people` voters, through a first round of every challenge
/// at the keyboard (voter v answers v mod 5 + 1), shows it, and opens a second
/// round for the phones on the statements `again` chooses of each challenge.
pub fn voted_then_again(
    s: &mut Session,
    model: &Assessment,
    people: u32,
    again: impl Fn(&Challenge) -> Vec<String>,
) {
    for c in &model.challenges {
        for voter in 1..=people {
            for st in &c.statements {
                let cast = Command::Cast {
                    challenge: c.id.clone(),
                    statement: st.id.clone(),
                    voter,
                    answer: Answer::Value((voter % 5 + 1) as i32),
                };
                s.apply(model, cast).expect("cast");
            }
            let pass = Command::Pass {
                challenge: c.id.clone(),
                voter,
                count: c.statements.len(),
            };
            s.apply(model, pass).expect("passed");
        }
        s.apply(
            model,
            Command::Reveal {
                challenge: c.id.clone(),
                at: "2026-12-06T10:00:00Z".parse().unwrap(),
            },
        )
        .expect("shown");
        let open = Command::OpenRound {
            challenge: c.id.clone(),
            statements: again(c),
            channel: klarhet::model::round::Channel::Room,
            at: "2026-12-06T14:00:00Z".parse().expect("a time"),
        };
        s.apply(model, open).expect("round 2 opens");
    }
}
