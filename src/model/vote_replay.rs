//! Replaying a vote kept in a journal (see [`crate::model::journal`]): what a
//! line of the journal does again to a session, checked as the file is.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::checks::{challenge_of, on_scale};
use crate::model::journal::Change;
use crate::model::session::Session;

impl Session {
    /// Replays `change`, as kept in a journal, onto the session, as
    /// [`Session::apply`] makes each change. A cast for a ballot already sealed
    /// is skipped when `replaying` (the journal is older), and refused otherwise.
    pub fn replay(
        &mut self,
        model: &Assessment,
        change: &Change,
        replaying: bool,
    ) -> Result<(), Problem> {
        self.know_groups(model);
        // A journal is read from disk: everything in it is checked as a file is.
        if let Some(voter) = change.voters().iter().find(|v| !self.is_voter(**v)) {
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
            Change::Sealed {
                challenge,
                voters,
                waiting,
                ..
            } => {
                let c = challenge_of(model, challenge)?;
                self.take_sealed(model, c, voters, waiting, replaying)
            }
            other => self.replay_decision(model, other),
        }
    }
}
