//! Careless answers: ballots that gave the same answer to every statement of
//! their round (straight-lining). Torell, Berbyuk Lindström & Magnusson (2024,
//! §4.1, on following DiMiOS over time) name careless respondents as something to watch; klarhet
//! counts them when a ballot is sealed, shows the count only, and lets the
//! facilitator leave them out of a round's figures.
//!
//! What counts: a ballot that answered every statement its round asks with the
//! same value on the scale. A round that asks one statement never counts (any
//! single answer is "the same" everywhere). A ballot of vet ej throughout does
//! not count: vet ej is kept apart from the scale, and the report reads it as a
//! gap in knowledge, which the vet-ej share already shows, not as a position
//! given without thought. A ballot that skipped a statement does not count.
//! A show of hands has no ballots, so no count.
//!
//! What is kept, and why it is safe: a straight-lined ballot is counted apart
//! at the seal ([`Straight`]), as its ballot is counted with the others: how
//! many, and their answers per statement counted together, with no voter, no
//! role group and no order. While its ballots wait, that count is held in
//! memory only ([`Watched`]), never in the file or the journal: set beside
//! the waiting ballots' answers and who skipped what, it tied one waiting
//! ballot's answers together, and told one voter's answer from another's
//! (`tests/it/attack.rs`, found in CI on 2026-12-07, in a second round of two).
//! It moves into the shown counts at the reveal that shows its ballots, and
//! only when klarhet saw every one of them sealed: a round that waited while
//! klarhet was closed (or a journal was replayed after a crash) has its
//! straight-lined ballots neither counted nor said, rather than undercounted.
//! So the count changes only at a reveal, in steps of at least the threshold
//! of ballots.
//!
//! Their count and answers tie one ballot's answers to several statements
//! together, which no other figure does: in a small room, set beside who
//! skipped what, that tie can tell what someone else answered.
//! `tests/it/attack.rs` found it: of four ballots, one answered 3 to both
//! statements of a round, and that left one answer possible for the voter who
//! skipped the second; a voter who knew their own ballot could do the same
//! with the count alone, and with a count of none. So the straight-lined
//! ballots are treated as a group, by the rules a role group is shown by
//! (`scoring::groups`): their count (and with it their answers, so that they
//! can be left out) is shown only for a round revealed in one step, when at
//! least the threshold of ballots gave the same answer throughout and at least
//! the threshold did not, and each statement's answers from the others are
//! none or at least the threshold. Otherwise, at the reveal, their count and
//! answers are dropped, for good in that round (no later ballot of it is
//! counted either), and nothing is said: "too few" would tell as much as the
//! count.
//!
//! Left out: a round's figures are its revealed counts less the
//! straight-lined ballots' answers, the figures of a group of at least the
//! threshold, whose members no one knows; no role group is shown for a round
//! left out, since the left-out ballots' groups are not known (and must not
//! be), and groups with and without them could be set against each other.

use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballots::{Answer, Tally};
use crate::model::pending::{add_tally, minus};
use crate::model::round::RoundNo;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The straight-lined ballots among some counted ballots: how many, and their
/// answers per statement, counted together as the ballots' own are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Straight {
    /// How many straight-lined ballots.
    pub ballots: u32,
    /// Their answers per statement id, counted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Tally>,
}

impl Straight {
    /// True when nothing is counted.
    pub fn is_empty(&self) -> bool {
        self.ballots == 0 && self.answers.is_empty()
    }

    /// Counts one ballot in, when it is straight-lined in a round that asks
    /// `asked` statements (see [`is_straight`]).
    pub(crate) fn add_if_straight(&mut self, answers: &[(String, Answer)], asked: usize) {
        if !is_straight(answers, asked) {
            return;
        }
        self.ballots = self.ballots.saturating_add(1);
        for (statement, answer) in answers {
            self.answers
                .entry(statement.clone())
                .or_default()
                .add(*answer);
        }
    }

    /// Counts the ballots `other` holds in too.
    pub(crate) fn join(&mut self, other: &Straight) {
        self.ballots = self.ballots.saturating_add(other.ballots);
        for (statement, t) in &other.answers {
            add_tally(self.answers.entry(statement.clone()).or_default(), t);
        }
    }

    /// What a reveal of `statements` shows: every ballot (a ballot counts as
    /// shown once any of its statements is, as the waiting ballots' count
    /// does) and the answers to `statements`. The answers to the others are
    /// let go: a round revealed in more than one step shows none.
    pub(crate) fn shown_of(mut self, statements: &[String]) -> Straight {
        self.answers.retain(|s, _| statements.contains(s));
        self
    }

    /// The answers to `statement`, counted.
    pub fn tally(&self, statement: &str) -> Tally {
        self.answers.get(statement).cloned().unwrap_or_default()
    }

    /// True when these can be straight-lined ballots among `voters` ballots
    /// whose answers are `answers`: no more ballots, and per statement no more
    /// of any answer, than those hold. A damaged or hand-made count otherwise.
    pub(crate) fn within(&self, voters: u32, answers: &BTreeMap<String, Tally>) -> bool {
        self.ballots <= voters
            && self.answers.iter().all(|(s, t)| {
                let all = answers.get(s).cloned().unwrap_or_default();
                t.unknown <= all.unknown
                    && t.counts
                        .iter()
                        .all(|(v, c)| *c <= all.counts.get(v).copied().unwrap_or(0))
            })
    }
}

/// The straight-lined among the waiting ballots of a round not yet revealed
/// that klarhet saw sealed, and how many ballots it saw sealed: held in memory
/// only (see the module).
#[derive(Debug, Clone, Default)]
pub struct Watched {
    /// How many ballots were sealed while klarhet held the session.
    pub(crate) sealed: u32,
    /// Those of them that gave the same answer throughout.
    pub(crate) straight: Straight,
}

impl Watched {
    /// Counts one sealed ballot in, of a round that asks `asked` statements.
    pub(crate) fn add(&mut self, answers: &[(String, Answer)], asked: usize) {
        self.sealed = self.sealed.saturating_add(1);
        self.straight.add_if_straight(answers, asked);
    }
}

/// True when `answers`, one ballot of a round that asks `asked` statements,
/// gave the same value on the scale to every one of them: at least two asked,
/// every one answered, none vet ej.
pub fn is_straight(answers: &[(String, Answer)], asked: usize) -> bool {
    let Some((_, first @ Answer::Value(_))) = answers.first() else {
        return false;
    };
    asked >= 2 && answers.len() == asked && answers.iter().all(|(_, a)| a == first)
}

/// A round's careless answers as they may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Careless {
    /// The round.
    pub round: RoundNo,
    /// How many of its shown ballots gave the same answer to every statement.
    pub straight: u32,
    /// How many ballots it shows.
    pub ballots: u32,
    /// True when they are left out of the round's figures.
    pub left_out: bool,
}

impl Session {
    /// The straight-lined ballots round `round` of `c` shows: the current
    /// round's, or a closed one's.
    fn straight_of(&self, c: &str, round: RoundNo) -> Option<&Straight> {
        if round == self.current_round(c) {
            return self.straight_shown.get(c);
        }
        let index = usize::try_from(round.checked_sub(1)?).ok()?;
        let counts = self.rounds.get(c)?.get(index)?.closed.as_ref()?;
        Some(&counts.straight)
    }

    /// The ballots round `round` of `c` shows, and in how many steps they
    /// were revealed.
    fn shown_box(
        &self,
        c: &str,
        round: RoundNo,
    ) -> Option<(&crate::model::ballot_box::BallotBox, u32)> {
        if round == self.current_round(c) {
            let reveals = self.reveals.get(c).copied().unwrap_or(0);
            return Some((self.revealed.get(c)?, reveals));
        }
        let index = usize::try_from(round.checked_sub(1)?).ok()?;
        let counts = self.rounds.get(c)?.get(index)?.closed.as_ref()?;
        Some((&counts.revealed, counts.reveals))
    }

    /// True when the facilitator left round `round` of `c`'s straight-lined
    /// ballots out of its figures.
    pub fn left_out(&self, c: &str, round: RoundNo) -> bool {
        self.left_out.get(c).is_some_and(|r| r.contains(&round))
    }

    /// Round `round` of `c`'s careless answers, when they may be shown (see
    /// the module): a round revealed in one step, with at least the threshold
    /// of ballots alike throughout and at least the threshold not, each
    /// statement's answers from the others none or at least the threshold.
    pub fn careless(&self, c: &str, round: RoundNo) -> Option<Careless> {
        let k = u32::try_from(self.disclosure_threshold()).unwrap_or(u32::MAX);
        let (shown, reveals) = self.shown_box(c, round)?;
        let straight = self.straight_of(c, round)?;
        let pooled = crate::model::ballot_box::BallotBox::pooled(shown.groups().map(|g| g.1));
        let rest_ok = pooled.answers.iter().all(|(s, t)| {
            let rest = t.total().saturating_sub(straight.tally(s).total());
            rest == 0 || rest >= k
        });
        let may = reveals == 1
            && straight.ballots >= k
            && pooled.voters.saturating_sub(straight.ballots) >= k
            && rest_ok;
        may.then(|| Careless {
            round,
            straight: straight.ballots,
            ballots: pooled.voters,
            left_out: self.left_out(c, round),
        })
    }

    /// Every round of `c` whose careless answers may be shown, oldest first.
    pub fn careless_rounds(&self, c: &Challenge) -> Vec<Careless> {
        (1..=self.current_round(&c.id))
            .filter_map(|r| self.careless(&c.id, r))
            .collect()
    }

    /// `raw`, round `round` of `c`'s tally of `statement`, as its figures show
    /// it: less the straight-lined ballots' answers when they are left out.
    pub(crate) fn kept_tally(&self, c: &str, round: RoundNo, statement: &str, raw: Tally) -> Tally {
        if !self.left_out(c, round) {
            return raw;
        }
        // Only while they may be shown: a later reveal of the round, or a
        // threshold raised since, takes them back in.
        match (self.careless(c, round), self.straight_of(c, round)) {
            (Some(_), Some(s)) => minus(&raw, &s.tally(statement)),
            _ => raw,
        }
    }

    /// Whether leaving round `round` of `c`'s straight-lined ballots out (or
    /// in) would change anything: refused for a round `c` has not had.
    pub(crate) fn may_leave_out(
        &self,
        model: &Assessment,
        c: &str,
        round: RoundNo,
        out: bool,
    ) -> Result<bool, crate::error::Problem> {
        crate::model::checks::challenge_of(model, c)?;
        if round == 0 || round > self.current_round(c) {
            return Err(crate::error::Problem::DanglingId {
                kind: "round",
                id: round.to_string(),
            });
        }
        if self.left_out(c, round) == out {
            return Ok(false);
        }
        // Only ballots one can see counted, and enough of them (see above).
        Ok(!out || self.careless(c, round).is_some())
    }

    /// Moves `arriving`, the straight-lined among the ballots a reveal of `c`
    /// just showed, into the shown ones; when the round may not show them
    /// (see the module), drops them for good in the round. `first`: the
    /// round's first reveal; after a later one the round shows none.
    pub(crate) fn show_straight(&mut self, c: &str, arriving: &Straight, first: bool) {
        if first && !arriving.is_empty() {
            self.straight_shown
                .entry(c.to_owned())
                .or_default()
                .join(arriving);
            if self.careless(c, self.current_round(c)).is_some() {
                return;
            }
        }
        // Nothing in the file may then depend on how many there were.
        self.straight_shown.remove(c);
    }

    /// How many statements a ballot of `c` sealed now must answer alike to be
    /// counted: its round's, until the round's first reveal; after it, none
    /// are counted, since a round revealed in more than one step shows none.
    pub(crate) fn straight_asked(&self, c: &crate::model::assessment::Challenge) -> usize {
        if self.reveals.get(&c.id).copied().unwrap_or(0) > 0 {
            return 0;
        }
        self.round_len(c)
    }

    /// Leaves round `round` of `c`'s straight-lined ballots out of its
    /// figures, or takes them in again.
    pub(in crate::model) fn set_left_out(&mut self, c: &str, round: RoundNo, out: bool) {
        let rounds = self.left_out.entry(c.to_owned()).or_default();
        if out {
            rounds.insert(round);
        } else {
            rounds.remove(&round);
        }
        if rounds.is_empty() {
            self.left_out.remove(c);
        }
    }
}

impl Session {
    /// Checks a file's straight-lined counts: each within the ballots it is
    /// counted among (shown, or a closed round's shown). A fault gives the
    /// field and the challenge.
    pub(crate) fn check_straight(&self) -> Result<(), (&'static str, String)> {
        for (c, straight) in &self.straight_shown {
            let shown = self.revealed.get(c).cloned().unwrap_or_default();
            let pooled = crate::model::ballot_box::BallotBox::pooled(shown.groups().map(|g| g.1));
            if !straight.within(pooled.voters, &pooled.answers) {
                return Err(("straight_shown", c.clone()));
            }
        }
        for (c, rounds) in &self.rounds {
            for k in rounds.iter().filter_map(|r| r.closed.as_ref()) {
                let shown =
                    crate::model::ballot_box::BallotBox::pooled(k.revealed.groups().map(|g| g.1));
                if !k.straight.within(shown.voters, &shown.answers) {
                    return Err(("rounds", c.clone()));
                }
            }
        }
        Ok(())
    }
}

/// The rounds left out, per challenge, as a session keeps them.
pub type LeftOut = BTreeMap<String, BTreeSet<RoundNo>>;

#[cfg(test)]
#[path = "careless_shown_tests.rs"]
mod shown_tests;
#[cfg(test)]
#[path = "careless_tests.rs"]
mod tests;
