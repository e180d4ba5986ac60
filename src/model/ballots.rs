//! Open answers: a voter's ballot while they are still answering a challenge, so
//! that an interrupted round resumes and an answer can be changed until the last
//! statement, and the counts of a show of hands. When the voter finishes, their
//! answers leave their name for the ballot box (see `ballot_box`). Nothing outside
//! the domain can read one ballot back: the public API gives only counts.

use crate::error::Problem;
use crate::locate::Place;
use crate::model::assessment::Assessment;
use crate::model::voter_map::VoterMap;
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
    #[serde(deserialize_with = "crate::model::strict::unique")]
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

    /// All answers, counted wide enough that no count read from a file can
    /// wrap: the checks at load compare this with what the session can hold,
    /// so that [`Tally::n`] and [`Tally::total`] never see more.
    pub(crate) fn wide_total(&self) -> u64 {
        self.counts
            .values()
            .chain([&self.unknown])
            .fold(0u64, |sum, c| sum.saturating_add(u64::from(*c)))
    }
}

/// How the answers to one statement were collected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Votes {
    /// Ballot round: one answer per participant id.
    Ballots(VoterMap<Answer>),
    /// Show of hands: only the counts are known.
    Tally(Tally),
}

/// Every answer in a session, keyed by statement id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Responses(
    #[serde(deserialize_with = "crate::model::strict::unique")] BTreeMap<String, Votes>,
);

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
            .or_insert_with(|| Votes::Ballots(VoterMap::default()))
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
                ballots.values().for_each(|a| t.add(a));
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
                b.remove(participant);
            }
        }
    }

    /// Takes `participant`'s answer to `statement` out of the open ballots, to be
    /// counted into the ballot box.
    /// Every open answer's statement and voter, never the answer: what a file
    /// written now ties to a voter, so that a later seal knows whether it must
    /// rewrite that file (see `store::sealing`).
    pub fn open_ballots(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.0.iter().flat_map(|(statement, votes)| {
            let voters: Vec<u32> = match votes {
                Votes::Ballots(b) => b.voters().collect(),
                Votes::Tally(_) => Vec::new(),
            };
            voters.into_iter().map(move |v| (statement.as_str(), v))
        })
    }

    pub(crate) fn take(&mut self, statement: &str, participant: u32) -> Option<Answer> {
        match self.0.get_mut(statement) {
            Some(Votes::Ballots(b)) => {
                let answer = b.remove(participant);
                if b.is_empty() {
                    self.0.remove(statement);
                }
                answer
            }
            _ => None,
        }
    }

    /// Takes the open answers of `voters` (ascending, each once) to
    /// `statement` out at once, to be counted: [`Responses::take`] for each,
    /// in one walk over the statement's ballots.
    pub(crate) fn take_many(&mut self, statement: &str, voters: &[u32]) -> VoterMap<Answer> {
        match self.0.get_mut(statement) {
            Some(Votes::Ballots(b)) => {
                let taken = b.take_many(voters);
                if b.is_empty() {
                    self.0.remove(statement);
                }
                taken
            }
            _ => VoterMap::default(),
        }
    }

    /// Takes `statement`'s show-of-hands counts out, when its round closes.
    pub(crate) fn take_tally(&mut self, statement: &str) -> Option<Tally> {
        match self.0.get(statement) {
            Some(Votes::Tally(_)) => match self.0.remove(statement) {
                Some(Votes::Tally(t)) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// Every participant with an open ballot.
    pub(crate) fn voters(&self) -> BTreeSet<u32> {
        self.0
            .values()
            .filter_map(|votes| match votes {
                Votes::Ballots(b) => Some(b.voters()),
                Votes::Tally(_) => None,
            })
            .flatten()
            .collect()
    }

    /// Every participant with an open ballot on any of `statements`.
    pub(crate) fn open_voters<'a>(
        &self,
        statements: impl Iterator<Item = &'a str>,
    ) -> BTreeSet<u32> {
        statements
            .filter_map(|s| match self.0.get(s) {
                Some(Votes::Ballots(b)) => Some(b.voters()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Whether `participant` has answered `statement` (not what they answered).
    pub fn has_voted(&self, statement: &str, participant: u32) -> bool {
        matches!(self.0.get(statement), Some(Votes::Ballots(b)) if b.contains(participant))
    }

    /// `participant`'s open answer to `statement`, if any. Only for the phone
    /// that gave it, which shows it back to its owner; a screen never does.
    pub fn open_answer(&self, statement: &str, participant: u32) -> Option<Answer> {
        match self.0.get(statement) {
            Some(Votes::Ballots(b)) => b.get(participant),
            _ => None,
        }
    }

    /// Whether `participant` has an open answer to any statement.
    pub fn has_any(&self, participant: u32) -> bool {
        self.0
            .values()
            .any(|v| matches!(v, Votes::Ballots(b) if b.contains(participant)))
    }

    /// How many have an open answer to any statement.
    pub(crate) fn open_voter_count(&self) -> usize {
        self.open_voters(self.0.keys().map(String::as_str)).len()
    }

    /// True if `statement` was scored by show of hands.
    pub fn is_tally(&self, statement: &str) -> bool {
        matches!(self.0.get(statement), Some(Votes::Tally(_)))
    }

    /// Checks statement ids, participant ids and values against the model, and
    /// that no show of hands counts more than `most` hands. A fault comes with
    /// its place: the statement's entry.
    pub(crate) fn check(
        &self,
        model: &Assessment,
        participants: &BTreeSet<u32>,
        most: u32,
    ) -> Result<(), (Place, Problem)> {
        for (statement, votes) in &self.0 {
            check_votes(statement, votes, model, participants, most)
                .map_err(|problem| (Place::start().value(statement), problem))?;
        }
        Ok(())
    }
}

/// Checks one statement's votes: see [`Responses::check`].
fn check_votes(
    statement: &str,
    votes: &Votes,
    model: &Assessment,
    participants: &BTreeSet<u32>,
    most: u32,
) -> Result<(), Problem> {
    if model.statement(statement).is_none() {
        return Err(Problem::DanglingId {
            kind: "statement",
            id: statement.to_owned(),
        });
    }
    let answers: Vec<Answer> = match votes {
        Votes::Ballots(b) => {
            if let Some(who) = b.voters().find(|p| !participants.contains(p)) {
                return Err(Problem::DanglingId {
                    kind: "participant",
                    id: who.to_string(),
                });
            }
            b.values().collect()
        }
        Votes::Tally(t) => {
            // Counted wide: a count near the largest number would wrap when
            // added up, and show a wrong n.
            let hands = t.wide_total();
            if hands > u64::from(most) {
                return Err(Problem::CountTooLarge {
                    kind: "hands",
                    id: statement.to_owned(),
                    count: hands,
                    most: u64::from(most),
                });
            }
            let mut a: Vec<Answer> = t.counts.keys().map(|v| Answer::Value(*v)).collect();
            if t.unknown > 0 {
                a.push(Answer::Unknown);
            }
            a
        }
    };
    let scale = model.scale_of_id(statement);
    for answer in answers {
        let ok = match answer {
            Answer::Value(v) => scale.contains(v),
            Answer::Unknown => scale.unknown.is_some(),
        };
        if !ok {
            return Err(Problem::AnswerOffScale {
                statement: statement.to_owned(),
                answer: match answer {
                    Answer::Value(v) => Some(v),
                    Answer::Unknown => None,
                },
            });
        }
    }
    Ok(())
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
}
