//! The ballot box on its own: what a group is called, and how counts add up
//! across groups and move from the sealed box to the revealed one.

use crate::model::ballot_box::{BallotBox, RoleGroup};
use crate::model::ballots::{Answer, Tally};
use crate::model::groups::halmstad_ids as groups_ids;
use crate::text::Lang;
use std::collections::BTreeMap;

#[test]
fn a_group_is_called_by_its_model_name_or_as_the_merged_others() {
    let model = crate::model::Assessment::halmstad().unwrap();
    let s = crate::model::Session::new(&model, "K", jiff::civil::date(2026, 1, 1), Lang::SV);
    let names = s.group_names(&model);
    let politik = RoleGroup::Role(groups_ids::POLITIK.into());
    assert_eq!(names.name(&politik, Lang::SV), "politik");
    assert_eq!(names.name(&politik, Lang::EN), "politicians");
    assert_eq!(
        names.name(&RoleGroup::Merged, Lang::SV),
        "övriga (sammanslagna)"
    );
    assert_eq!(names.name(&RoleGroup::Merged, Lang::EN), "others (merged)");
}

fn ballot(answers: &[(&str, Answer)]) -> Vec<(String, Answer)> {
    answers.iter().map(|(s, a)| ((*s).to_owned(), *a)).collect()
}

#[test]
fn counts_add_up_across_groups_and_move_statement_by_statement() {
    let politik = RoleGroup::Role(groups_ids::POLITIK.into());
    let mut sealed = BallotBox::default();
    sealed.add(
        politik.clone(),
        &ballot(&[("a", Answer::Value(4)), ("b", Answer::Unknown)]),
    );
    sealed.add(politik.clone(), &ballot(&[("a", Answer::Value(2))]));
    sealed.add(
        RoleGroup::Merged,
        &ballot(&[("a", Answer::Value(4)), ("b", Answer::Value(1))]),
    );
    sealed.add(RoleGroup::Merged, &ballot(&[("b", Answer::Unknown)]));
    assert_eq!(sealed.voters(), 4);
    let a = sealed.tally("a");
    assert_eq!((a.counts, a.unknown), (BTreeMap::from([(2, 1), (4, 2)]), 0));
    let b = sealed.tally("b");
    assert_eq!((b.counts, b.unknown), (BTreeMap::from([(1, 1)]), 2));
    assert_eq!(sealed.statements(), ["a".to_owned(), "b".to_owned()].into());
    let groups: Vec<(RoleGroup, u32, u32)> = sealed
        .groups()
        .map(|(g, s)| (g.clone(), s.voters, s.on_scale))
        .collect();
    // A ballot of vet ej alone is a voter with no answer on the scale.
    assert_eq!(groups, vec![(politik, 2, 2), (RoleGroup::Merged, 2, 1)]);
    let pooled = BallotBox::pooled(sealed.groups().map(|(_, s)| s));
    assert_eq!((pooled.voters, pooled.on_scale), (4, 3));
    assert_eq!(pooled.tally("b"), sealed.tally("b"));
    assert_eq!(sealed.tally("c"), Tally::default());

    // Revealing one statement moves its counts only; the voters move apart.
    let mut shown = BallotBox::default();
    shown.take_statement(&sealed, "a");
    assert_eq!(shown.tally("a"), sealed.tally("a"));
    assert_eq!(shown.tally("b"), Tally::default());
    assert_eq!(shown.voters(), 0);
    shown.take_voters(&sealed);
    assert_eq!(shown.voters(), 4);
    assert_eq!(shown.statements(), ["a".to_owned()].into());
}

/// Checking a box as a session file holds it: the bounds are the most there can
/// be, not one less; voters add up across groups; a skip is fewer answers than
/// voters, not a fault; and a fault in a statement's second group is placed at
/// that group's literal, not the first.
#[test]
fn a_box_is_checked_to_its_exact_bounds_and_a_fault_placed_where_it_is() {
    use crate::error::Problem;
    use crate::locate::Place;
    let model = crate::model::Assessment::halmstad().expect("the shipped model");
    let c = &model.challenges[0];
    let (a, b) = (c.statements[0].id.as_str(), c.statements[1].id.as_str());
    let mut box_ = BallotBox::default();
    box_.add(
        RoleGroup::Role(groups_ids::POLITIK.into()),
        &ballot(&[(a, Answer::Value(4)), (b, Answer::Value(2))]),
    );
    // The second politician skipped b.
    box_.add(
        RoleGroup::Role(groups_ids::POLITIK.into()),
        &ballot(&[(a, Answer::Value(3))]),
    );
    box_.add(
        RoleGroup::Merged,
        &ballot(&[(a, Answer::Value(5)), (b, Answer::Unknown)]),
    );
    box_.add(RoleGroup::Merged, &ballot(&[(a, Answer::Value(1))]));
    assert_eq!(box_.check(&model, &c.id, 4), Ok(()), "four voters of four");
    let Err((_, problem)) = box_.check(&model, &c.id, 3) else {
        panic!("four voters where three could have voted was accepted");
    };
    assert!(
        matches!(
            problem,
            Problem::CountTooLarge {
                kind: "voters",
                count: 4,
                most: 3,
                ..
            }
        ),
        "{problem:?}"
    );
    // A value off the scale in the merged group's b: b's second literal.
    let bad: BallotBox = box_
        .groups()
        .map(|(g, sealed)| {
            let mut sealed = sealed.clone();
            if *g == RoleGroup::Merged {
                let tally = sealed.answers.get_mut(b).expect("b answered");
                tally.counts.insert(9, 1);
            }
            (g.clone(), sealed)
        })
        .collect();
    let Err((place, _)) = bad.check(&model, &c.id, 4) else {
        panic!("a value off the scale was accepted");
    };
    assert_eq!(place, Place::start().nth_value(b, 1));
}
