//! Tests of the room's seats and open answers.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::ballots::Answer;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::room::seat_hash;
use crate::model::session::Session;

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

proptest::proptest! {
    /// The index by hash finds what a walk over every seat finds, whatever
    /// seats were claimed, claimed again by another phone, freed, or left with
    /// their participant, and after a copy.
    #[test]
    fn a_phone_is_found_by_its_hash_as_by_a_walk_over_the_seats(
        steps in proptest::collection::vec((0u8..4, 1u32..7, 0u8..4), 1..60)
    ) {
        let (_, mut s) = session();
        for (what, seat, phone) in steps {
            let token = format!("telefon-{phone}");
            match what {
                0 | 1 => {
                    let _ = s.claim_seat(seat, &seat_hash(&token));
                }
                2 => s.free_seat(seat),
                _ => s.leave(seat),
            }
            if seat == 3 {
                // A copy starts without the index and builds its own.
                s = s.clone();
            }
            let room = s.room().clone().unwrap();
            for phone in 0..4 {
                let token = format!("telefon-{phone}");
                let hash = seat_hash(&token);
                let walked = room.seats().iter().find(|(_, h)| **h == hash).map(|(seat, _)| *seat);
                proptest::prop_assert_eq!(s.room().as_ref().unwrap().seat_of(&token), walked);
            }
        }
    }
}
