//! The rules a session's rounds keep: each is of a challenge in the model and
//! asks some of its statements, once each; a closed round's counts are counts
//! the session can have, as the current round's are; only the latest round of a
//! challenge is open; and an agreed score follows a round its challenge has had.

use crate::error::Problem;
use crate::locate::Place;
use crate::model::assessment::Assessment;
use crate::model::ballot_box::{BallotBox, RoleGroup, Sealed};
use crate::model::session::Session;

/// Checks `s.rounds` against `model`, with `most` the most voters any count may
/// hold. A fault comes with its place within `rounds`.
pub(super) fn rounds(s: &Session, model: &Assessment, most: u32) -> Result<(), (Place, Problem)> {
    for (challenge, rounds) in &s.rounds {
        let place = Place::start().value(challenge);
        let Some(c) = model.challenge(challenge) else {
            let problem = Problem::DanglingId {
                kind: "challenge",
                id: challenge.clone(),
            };
            return Err((place, problem));
        };
        for (i, round) in rounds.iter().enumerate() {
            let at = |key| place.clone().nth_key(key, i);
            if round.statements.is_empty() {
                let problem = Problem::NoStatements {
                    challenge: challenge.clone(),
                };
                return Err((at("statements"), problem));
            }
            for (k, statement) in round.statements.iter().enumerate() {
                if !c.statements.iter().any(|t| t.id == *statement) {
                    let problem = Problem::DanglingId {
                        kind: "statement",
                        id: statement.clone(),
                    };
                    return Err((at("statements"), problem));
                }
                if round.statements[..k].contains(statement) {
                    let problem = Problem::DuplicateId {
                        kind: "statement",
                        id: statement.clone(),
                    };
                    return Err((at("statements"), problem));
                }
            }
            let last = i + 1 == rounds.len();
            // Only some rounds have counts kept: the nth that has.
            let nth = rounds[..i].iter().filter(|r| r.closed.is_some()).count();
            let closed = place.clone().nth_key("closed", nth);
            match (&round.closed, last) {
                (Some(_), true) => {
                    let problem = Problem::LatestRoundClosed {
                        challenge: challenge.clone(),
                    };
                    return Err((closed, problem));
                }
                (Some(counts), false) => {
                    let hands: BallotBox = std::iter::once((
                        RoleGroup::Merged,
                        Sealed {
                            voters: most,
                            on_scale: 0,
                            answers: counts.hands.clone(),
                        },
                    ))
                    .collect();
                    for (key, boxed) in [
                        ("revealed", &counts.revealed),
                        ("pending", &counts.pending.as_box(counts.revealed.voters())),
                        ("hands", &hands),
                    ] {
                        boxed
                            .check(model, challenge, most)
                            .map_err(|(inner, p)| (closed.clone().key(key).then(inner), p))?;
                    }
                }
                (None, _) => {}
            }
        }
    }
    for (challenge, agreed) in &s.agreed {
        if agreed
            .round
            .is_some_and(|r| r == 0 || r > s.current_round(challenge))
        {
            let problem = Problem::DanglingId {
                kind: "round",
                id: agreed.followed().to_string(),
            };
            return Err((Place::start().key("agreed").value(challenge), problem));
        }
    }
    Ok(())
}
