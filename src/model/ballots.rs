//! Answers, sealed. A session keeps each participant's ballot so that a vote can be
//! changed and nothing is lost, but nothing outside the domain can read one ballot
//! back: the public API gives only counts over the whole room, and role groups are
//! aggregated inside the scoring engine with a minimum group size.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The smallest group size a session may set. The threshold rule of official
/// statistics (SCB's guidance on disclosure control) asks for at least three
/// contributors to a shown cell: with two, each of them can subtract their own
/// answer and read the other's.
pub const MIN_GROUP_FLOOR: usize = 3;

/// The default smallest number of people whose answers may be shown as a group.
pub const DEFAULT_MIN_GROUP: usize = 3;

/// One answer to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// A value on the scale.
    Value(i32),
    /// Vet ej: kept apart from the scale.
    Unknown,
}

/// Counts per value, and the don't-know count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// How many chose each value.
    pub counts: BTreeMap<i32, u32>,
    /// How many answered vet ej.
    pub unknown: u32,
}

impl Tally {
    /// Adds one answer.
    pub fn add(&mut self, answer: Answer) {
        match answer {
            Answer::Value(v) => *self.counts.entry(v).or_insert(0) += 1,
            Answer::Unknown => self.unknown += 1,
        }
    }

    /// Answers on the scale (n).
    pub fn n(&self) -> u32 {
        self.counts.values().sum()
    }

    /// All answers, vet ej included.
    pub fn total(&self) -> u32 {
        self.n() + self.unknown
    }
}

/// How the answers to one statement were collected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Votes {
    /// Ballot round: one answer per participant id.
    Ballots(BTreeMap<u32, Answer>),
    /// Show of hands: only the counts are known.
    Tally(Tally),
}

/// Every answer in a session, keyed by statement id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Responses(BTreeMap<String, Votes>);

impl Responses {
    /// Records (or replaces) `participant`'s answer to `statement`.
    /// Refused if the statement was scored by show of hands.
    pub fn cast(
        &mut self,
        statement: &str,
        participant: u32,
        answer: Answer,
    ) -> Result<(), Problem> {
        match self
            .0
            .entry(statement.to_owned())
            .or_insert_with(|| Votes::Ballots(BTreeMap::new()))
        {
            Votes::Ballots(ballots) => {
                ballots.insert(participant, answer);
                Ok(())
            }
            Votes::Tally(_) => Err(Problem::BallotsOnTally {
                statement: statement.to_owned(),
            }),
        }
    }

    /// Sets the show-of-hands counts for `statement`.
    /// Refused if ballots were already cast for it, so that no ballot is lost.
    pub fn set_tally(&mut self, statement: &str, tally: Tally) -> Result<(), Problem> {
        match self.0.get(statement) {
            Some(Votes::Ballots(b)) if !b.is_empty() => Err(Problem::TallyOverBallots {
                statement: statement.to_owned(),
            }),
            _ => {
                self.0.insert(statement.to_owned(), Votes::Tally(tally));
                Ok(())
            }
        }
    }

    /// The room's answers to `statement`, counted.
    pub fn tally(&self, statement: &str) -> Tally {
        match self.0.get(statement) {
            Some(Votes::Ballots(ballots)) => {
                let mut t = Tally::default();
                ballots.values().for_each(|a| t.add(*a));
                t
            }
            Some(Votes::Tally(t)) => t.clone(),
            None => Tally::default(),
        }
    }

    /// Removes every ballot `participant` cast, when they leave the session.
    pub fn forget(&mut self, participant: u32) {
        for votes in self.0.values_mut() {
            if let Votes::Ballots(b) = votes {
                b.remove(&participant);
            }
        }
    }

    /// Whether `participant` has answered `statement` (not what they answered).
    pub fn has_voted(&self, statement: &str, participant: u32) -> bool {
        matches!(self.0.get(statement), Some(Votes::Ballots(b)) if b.contains_key(&participant))
    }

    /// True if `statement` was scored by show of hands.
    pub fn is_tally(&self, statement: &str) -> bool {
        matches!(self.0.get(statement), Some(Votes::Tally(_)))
    }

    /// The pooled answers of `members` to `statements`, or, when fewer than
    /// `min_group` of them (never fewer than [`MIN_GROUP_FLOOR`]) answered any of those
    /// statements on the scale, only how many did. Only the scoring engine groups
    /// answers; it passes whole role groups, never one person.
    pub(crate) fn group_values<'a>(
        &self,
        statements: impl Iterator<Item = &'a str>,
        members: &BTreeSet<u32>,
        min_group: usize,
    ) -> Result<Vec<Tally>, usize> {
        let mut answered = BTreeSet::new();
        let mut out = Vec::new();
        for statement in statements {
            let mut t = Tally::default();
            if let Some(Votes::Ballots(ballots)) = self.0.get(statement) {
                for (who, answer) in ballots.iter().filter(|(who, _)| members.contains(who)) {
                    if matches!(answer, Answer::Value(_)) {
                        answered.insert(*who);
                    }
                    t.add(*answer);
                }
            }
            out.push(t);
        }
        if answered.len() >= min_group.max(MIN_GROUP_FLOOR) {
            Ok(out)
        } else {
            Err(answered.len())
        }
    }

    /// Checks statement ids, participant ids and values against the model.
    pub(crate) fn check(
        &self,
        model: &Assessment,
        participants: &BTreeSet<u32>,
    ) -> Result<(), Problem> {
        for (statement, votes) in &self.0 {
            if model.statement(statement).is_none() {
                return Err(Problem::DanglingId {
                    kind: "statement",
                    id: statement.clone(),
                });
            }
            let answers: Vec<Answer> = match votes {
                Votes::Ballots(b) => {
                    if let Some(who) = b.keys().find(|p| !participants.contains(p)) {
                        return Err(Problem::DanglingId {
                            kind: "participant",
                            id: who.to_string(),
                        });
                    }
                    b.values().copied().collect()
                }
                Votes::Tally(t) => {
                    let mut a: Vec<Answer> = t.counts.keys().map(|v| Answer::Value(*v)).collect();
                    if t.unknown > 0 {
                        a.push(Answer::Unknown);
                    }
                    a
                }
            };
            for answer in answers {
                let ok = match answer {
                    Answer::Value(v) => model.scale.contains(v),
                    Answer::Unknown => model.scale.unknown.is_some(),
                };
                if !ok {
                    return Err(Problem::AnswerOffScale {
                        statement: statement.clone(),
                        answer: match answer {
                            Answer::Value(v) => Some(v),
                            Answer::Unknown => None,
                        },
                    });
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_show_of_hands_never_overwrites_ballots() {
        let mut r = Responses::default();
        r.cast("s", 1, Answer::Value(4)).unwrap();
        assert!(r.set_tally("s", Tally::default()).is_err());
        assert_eq!(r.tally("s").n(), 1);
        r.set_tally("t", Tally::default()).unwrap();
        assert!(r.cast("t", 1, Answer::Value(2)).is_err());
    }

    #[test]
    fn a_group_of_one_is_not_read_out() {
        let mut r = Responses::default();
        r.cast("s", 1, Answer::Value(5)).unwrap();
        r.cast("s", 2, Answer::Value(1)).unwrap();
        r.cast("s", 3, Answer::Value(3)).unwrap();
        let one: BTreeSet<u32> = [1].into();
        // Even a threshold of one is taken up to the floor of three.
        assert_eq!(r.group_values(["s"].into_iter(), &one, 1), Err(1));
        let two: BTreeSet<u32> = [1, 2].into();
        assert_eq!(r.group_values(["s"].into_iter(), &two, 2), Err(2));
        let three: BTreeSet<u32> = [1, 2, 3].into();
        let t = r.group_values(["s"].into_iter(), &three, 3).unwrap();
        assert_eq!(t[0].n(), 3);
    }
}
