//! The room's counts kept as the changes come (`room::counts::Counts`) stay
//! exactly what a full recount of every seat gives, whatever the room does:
//! seats claimed and freed, answers given, changed, skipped and withdrawn,
//! ballots finished at the keyboard, and results shown (which counts every
//! open ballot of a challenge at once).

use klarhet::model::journal::Change;
use klarhet::model::room::seat_hash;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};
use klarhet::room::counts::Counts;
use klarhet::room::desk::Desk;
use proptest::prelude::*;

/// Seats 1..=SEATS, and seat SEATS + 1, who is nobody.
const SEATS: u32 = 7;

/// One thing that happens in a room.
#[derive(Debug, Clone)]
enum Step {
    Claim {
        seat: u32,
        phone: u8,
    },
    Free {
        seat: u32,
    },
    /// An answer (none: a skip, or an answer withdrawn) to a challenge's
    /// `statement`, having passed `passed` of its statements.
    Answer {
        seat: u32,
        challenge: usize,
        statement: usize,
        answer: Option<i32>,
        passed: usize,
    },
    /// At the keyboard: a voter passes `count` statements of a challenge.
    Keyboard {
        voter: u32,
        challenge: usize,
        count: usize,
    },
    /// The results of a challenge shown: its open room ballots counted.
    Reveal {
        challenge: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let seat = 1..=SEATS + 1;
    prop_oneof![
        (seat.clone(), 0..3u8).prop_map(|(seat, phone)| Step::Claim { seat, phone }),
        seat.clone().prop_map(|seat| Step::Free { seat }),
        (
            seat.clone(),
            0..3usize,
            0..6usize,
            prop::option::of(0..7i32),
            0..7usize
        )
            .prop_map(|(seat, challenge, statement, answer, passed)| {
                Step::Answer {
                    seat,
                    challenge,
                    statement,
                    answer,
                    passed,
                }
            }),
        (seat, 0..3usize, 0..7usize).prop_map(|(voter, challenge, count)| Step::Keyboard {
            voter,
            challenge,
            count,
        }),
        (0..3usize).prop_map(|challenge| Step::Reveal { challenge }),
    ]
}

/// Does `step` to `session` as the owner would, and gives the seats it touched.
fn apply(session: &mut Session, model: &Assessment, step: &Step) -> Vec<u32> {
    let challenge = |i: usize| &model.challenges[i % model.challenges.len()];
    let change = match *step {
        Step::Claim { seat, phone } => Change::Seated {
            seat,
            hash: seat_hash(&format!("phone {phone}")),
        },
        Step::Free { seat } => {
            let _ = session.apply(model, Command::FreeSeat { seat });
            return vec![seat];
        }
        Step::Answer {
            seat,
            challenge: c,
            statement,
            answer,
            passed,
        } => {
            let c = challenge(c);
            Change::RoomAnswer {
                round: 1,
                challenge: c.id.clone(),
                statement: c.statements[statement % c.statements.len()].id.clone(),
                seat,
                answer: answer.map(Answer::Value),
                passed,
            }
        }
        Step::Keyboard {
            voter,
            challenge: c,
            count,
        } => Change::Passed {
            round: 1,
            challenge: challenge(c).id.clone(),
            voter,
            count,
        },
        Step::Reveal { challenge: c } => {
            let c = challenge(c);
            let seats: Vec<u32> = session
                .room()
                .as_ref()
                .and_then(|r| r.passed.get(&c.id))
                .map(|p| p.voters().collect())
                .unwrap_or_default();
            let challenge = c.id.clone();
            let at = "2026-12-06T10:00:00Z".parse().unwrap();
            let _ = session.apply(model, Command::Reveal { challenge, at });
            return seats;
        }
    };
    // A refused change (a stranger's seat, a seat taken, a counted ballot)
    // changes nothing, and the counts must say so too.
    let _ = session.replay(model, &change, false);
    change.voters()
}

proptest! {
    #![proptest_config(crate::common::cases::beside_source(ProptestConfig::with_cases(256)))]

    #[test]
    fn kept_counts_equal_a_full_recount(
        steps in prop::collection::vec(step(), 1..60),
        scope in 1..=3usize,
    ) {
        let model = Assessment::halmstad().unwrap();
        let mut session = klarhet::demo::crowd(&model, SEATS, false);
        let open = Command::OpenRoom {
            token: "ROOM".into(),
        };
        session.apply(&model, open).unwrap();
        let desk = Desk::new(
            model.challenges.iter().take(scope).map(|c| c.id.clone()).collect(),
        );
        let mut counts = Counts::new(&session, &model, &desk);
        prop_assert_eq!(counts.progress(), &klarhet::room::progress(&session, &model, &desk));
        for step in &steps {
            let touched = apply(&mut session, &model, step);
            counts.recount(&session, &model, touched);
            prop_assert_eq!(
                counts.progress(),
                &klarhet::room::progress(&session, &model, &desk),
                "after {:?}",
                step
            );
        }
    }
}

/// The same through the owner's path: the changes a batch of phone calls made.
#[test]
fn a_batch_of_changes_is_counted_by_the_seats_it_names() {
    let model = Assessment::halmstad().unwrap();
    let mut session = klarhet::demo::crowd(&model, 5, false);
    let open = Command::OpenRoom {
        token: "ROOM".into(),
    };
    session.apply(&model, open).unwrap();
    let desk = Desk::new(model.challenges.iter().map(|c| c.id.clone()).collect());
    let mut counts = Counts::new(&session, &model, &desk);
    let c = &model.challenges[0];
    let mut changes = vec![Change::Seated {
        seat: 2,
        hash: seat_hash("a phone"),
    }];
    changes.extend(
        c.statements
            .iter()
            .enumerate()
            .map(|(i, s)| Change::RoomAnswer {
                round: 1,
                challenge: c.id.clone(),
                statement: s.id.clone(),
                seat: 2,
                answer: Some(Answer::Value(3)),
                passed: i + 1,
            }),
    );
    for change in &changes {
        session.replay(&model, change, false).unwrap();
    }
    counts.changed(&session, &model, &changes);
    let now = counts.progress();
    assert_eq!((now.claimed, now.started, now.done), (1, 1, 0));
    assert_eq!(now.answered[0], (c.id.clone(), 1));
    assert_eq!(now, &klarhet::room::progress(&session, &model, &desk));
}
