//! How a session protects the people in it: the threshold below which no answers
//! are shown, and the one explicit exception, a self-assessment of one person.

use crate::model::ballot_box::RoleGroup;
use crate::model::session::{Role, Session};
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

/// The number of participants per role group, as reports may print it: the same
/// primary and secondary suppression as the means, so that a count of one or two
/// (which, beside the room's total, tells who a small group is) is never shown.
/// Empty when every role had to be merged into one group: that group is the room.
pub fn role_counts(session: &Session) -> Vec<(RoleGroup, usize)> {
    let k = session.privacy.min_group();
    let mut shown: Vec<(Role, usize)> = Role::ALL
        .iter()
        .map(|r| (*r, session.participants.with_role(*r)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut merged = 0;
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
        .map(|(r, n)| (RoleGroup::Role(r), n))
        .chain((merged > 0).then_some((RoleGroup::Merged, merged)))
        .collect()
}

#[cfg(test)]
#[path = "privacy_tests.rs"]
mod tests;
