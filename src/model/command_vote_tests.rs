//! `Session::apply` for the votes: a ballot cast, passed and revealed, a show
//! of hands, and a room's token and seats.

use super::command_tests::{applied, refused, session};
use crate::error::Problem;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::session::{Answer, Tally};

#[test]
fn a_ballot_is_cast_passed_and_revealed() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let k = c.statements.len();
    let mut s = session(&m);
    applied(&m, &mut s, Command::CountHeads { headcount: Some(3) });
    // Nothing counted yet: a reveal changes nothing and says so.
    let reveal = || Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    assert_eq!(applied(&m, &mut s, reveal()), []);
    for voter in 1..=3 {
        for st in &c.statements {
            let cast = Command::Cast {
                challenge: c.id.clone(),
                statement: st.id.clone(),
                voter,
                answer: Answer::Value(3),
            };
            let changes = applied(&m, &mut s, cast);
            assert!(changes.iter().all(|ch| ch.journalled(&m)));
        }
        let pass = Command::Pass {
            challenge: c.id.clone(),
            voter,
            count: k,
        };
        let sealed = applied(&m, &mut s, pass);
        // Sealing a ballot is one record of it without its voter's answers,
        // which store::sealing keeps by writing the journal again without
        // the lines that tied them to the voter.
        assert!(
            matches!(&sealed[..], [crate::model::journal::Change::Sealed { voters, .. }] if *voters == [voter]),
            "{sealed:?}"
        );
        assert!(sealed.iter().all(|ch| ch.journalled(&m)));
    }
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 1,
        answer: Answer::Value(1),
    };
    let counted = Problem::AlreadyCounted {
        challenge: c.id.clone(),
    };
    refused(&m, &mut s, cast, counted);
    let shown = applied(&m, &mut s, reveal());
    assert_eq!(
        shown,
        [Change::Revealed {
            challenge: c.id.clone(),
            at: Some("2026-12-06T10:00:00Z".parse().unwrap()),
        }]
    );
    assert_eq!(s.revealed[&c.id].voters(), 3);
    let round = s.rounds_of(c).pop().unwrap().round;
    assert_eq!(
        round.revealed,
        Some("2026-12-06T10:00:00Z".parse().unwrap()),
        "the round keeps when it was revealed"
    );
}

#[test]
fn a_show_of_hands_is_counted_within_what_a_session_can_hold() {
    let m = Assessment::halmstad().unwrap();
    let st = m.challenges[0].statements[0].id.clone();
    let mut s = session(&m);
    let tally = |n: u32| Tally {
        counts: [(m.scale.min(), n)].into_iter().collect(),
        unknown: 0,
    };
    let hands = Command::CountHands {
        statement: st.clone(),
        tally: tally(4),
    };
    applied(&m, &mut s, hands);
    assert_eq!(s.responses.tally(&st), tally(4));
    let most = s.most_voters();
    let too_many = Command::CountHands {
        statement: st.clone(),
        tally: tally(most + 1),
    };
    let problem = Problem::CountTooLarge {
        kind: "hands",
        id: st,
        count: u64::from(most + 1),
        most: u64::from(most),
    };
    refused(&m, &mut s, too_many, problem);
}

#[test]
fn a_room_keeps_its_first_token_and_frees_seats() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    applied(&m, &mut s, Command::CountHeads { headcount: Some(4) });
    let open = |token: &str| Command::OpenRoom {
        token: token.into(),
    };
    applied(&m, &mut s, open("första"));
    applied(&m, &mut s, open("andra"));
    assert_eq!(s.room.as_ref().map(|r| r.token.as_str()), Some("första"));
    let hash = crate::model::room::seat_hash("telefon");
    applied(&m, &mut s, Command::TakeSeat { seat: 2, hash });
    let other = crate::model::room::seat_hash("annan");
    let taken = Command::TakeSeat {
        seat: 2,
        hash: other.clone(),
    };
    refused(&m, &mut s, taken, Problem::SeatTaken { seat: 2 });
    applied(&m, &mut s, Command::FreeSeat { seat: 2 });
    applied(
        &m,
        &mut s,
        Command::TakeSeat {
            seat: 2,
            hash: other,
        },
    );
}

/// The voted crowd of the benchmarks, examples and tests is voted by
/// commands, ballot by ballot, each challenge revealed after its last: the
/// same session as every answer cast first and all counted at once
/// (`close_rounds`, as it was built before and as a file from before the
/// ballot box is opened), to the byte.
#[test]
fn the_crowd_voted_by_commands_is_the_crowd_counted_at_once() {
    let m = Assessment::halmstad().unwrap();
    // The crowd's spread of answers (`demo::crowd`), written out again here
    // so that the session it gives is checked against its own recipe.
    let spread = |p: u32, k: usize| match (p as usize * 7 + k * 3) % 10 {
        9 => Answer::Unknown,
        x => Answer::Value(1 + (x % 5) as i32),
    };
    for people in [1, 2, 4, 13, 60] {
        let by_commands = crate::demo::crowd(&m, people, true);
        let mut at_once = crate::demo::crowd(&m, people, false);
        for (k, (c, st)) in m.statements().enumerate() {
            for p in 1..=people {
                at_once.cast(c, &st.id, p, spread(p, k)).unwrap();
            }
        }
        at_once.close_rounds(&m);
        // A reveal that could show something keeps when it was made.
        for c in &m.challenges {
            if at_once.revealed.get(&c.id).is_some_and(|b| b.voters() > 0) {
                at_once.note_revealed(c, crate::demo::crowd::reveal_time());
            }
        }
        assert_eq!(by_commands.to_ron(), at_once.to_ron(), "{people} people");
        assert_eq!(by_commands, at_once);
        for c in &m.challenges {
            assert_eq!(by_commands.counted(&c.id), people, "{people} people");
        }
    }
}
