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

use crate::error::Problem;
use crate::model::assessment::Assessment;
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
    },
    /// `voter` has passed `count` statements of `challenge`, fewer than all.
    Passed {
        /// The challenge's id.
        challenge: String,
        /// The voter.
        voter: u32,
        /// How many statements they have passed.
        count: usize,
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
    },
}

impl Change {
    /// True when the change can be kept in a journal: everything but passing a
    /// challenge's last statement, which seals the ballot.
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
        match change {
            Change::Cast {
                challenge,
                statement,
                voter,
                answer,
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
