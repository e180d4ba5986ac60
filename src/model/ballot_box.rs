//! The ballot box: once a voter has finished a challenge, their answers leave their
//! name behind, wait uncounted by group (see `pending`), and at the reveal that
//! shows them are counted into the tallies of the groups a report shows. The
//! session file then records who has voted (the progress) and, apart from it,
//! only counts per group, never a ballot next to a name, nor one person's answers
//! to several statements together.

use crate::model::ballots::{Answer, Tally};
use crate::model::session::Role;
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A group of participants whose answers are counted and shown together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RoleGroup {
    /// Everyone with this role.
    Role(Role),
    /// Roles too small to show alone, merged so that no one can be identified.
    Merged,
}

impl RoleGroup {
    /// The group's name.
    pub fn label(self, lang: Lang) -> String {
        match self {
            RoleGroup::Role(r) => r.label(lang),
            RoleGroup::Merged => crate::tr!(lang, "role-group-merged"),
        }
    }
}

/// The counted ballots of one role group in one challenge.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    /// How many voters' ballots are counted here.
    pub voters: u32,
    /// How many of them gave at least one answer on the scale.
    pub on_scale: u32,
    /// The answers per statement id, counted.
    pub answers: BTreeMap<String, Tally>,
}

impl Sealed {
    fn merge(&mut self, other: &Sealed) {
        self.voters += other.voters;
        self.on_scale += other.on_scale;
        for (statement, t) in &other.answers {
            let mine = self.answers.entry(statement.clone()).or_default();
            for (v, c) in &t.counts {
                *mine.counts.entry(*v).or_insert(0) += c;
            }
            mine.unknown += t.unknown;
        }
    }

    /// The group's answers to `statement`, counted.
    pub fn tally(&self, statement: &str) -> Tally {
        self.answers.get(statement).cloned().unwrap_or_default()
    }
}

/// One challenge's counted ballots, per role group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BallotBox(BTreeMap<RoleGroup, Sealed>);

impl FromIterator<(RoleGroup, Sealed)> for BallotBox {
    /// A box of the given groups' counts (a group named twice keeps the later).
    fn from_iter<I: IntoIterator<Item = (RoleGroup, Sealed)>>(groups: I) -> BallotBox {
        BallotBox(groups.into_iter().collect())
    }
}

impl BallotBox {
    /// Counts one voter's answers into `group`.
    pub fn add(&mut self, group: RoleGroup, answers: &[(String, Answer)]) {
        let sealed = self.0.entry(group).or_default();
        sealed.voters += 1;
        if answers.iter().any(|(_, a)| matches!(a, Answer::Value(_))) {
            sealed.on_scale += 1;
        }
        for (statement, answer) in answers {
            sealed
                .answers
                .entry(statement.clone())
                .or_default()
                .add(*answer);
        }
    }

    /// How many voters' ballots are in the box.
    pub fn voters(&self) -> u32 {
        self.0.values().map(|s| s.voters).sum()
    }

    /// Everyone's answers to `statement`, counted.
    pub fn tally(&self, statement: &str) -> Tally {
        let mut all = Sealed::default();
        for s in self.0.values() {
            all.merge(s);
        }
        all.tally(statement)
    }

    /// The groups and their counts.
    pub fn groups(&self) -> impl Iterator<Item = (RoleGroup, &Sealed)> {
        self.0.iter().map(|(g, s)| (*g, s))
    }

    /// Checks that `challenge` and every statement id exist in `model`, that each
    /// statement is one of that challenge's, and that every answer is on the scale.
    pub(crate) fn check(
        &self,
        model: &crate::model::Assessment,
        challenge: &str,
    ) -> Result<(), crate::error::Problem> {
        use crate::error::Problem;
        let Some(c) = model.challenge(challenge) else {
            return Err(Problem::DanglingId {
                kind: "challenge",
                id: challenge.to_owned(),
            });
        };
        for sealed in self.0.values() {
            for (statement, t) in &sealed.answers {
                if !c.statements.iter().any(|s| &s.id == statement) {
                    return Err(Problem::DanglingId {
                        kind: "statement",
                        id: statement.clone(),
                    });
                }
                let off = t.counts.keys().find(|v| !model.scale.contains(**v));
                if let Some(v) = off {
                    return Err(Problem::AnswerOffScale {
                        statement: statement.clone(),
                        answer: Some(*v),
                    });
                }
                if t.unknown > 0 && model.scale.unknown.is_none() {
                    return Err(Problem::AnswerOffScale {
                        statement: statement.clone(),
                        answer: None,
                    });
                }
            }
        }
        Ok(())
    }

    /// Every statement with answers in the box.
    pub fn statements(&self) -> std::collections::BTreeSet<String> {
        self.0
            .values()
            .flat_map(|s| s.answers.keys().cloned())
            .collect()
    }

    /// Takes `statement`'s counts, in every group, from `from`.
    pub fn take_statement(&mut self, from: &BallotBox, statement: &str) {
        for (group, sealed) in &from.0 {
            let mine = self.0.entry(*group).or_default();
            match sealed.answers.get(statement) {
                Some(t) => mine.answers.insert(statement.to_owned(), t.clone()),
                None => mine.answers.remove(statement),
            };
        }
    }

    /// Takes the number of voters per group from `from`.
    pub fn take_voters(&mut self, from: &BallotBox) {
        for (group, sealed) in &from.0 {
            let mine = self.0.entry(*group).or_default();
            mine.voters = sealed.voters;
            mine.on_scale = sealed.on_scale;
        }
    }

    /// The counts of several groups together.
    pub fn pooled<'a>(groups: impl Iterator<Item = &'a Sealed>) -> Sealed {
        let mut all = Sealed::default();
        for s in groups {
            all.merge(s);
        }
        all
    }
}
