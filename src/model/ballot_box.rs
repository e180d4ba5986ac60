//! The ballot box: once a voter has finished a challenge, their answers leave their
//! name behind, wait uncounted by group (see `pending`), and at the reveal that
//! shows them are counted into the tallies of the groups a report shows. The
//! session file then records who has voted (the progress) and, apart from it,
//! only counts per group, never a ballot next to a name, nor one person's answers
//! to several statements together.

use crate::error::Problem;
use crate::locate::Place;
use crate::model::assessment::Challenge;
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
    #[serde(deserialize_with = "crate::model::strict::unique")]
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

/// Checks one group's counts for `statement` of `c`: a statement of `c`, every
/// answer on the scale, and no more answers than the group's `voters`.
fn check_tally(
    c: &Challenge,
    model: &crate::model::Assessment,
    statement: &str,
    t: &Tally,
    voters: u32,
) -> Result<(), Problem> {
    if !c.statements.iter().any(|s| s.id == statement) {
        return Err(Problem::DanglingId {
            kind: "statement",
            id: statement.to_owned(),
        });
    }
    let scale = model.scale_of_id(statement);
    if let Some(v) = t.counts.keys().find(|v| !scale.contains(**v)) {
        return Err(Problem::AnswerOffScale {
            statement: statement.to_owned(),
            answer: Some(*v),
        });
    }
    if t.unknown > 0 && scale.unknown.is_none() {
        return Err(Problem::AnswerOffScale {
            statement: statement.to_owned(),
            answer: None,
        });
    }
    let answers = t.wide_total();
    if answers > u64::from(voters) {
        return Err(Problem::CountTooLarge {
            kind: "answers",
            id: statement.to_owned(),
            count: answers,
            most: u64::from(voters),
        });
    }
    Ok(())
}

/// One challenge's counted ballots, per role group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BallotBox(
    #[serde(deserialize_with = "crate::model::strict::unique")] BTreeMap<RoleGroup, Sealed>,
);

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
    /// statement is one of that challenge's, that every answer is on the scale,
    /// and that every count is one the box can hold: no more voters than `most`
    /// (the most the session can have had), and in each group no more voters
    /// with an answer on the scale, nor answers to a statement, than voters (a
    /// voter answers each statement once). Counted wide, so that no count can
    /// wrap. A fault comes with its place within the box.
    pub(crate) fn check(
        &self,
        model: &crate::model::Assessment,
        challenge: &str,
        most: u32,
    ) -> Result<(), (Place, Problem)> {
        let Some(c) = model.challenge(challenge) else {
            let problem = Problem::DanglingId {
                kind: "challenge",
                id: challenge.to_owned(),
            };
            return Err((Place::start(), problem));
        };
        let mut voters = 0u64;
        // How many groups before this one name each statement: its literal's
        // occurrence within the box, for the place of a fault.
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (g, sealed) in self.0.values().enumerate() {
            voters += u64::from(sealed.voters);
            if voters > u64::from(most) {
                let problem = Problem::CountTooLarge {
                    kind: "voters",
                    id: challenge.to_owned(),
                    count: voters,
                    most: u64::from(most),
                };
                return Err((Place::start().nth_key("voters", g), problem));
            }
            if sealed.on_scale > sealed.voters {
                let problem = Problem::CountTooLarge {
                    kind: "on-scale",
                    id: challenge.to_owned(),
                    count: u64::from(sealed.on_scale),
                    most: u64::from(sealed.voters),
                };
                return Err((Place::start().nth_key("on_scale", g), problem));
            }
            for (statement, t) in &sealed.answers {
                let nth = seen.entry(statement).or_default();
                let place = Place::start().nth_value(statement, *nth);
                *nth += 1;
                if let Err(problem) = check_tally(c, model, statement, t, sealed.voters) {
                    return Err((place, problem));
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
