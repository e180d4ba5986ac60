//! What a change is about, as the journal and the session host ask it: which
//! voters and challenge it names, its round, and whether a journal line may
//! keep it.

use crate::model::assessment::Assessment;
use crate::model::journal::Change;
use crate::model::round::RoundNo;
use crate::model::session::Session;

impl Change {
    /// True when the change can be kept in a journal: the votes, but not passing
    /// a challenge's last statement, which seals the ballot. Every other change
    /// is saved with the whole session.
    pub fn journalled(&self, model: &Assessment) -> bool {
        match self {
            Change::Cast { .. }
            | Change::Seated { .. }
            | Change::RoomAnswer { .. }
            | Change::Sealed { .. } => true,
            Change::Passed {
                challenge, count, ..
            } => model
                .challenge(challenge)
                .is_some_and(|c| *count < c.statements.len()),
            _ => false,
        }
    }

    /// True when the change may never be a journal's line, whatever calls for
    /// it: open answers and picks, whose giving ties them to their giver
    /// until the whole session is written without the tie.
    pub fn kept_whole(&self) -> bool {
        matches!(self, Change::Answers(_) | Change::Picks(_))
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
            | Change::RoomAnswer { round, .. }
            | Change::Sealed { round, .. } => Some(*round),
            _ => None,
        }
    }
}

impl Change {
    /// The voters (or seats) the change is about.
    pub fn voters(&self) -> Vec<u32> {
        match self {
            Change::Cast { voter, .. } | Change::Passed { voter, .. } => vec![*voter],
            Change::Seated { seat, .. } | Change::RoomAnswer { seat, .. } => vec![*seat],
            Change::Sealed { voters, .. } => voters.clone(),
            _ => Vec::new(),
        }
    }
}

impl Change {
    /// The challenge a vote is on; none for a seat.
    pub(super) fn challenge(&self) -> Option<&str> {
        match self {
            Change::Cast { challenge, .. }
            | Change::Passed { challenge, .. }
            | Change::RoomAnswer { challenge, .. }
            | Change::Sealed { challenge, .. } => Some(challenge),
            _ => None,
        }
    }
}
