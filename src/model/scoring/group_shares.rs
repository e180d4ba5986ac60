//! A group's own share of an answer, for the figures a report gives per group
//! (a reference's `GroupShare`, docs/model-format.md "Reference figures"): set
//! beside the report's figure for the group with the same id, and only for a
//! group the privacy rules show apart ([`super::groups::role_means`]), so
//! that the share rests on at least the minimum group's answers.

use super::{ChallengeResult, RoleGroup};
use crate::model::assessment::AnswerKey;

impl ChallengeResult {
    /// How many of group `group`'s answers to the statements `ids` were
    /// `answer`, and of how many answers (vet ej included); none when the
    /// group is not shown apart or gave none of them.
    pub fn group_share(&self, group: &str, ids: &[&str], answer: AnswerKey) -> Option<(u64, u64)> {
        let (_, tallies) = (self.group_tallies.iter())
            .find(|(g, _)| matches!(g, RoleGroup::Role(id) if id == group))?;
        let (mut count, mut total) = (0u64, 0u64);
        for tally in ids.iter().filter_map(|id| tallies.get(*id)) {
            total += u64::from(tally.total());
            count += u64::from(match answer {
                AnswerKey::Value(v) => tally.counts.get(&v).copied().unwrap_or(0),
                AnswerKey::Unknown => tally.unknown,
            });
        }
        (total > 0).then_some((count, total))
    }
}
