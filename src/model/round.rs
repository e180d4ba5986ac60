//! Rounds: a challenge is voted on in rounds, the first on all its statements,
//! a later one (after the group has talked) on the statements it chooses, by any
//! channel. Each round keeps its own counts, reveals and privacy rules; none is
//! overwritten.
//!
//! The counts of a challenge's *current* (latest) round are the session's
//! per-challenge fields (`progress`, `pending`, `revealed`, `reveals`, the open
//! ballots and hands in `responses`, the room's `passed`), so that a vote costs
//! the same however many rounds there have been. When a later round opens, the
//! one before is closed: its counts move into its record here ([`Counts`]) and
//! the fields start empty for the new round. A closed round keeps only counts:
//! who voted in it (the progress) is dropped with it.
//!
//! A challenge has no record until it is first voted on or a round is opened on
//! it; then its first round is recorded. A session from before rounds (schema 1
//! to 3) has none: each challenge's votes are its round 1.

use crate::error::Problem;
use crate::model::assessment::Challenge;
use crate::model::ballot_box::BallotBox;
use crate::model::ballots::Tally;
use crate::model::careless::Straight;
use crate::model::pending::Pending;
use crate::model::session::Session;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A round's number within its challenge: 1 for the first.
pub type RoundNo = u32;

/// How a round's answers are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// A ballot at the facilitator's keyboard, one voter after the other.
    Keyboard,
    /// A show of hands: only counts.
    Hands,
    /// Phones in the room.
    Room,
}

/// One round of voting on a challenge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// The statements it asks, in the model's order.
    pub statements: Vec<String>,
    /// How its answers are given.
    pub channel: Channel,
    /// When it was opened, when the caller said; a first round opened by its
    /// first vote has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<Timestamp>,
    /// When its ballots were last revealed, when the caller said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revealed: Option<Timestamp>,
    /// Its counts, once a later round has taken its place. While it is the
    /// current round they are the session's per-challenge fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Counts>,
}

/// What a closed round keeps: counts only, never a voter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// The ballots revealed, per role group as the last reveal folded them.
    #[serde(default)]
    pub revealed: BallotBox,
    /// How many times ballots were revealed.
    #[serde(default)]
    pub reveals: u32,
    /// Ballots counted but never shown (too few to show when it closed).
    #[serde(default, skip_serializing_if = "Pending::is_empty")]
    pub pending: Pending,
    /// Its show-of-hands counts per statement.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub hands: BTreeMap<String, Tally>,
    /// Its shown ballots that gave the same answer to every statement, counted
    /// apart (see [`crate::model::careless`]).
    #[serde(default, skip_serializing_if = "Straight::is_empty")]
    pub straight: Straight,
}

impl Counts {
    /// What the round shows of `statement`: its hands, or its revealed ballots.
    pub fn shown_tally(&self, statement: &str) -> Tally {
        match self.hands.get(statement) {
            Some(t) => t.clone(),
            None => self.revealed.tally(statement),
        }
    }

    /// How many ballots it counted, shown or not.
    pub fn counted(&self) -> u32 {
        self.revealed.voters().saturating_add(self.pending.voters)
    }
}

/// A round as the domain describes it to callers, for a challenge's round 1
/// that has no record (a file from before rounds) as for a recorded one.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundView {
    /// Its number within the challenge.
    pub number: RoundNo,
    /// Its record.
    pub round: Round,
}

impl Session {
    /// The number of challenge `c`'s current round: its latest, 1 before any.
    pub fn current_round(&self, c: &str) -> RoundNo {
        let recorded = self.rounds.get(c).map_or(0, Vec::len);
        RoundNo::try_from(recorded.max(1)).unwrap_or(RoundNo::MAX)
    }

    /// The statements challenge `c`'s current round asks: all of them in a first
    /// round, the chosen ones in a later one.
    pub fn round_statements<'m>(&'m self, c: &'m Challenge) -> Vec<&'m str> {
        match self.rounds.get(&c.id).and_then(|r| r.last()) {
            Some(round) => round.statements.iter().map(String::as_str).collect(),
            None => c.statements.iter().map(|s| s.id.as_str()).collect(),
        }
    }

    /// How many statements challenge `c`'s current round asks: a voter who has
    /// passed that many has finished it.
    pub fn round_len(&self, c: &Challenge) -> usize {
        self.rounds
            .get(&c.id)
            .and_then(|r| r.last())
            .map_or(c.statements.len(), |r| r.statements.len())
    }

    /// True when the current round of `c` asks `statement`.
    pub fn in_round(&self, c: &Challenge, statement: &str) -> bool {
        match self.rounds.get(&c.id).and_then(|r| r.last()) {
            Some(round) => round.statements.iter().any(|s| s == statement),
            None => c.statements.iter().any(|s| s.id == statement),
        }
    }

    /// Records challenge `c`'s first round, given by `channel`, when it has
    /// none: its first vote opens it. A map lookup per vote, whatever the
    /// number of rounds.
    pub(in crate::model) fn note_round(&mut self, c: &Challenge, channel: Channel) {
        if !self.rounds.contains_key(&c.id) {
            // A challenge voted on before its round was recorded (a file from
            // before rounds) was voted on by the channel its answers tell.
            let channel = match self.rounds_of(c).first() {
                Some(view) => view.round.channel,
                None => channel,
            };
            let first = Round {
                statements: c.statements.iter().map(|s| s.id.clone()).collect(),
                channel,
                opened: None,
                revealed: None,
                closed: None,
            };
            self.rounds.insert(c.id.clone(), vec![first]);
        }
    }

    /// Notes `at` as when the current round of `c` was last revealed, recording
    /// the round first if its votes opened it without a record.
    pub(in crate::model) fn note_revealed(&mut self, c: &Challenge, at: Timestamp) {
        self.note_round(c, self.implicit_channel(c));
        if let Some(round) = self.rounds.get_mut(&c.id).and_then(|r| r.last_mut()) {
            round.revealed = Some(at);
        }
    }

    /// Every round of challenge `c`, oldest first. A challenge voted on before
    /// rounds were recorded has its votes as round 1, by the channel its
    /// answers tell; a challenge with no votes and no round has none.
    pub fn rounds_of(&self, c: &Challenge) -> Vec<RoundView> {
        if let Some(rounds) = self.rounds.get(&c.id) {
            return (1..)
                .zip(rounds)
                .map(|(number, round)| RoundView {
                    number,
                    round: round.clone(),
                })
                .collect();
        }
        let voted = self.counted(&c.id) > 0
            || self.has_ballots(c)
            || self.answered_in_room(&c.id)
            || c.statements.iter().any(|s| self.responses.is_tally(&s.id));
        if !voted {
            return Vec::new();
        }
        vec![RoundView {
            number: 1,
            round: Round {
                statements: c.statements.iter().map(|s| s.id.clone()).collect(),
                channel: self.implicit_channel(c),
                opened: None,
                revealed: None,
                closed: None,
            },
        }]
    }

    /// The channel a first round without a record was given by, as its answers
    /// tell: hands when a statement was counted by hands, the room while phones
    /// hold its answers, the keyboard otherwise (a counted ballot does not say
    /// how it was given).
    fn implicit_channel(&self, c: &Challenge) -> Channel {
        if c.statements.iter().any(|s| self.responses.is_tally(&s.id)) {
            Channel::Hands
        } else if self.answered_in_room(&c.id) {
            Channel::Room
        } else {
            Channel::Keyboard
        }
    }

    /// Opens a new round of challenge `c` on `statements` (in any order; asked
    /// in the model's), given by `channel`, at `at`. The current round closes:
    /// its counts are kept in its record, and the new round starts with none.
    /// Refused while the current round has answers not yet counted (open
    /// ballots at the keyboard or on phones), so that none is lost or moved
    /// into another round: count them first. Gives the new round's number.
    pub(in crate::model) fn open_round(
        &mut self,
        c: &Challenge,
        statements: &[String],
        channel: Channel,
        at: Timestamp,
    ) -> Result<RoundNo, Problem> {
        let asked = self.may_open_round(c, statements)?;
        let voted = !self.rounds_of(c).is_empty();
        let channel_before = self.implicit_channel(c);
        let round = Round {
            statements: asked,
            channel,
            opened: Some(at),
            revealed: None,
            closed: None,
        };
        if voted {
            let counts = self.close_round(c);
            let rounds = self.rounds.entry(c.id.clone()).or_default();
            if rounds.is_empty() {
                rounds.push(Round {
                    statements: c.statements.iter().map(|s| s.id.clone()).collect(),
                    channel: channel_before,
                    opened: None,
                    revealed: None,
                    closed: None,
                });
            }
            if let Some(last) = rounds.last_mut() {
                last.closed = Some(counts);
            }
            rounds.push(round);
        } else {
            // Nothing voted yet: the round opened is the challenge's first.
            self.rounds.insert(c.id.clone(), vec![round]);
        }
        Ok(self.current_round(&c.id))
    }

    /// Whether [`Session::open_round`] would open a round of `c` on
    /// `statements`, checked before the caller asks (a screen that opens a room
    /// for it): the statements it would ask, in the model's order, or why not.
    pub fn may_open_round(
        &self,
        c: &Challenge,
        statements: &[String],
    ) -> Result<Vec<String>, Problem> {
        if let Some(s) = statements
            .iter()
            .find(|s| !c.statements.iter().any(|t| t.id == **s))
        {
            return Err(Problem::DanglingId {
                kind: "statement",
                id: s.clone(),
            });
        }
        let asked: Vec<String> = c
            .statements
            .iter()
            .filter(|s| statements.contains(&s.id))
            .map(|s| s.id.clone())
            .collect();
        if asked.is_empty() {
            return Err(Problem::NoStatements {
                challenge: c.id.clone(),
            });
        }
        let ids = c.statements.iter().map(|s| s.id.as_str());
        if !self.responses.open_voters(ids).is_empty() || self.answered_in_room(&c.id) {
            return Err(Problem::RoundUnfinished {
                challenge: c.id.clone(),
            });
        }
        Ok(asked)
    }

    /// Takes the current round's counts of `c` out of the per-challenge fields.
    fn close_round(&mut self, c: &Challenge) -> Counts {
        self.settle(&c.id);
        self.tags.0.remove(&c.id);
        self.watched.0.remove(&c.id);
        self.progress.remove(&c.id);
        let hands = c
            .statements
            .iter()
            .filter_map(|s| Some((s.id.clone(), self.responses.take_tally(&s.id)?)))
            .collect();
        Counts {
            revealed: self.revealed.remove(&c.id).unwrap_or_default(),
            reveals: self.reveals.remove(&c.id).unwrap_or(0),
            pending: self.pending.remove(&c.id).unwrap_or_default(),
            hands,
            straight: self.straight_shown.remove(&c.id).unwrap_or_default(),
        }
    }

    /// What round `round` of challenge `c` shows of `statement`: its show of
    /// hands, or its ballots as far as they were revealed. Nothing for a round
    /// the challenge has not had, or that did not ask the statement.
    pub fn round_tally(&self, c: &str, round: RoundNo, statement: &str) -> Tally {
        if round == self.current_round(c) {
            let raw = self.current_tally(c, statement);
            return self.kept_tally(c, round, statement, raw);
        }
        let index = usize::try_from(round.saturating_sub(1)).unwrap_or(usize::MAX);
        let raw = self
            .rounds
            .get(c)
            .and_then(|r| r.get(index))
            .and_then(|r| r.closed.as_ref())
            .map(|k| k.shown_tally(statement))
            .unwrap_or_default();
        self.kept_tally(c, round, statement, raw)
    }

    /// What the current round of `c` shows of `statement`.
    pub(crate) fn current_tally(&self, c: &str, statement: &str) -> Tally {
        if self.responses.is_tally(statement) {
            self.responses.tally(statement)
        } else {
            self.revealed
                .get(c)
                .map(|b| b.tally(statement))
                .unwrap_or_default()
        }
    }

    /// The latest closed round of `c` that shows anything of `statement`: what
    /// is shown of it while a later round has shown nothing of it yet.
    pub(crate) fn earlier_tally(&self, c: &str, statement: &str) -> Option<(RoundNo, Tally)> {
        self.rounds
            .get(c)?
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(i, r)| Some((RoundNo::try_from(i + 1).ok()?, r.closed.as_ref()?)))
            .map(|(n, k)| (n, k.shown_tally(statement)))
            .find(|(_, t)| t.total() > 0)
    }

    /// True when a closed round of any challenge counted the ballots of two, as
    /// [`Session::note_people`] asks of the current rounds (a show of hands
    /// counts no ballots there either).
    pub(crate) fn closed_two_ballots(&self) -> bool {
        self.rounds
            .values()
            .flatten()
            .filter_map(|r| r.closed.as_ref())
            .any(|k| k.counted() > 1)
    }
}

#[cfg(test)]
#[path = "round_tests.rs"]
mod tests;
