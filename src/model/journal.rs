//! Changes small enough to be kept by appending a line instead of rewriting the
//! whole session: an answer cast in a ballot round, and a voter moving on. A
//! session with thousands of participants then costs one short write per vote.
//!
//! Only changes that leave every answer where the session file would keep it are
//! journalled: passing the *last* statement seals a ballot (its answers leave
//! the voter's id), and that is always written as a whole session, so that no
//! file, journal included, ever ties a sealed ballot to its voter.
//!
//! Replaying a change is idempotent: casting the same answer again sets it to the
//! same value, and progress only grows. A cast for a ballot that the session has
//! already sealed is skipped, since it is in the box.
//!
//! A vote names its round. A line written before rounds names none and is the
//! challenge's round 1. Replayed onto a file whose challenge has gone on to a
//! later round, a vote of an earlier round is skipped: the file, written when
//! that round closed, holds it. A round opens with a whole save of the
//! session, so a vote never names a round the file does not have.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::round::RoundNo;
use crate::model::session::{Answer, Session};
use serde::{Deserialize, Serialize};

/// One change to a session, as one line of its journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// `voter` answered `statement` of `challenge`.
    Cast {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
        /// The voter's participant id or seat.
        voter: u32,
        /// The answer.
        answer: Answer,
        /// The challenge's round it was given in.
        #[serde(default = "first_round")]
        round: RoundNo,
    },
    /// `voter` has passed `count` statements of `challenge`, fewer than all.
    Passed {
        /// The challenge's id.
        challenge: String,
        /// The voter.
        voter: u32,
        /// How many statements they have passed.
        count: usize,
        /// The challenge's round.
        #[serde(default = "first_round")]
        round: RoundNo,
    },
    /// A phone claimed `seat` in the room; the session keeps its token's hash.
    Seated {
        /// The seat: a participant's id, or a number in an anonymous room.
        seat: u32,
        /// The SHA-256 of the phone's seat token.
        hash: String,
    },
    /// `seat` answered `statement` of `challenge` on its phone (or skipped it,
    /// withdrawing an earlier answer) and has passed `passed` statements. The
    /// answer stays open until the results are shown (see [`crate::model::room`]).
    RoomAnswer {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
        /// The seat.
        seat: u32,
        /// The answer, or none for a skip.
        answer: Option<Answer>,
        /// How many statements of the challenge the seat has passed.
        passed: usize,
        /// The challenge's round it was given in.
        #[serde(default = "first_round")]
        round: RoundNo,
    },
}

/// The round a journal line from before rounds was given in.
fn first_round() -> RoundNo {
    1
}

impl Change {
    /// True when the change can be kept in a journal: everything but passing a
    /// challenge's last statement, which seals the ballot. For a first round,
    /// which asks every statement; see [`Change::journalled_in`] for any round.
    pub fn journalled(&self, model: &Assessment) -> bool {
        match self {
            Change::Cast { .. } | Change::Seated { .. } | Change::RoomAnswer { .. } => true,
            Change::Passed {
                challenge, count, ..
            } => model
                .challenge(challenge)
                .is_some_and(|c| *count < c.statements.len()),
        }
    }

    /// [`Change::journalled`] in `session`'s rounds: passing the last statement
    /// of the challenge's current round seals the ballot, however few it asks.
    pub fn journalled_in(&self, session: &Session, model: &Assessment) -> bool {
        match self {
            Change::Passed {
                challenge, count, ..
            } => model
                .challenge(challenge)
                .is_some_and(|c| *count < session.round_len(c)),
            _ => self.journalled(model),
        }
    }

    /// The round a vote names; none for a seat.
    pub fn round(&self) -> Option<RoundNo> {
        match self {
            Change::Cast { round, .. }
            | Change::Passed { round, .. }
            | Change::RoomAnswer { round, .. } => Some(*round),
            Change::Seated { .. } => None,
        }
    }
}

impl Session {
    /// Applies `change` as the ballot screen does. A cast for a ballot already
    /// sealed is skipped when `replaying` (the journal is older than the seal),
    /// and refused otherwise.
    pub fn apply(
        &mut self,
        model: &Assessment,
        change: &Change,
        replaying: bool,
    ) -> Result<(), Problem> {
        // A journal is read from disk: everything in it is checked as a file is.
        let voter = match change {
            Change::Cast { voter, .. } | Change::Passed { voter, .. } => *voter,
            Change::Seated { seat, .. } | Change::RoomAnswer { seat, .. } => *seat,
        };
        if !self.is_voter(voter) {
            return Err(Problem::DanglingId {
                kind: "participant",
                id: voter.to_string(),
            });
        }
        if let (Some(round), Some(challenge)) = (change.round(), change.challenge()) {
            let current = self.current_round(challenge);
            if round > current {
                return Err(Problem::DanglingId {
                    kind: "round",
                    id: round.to_string(),
                });
            }
            if round < current {
                // Counted in the round it was given in, which has closed.
                return if replaying {
                    Ok(())
                } else {
                    Err(Problem::AlreadyCounted {
                        challenge: challenge.to_owned(),
                    })
                };
            }
        }
        match change {
            Change::Cast {
                challenge,
                statement,
                voter,
                answer,
                ..
            } => {
                let c = challenge_of(model, challenge)?;
                if !c.statements.iter().any(|s| s.id == *statement) {
                    return Err(Problem::DanglingId {
                        kind: "statement",
                        id: statement.clone(),
                    });
                }
                on_scale(model, statement, *answer)?;
                match self.cast(c, statement, *voter, *answer) {
                    Err(Problem::AlreadyCounted { .. }) if replaying => Ok(()),
                    other => other,
                }
            }
            Change::Passed {
                challenge,
                voter,
                count,
                ..
            } => {
                let c = challenge_of(model, challenge)?;
                self.pass_in(c, *voter, *count);
                Ok(())
            }
            Change::Seated { seat, hash } => match self.claim_seat(*seat, hash) {
                // A seat freed and claimed again: the later phone holds it.
                Err(Problem::SeatTaken { .. }) if replaying => {
                    self.free_seat(*seat);
                    self.claim_seat(*seat, hash)
                }
                other => other,
            },
            Change::RoomAnswer {
                challenge,
                statement,
                seat,
                answer,
                passed,
                ..
            } => {
                let c = challenge_of(model, challenge)?;
                if let Some(a) = answer {
                    on_scale(model, statement, *a)?;
                }
                match self.answer_in_room(c, statement, *seat, *answer, *passed) {
                    Err(Problem::AlreadyCounted { .. }) if replaying => Ok(()),
                    other => other,
                }
            }
        }
    }
}

impl Change {
    /// The challenge a vote is on; none for a seat.
    fn challenge(&self) -> Option<&str> {
        match self {
            Change::Cast { challenge, .. }
            | Change::Passed { challenge, .. }
            | Change::RoomAnswer { challenge, .. } => Some(challenge),
            Change::Seated { .. } => None,
        }
    }
}

/// Refuses an answer that is not on the model's scale.
pub fn on_scale(model: &Assessment, statement: &str, answer: Answer) -> Result<(), Problem> {
    let ok = match answer {
        Answer::Value(v) => model.scale.contains(v),
        Answer::Unknown => model.scale.unknown.is_some(),
    };
    if ok {
        return Ok(());
    }
    Err(Problem::AnswerOffScale {
        statement: statement.to_owned(),
        answer: match answer {
            Answer::Value(v) => Some(v),
            Answer::Unknown => None,
        },
    })
}

/// The challenge a change names, which a journal read from disk may not have.
fn challenge_of<'m>(
    model: &'m Assessment,
    id: &str,
) -> Result<&'m crate::model::assessment::Challenge, Problem> {
    model.challenge(id).ok_or_else(|| Problem::DanglingId {
        kind: "challenge",
        id: id.to_owned(),
    })
}
