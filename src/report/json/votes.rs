//! The group's shown private votes in the JSON export: on the alternatives,
//! and on an area's phase. Absent where none were shown, so that an export
//! without votes is as it was; what waits to be shown is never exported.

use crate::report::document::Votes;
use serde::Serialize;

/// One vote of a poll, as shown.
#[derive(Serialize)]
pub(super) struct VotesDoc {
    /// Its place among the poll's votes, from 1.
    pub round: usize,
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

/// A poll's votes, oldest first; none (the field left out) while nothing is shown.
pub(super) fn votes_docs(votes: &[Votes]) -> Option<Vec<VotesDoc>> {
    (!votes.is_empty()).then(|| votes.iter().map(votes_doc).collect())
}

fn votes_doc(votes: &Votes) -> VotesDoc {
    VotesDoc {
        round: votes.round,
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
