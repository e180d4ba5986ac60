//! The group's shown private votes in the JSON export: on the alternatives,
//! and on an area's phase. Absent where none were shown, so that an export
//! without votes is as it was; what waits to be shown is never exported.

use crate::report::document::Votes;
use serde::Serialize;

/// One poll's shown votes.
#[derive(Serialize)]
pub(super) struct VotesDoc {
    /// How many votes were shown.
    pub shown: u64,
    /// Each choice in the model's order.
    pub choices: Vec<VoteDoc>,
    /// How many could not say, and their share in whole percent.
    pub unsure: u32,
    pub unsure_percent: u64,
}

/// One choice's shown votes.
#[derive(Serialize)]
pub(super) struct VoteDoc {
    /// The alternative's or phase's id.
    pub id: String,
    pub name: String,
    pub votes: u32,
    /// Their share of the shown votes, in whole percent.
    pub percent: u64,
}

pub(super) fn votes_doc(votes: &Votes) -> VotesDoc {
    VotesDoc {
        shown: votes.shown,
        choices: (votes.choices.iter())
            .map(|(id, name, n)| VoteDoc {
                id: id.clone(),
                name: name.clone(),
                votes: *n,
                percent: votes.percent(*n),
            })
            .collect(),
        unsure: votes.unsure,
        unsure_percent: votes.percent(votes.unsure),
    }
}
