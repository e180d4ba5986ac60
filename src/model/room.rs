//! A room: the participants answer on their own phones instead of at the
//! facilitator's keyboard. The session keeps what must outlive a restart of the
//! laptop's klarhet: the room's token (so the phones' address stays the same), each
//! claimed seat's token, hashed, and how far each seat has got. A phone's answers
//! are open ballots, as a voter's at the keyboard are until they finish, so that a
//! participant can change an answer until the facilitator shows the results; the
//! reveal then counts every open ballot of that challenge into the ballot box, and
//! from then on the answers have left the seat's number.

use crate::error::Problem;
use crate::locate::Place;
use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballots::Answer;
use crate::model::session::Session;
use crate::model::voter_map::VoterMap;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// What a session keeps of its room.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// The token in the room's address: without it, the room answers nothing.
    pub token: String,
    /// Claimed seats: seat (participant id, or number in an anonymous room) → the
    /// SHA-256 of the token the phone that claimed it holds. Never the token.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub seats: BTreeMap<u32, String>,
    /// Per challenge, how many statements each seat has passed on its phone. Kept
    /// apart from the keyboard's progress, which seals a ballot when it is full.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub passed: BTreeMap<String, VoterMap<u16>>,
}

/// The SHA-256 of a seat token, as the session keeps it.
pub fn seat_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// True when `hash` can be a seat's key as [`seat_hash`] makes it: 64 hex digits.
fn is_seat_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Room {
    /// Checks a room read from a file: every seat is someone in the session, every
    /// challenge is in the model, and a seat's hash is a SHA-256. A fault comes
    /// with its place in the room.
    pub(crate) fn check(
        &self,
        model: &Assessment,
        voters: &std::collections::BTreeSet<u32>,
    ) -> Result<(), (Place, Problem)> {
        let stranger = |seat: u32| Problem::DanglingId {
            kind: "participant",
            id: seat.to_string(),
        };
        if self.token.trim().is_empty() {
            return Err((Place::start().key("token"), Problem::BadRoomKey));
        }
        let seats = Place::start().key("seats");
        for (seat, hash) in &self.seats {
            if !voters.contains(seat) {
                return Err((seats, stranger(*seat)));
            }
            if !is_seat_hash(hash) {
                return Err((seats, Problem::BadRoomKey));
            }
        }
        for (challenge, seats) in &self.passed {
            let place = Place::start().key("passed").value(challenge);
            if model.challenge(challenge).is_none() {
                let problem = Problem::DanglingId {
                    kind: "challenge",
                    id: challenge.clone(),
                };
                return Err((place, problem));
            }
            if let Some(seat) = seats.voters().find(|s| !voters.contains(s)) {
                return Err((place, stranger(seat)));
            }
        }
        Ok(())
    }

    /// How many statements of `challenge` `seat` has passed on its phone.
    pub fn passed(&self, challenge: &str, seat: u32) -> usize {
        self.passed
            .get(challenge)
            .and_then(|p| p.get(seat))
            .map_or(0, usize::from)
    }

    /// The seat whose phone holds `token`.
    pub fn seat_of(&self, token: &str) -> Option<u32> {
        let hash = seat_hash(token);
        self.seats
            .iter()
            .find(|(_, h)| **h == hash)
            .map(|(seat, _)| *seat)
    }
}

impl Session {
    /// True when the results of `c` have been shown (revealed, or counted by a
    /// show of hands, which is shown as counted): a room no longer asks about it,
    /// since a phone's answer would land after the group has seen the figures
    /// (a second round is a round of its own).
    pub fn results_shown(&self, c: &Challenge) -> bool {
        self.revealed.get(&c.id).is_some_and(|b| b.voters() > 0)
            || c.statements.iter().any(|s| self.responses.is_tally(&s.id))
    }

    /// True when phones may answer `c` now: its current round's results have
    /// not been shown, and the round is its first (whatever gave its first
    /// answers) or a later one opened for phones. A later round opened for the
    /// keyboard or a show of hands is not the room's to answer.
    pub fn room_may_ask(&self, c: &Challenge) -> bool {
        let later_elsewhere = self.current_round(&c.id) > 1
            && self
                .rounds
                .get(&c.id)
                .and_then(|r| r.last())
                .is_some_and(|r| r.channel != crate::model::round::Channel::Room);
        !later_elsewhere && !self.results_shown(c)
    }

    /// The statements of `c` its current round asks, in the model's order: all
    /// of them in a first round, the chosen ones in a later one.
    pub fn asked_now<'m>(&self, c: &'m Challenge) -> Vec<&'m crate::model::assessment::Statement> {
        c.statements
            .iter()
            .filter(|s| self.in_round(c, &s.id))
            .collect()
    }

    /// The challenges a room serves, in the model's order: those `wanted` (every
    /// challenge when `None`), less those whose current round's results have
    /// been shown or whose later round is another channel's. Refused
    /// when that leaves none, so that a room never opens with nothing to ask.
    pub fn room_scope(
        &self,
        model: &Assessment,
        wanted: Option<&[String]>,
    ) -> Result<Vec<String>, Problem> {
        if let Some(id) = wanted
            .unwrap_or_default()
            .iter()
            .find(|id| model.challenge(id).is_none())
        {
            return Err(Problem::DanglingId {
                kind: "challenge",
                id: id.clone(),
            });
        }
        let asked = |c: &&Challenge| wanted.is_none_or(|w| w.contains(&c.id));
        let scope: Vec<String> = model
            .challenges
            .iter()
            .filter(asked)
            .filter(|c| self.room_may_ask(c))
            .map(|c| c.id.clone())
            .collect();
        if scope.is_empty() {
            return Err(Problem::AllShown);
        }
        Ok(scope)
    }

    /// The room, made with `token` when there is none yet. Private to the
    /// domain: outside it a room is opened with [`crate::model::Command::OpenRoom`].
    pub(in crate::model) fn room_or(&mut self, token: impl FnOnce() -> String) -> &mut Room {
        self.room.get_or_insert_with(|| Room {
            token: token(),
            ..Room::default()
        })
    }

    /// True when `seat` is someone in this session: a participant's id, or a
    /// numbered seat of an anonymous room.
    pub fn is_voter(&self, seat: u32) -> bool {
        if self.participants.is_empty() {
            (1..=self.headcount.unwrap_or(0)).contains(&seat)
        } else {
            self.participants.has(seat)
        }
    }

    /// Gives `seat` to the phone whose token hashes to `hash`. Refused when the
    /// seat is someone else's: one phone per seat. A `hash` that is not one (from
    /// a damaged journal) is refused as the file's check would refuse it, so that
    /// it never reaches a file that would then not open.
    pub(in crate::model) fn claim_seat(&mut self, seat: u32, hash: &str) -> Result<(), Problem> {
        if !self.is_voter(seat) {
            return Err(Problem::DanglingId {
                kind: "participant",
                id: seat.to_string(),
            });
        }
        if !is_seat_hash(hash) {
            return Err(Problem::BadRoomKey);
        }
        let Some(room) = self.room.as_mut() else {
            return Err(Problem::NoRoom);
        };
        match room.seats.get(&seat) {
            Some(held) if held != hash => Err(Problem::SeatTaken { seat }),
            _ => {
                room.seats.insert(seat, hash.to_owned());
                self.note_people();
                Ok(())
            }
        }
    }

    /// Lets `seat` be claimed again, by another phone. Its answers stay.
    pub(in crate::model) fn free_seat(&mut self, seat: u32) {
        if let Some(room) = self.room.as_mut() {
            room.seats.remove(&seat);
        }
    }

    /// Sets (or, with `None`, withdraws) `seat`'s open answer to `statement` of
    /// `c` from its phone, and raises its progress to `passed`. Refused when the
    /// seat's ballot for `c` is already counted (it finished `c` at the keyboard,
    /// or the results were shown).
    pub(in crate::model) fn answer_in_room(
        &mut self,
        c: &Challenge,
        statement: &str,
        seat: u32,
        answer: Option<Answer>,
        passed: usize,
    ) -> Result<(), Problem> {
        if self.finished(c, seat) {
            return Err(Problem::AlreadyCounted {
                challenge: c.id.clone(),
            });
        }
        if !c.statements.iter().any(|s| s.id == statement) {
            return Err(Problem::DanglingId {
                kind: "statement",
                id: statement.to_owned(),
            });
        }
        if !self.in_round(c, statement) {
            return Err(Problem::NotInRound {
                statement: statement.to_owned(),
                round: self.current_round(&c.id),
            });
        }
        match answer {
            Some(a) => self.responses.cast(statement, seat, a)?,
            None => {
                self.responses.take(statement, seat);
            }
        }
        let passed = u16::try_from(passed.min(self.round_len(c))).unwrap_or(u16::MAX);
        let Some(room) = self.room.as_mut() else {
            return Err(Problem::NoRoom);
        };
        let counts = room.passed.entry(c.id.clone()).or_default();
        let before = counts.get(seat).unwrap_or(0);
        counts.insert(seat, before.max(passed));
        self.note_round(c, crate::model::round::Channel::Room);
        self.note_people();
        Ok(())
    }

    /// Counts every ballot the room holds open for `c` into the ballot box, as if
    /// each seat had finished: what a phone answered was saved and acknowledged,
    /// so it is counted even if the seat did not reach the end. Gives how many
    /// ballots were counted. Done before the results of `c` are shown.
    pub(in crate::model) fn seal_room(&mut self, c: &Challenge) -> usize {
        // Only seats that answered on a phone: a keyboard voter halfway through a
        // round keeps their open ballot to finish it.
        let seats: Vec<u32> = self
            .room
            .as_mut()
            .and_then(|r| r.passed.remove(&c.id))
            .map(|p| p.voters().collect())
            .unwrap_or_default();
        // A reveal with no phone's answers to count opens no round.
        if seats.is_empty() {
            return 0;
        }
        self.note_round(c, crate::model::round::Channel::Room);
        let open: Vec<u32> = (seats.into_iter())
            .filter(|seat| !self.finished(c, *seat))
            .collect();
        self.seal_many(c, &open);
        open.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::groups::halmstad_ids as groups_ids;

    fn session() -> (Assessment, Session) {
        let model = Assessment::halmstad().unwrap();
        let mut s = crate::demo::crowd(&model, 6, false);
        let first = crate::model::session::Participant {
            groups: vec![groups_ids::POLITIK.into()],
            ..s.participants[0].clone()
        };
        s.participants.set(first);
        s.room_or(|| "rum".into());
        (model, s)
    }

    #[test]
    fn a_seat_is_one_phones_until_freed() {
        let (_, mut s) = session();
        s.claim_seat(1, &seat_hash("a")).unwrap();
        s.claim_seat(1, &seat_hash("a")).unwrap();
        assert!(matches!(
            s.claim_seat(1, &seat_hash("b")),
            Err(Problem::SeatTaken { seat: 1 })
        ));
        assert!(s.claim_seat(99, &seat_hash("b")).is_err());
        let room = s.room.clone().unwrap();
        assert_eq!(room.seat_of("a"), Some(1));
        assert_eq!(room.seat_of("b"), None);
        assert!(!ron::to_string(&room).unwrap().contains("\"a\""));
        s.free_seat(1);
        s.claim_seat(1, &seat_hash("b")).unwrap();
    }

    #[test]
    fn answers_stay_open_until_the_room_is_sealed_and_then_are_counted() {
        let (model, mut s) = session();
        let c = &model.challenges[0];
        let (first, second) = (&c.statements[0].id, &c.statements[1].id);
        let last = c.statements.len();
        s.answer_in_room(c, first, 1, Some(Answer::Value(2)), 1)
            .unwrap();
        s.answer_in_room(c, second, 1, Some(Answer::Value(4)), last)
            .unwrap();
        // Changed after the last statement: still open.
        s.answer_in_room(c, first, 1, Some(Answer::Value(5)), 1)
            .unwrap();
        s.answer_in_room(c, first, 2, None, 1).unwrap();
        assert_eq!(s.room.as_ref().unwrap().passed(&c.id, 1), last);
        assert_eq!(s.responses.tally(first).n(), 1);
        assert_eq!(s.seal_room(c), 2, "seat 2 passed one and is counted too");
        assert_eq!(s.responses.tally(first).total(), 0, "nothing left open");
        let counted = s.pending_of(&c.id).tally(first);
        assert_eq!(counted.counts.get(&5), Some(&1));
        assert_eq!(s.counted(&c.id), 2);
        assert!(matches!(
            s.answer_in_room(c, first, 1, Some(Answer::Value(1)), 1),
            Err(Problem::AlreadyCounted { .. })
        ));
        assert_eq!(s.seal_room(c), 0);
    }
}
