//! How a session protects the people in it: the threshold below which no answers
//! are shown, and the one explicit exception, a self-assessment of one person.

use crate::model::ballot_box::RoleGroup;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};

/// How a session protects the people in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Role groups with fewer respondents than this are merged into "övriga".
    /// Never taken below [`crate::model::ballots::MIN_GROUP_FLOOR`].
    pub min_group: u32,
    /// Whether reports may list participants' aliases (never next to answers).
    pub show_names: bool,
    /// Set when the session is one person's self-assessment: then their own answers
    /// are shown in full, which for anyone else would give them away. It counts only
    /// while no more than one person can answer (see [`Session::is_self_assessment`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_assessment: bool,
    /// Set, for good, once more than one person could answer in the session or
    /// did: a self-assessment then ends, and does not begin again when people
    /// leave, since what was shown of one person's answers and what the others
    /// gave could otherwise be told apart.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub several: bool,
}

impl Default for Privacy {
    fn default() -> Privacy {
        Privacy {
            min_group: crate::model::ballots::DEFAULT_MIN_GROUP as u32,
            show_names: false,
            self_assessment: false,
            several: false,
        }
    }
}

impl Privacy {
    /// The smallest group shown, never below the floor of three.
    pub fn min_group(&self) -> usize {
        (self.min_group as usize).max(crate::model::ballots::MIN_GROUP_FLOOR)
    }
}

impl Session {
    /// True when this session is one person's self-assessment, as it says
    /// explicitly, and no more than one person can answer in it or ever could:
    /// the only case in which a round with fewer voters than the threshold is
    /// shown. The minimum group applies whenever more than one person can
    /// answer: named participants, the head count, or the room's seats, and
    /// once a challenge holds the ballots of two.
    pub fn is_self_assessment(&self) -> bool {
        self.privacy.self_assessment
            && !self.privacy.several
            && self.people() <= 1
            && !self.has_two_ballots()
    }

    /// How many people can answer: the named participants, the head count, or
    /// the room's claimed seats, whichever is most.
    pub fn people(&self) -> usize {
        let seats = self.room.as_ref().map_or(0, |r| r.seats().len());
        let head = self.headcount.unwrap_or(0) as usize;
        self.participants.len().max(head).max(seats)
    }

    /// Notes, for good, that the session has had more than one person in it:
    /// called whenever an answer is given or a seat claimed, so that whoever
    /// joined and answered is protected by the threshold even after they leave.
    pub(in crate::model) fn note_people(&mut self) {
        if !self.privacy.several && (self.people() > 1 || self.has_two_ballots()) {
            self.privacy.several = true;
        }
    }

    /// True when some challenge holds the ballots of two voters, counted or
    /// open: a session of one person can hold only one.
    fn has_two_ballots(&self) -> bool {
        let challenges: std::collections::BTreeSet<&String> = self
            .progress
            .keys()
            .chain(self.pending.keys())
            .chain(self.revealed.keys())
            .chain(self.sealed.keys())
            .collect();
        let finished = |c: &str| self.progress.get(c).map_or(0, |p| p.len());
        let counted = |c: &str| self.counted(c) as usize;
        self.responses.open_voter_count() > 1
            || self.closed_two_ballots()
            || challenges
                .into_iter()
                .any(|c| finished(c).max(counted(c)) > 1)
    }

    /// The fewest voters whose ballots may be shown together: 1 for a
    /// self-assessment, otherwise the privacy setting.
    pub fn disclosure_threshold(&self) -> usize {
        if self.is_self_assessment() {
            1
        } else {
            self.privacy.min_group()
        }
    }
}

/// The number of participants per group of the session's breakdown, as
/// reports may print it: the same primary and secondary suppression as the
/// means, so that a count of one or two (which, beside the room's total, tells
/// who a small group is) is never shown. Those in no group of the breakdown
/// count among the merged. Empty when every group had to be merged into one
/// (that group is the room), and in a model without groupings.
pub fn role_counts(model: &crate::model::Assessment, session: &Session) -> Vec<(RoleGroup, usize)> {
    counts_in(session, &session.breakdown_ids(model))
}

/// [`role_counts`] over the breakdown's groups `ids`, in their order.
pub(in crate::model) fn counts_in(session: &Session, ids: &[String]) -> Vec<(RoleGroup, usize)> {
    let k = session.privacy.min_group();
    let mut shown: Vec<(&String, usize)> = ids
        .iter()
        .map(|id| (id, session.participants.in_group(id)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let grouped: usize = shown.iter().map(|(_, n)| n).sum();
    let mut merged = session.participants.len().saturating_sub(grouped);
    shown.retain(|(_, n)| {
        let keep = *n >= k;
        if !keep {
            merged += n;
        }
        keep
    });
    while merged > 0 && merged < k && !shown.is_empty() {
        let smallest = (0..shown.len())
            .min_by_key(|&i| (shown[i].1, i))
            .unwrap_or(0);
        merged += shown.remove(smallest).1;
    }
    if shown.len() + usize::from(merged > 0) < 2 {
        return Vec::new();
    }
    shown
        .into_iter()
        .map(|(id, n)| (RoleGroup::Role(id.clone()), n))
        .chain((merged > 0).then_some((RoleGroup::Merged, merged)))
        .collect()
}

#[cfg(test)]
#[path = "privacy_tests.rs"]
mod tests;
