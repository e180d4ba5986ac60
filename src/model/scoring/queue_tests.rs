//! The discussion queue on a hand-computed example, and the property that it
//! holds nothing of what is withheld or not yet revealed.

use super::queue::{Reason, Row, queue};
use crate::model::Assessment;
use crate::model::ballot_box::RoleGroup;
use crate::model::command::Command;
use crate::model::discussion::Topic;
use crate::model::scoring::analyse;
use crate::model::session::{Answer, Role, Session};
use crate::text::Lang;
use proptest::prelude::*;

fn session(model: &Assessment, roles: &[Role]) -> Session {
    let mut s = Session::new(model, "Kommun", jiff::civil::date(2026, 12, 6), Lang::SV);
    for (i, role) in roles.iter().enumerate() {
        let alias = format!("P{}", i + 1);
        s.apply(model, Command::AddParticipant { alias, role: *role })
            .unwrap();
    }
    s
}

/// Voter `voter` answers challenge `c` (`None` = vet ej) and hands in the ballot.
fn ballot(model: &Assessment, s: &mut Session, c: usize, voter: u32, answers: &[Option<i32>]) {
    let answers: Vec<Answer> = (answers.iter())
        .map(|a| a.map_or(Answer::Unknown, Answer::Value))
        .collect();
    crate::model::test_ballots::ballot(model, s, &model.challenges[c], voter, &answers);
}

fn reveal(model: &Assessment, s: &mut Session, c: usize) {
    crate::model::test_ballots::reveal(model, s, &model.challenges[c]);
}

/// Three politicians and three from the companies on otydlighet's four statements:
///
/// | statement | politik | bolag |
/// |---|---|---|
/// | 1 | 1 1 2 | 5 5 4 |
/// | 2 | 3 3 3 | 3 3 3 |
/// | 3 | vet ej ×3 | 3 3 4 |
/// | 4 | 2 2 2 | 4 4 4 |
///
/// and an agreed severity of 90.
fn example(model: &Assessment) -> Session {
    use Role::{Bolag, Politik};
    let mut s = session(model, &[Politik, Politik, Politik, Bolag, Bolag, Bolag]);
    let x = None;
    let answers = [
        [Some(1), Some(3), x, Some(2)],
        [Some(1), Some(3), x, Some(2)],
        [Some(2), Some(3), x, Some(2)],
        [Some(5), Some(3), Some(3), Some(4)],
        [Some(5), Some(3), Some(3), Some(4)],
        [Some(4), Some(3), Some(4), Some(4)],
    ];
    for (voter, a) in (1..).zip(&answers) {
        ballot(model, &mut s, 0, voter, a);
    }
    reveal(model, &mut s, 0);
    let agree = Command::Agree {
        challenge: model.challenges[0].id.clone(),
        severity: 90.0,
        rationale: String::new(),
        notes: String::new(),
    };
    s.apply(model, agree).unwrap();
    s
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-3
}

fn statement(model: &Assessment, i: usize) -> Topic {
    let c = &model.challenges[0];
    Topic::Statement {
        challenge: c.id.clone(),
        statement: c.statements[i].id.clone(),
    }
}

/// By hand, with d = 4 and the ends 1–2 and 4–5:
/// - statement 1: half at each end (2·0,5 = 1); politik 4/3 against bolag
///   14/3 (3,333/4 = 0,833); Cns = 1 − 2·(2/6) − 2·(1/6)·0,415 = 0,195 (adds 0,805).
///   Score 2,638.
/// - statement 4: half at each end (1); 2 against 4 (0,5); Cns = 1 − 0,415 = 0,585
///   (adds 0,415). Score 1,915.
/// - the challenge: politik (4/3 + 3 + 2)/3 = 2,111 against bolag
///   (14/3 + 3 + 10/3 + 4)/4 = 3,75 (1,639/4 = 0,410); computed severity from the
///   means 3, 3, 10/3, 3 is (3,083 − 1)/4·100 = 52,08, agreed 90 (0,379). Score 0,789.
/// - statement 3: vet ej 3 of 6 (0,5). Its Cns 0,829 and its one group add nothing.
/// - statement 2: everyone agrees; not in the queue.
#[test]
fn the_queue_orders_a_hand_computed_example_and_gives_each_reason() {
    let m = Assessment::halmstad().unwrap();
    let s = example(&m);
    let rows = queue(&m, &analyse(&s, &m));
    let topics: Vec<&Topic> = rows.iter().map(|r| &r.topic).collect();
    let whole = Topic::Challenge {
        challenge: m.challenges[0].id.clone(),
    };
    assert_eq!(
        topics,
        [
            &statement(&m, 0),
            &statement(&m, 3),
            &whole,
            &statement(&m, 2)
        ]
    );
    let scores: Vec<f64> = rows.iter().map(|r| r.score).collect();
    for (got, want) in scores.iter().zip([2.638, 1.915, 0.789, 0.5]) {
        assert!(close(*got, want), "{scores:?}");
    }
    let politik = RoleGroup::Role(Role::Politik);
    let bolag = RoleGroup::Role(Role::Bolag);
    let first = &rows[0].reasons;
    assert_eq!(first.len(), 3);
    assert!(
        matches!(first[0], Reason::Extremes { low, high } if close(low, 0.5) && close(high, 0.5))
    );
    assert!(matches!(first[1], Reason::Groups { high, low }
        if high.0 == bolag && close(high.1, 14.0 / 3.0) && low.0 == politik && close(low.1, 4.0 / 3.0)));
    assert!(matches!(first[2], Reason::LowConsensus { consensus } if close(consensus, 0.195)));
    assert!(
        matches!(rows[2].reasons[..], [Reason::Groups { high, low }, Reason::AgreedGap { agreed, computed }]
        if close(high.1, 3.75) && close(low.1, 19.0 / 9.0) && close(agreed, 90.0) && close(computed, 52.083))
    );
    assert!(matches!(rows[3].reasons[..], [Reason::Unknown { share }] if close(share, 0.5)));
    assert_eq!(
        rows[0].words(&m, Lang::SV),
        "50 % på 1–2 och 50 % på 4–5; bolag 4,7 mot politik 1,3; splittrat 0,19"
    );
    assert_eq!(
        rows[2].words(&m, Lang::EN),
        "municipal companies 3.8 against politicians 2.1; agreed 90 against computed 52"
    );
    assert_eq!(rows[3].words(&m, Lang::SV), "vet ej 50 %");
}

/// A statement's role means use the challenge's groups, and none are shown
/// where the challenge shows none.
#[test]
fn role_means_per_statement_follow_the_challenges_groups() {
    let m = Assessment::halmstad().unwrap();
    let s = example(&m);
    let a = analyse(&s, &m);
    let c = &a.challenges[0];
    let groups = |means: &[(RoleGroup, f64)]| means.iter().map(|(g, _)| *g).collect::<Vec<_>>();
    assert_eq!(groups(&c.statements[0].role_means), groups(&c.role_means));
    assert!(close(c.statements[3].role_means[0].1, 2.0));
    // Statement 3: only bolag answered on the scale, which is the room.
    assert!(c.statements[2].role_means.is_empty());
    // Two politicians and three from bolag: politik is merged, one group is left.
    let mut small = session(
        &m,
        &[
            Role::Politik,
            Role::Politik,
            Role::Bolag,
            Role::Bolag,
            Role::Bolag,
        ],
    );
    for voter in 1..=5 {
        ballot(
            &m,
            &mut small,
            0,
            voter,
            &[Some(1), Some(5), Some(1), Some(5)],
        );
    }
    reveal(&m, &mut small, 0);
    let a = analyse(&small, &m);
    assert!(
        a.challenges[0]
            .statements
            .iter()
            .all(|s| s.role_means.is_empty())
    );
}

fn rows_for(model: &Assessment, s: &Session) -> Vec<Row> {
    queue(model, &analyse(s, model))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// No row stands on a statement that is withheld, and ballots handed in
    /// but not revealed change nothing in the queue.
    #[test]
    fn no_row_exists_for_what_is_withheld(
        voters in 1usize..8,
        min_group in 3u32..6,
        answers in proptest::collection::vec(proptest::option::weighted(0.8, 1i32..=5), 8 * 5),
        revealed in 0usize..8,
        later in 0usize..4,
    ) {
        let m = Assessment::halmstad().unwrap();
        let roles = [Role::Politik, Role::Bolag, Role::Forvaltning];
        let people: Vec<Role> = (0..voters + later).map(|i| roles[i % 3]).collect();
        let mut s = session(&m, &people);
        let privacy = Command::ChoosePrivacy { min_group, show_names: false, self_assessment: false };
        s.apply(&m, privacy).unwrap();
        let count = m.challenges[0].statements.len();
        let first = revealed.min(voters);
        for v in 0..first {
            ballot(&m, &mut s, 0, v as u32 + 1, &answers[v * 5..v * 5 + count]);
        }
        reveal(&m, &mut s, 0);
        let before = rows_for(&m, &s);
        let a = analyse(&s, &m);
        for row in &before {
            let c = a.challenge(row.topic.challenge()).unwrap();
            match row.topic.statement() {
                Some(id) => {
                    let st = c.statements.iter().find(|x| x.statement == id).unwrap();
                    prop_assert!(!st.withheld && st.n + st.unknown > 0);
                }
                None => prop_assert!(c.statements.iter().any(|x| !x.withheld)),
            }
        }
        // The rest hand in their ballots; nothing is revealed.
        for v in first..voters + later {
            ballot(&m, &mut s, 0, v as u32 + 1, &answers[(v % 8) * 5..(v % 8) * 5 + count]);
        }
        prop_assert_eq!(rows_for(&m, &s), before);
    }
}
