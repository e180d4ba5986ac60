//! An attack on every export. Small sessions are generated; an attacker reads
//! every export format and the comparison with a year before (which the attacker
//! is assumed to know whole), knows who took part with which role, who answered
//! which statement, and their own ballot. Every assignment of answers that would
//! have produced exactly the same published text is a world the attacker cannot
//! rule out. If in all of them one other person's answer to a statement, or their
//! mean over the challenge, is the same, it has been worked out: the test fails.
//!
//! One thing is let pass, and the method appendix says so: when a group (the
//! room, or a role group) answered alike, the figures show it, and so show each
//! of its members' answer; that is the group's answer, not one person's told
//! apart (see `alike`). Sessions with two reveals (ballots that came in after the first
//! one) are attacked through the difference between the two sets of exports.

mod common;
use common::attack::{Case, attack};
use klarhet::model::ballots::Answer;
use klarhet::model::session::Role;
use proptest::prelude::*;

/// An answer from a palette of two scale values (so that the worlds to try stay
/// few enough to try them all), vet ej, or a skip. The attacker is not told the
/// palette: a statement not shown is tried with every option.
fn answer(palette: (i32, i32)) -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::Unknown)),
        6 => prop_oneof![Just(palette.0), Just(palette.1)].prop_map(|v| Some(Answer::Value(v))),
    ]
}

const ROLES: [Role; 3] = [Role::Politik, Role::Bolag, Role::Ovrigt];

/// Sessions small enough to try every world: up to seven people on one statement,
/// or up to five on two.
fn case() -> impl Strategy<Value = Case> {
    (1usize..=2, 1i32..=5, 1i32..=5)
        .prop_flat_map(|(statements, a, b)| {
            let most = if statements == 1 { 7 } else { 5 };
            proptest::collection::vec(
                (
                    0usize..3,
                    proptest::collection::vec(answer((a, b)), statements),
                ),
                1..=most,
            )
        })
        .prop_flat_map(|people| {
            let n = people.len();
            (Just(people), 1..=n)
        })
        .prop_map(|(people, first_round)| Case {
            roles: people.iter().map(|(r, _)| ROLES[*r]).collect(),
            ballots: people.into_iter().map(|(_, b)| b).collect(),
            first_round,
        })
}

proptest! {
    // A failing case is shrunk for at most 256 steps or 60 s, whichever comes
    // first: each step attacks a session again, and an unbounded shrink of one
    // failure took 880 s.
    #![proptest_config(common::cases::bounded_shrink(common::cases::cases(48), 256, 60_000))]

    #[test]
    fn no_export_lets_anyone_work_out_one_persons_answer(case in case()) {
        // Found by this test: a mean that is only an answer already learned as
        // a group's (see `made_of_group_facts`) is not a new disclosure.
        if let Some(found) = attack(&case) {
            prop_assert!(false, "{found}\n{case:?}");
        }
    }
}

fn v(x: i32) -> Option<Answer> {
    Some(Answer::Value(x))
}

#[test]
fn two_voters_cannot_read_each_other() {
    // The room of two: each would subtract their own ballot from the distribution.
    let case = Case {
        roles: vec![Role::Politik, Role::Bolag],
        ballots: vec![vec![v(2)], vec![v(5)]],
        first_round: 2,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn a_role_of_one_cannot_be_taken_out_of_the_whole() {
    // Three politicians and one from bolag: bolag's mean is the room minus politik.
    let case = Case {
        roles: vec![Role::Politik, Role::Politik, Role::Politik, Role::Bolag],
        ballots: vec![
            vec![v(2), v(3)],
            vec![v(2), v(2)],
            vec![v(3), v(2)],
            vec![v(5), v(4)],
        ],
        first_round: 4,
    };
    assert_eq!(attack(&case), None);
    // The CSV's own section of role means shows no group either: a group of one
    // would be bolag's answer, and politik alone would give it away by subtraction.
    let csv = common::attack::view(
        &common::halmstad(),
        &case,
        &case.ballots,
        None,
        &[klarhet::report::Format::Csv],
    );
    assert!(csv.contains("\r\nutmaning;"), "{csv}");
    assert!(!csv.contains("\r\nrollmedel;"), "{csv}");
    // With three in each role, both groups are shown, in that section too.
    let both = Case {
        roles: [[Role::Politik; 3], [Role::Bolag; 3]].concat(),
        ballots: vec![vec![v(2), v(3)]; 6],
        first_round: 6,
    };
    let csv = common::attack::view(
        &common::halmstad(),
        &both,
        &both.ballots,
        None,
        &[klarhet::report::Format::Csv],
    );
    assert!(csv.contains(";politicians;"), "{csv}");
    assert!(csv.contains(";municipal_companies;"), "{csv}");
}

#[test]
fn a_late_voter_is_not_the_difference_between_two_reveals() {
    // Three vote and are revealed; a fourth votes and the reveal is asked for again.
    let case = Case {
        roles: vec![Role::Politik; 4],
        ballots: vec![vec![v(2)], vec![v(3)], vec![v(3)], vec![v(5)]],
        first_round: 3,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn a_mean_that_is_a_group_answer_is_no_new_finding() {
    // Found by the property test: the attacker (second) learns that the first
    // and third both answered 1 to the first statement, the group's answer; the
    // first skipped the second, so their mean is that same 1.
    let case = Case {
        roles: vec![Role::Politik, Role::Ovrigt, Role::Ovrigt],
        ballots: vec![vec![v(1), None], vec![v(4), v(1)], vec![v(1), v(1)]],
        first_round: 1,
    };
    assert_eq!(attack(&case), None);
}

/// Found by CI's property test: an insider of the first reveal learns that the
/// two others both said vet ej (the room of three minus themself, as in a single
/// reveal of three), and the three latecomers all said 3 (the reveal that adds
/// them shows exactly that). Each is the group answer of one reveal, which no
/// threshold of three can hide; the method appendix says so.
#[test]
fn two_reveals_each_answered_alike_are_two_group_answers() {
    let case = Case {
        roles: vec![
            Role::Bolag,
            Role::Bolag,
            Role::Politik,
            Role::Politik,
            Role::Politik,
            Role::Bolag,
        ],
        ballots: vec![
            vec![Some(Answer::Value(3))],
            vec![Some(Answer::Unknown)],
            vec![Some(Answer::Unknown)],
            vec![Some(Answer::Value(3))],
            vec![Some(Answer::Value(3))],
            vec![Some(Answer::Value(3))],
        ],
        first_round: 3,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn two_unanimous_groups_are_group_answers() {
    // Found by the property test: politik's two others answered 1, and the
    // merged bolag and övrigt all answered 2. Each group's answer is shown.
    let case = Case {
        roles: vec![
            Role::Politik,
            Role::Bolag,
            Role::Politik,
            Role::Bolag,
            Role::Ovrigt,
            Role::Politik,
        ],
        ballots: vec![
            vec![v(1)],
            vec![v(2)],
            vec![v(1)],
            vec![v(2)],
            vec![v(2)],
            vec![v(2)],
        ],
        first_round: 1,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn a_unanimous_first_reveal_does_not_isolate_someone_in_a_later_group() {
    // Found by the property test: three answer 1 and are revealed; three more
    // come. The bolag one of the first three sits in the merged group with two
    // politicians; a politician who knows their own answer would have the other's.
    let case = Case {
        roles: vec![
            Role::Ovrigt,
            Role::Ovrigt,
            Role::Bolag,
            Role::Politik,
            Role::Ovrigt,
            Role::Politik,
        ],
        ballots: vec![
            vec![v(1)],
            vec![v(1)],
            vec![v(1)],
            vec![v(1)],
            vec![v(1)],
            vec![v(2)],
        ],
        first_round: 3,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn a_skip_does_not_make_three_new_ballots_two_new_answers() {
    // Found by the property test: three more ballots came, but one skipped the
    // statement, so its count grew by two; a voter among them who knows their own
    // answer would have had the other's.
    let case = Case {
        roles: vec![
            Role::Bolag,
            Role::Politik,
            Role::Politik,
            Role::Politik,
            Role::Bolag,
            Role::Ovrigt,
        ],
        ballots: vec![
            vec![v(4)],
            vec![v(5)],
            vec![v(4)],
            vec![v(5)],
            vec![None],
            vec![v(4)],
        ],
        first_round: 3,
    };
    assert_eq!(attack(&case), None);
}

#[test]
fn a_mean_that_every_possible_answer_gives_alike_is_no_finding() {
    // Found by a long run of the property test: the attacker (first) knows the
    // third's second answer as the group's 3, and their first as vet ej or 3;
    // either way their mean is 3, and nothing more is known of any one answer.
    let case = Case {
        roles: vec![Role::Bolag, Role::Ovrigt, Role::Bolag, Role::Ovrigt],
        ballots: vec![
            vec![v(4), Some(Answer::Unknown)],
            vec![Some(Answer::Unknown), None],
            vec![v(3), v(3)],
            vec![v(3), v(3)],
        ],
        first_round: 3,
    };
    assert_eq!(attack(&case), None);
}
