//! The group's private vote before it decides openly: which of the model's
//! alternatives, or which phase an area of the collaboration stands in
//! (docs/model-format.md, "Alternatives" and "Phases": "a categorical round,
//! shown as shares"). The vote informs the decision and never makes it: the
//! group still chooses (`Command::Choose`) and places (`Command::PlaceArea`)
//! with its reasons.
//!
//! A pick is kept as open answers are (src/model/open_answers.rs), since a
//! pick among a handful of choices names its voter as surely as a score:
//! - a voter's pick is tied to them only on their own keyboard turn, never in
//!   a file or a journal (`Change::kept_whole`);
//! - once given, the session keeps only that they voted, and the picks as
//!   counts per choice, with the number of voters that wait;
//! - the waiting picks join the shown counts only together with at least the
//!   session's minimum group of voters (one in a self-assessment), so that no
//!   two shown counts differ by one voter.

use crate::error::{ConstructFault, Problem};
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a poll asks the group to pick among.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Poll {
    /// The model's alternatives: which one to choose.
    Alternatives,
    /// The model's phases: which one the area with this id stands in.
    Area(String),
}

impl Poll {
    /// The poll as one word, for a phone's form: `alternatives`, or `area:`
    /// and the area's id (one word, without a colon).
    pub fn key(&self) -> String {
        match self {
            Poll::Alternatives => "alternatives".to_owned(),
            Poll::Area(id) => format!("area:{id}"),
        }
    }

    /// The poll a person names: `alternatives`, or an area's id (with or
    /// without `area:`). Whether the model has it is checked where it is used.
    pub fn named(name: &str) -> Poll {
        let name = name.trim();
        match Poll::from_key(name) {
            Some(poll) => poll,
            None => Poll::Area(name.to_owned()),
        }
    }

    /// The poll `key` names, if it names one.
    pub fn from_key(key: &str) -> Option<Poll> {
        match key.split_once(':') {
            None if key == "alternatives" => Some(Poll::Alternatives),
            Some(("area", id)) if !id.is_empty() => Some(Poll::Area(id.to_owned())),
            _ => None,
        }
    }
}

/// One voter's pick: a choice's id, or that they cannot say.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pick {
    /// The alternative's or phase's id.
    Choice(String),
    /// The voter cannot say ("vet ej"): an answer, counted and shown.
    Unsure,
}

/// Every poll the group has voted in; absent from the file until one is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Polls {
    /// The vote on the alternatives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<Picks>,
    /// Per area, by its id, the vote on its phase.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub areas: BTreeMap<String, Picks>,
}

/// The picks of one poll, counted, without who picked what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picks {
    /// Who has voted (participant ids or seats), whatever they picked: so
    /// that no one votes twice. Never what they picked.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub voters: BTreeSet<u32>,
    /// The picks that wait to be shown.
    #[serde(default, skip_serializing_if = "Counts::is_empty")]
    pub waiting: Counts,
    /// The picks shown to the group.
    #[serde(default, skip_serializing_if = "Counts::is_empty")]
    pub shown: Counts,
    /// The shown picks of the votes taken before this one on the same poll,
    /// oldest first: the group voted again after talking, to see whether
    /// minds moved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Counts>,
}

/// Picks counted: per choice, and those who could not say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Per choice's id, how many picked it; a choice no one picked is absent.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub choices: BTreeMap<String, u32>,
    /// How many could not say.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unsure: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What a command about a poll changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PickChange {
    /// `voter` picked `pick` in `poll`. This change ties the pick to its
    /// voter, so it is kept only by writing the session whole, where nothing
    /// but the counts is left of it: never in a journal.
    Picked {
        /// The poll.
        poll: Poll,
        /// The voter.
        voter: u32,
        /// Their pick.
        pick: Pick,
    },
    /// The waiting picks of `poll` joined the shown counts.
    Shown {
        /// The poll.
        poll: Poll,
    },
    /// The group votes again in `poll`: the shown picks are kept as an
    /// earlier vote, and everyone may vote afresh.
    Reopened {
        /// The poll.
        poll: Poll,
    },
}

impl Counts {
    /// True when nothing is counted.
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.unsure == 0
    }

    /// How many picks are counted, the unsure among them.
    pub fn total(&self) -> u64 {
        self.choices.values().map(|n| u64::from(*n)).sum::<u64>() + u64::from(self.unsure)
    }

    /// How many picked the choice `id`.
    pub fn of(&self, id: &str) -> u32 {
        self.choices.get(id).copied().unwrap_or(0)
    }

    /// Counts one more `pick`.
    pub(in crate::model) fn add(&mut self, pick: &Pick) {
        let n = match pick {
            Pick::Choice(id) => self.choices.entry(id.clone()).or_insert(0),
            Pick::Unsure => &mut self.unsure,
        };
        *n = n.saturating_add(1);
    }

    /// Adds every count of `other`.
    fn join(&mut self, other: Counts) {
        for (id, n) in other.choices {
            let count = self.choices.entry(id).or_insert(0);
            *count = count.saturating_add(n);
        }
        self.unsure = self.unsure.saturating_add(other.unsure);
    }
}

impl Picks {
    /// True when `voter` has voted.
    pub fn has_voted(&self, voter: u32) -> bool {
        self.voters.contains(&voter)
    }

    /// Moves the waiting picks to the shown counts.
    pub(in crate::model) fn show(&mut self) {
        let waiting = std::mem::take(&mut self.waiting);
        self.shown.join(waiting);
    }
}

impl Polls {
    /// True when no poll has a vote.
    pub fn is_empty(&self) -> bool {
        self.alternatives.is_none() && self.areas.is_empty()
    }

    /// The picks of `poll`, if any.
    pub fn get(&self, poll: &Poll) -> Option<&Picks> {
        match poll {
            Poll::Alternatives => self.alternatives.as_ref(),
            Poll::Area(area) => self.areas.get(area),
        }
    }

    /// The picks of `poll`, made when absent.
    pub(in crate::model) fn entry(&mut self, poll: &Poll) -> &mut Picks {
        match poll {
            Poll::Alternatives => self.alternatives.get_or_insert_with(Picks::default),
            Poll::Area(area) => self.areas.entry(area.clone()).or_default(),
        }
    }

    /// Every poll with its picks: the alternatives first, then the areas.
    pub fn iter(&self) -> impl Iterator<Item = (Poll, &Picks)> {
        let alternatives = self.alternatives.iter().map(|p| (Poll::Alternatives, p));
        let areas = (self.areas.iter()).map(|(id, p)| (Poll::Area(id.clone()), p));
        alternatives.chain(areas)
    }
}

/// The ids a vote in `poll` may pick among, in the model's order; refused
/// when the model has nothing to pick among, or the area is unknown.
pub fn choices(model: &Assessment, session: &Session, poll: &Poll) -> Result<Vec<String>, Problem> {
    match poll {
        Poll::Alternatives => {
            let alternatives = model
                .alternatives
                .as_ref()
                .ok_or(ConstructFault::NoAlternatives)?;
            Ok(alternatives.items.iter().map(|a| a.id.clone()).collect())
        }
        Poll::Area(area) => {
            let phases = model
                .phases
                .as_ref()
                .ok_or(ConstructFault::NoPhasesToPlace)?;
            if !session.has_area(phases, area) {
                return Err(Problem::DanglingId {
                    kind: "area",
                    id: area.clone(),
                });
            }
            Ok(phases.steps.iter().map(|p| p.id.clone()).collect())
        }
    }
}

/// The kind of id a pick in `poll` names, for an error about it.
pub fn choice_kind(poll: &Poll) -> &'static str {
    match poll {
        Poll::Alternatives => "alternative",
        Poll::Area(_) => "phase",
    }
}
