//! Who is in a session, and the changes to it that keep every seat the file
//! names someone who is there: a participant leaves with their seat in the room
//! and how far their phone got, the head count cannot drop below a seat that
//! voted, and names cannot come into a room that voted without them (its seats'
//! votes would then belong to no one). A session file that names someone who is
//! not there is refused when it is read, so the workbench never writes one.

use crate::error::Problem;
use crate::model::session::{MAX_HEADCOUNT, Session};
use std::collections::BTreeSet;

impl Session {
    /// `participant` leaves the session: their open ballots and progress go
    /// (see [`Session::forget`]), and so do their seat in the room and how far
    /// their phone got. Ballots already counted stay, apart from their name.
    pub(in crate::model) fn leave(&mut self, participant: u32) {
        self.forget(participant);
        self.forget_writer(participant);
        self.forget_picker(participant);
        if let Some(room) = self.room.as_mut() {
            room.release(participant);
            for seats in room.passed.values_mut() {
                seats.remove(participant);
            }
            room.passed.retain(|_, seats| !seats.is_empty());
        }
    }

    /// Every voter the file names: with an open ballot, progress in a round, a
    /// seat claimed in the room, or progress on a phone.
    pub fn seats_in_use(&self) -> BTreeSet<u32> {
        let mut seats = self.responses.voters();
        seats.extend(self.progress.values().flat_map(|p| p.voters()));
        if let Some(room) = &self.room {
            seats.extend(room.seats().keys().copied());
            seats.extend(room.passed.values().flat_map(|p| p.voters()));
        }
        seats
    }

    /// Sets the anonymous head count, or clears it with `None`. Refused above
    /// the largest a session may have, and, in a room without names, below a seat
    /// the file names (it would name someone no longer there).
    pub(in crate::model) fn set_headcount(&mut self, count: Option<u32>) -> Result<(), Problem> {
        if let Some(count) = count.filter(|c| *c > MAX_HEADCOUNT) {
            return Err(Problem::HeadCountTooLarge {
                count,
                max: MAX_HEADCOUNT,
            });
        }
        if self.participants.is_empty()
            && let Some(seat) = self.seats_in_use().last().copied()
            && seat > count.unwrap_or(0)
        {
            return Err(Problem::SeatInUse { seat });
        }
        self.headcount = count;
        Ok(())
    }

    /// Whether a first named participant may join: not while the room's
    /// anonymous seats hold votes, which would then belong to no one.
    pub fn may_name_people(&self) -> Result<(), Problem> {
        if self.participants.is_empty() && !self.seats_in_use().is_empty() {
            return Err(Problem::VotedWithoutNames);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Assessment;
    use crate::model::session::{Answer, Session};
    use crate::text::Lang;

    #[test]
    fn every_kind_of_seat_counts_as_in_use() {
        let model = Assessment::halmstad().unwrap();
        let c = &model.challenges[0];
        let mut s = Session::new(&model, "X", jiff::civil::date(2026, 1, 1), Lang::SV);
        s.headcount = Some(9);
        s.cast(c, &c.statements[0].id, 2, Answer::Value(1)).unwrap();
        s.pass(&c.id, 3, 1);
        s.room_or(|| "rum".into());
        s.claim_seat(4, &crate::model::room::seat_hash("t"))
            .unwrap();
        s.answer_in_room(c, &c.statements[1].id, 5, None, 2)
            .unwrap();
        assert_eq!(
            s.seats_in_use().into_iter().collect::<Vec<_>>(),
            [2, 3, 4, 5]
        );
        assert!(s.set_headcount(Some(4)).is_err());
        assert!(s.may_name_people().is_err());
        s.set_headcount(Some(5)).unwrap();
        for seat in 2..=5 {
            s.leave(seat);
        }
        assert!(s.seats_in_use().is_empty());
        s.set_headcount(None).unwrap();
        s.may_name_people().unwrap();
    }
}
