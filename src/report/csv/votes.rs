//! The rows of the group's shown private votes: one a choice, in the model's
//! order, then one for those who could not say (its choice's id blank), each
//! with its votes, their share and how many were shown. `poll` gives the
//! columns that say what the vote was on and which choice the row is.

use super::{Col, Table};
use crate::report::document::Votes;
use crate::text::Lang;

pub(super) fn rows(
    t: &mut Table,
    votes: &Votes,
    lang: Lang,
    poll: impl Fn(String, String) -> Vec<(Col, String)>,
) {
    let unsure = (
        String::new(),
        crate::tr!(lang, "report-votes-unsure"),
        votes.unsure,
    );
    for (id, name, n) in votes.choices.iter().cloned().chain(std::iter::once(unsure)) {
        let mut cells = poll(id, name);
        cells.extend([
            (Col::VoteRound, votes.round.to_string()),
            (Col::Votes, n.to_string()),
            (Col::VoteShare, votes.percent(n).to_string()),
            (Col::VotesShown, votes.shown.to_string()),
        ]);
        t.row(crate::tr!(lang, "csv-section-vote"), cells);
    }
}
