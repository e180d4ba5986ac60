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
}

impl Change {
    /// True when the change can be kept in a journal: everything but passing a
    /// challenge's last statement, which seals the ballot.
    pub fn journalled(&self, model: &Assessment) -> bool {
        match self {
            Change::Cast { .. } => true,
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
        };
        let known = if self.participants.is_empty() {
            (1..=self.headcount.unwrap_or(0)).contains(&voter)
        } else {
            self.participants.iter().any(|p| p.id == voter)
        };
        if !known {
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
                let on_scale = match answer {
                    Answer::Value(v) => model.scale.contains(*v),
                    Answer::Unknown => model.scale.unknown.is_some(),
                };
                if !on_scale {
                    return Err(Problem::AnswerOffScale {
                        statement: statement.clone(),
                        answer: match answer {
                            Answer::Value(v) => Some(*v),
                            Answer::Unknown => None,
                        },
                    });
                }
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
        }
    }
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
