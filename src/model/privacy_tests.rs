//! Tests of the self-assessment exception: it is for one person, and it ends
//! for good once more than one person can answer, whichever way they came in.

use crate::model::assessment::{Assessment, Challenge};
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::session::{Answer, Participant, Session};
use crate::text::Lang;

fn alone(model: &Assessment) -> Session {
    let mut s = Session::new(model, "Eva", jiff::civil::date(2026, 12, 6), Lang::SV);
    s.privacy.self_assessment = true;
    s
}

fn join(s: &mut Session, id: u32) {
    s.participants.push(Participant {
        id,
        alias: format!("P{id}"),
        groups: vec![groups_ids::OVRIGT.into()],
    });
}

/// `voter` answers `value` to every statement of `c` and finishes.
fn vote(s: &mut Session, c: &Challenge, voter: u32, value: i32) {
    for st in &c.statements {
        s.cast(c, &st.id, voter, Answer::Value(value)).unwrap();
    }
    s.pass_in(c, voter, c.statements.len());
}

fn shown(s: &Session, c: &Challenge) -> u32 {
    s.shown_tally(&c.id, &c.statements[0].id).total()
}

#[test]
fn one_person_alone_sees_their_own_answers() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    join(&mut s, 1);
    assert!(s.is_self_assessment());
    vote(&mut s, c, 1, 4);
    s.reveal(&c.id);
    assert_eq!(shown(&s, c), 1);
    assert!(s.is_self_assessment(), "answering alone keeps it one");
}

/// Issue 23: a head count of four with nobody named was counted as one person.
#[test]
fn a_head_count_of_four_is_no_self_assessment() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    s.headcount = Some(4);
    assert!(!s.is_self_assessment());
    assert_eq!(s.disclosure_threshold(), 3);
    let mut seen = Vec::new();
    for seat in 1..=4 {
        vote(&mut s, c, seat, 1 + seat as i32);
        s.reveal(&c.id);
        seen.push(shown(&s, c));
    }
    assert_eq!(seen, [0, 0, 3, 3], "one at a time, never one by one");
    assert_eq!(s.waiting(&c.id), 1);
}

/// Issue 23: one person's answers shown, then two join and answer. What was
/// shown counts as shown, so the two wait for a third instead of being shown
/// as a step of two.
#[test]
fn a_self_assessment_that_gains_two_keeps_what_it_showed() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    join(&mut s, 1);
    vote(&mut s, c, 1, 4);
    s.reveal(&c.id);
    join(&mut s, 2);
    join(&mut s, 3);
    assert!(!s.is_self_assessment());
    vote(&mut s, c, 2, 1);
    vote(&mut s, c, 3, 5);
    s.reveal(&c.id);
    assert_eq!(shown(&s, c), 1, "two new answers are not shown");
    assert_eq!(s.waiting(&c.id), 2);
    join(&mut s, 4);
    vote(&mut s, c, 4, 2);
    s.reveal(&c.id);
    assert_eq!(shown(&s, c), 4);
}

/// Issue 23: the two who joined leave again; the session stays one of several,
/// or their waiting answers would be shown by a threshold of one.
#[test]
fn people_who_leave_do_not_make_it_a_self_assessment_again() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    join(&mut s, 1);
    vote(&mut s, c, 1, 4);
    s.reveal(&c.id);
    for id in [2, 3] {
        join(&mut s, id);
        vote(&mut s, c, id, id as i32);
    }
    for id in [3, 2] {
        s.participants.remove(id);
        s.forget(id);
    }
    assert_eq!(s.participants.len(), 1);
    assert!(!s.is_self_assessment());
    s.reveal(&c.id);
    assert_eq!(shown(&s, c), 1);
    // And it says so in the file, which is read the same way.
    let back = Session::parse(&s.to_ron(), std::path::Path::new("s.ron")).unwrap();
    assert!(!back.is_self_assessment());
}

/// Someone who answered and was replaced: the one left is not the person
/// whose self-assessment it was, and the box holds both their ballots.
#[test]
fn a_person_replaced_ends_the_self_assessment() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    join(&mut s, 1);
    vote(&mut s, c, 1, 4);
    s.participants.remove(1);
    s.forget(1);
    join(&mut s, 2);
    assert!(!s.is_self_assessment());
    vote(&mut s, c, 2, 2);
    s.reveal(&c.id);
    assert_eq!(shown(&s, c), 0);
}

/// A second phone in the room is a second person, even when the head count
/// is lowered again afterwards.
#[test]
fn a_second_seat_in_the_room_ends_it() {
    let model = Assessment::halmstad().unwrap();
    let mut s = alone(&model);
    s.headcount = Some(1);
    s.room_or(|| "rum".into());
    s.claim_seat(1, &crate::model::room::seat_hash("a"))
        .unwrap();
    assert!(s.is_self_assessment());
    s.headcount = Some(2);
    s.claim_seat(2, &crate::model::room::seat_hash("b"))
        .unwrap();
    s.headcount = Some(1);
    assert!(!s.is_self_assessment());
    s.free_seat(2);
    assert!(!s.is_self_assessment(), "the phone was there");
}

/// A head count typed by mistake and put right before anyone answered ends
/// nothing: no one else has answered anything to protect.
#[test]
fn a_head_count_put_right_before_anyone_answers_ends_nothing() {
    let model = Assessment::halmstad().unwrap();
    let mut s = alone(&model);
    s.headcount = Some(4);
    assert!(!s.is_self_assessment());
    s.headcount = Some(1);
    assert!(s.is_self_assessment());
}

/// A file that says it is a self-assessment but holds two voters' ballots in a
/// challenge (written by hand, or before this rule) is not one.
#[test]
fn two_ballots_in_a_challenge_are_two_people() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = alone(&model);
    join(&mut s, 1);
    join(&mut s, 2);
    vote(&mut s, c, 1, 4);
    vote(&mut s, c, 2, 2);
    s.participants.remove(2);
    s.privacy.several = false;
    assert!(!s.is_self_assessment());
}
