//! Careless answers: which ballots count as straight-lined, that only a count
//! is kept and shown (with the threshold), that it moves with the reveal and
//! across rounds, and that leaving them out changes the figures as computed by
//! hand.

use super::is_straight;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::command_tests::{applied, session};
use crate::model::journal::Change;
use crate::model::round::Channel;
use crate::model::session::{Answer, Session, Tally};

fn ballot(values: &[Option<i32>]) -> Vec<(String, Answer)> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("s{i}"), v.map_or(Answer::Unknown, Answer::Value)))
        .collect()
}

#[test]
fn a_ballot_counts_when_it_gave_one_value_to_every_statement_of_its_round() {
    assert!(is_straight(
        &ballot(&[Some(3), Some(3), Some(3), Some(3)]),
        4
    ));
    assert!(is_straight(&ballot(&[Some(5), Some(5)]), 2));
    assert!(!is_straight(
        &ballot(&[Some(3), Some(3), Some(4), Some(3)]),
        4
    ));
    // Vet ej throughout is a gap in knowledge, kept apart from the scale.
    assert!(!is_straight(&ballot(&[None, None, None, None]), 4));
    assert!(!is_straight(&ballot(&[Some(3), None, Some(3), Some(3)]), 4));
    // A statement skipped: not every statement was answered alike.
    assert!(!is_straight(&ballot(&[Some(3), Some(3), Some(3)]), 4));
    // A round of one statement never counts.
    assert!(!is_straight(&ballot(&[Some(2)]), 1));
    assert!(!is_straight(&[], 0));
}

/// Challenge 0's current round: each ballot in `ballots` cast by the next
/// voter from `first` on, answering the round's statements in order with its
/// values (none: vet ej), and passed.
pub(super) fn vote(
    m: &Assessment,
    s: &mut Session,
    first: u32,
    ballots: &[Vec<Option<i32>>],
) -> Vec<Change> {
    let c = &m.challenges[0];
    let asked: Vec<String> = s
        .round_statements(c)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut sealed = Vec::new();
    for (voter, values) in (first..).zip(ballots) {
        for (st, v) in asked.iter().zip(values) {
            let cast = Command::Cast {
                challenge: c.id.clone(),
                statement: st.clone(),
                voter,
                answer: v.map_or(Answer::Unknown, Answer::Value),
            };
            applied(m, s, cast);
        }
        let pass = Command::Pass {
            challenge: c.id.clone(),
            voter,
            count: asked.len(),
        };
        sealed.extend(applied(m, s, pass));
    }
    sealed
}

pub(super) fn reveal(m: &Assessment, s: &mut Session) {
    let c = m.challenges[0].id.clone();
    applied(
        m,
        s,
        Command::Reveal {
            challenge: c,
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    );
}

pub(super) fn leave_out(m: &Assessment, round: u32, out: bool) -> Command {
    Command::LeaveOutCareless {
        challenge: m.challenges[0].id.clone(),
        round,
        out,
    }
}

pub(super) fn tally(counts: &[(i32, u32)], unknown: u32) -> Tally {
    Tally {
        counts: counts.iter().copied().collect(),
        unknown,
    }
}

/// Five ballots on challenge 0's four statements: two straight-lined (all 2,
/// all 5), one of vet ej throughout, two that vary.
fn five() -> Vec<Vec<Option<i32>>> {
    vec![
        vec![Some(2); 4],
        vec![Some(5); 4],
        vec![None; 4],
        vec![Some(1), Some(2), Some(3), Some(4)],
        vec![Some(4), Some(4), Some(3), Some(4)],
    ]
}

/// Six ballots: three straight-lined (all 2, all 5, all 3), one of vet ej
/// throughout, two that vary: enough of each for the count to be shown.
fn six() -> Vec<Vec<Option<i32>>> {
    vec![
        vec![Some(2); 4],
        vec![Some(5); 4],
        vec![None; 4],
        vec![Some(1), Some(2), Some(3), Some(4)],
        vec![Some(4), Some(4), Some(3), Some(4)],
        vec![Some(3); 4],
    ]
}

pub(super) fn with_people(m: &Assessment, n: u32) -> Session {
    let mut s = session(m);
    applied(m, &mut s, Command::CountHeads { headcount: Some(n) });
    s
}

#[test]
fn hand_made_ballots_are_counted_and_shown_only_once_revealed() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    assert_eq!(c.statements.len(), 4);
    let mut s = with_people(&m, 6);
    let sealed = vote(&m, &mut s, 1, &six());
    // Counted in memory: three of the six ballots; nothing of it in the
    // sealed records or the file while they wait.
    let watched = &s.watched.0[&c.id];
    assert_eq!((watched.sealed, watched.straight.ballots), (6, 3));
    assert!(sealed.iter().any(|ch| matches!(ch, Change::Sealed { .. })));
    for ch in &sealed {
        let line = ron::to_string(ch).unwrap();
        assert!(!line.contains("straight"), "{line}");
    }
    assert!(!s.to_ron().contains("straight"));
    // Nothing shown yet: no count either.
    assert_eq!(s.careless(&c.id, 1), None);
    reveal(&m, &mut s);
    let k = s.careless(&c.id, 1).expect("shown");
    assert_eq!((k.straight, k.ballots, k.left_out), (3, 6, false));
    assert!(!s.watched.0.contains_key(&c.id));
    assert_eq!(s.careless_rounds(c).len(), 1);
}

#[test]
fn leaving_them_out_changes_the_figures_as_computed_by_hand() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let third = &c.statements[2].id;
    let mut s = with_people(&m, 6);
    vote(&m, &mut s, 1, &six());
    reveal(&m, &mut s);
    // All six: 2, 5, vet ej, 1, 4, 3 on the first; 2, 5, vet ej, 3, 3, 3 on the third.
    assert_eq!(
        s.shown_tally(&c.id, first),
        tally(&[(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)], 1)
    );
    let severity = |s: &Session| {
        crate::model::scoring::analyse(s, &m)
            .challenge(&c.id)
            .and_then(|r| r.computed)
            .unwrap()
    };
    let before = severity(&s);
    let out = applied(&m, &mut s, leave_out(&m, 1, true));
    assert_eq!(
        out,
        [Change::CarelessLeftOut {
            challenge: c.id.clone(),
            round: 1,
            out: true
        }]
    );
    // Less the ballots of all 2, all 5 and all 3: vet ej, 1, 4 and vet ej, 3, 3.
    assert_eq!(s.shown_tally(&c.id, first), tally(&[(1, 1), (4, 1)], 1));
    assert_eq!(s.shown_tally(&c.id, third), tally(&[(3, 2)], 1));
    assert_eq!(s.round_tally(&c.id, 1, third), tally(&[(3, 2)], 1));
    // Three answers each (vet ej counts towards the threshold, as always):
    // shown. Means 2.5, 3, 3 and 4 (second: 2, vet ej, 4; fourth: vet ej, 4,
    // 4), so the severity is (3.125 − 1) / 4 · 100.
    let result = crate::model::scoring::analyse(&s, &m);
    let r = result.challenge(&c.id).unwrap();
    let means: Vec<Option<f64>> = r.statements.iter().map(|st| st.mean).collect();
    assert_eq!(means, [Some(2.5), Some(3.0), Some(3.0), Some(4.0)]);
    assert_eq!(r.computed, Some(53.125));
    assert_ne!(before, 53.125);
    assert!(r.role_means.is_empty());
    assert!(s.careless(&c.id, 1).unwrap().left_out);
    // Taken in again: the figures are as before.
    applied(&m, &mut s, leave_out(&m, 1, false));
    assert_eq!(severity(&s), before);
    assert_eq!(
        s.shown_tally(&c.id, first),
        tally(&[(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)], 1)
    );
}

#[test]
fn each_round_keeps_its_own_count_and_a_round_of_one_statement_none() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = with_people(&m, 6);
    vote(&m, &mut s, 1, &six());
    reveal(&m, &mut s);
    applied(&m, &mut s, leave_out(&m, 1, true));
    let open = |statements: Vec<String>| Command::OpenRound {
        challenge: c.id.clone(),
        statements,
        channel: Channel::Keyboard,
        at: "2026-12-06T10:15:00Z".parse().unwrap(),
    };
    applied(&m, &mut s, open(vec![c.statements[1].id.clone()]));
    vote(&m, &mut s, 1, &vec![vec![Some(3)]; 6]);
    reveal(&m, &mut s);
    // Round 1's count and choice are kept with it; round 2 asks one statement.
    assert_eq!(s.careless(&c.id, 1).map(|k| k.straight), Some(3));
    assert!(s.careless(&c.id, 1).unwrap().left_out);
    assert_eq!(s.careless(&c.id, 2), None);
    // The first statement's figures are still round 1's, less its careless.
    let first = &c.statements[0].id;
    assert_eq!(s.shown_tally(&c.id, first), tally(&[(1, 1), (4, 1)], 1));
    // A round of two statements counts.
    let two = vec![c.statements[0].id.clone(), c.statements[3].id.clone()];
    applied(&m, &mut s, open(two));
    let ballots = vec![
        vec![Some(4), Some(4)],
        vec![Some(2), Some(3)],
        vec![Some(4), Some(5)],
        vec![Some(1), Some(1)],
        vec![Some(3), Some(2)],
        vec![Some(2), Some(2)],
    ];
    vote(&m, &mut s, 1, &ballots);
    reveal(&m, &mut s);
    assert_eq!(
        s.careless(&c.id, 3).map(|k| (k.straight, k.ballots)),
        Some((3, 6))
    );
    // The session's file keeps it all, and reads back the same.
    let text = s.to_ron();
    let again = Session::parse(&text, std::path::Path::new("s.ron")).unwrap();
    assert_eq!(again, s);
    again
        .check_against(&m, &text, std::path::Path::new("s.ron"))
        .unwrap();
}

#[test]
fn a_sealed_record_replayed_counts_nothing_and_its_reveal_says_nothing_of_them() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let start = with_people(&m, 6);
    let mut s = start.clone();
    let sealed = vote(&m, &mut s, 1, &six());
    // Replayed on the session as it was (a crash, a follower), the records
    // give the same ballots, but not which answered alike throughout: the
    // reveal shows the same figures and no count, rather than too few.
    let mut again = start.clone();
    for change in &sealed {
        again.replay(&m, change, true).unwrap();
    }
    assert_eq!(again.pending_of(&c.id), s.pending_of(&c.id));
    reveal(&m, &mut s);
    reveal(&m, &mut again);
    assert_eq!(s.careless(&c.id, 1).map(|k| k.straight), Some(3));
    assert_eq!(again.careless(&c.id, 1), None);
    for st in &c.statements {
        assert_eq!(
            again.shown_tally(&c.id, &st.id),
            s.shown_tally(&c.id, &st.id)
        );
    }
    assert!(!again.to_ron().contains("straight"));
}

#[test]
fn a_count_kept_by_an_earlier_klarhet_is_read_and_let_go() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let start = with_people(&m, 5);
    let mut s = start.clone();
    let sealed = vote(&m, &mut s, 1, &five());
    let Some(record) = sealed.iter().find(|ch| matches!(ch, Change::Sealed { .. })) else {
        panic!("{sealed:?}")
    };
    // A journal line as klarhet wrote it before 2026-12-07, with the count.
    let line = ron::to_string(record).unwrap();
    let old = line.replacen("waiting:(", "waiting:(straight:(ballots:1,answers:{}),", 1);
    assert_ne!(old, line);
    let read: Change = ron::from_str(&old).unwrap();
    assert_eq!(&read, record);
    assert_eq!(ron::to_string(&read).unwrap(), line);
    let mut again = start.clone();
    again.replay(&m, &read, true).unwrap();
    assert!(!again.to_ron().contains("straight"));
    assert_eq!(again.pending_of(&c.id).voters, 1);
}
