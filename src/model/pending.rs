//! Ballots that wait: finished, so no longer their voter's, but not yet shown.
//!
//! A finished ballot leaves its voter's id at once. Until a reveal can show it
//! (together with at least the threshold of others), it waits in the session
//! file only as part of one count per challenge: how many ballots wait and their
//! answers per statement, with no voter, no role group and no order, and with no
//! tie between one ballot's answers to different statements. It joins the ballot
//! box (`Session::revealed`) at the reveal that shows it, and only then under a
//! group. So the box and what has been shown never differ, and what waits cannot
//! be set against a name by its role group or by the order voters finished in.
//!
//! The role groups a first reveal shows need each ballot's role, and its count
//! of straight-lined ballots needs to know which ballots gave the same answer
//! throughout. Both are held in memory only ([`Unsaved`], [`crate::model::careless::Watched`]), for the ballots given
//! since klarhet opened the session: a reveal after klarhet was closed in the
//! middle of a round counts that round without role groups, and says nothing
//! of straight-lining in it, rather than write beside what waits anything that
//! ties a ballot to its role or one ballot's answers together.

use crate::model::ballot_box::{BallotBox, RoleGroup, Sealed};
use crate::model::ballots::{Answer, Tally};
use crate::model::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The finished ballots of one challenge that have not been revealed yet,
/// counted together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pending {
    /// How many ballots wait that are not yet counted among the shown voters.
    pub voters: u32,
    /// Their answers per statement id, counted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Tally>,
    /// What a file or journal line written before 2026-12-07 kept of the
    /// waiting ballots that gave the same answer throughout: read, and let go,
    /// since with who skipped what it could tell one voter's answer from
    /// another's (`tests/it/attack.rs`).
    #[serde(default, skip_serializing, rename = "straight")]
    pub(crate) dropped: serde::de::IgnoredAny,
}

impl Pending {
    /// Counts one finished ballot in.
    pub fn add(&mut self, answers: &[(String, Answer)]) {
        self.voters = self.voters.saturating_add(1);
        for (statement, answer) in answers {
            self.answers
                .entry(statement.clone())
                .or_default()
                .add(*answer);
        }
    }

    /// Counts the ballots `other` holds in too.
    pub fn join(&mut self, other: &Pending) {
        self.voters = self.voters.saturating_add(other.voters);
        for (statement, tally) in &other.answers {
            let mine = self.answers.entry(statement.clone()).or_default();
            for (value, n) in &tally.counts {
                let count = mine.counts.entry(*value).or_insert(0);
                *count = count.saturating_add(*n);
            }
            mine.unknown = mine.unknown.saturating_add(tally.unknown);
        }
    }

    /// The waiting answers to `statement`, counted.
    pub fn tally(&self, statement: &str) -> Tally {
        self.answers.get(statement).cloned().unwrap_or_default()
    }

    /// True when nothing waits.
    pub fn is_empty(&self) -> bool {
        self.voters == 0 && self.answers.is_empty()
    }

    /// The same counts as one group of a ballot box, for the checks a box
    /// gets, with `shown` the ballots of the same round already shown: after a
    /// reveal that showed some statements, the answers to the others wait with
    /// no waiting ballot, since their ballots are counted among the shown. So
    /// a statement may wait for as many answers as ballots shown and waiting.
    pub(crate) fn as_box(&self, shown: u32) -> BallotBox {
        let mut all = self.as_sealed();
        all.voters = all.voters.saturating_add(shown);
        std::iter::once((RoleGroup::Merged, all)).collect()
    }

    fn as_sealed(&self) -> Sealed {
        Sealed {
            voters: self.voters,
            on_scale: 0,
            answers: self.answers.clone(),
        }
    }

    fn absorb(&mut self, other: &Pending) {
        self.voters = self.voters.saturating_add(other.voters);
        for (statement, t) in &other.answers {
            add_tally(self.answers.entry(statement.clone()).or_default(), t);
        }
    }
}

/// What a session holds in memory only, never in its file, and which does not
/// count when two sessions are compared.
#[derive(Debug, Clone, Default)]
pub struct Unsaved<T>(pub T);

impl<T> PartialEq for Unsaved<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub(crate) fn add_tally(to: &mut Tally, t: &Tally) {
    for (v, c) in &t.counts {
        let n = to.counts.entry(*v).or_insert(0);
        *n = n.saturating_add(*c);
    }
    to.unknown = to.unknown.saturating_add(t.unknown);
}

/// `a` minus `b`, value by value, never below nothing.
pub(crate) fn minus(a: &Tally, b: &Tally) -> Tally {
    Tally {
        counts: a
            .counts
            .iter()
            .map(|(v, c)| (*v, c.saturating_sub(b.counts.get(v).copied().unwrap_or(0))))
            .filter(|(_, c)| *c > 0)
            .collect(),
        unknown: a.unknown.saturating_sub(b.unknown),
    }
}

/// Every group of `a` and `b` together, counted.
fn join(a: &BallotBox, b: &BallotBox) -> BallotBox {
    let mut groups: BTreeMap<RoleGroup, Vec<&Sealed>> = BTreeMap::new();
    for (g, s) in a.groups().chain(b.groups()) {
        groups.entry(g.clone()).or_default().push(s);
    }
    groups
        .into_iter()
        .map(|(g, all)| (g, BallotBox::pooled(all.into_iter())))
        .collect()
}

/// `b` with only the answers to `statements`.
fn only(b: &BallotBox, statements: &[String]) -> BallotBox {
    b.groups()
        .map(|(g, s)| {
            let mut s = s.clone();
            s.answers.retain(|id, _| statements.contains(id));
            (g.clone(), s)
        })
        .collect()
}

impl Session {
    /// The ballots of challenge `c` that wait, counted. A file from before this
    /// klarhet kept them in its box (`sealed`, beside what was shown): they are
    /// counted here too until the session is next written.
    pub fn pending_of(&self, c: &str) -> Pending {
        let mut waiting = self.pending.get(c).cloned().unwrap_or_default();
        if let Some(old) = self.sealed.get(c) {
            waiting.absorb(&legacy_remainder(old, self.revealed.get(c)));
        }
        waiting
    }

    /// Counts `answers`, a finished ballot of challenge `c` in `group`, among the
    /// ballots that wait. Its group is kept in memory only, and only while the
    /// challenge has not been revealed: only a first reveal shows role groups.
    pub(in crate::model) fn wait(
        &mut self,
        c: &str,
        group: RoleGroup,
        answers: &[(String, Answer)],
        asked: usize,
    ) {
        self.settle(c);
        self.pending.entry(c.to_owned()).or_default().add(answers);
        if self.reveals.get(c).copied().unwrap_or(0) == 0 {
            let tags = self.tags.0.entry(c.to_owned()).or_default();
            tags.add(group, answers);
            let watched = self.watched.0.entry(c.to_owned()).or_default();
            watched.add(answers, asked);
        }
    }

    /// Moves the waiting answers of `c` to `statements` into the ballot box,
    /// with the waiting ballots' count, and folds the box down to what may be
    /// shown apart (see [`Session::fold`]).
    pub(in crate::model) fn join_box(&mut self, c: &str, statements: &[String]) {
        self.settle(c);
        let Some(mut waiting) = self.pending.remove(c) else {
            return;
        };
        let first = self.reveals.get(c).copied().unwrap_or(0) == 0;
        let tags = self.tags.0.remove(c);
        // The straight-lined among them are shown with them, and only then,
        // when every waiting ballot was seen sealed, and the round may show
        // them (see `model::careless`). Counted apart from the role tags,
        // which may hold an old file's ballots that were never looked at.
        let straight = (self.watched.0.remove(c))
            .filter(|w| first && w.sealed == waiting.voters)
            .map(|w| w.straight.shown_of(statements))
            .unwrap_or_default();
        // The ballots' role groups, when every waiting ballot's is known;
        // otherwise they are counted as one group, and no role group is shown.
        let tagged = tags.filter(|t| first && same_ballots(t, &waiting));
        let arriving = match tagged {
            Some(t) => only(&t, statements),
            None => {
                let mut all = waiting.as_sealed();
                all.answers.retain(|id, _| statements.contains(id));
                std::iter::once((RoleGroup::Merged, all)).collect()
            }
        };
        waiting.voters = 0;
        waiting.answers.retain(|id, _| !statements.contains(id));
        if !waiting.is_empty() {
            self.pending.insert(c.to_owned(), waiting);
        }
        let shown = self.revealed.get(c).cloned().unwrap_or_default();
        self.revealed.insert(c.to_owned(), join(&shown, &arriving));
        *self.reveals.entry(c.to_owned()).or_insert(0) += 1;
        self.show_straight(c, &straight, first);
        self.fold(c);
    }

    /// Keeps in the ballot box of `c` only the groups that a report shows:
    /// after a first reveal, the role groups shown apart and everyone else as
    /// one group; after a later one, or when no group is shown, the room alone.
    /// A role cell too small to show, or a role group merged away, is then not
    /// in the file either. The room alone keeps no count of who answered on the
    /// scale, which only decides whether a role group may be shown, and which,
    /// set beside who skipped what, could say whose answers were vet ej.
    pub(in crate::model) fn fold(&mut self, c: &str) {
        let Some(shown) = self.revealed.get(c) else {
            return;
        };
        let k = u32::try_from(self.disclosure_threshold()).unwrap_or(u32::MAX);
        let min = u32::try_from(self.privacy.min_group()).unwrap_or(u32::MAX);
        let statements = shown.statements();
        let ids: Vec<&str> = statements
            .iter()
            .map(String::as_str)
            .filter(|id| shown.tally(id).total() >= k)
            .collect();
        let once = self.reveals.get(c).copied().unwrap_or(0) <= 1;
        let apart = once
            .then(|| crate::model::scoring::groups::partition(shown, &ids, min, &|g| self.rank(g)))
            .flatten();
        let folded: BallotBox = match apart {
            Some(apart) => {
                let kept: Vec<&RoleGroup> = apart.roles.iter().map(|(g, _)| *g).collect();
                let rest = BallotBox::pooled(
                    shown
                        .groups()
                        .filter(|(g, _)| !kept.contains(g))
                        .map(|(_, s)| s),
                );
                apart
                    .roles
                    .iter()
                    .map(|(g, s)| ((*g).clone(), (*s).clone()))
                    .chain(
                        (rest.voters > 0 || !rest.answers.is_empty())
                            .then_some((RoleGroup::Merged, rest)),
                    )
                    .collect()
            }
            None => {
                let mut room = BallotBox::pooled(shown.groups().map(|(_, s)| s));
                room.on_scale = 0;
                std::iter::once((RoleGroup::Merged, room)).collect()
            }
        };
        self.revealed.insert(c.to_owned(), folded);
    }

    /// Brings challenge `c` of a file from before this klarhet to the way it is
    /// kept now: what its box held beyond what was shown waits, counted as one,
    /// and the box is folded to what was shown. A box never revealed keeps its
    /// role groups in memory, for its first reveal.
    pub(in crate::model) fn settle(&mut self, c: &str) {
        let Some(old) = self.sealed.remove(c) else {
            return;
        };
        let remainder = legacy_remainder(&old, self.revealed.get(c));
        if self.revealed.get(c).is_none_or(|b| b.voters() == 0) {
            self.tags.0.insert(c.to_owned(), old);
        }
        if !remainder.is_empty() {
            self.pending
                .entry(c.to_owned())
                .or_default()
                .absorb(&remainder);
        }
        self.fold(c);
    }

    /// [`Session::settle`] for every challenge.
    pub(in crate::model) fn settle_all(&mut self) {
        let old: Vec<String> = self.sealed.keys().cloned().collect();
        for c in old {
            self.settle(&c);
        }
    }
}

/// What an old file's box held of a challenge beyond what it had shown.
fn legacy_remainder(old: &BallotBox, shown: Option<&BallotBox>) -> Pending {
    let all = BallotBox::pooled(old.groups().map(|(_, s)| s));
    let seen = shown.map(|b| BallotBox::pooled(b.groups().map(|(_, s)| s)));
    let seen = seen.unwrap_or_default();
    Pending {
        voters: all.voters.saturating_sub(seen.voters),
        answers: all
            .answers
            .iter()
            .map(|(id, t)| (id.clone(), minus(t, &seen.tally(id))))
            .filter(|(_, t)| t.total() > 0)
            .collect(),
        dropped: serde::de::IgnoredAny,
    }
}

/// True when the ballots counted in `tags` are exactly those waiting.
fn same_ballots(tags: &BallotBox, waiting: &Pending) -> bool {
    let statements = tags.statements();
    tags.voters() == waiting.voters
        && statements.len() == waiting.answers.len()
        && statements.iter().all(|s| tags.tally(s) == waiting.tally(s))
}

#[cfg(test)]
#[path = "pending_tests.rs"]
mod tests;
