//! Careless answers, continued: the figures left when they are left out, the
//! role groups that go with them, phones in the room, and a higher minimum
//! group.

use super::tests::{leave_out, reveal, vote, with_people};
use crate::error::Problem;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::command_tests::{applied, refused, session};
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::session::{Answer, Session};

#[test]
fn the_figures_left_are_computed_from_the_others_alone() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = with_people(&m, 6);
    // Three that vary and three straight-lined (two all 1, one all 5).
    let ballots = vec![
        vec![Some(2), Some(3), Some(4), Some(2)],
        vec![Some(3), Some(3), Some(4), Some(4)],
        vec![Some(4), Some(2), Some(4), Some(5)],
        vec![Some(1); 4],
        vec![Some(1); 4],
        vec![Some(5); 4],
    ];
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    applied(&m, &mut s, leave_out(&m, 1, true));
    let result = crate::model::scoring::analyse(&s, &m);
    let r = result.challenge(&c.id).unwrap();
    // Means of the three left: 3, 8/3, 4, 11/3; their mean safe to compare.
    let means: Vec<f64> = r.statements.iter().map(|st| st.mean.unwrap()).collect();
    let expected = [3.0, 8.0 / 3.0, 4.0, 11.0 / 3.0];
    for (got, want) in means.iter().zip(expected) {
        assert!((got - want).abs() < 1e-9, "{means:?}");
    }
    assert!(r.statements.iter().all(|st| st.n == 3));
    let mean = expected.iter().sum::<f64>() / 4.0;
    assert!((r.computed.unwrap() - (mean - 1.0) / 4.0 * 100.0).abs() < 1e-9);
}

#[test]
fn the_count_is_shown_only_as_a_group_is_and_otherwise_not_kept() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let varied = |i: i32| vec![Some(1 + i % 2), Some(2), Some(3), Some(4)];
    let nothing_kept = |s: &Session| {
        s.careless(&c.id, 1).is_none()
            && !s.watched.0.contains_key(&c.id)
            && !s.to_ron().contains("straight")
    };
    // Two alike and two not: fewer than the threshold alike.
    let mut s = with_people(&m, 8);
    vote(
        &m,
        &mut s,
        1,
        &[vec![Some(3); 4], vec![Some(3); 4], varied(0), varied(1)],
    );
    reveal(&m, &mut s);
    assert!(nothing_kept(&s));
    assert_eq!(applied(&m, &mut s, leave_out(&m, 1, true)), []);
    refused(
        &m,
        &mut s,
        leave_out(&m, 2, true),
        Problem::DanglingId {
            kind: "round",
            id: "2".into(),
        },
    );
    // Four alike and two not: fewer than the threshold not alike.
    let mut s = with_people(&m, 8);
    let mut ballots = vec![vec![Some(3); 4]; 4];
    ballots.extend([varied(0), varied(1)]);
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    assert!(nothing_kept(&s));
    // Three and three: shown. Then three more come in and are revealed: a
    // round revealed in two steps shows none, and keeps none.
    let mut s = with_people(&m, 9);
    let mut ballots = vec![vec![Some(3); 4], vec![Some(1); 4], vec![Some(4); 4]];
    ballots.extend([varied(0), varied(1), varied(2)]);
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    assert_eq!(
        s.careless(&c.id, 1).map(|k| (k.straight, k.ballots)),
        Some((3, 6))
    );
    vote(&m, &mut s, 7, &[vec![Some(5); 4], varied(3), varied(4)]);
    assert!(
        !s.watched.0.contains_key(&c.id),
        "not counted after a reveal"
    );
    reveal(&m, &mut s);
    assert!(nothing_kept(&s));
}

#[test]
fn left_out_a_round_shows_no_role_group() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = session(&m);
    for (i, role) in [groups_ids::POLITIK, groups_ids::BOLAG]
        .into_iter()
        .enumerate()
    {
        for j in 0..3 {
            let alias = format!("p{i}{j}");
            applied(
                &m,
                &mut s,
                Command::AddParticipant {
                    alias,
                    groups: vec![role.into()],
                },
            );
        }
    }
    let ballots = vec![
        vec![Some(4), Some(4), Some(3), Some(5)],
        vec![Some(4); 4],
        vec![Some(5); 4],
        vec![Some(1), Some(2), Some(2), Some(1)],
        vec![Some(2), Some(1), Some(1), Some(2)],
        vec![Some(2); 4],
    ];
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    let groups = |s: &Session| {
        let a = crate::model::scoring::analyse(s, &m);
        a.challenge(&c.id).unwrap().role_means.len()
    };
    assert_eq!(groups(&s), 2, "politik and bolag shown apart");
    applied(&m, &mut s, leave_out(&m, 1, true));
    assert_eq!(
        groups(&s),
        0,
        "whose the left-out ballots were is not known"
    );
    applied(&m, &mut s, leave_out(&m, 1, false));
    assert_eq!(groups(&s), 2);
}

#[test]
fn phones_in_the_room_are_counted_when_their_answers_are_and_replay_alike() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = with_people(&m, 6);
    applied(
        &m,
        &mut s,
        Command::OpenRoom {
            token: "rum".into(),
        },
    );
    let ballots = [
        [4, 4, 4, 4],
        [1, 2, 3, 3],
        [2, 2, 2, 2],
        [5, 4, 5, 4],
        [1, 1, 1, 1],
        [2, 3, 2, 3],
    ];
    let mut kept = Vec::new();
    for (seat, values) in (1..).zip(ballots) {
        let hash = crate::model::room::seat_hash(&format!("phone-{seat}"));
        kept.extend(applied(&m, &mut s, Command::TakeSeat { seat, hash }));
        for (i, (st, v)) in c.statements.iter().zip(values).enumerate() {
            let answer = Command::AnswerInRoom {
                challenge: c.id.clone(),
                statement: st.id.clone(),
                seat,
                answer: Some(Answer::Value(v)),
                passed: i + 1,
            };
            kept.extend(applied(&m, &mut s, answer));
        }
    }
    // Open on the phones: nothing counted yet.
    assert!(!s.watched.0.contains_key(&c.id));
    let reveal = Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    kept.extend(applied(&m, &mut s, reveal));
    let k = s.careless(&c.id, 1).unwrap();
    assert_eq!((k.straight, k.ballots), (3, 6));
    // The journal's lines replayed on the session before the room: the same.
    let mut again = with_people(&m, 6);
    applied(
        &m,
        &mut again,
        Command::OpenRoom {
            token: "rum".into(),
        },
    );
    for change in &kept {
        again.replay(&m, change, true).unwrap();
    }
    assert_eq!(again.careless(&c.id, 1), s.careless(&c.id, 1));
}

#[test]
fn a_higher_minimum_group_holds_the_count_back_as_long_as_the_figures() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let privacy = Command::ChoosePrivacy {
        min_group: 5,
        show_names: false,
        self_assessment: false,
    };
    let varied = |i: i32| vec![Some(1 + i % 3), Some(2), Some(3), Some(4)];
    // Four alike of nine: fewer than five, so nothing is said or kept.
    let mut s = with_people(&m, 10);
    applied(&m, &mut s, privacy.clone());
    let mut ballots = vec![vec![Some(3); 4]; 4];
    ballots.extend((0..5).map(varied));
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    assert_eq!(s.careless(&c.id, 1), None);
    assert!(s.shown_tally(&c.id, &c.statements[0].id).total() == 9);
    // Five and five: shown.
    let mut s = with_people(&m, 10);
    applied(&m, &mut s, privacy);
    let mut ballots = vec![vec![Some(3); 4]; 5];
    ballots.extend((0..5).map(varied));
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    let k = s.careless(&c.id, 1).unwrap();
    assert_eq!((k.straight, k.ballots), (5, 10));
}
