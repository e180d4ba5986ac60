//! The threshold and the participant counts per role as reports may print them:
//! each case of the primary and secondary suppression, a room of one role, and a
//! room where nothing needs merging (no "övriga: 0").

use crate::model::Assessment;
use crate::model::ballot_box::RoleGroup;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::privacy::Privacy;
use crate::model::session::{Participant, Session};
use crate::text::Lang;

/// A session with `n` participants of each role given.
fn session(roles: &[(&'static str, usize)]) -> Session {
    let model = Assessment::halmstad().expect("the shipped model");
    let date = jiff::civil::date(2026, 12, 6);
    let mut s = Session::new(&model, "Testkommun", date, Lang::SV);
    for (role, n) in roles {
        for _ in 0..*n {
            let id = u32::try_from(s.participants.len()).unwrap_or(u32::MAX) + 1;
            s.participants.push(Participant {
                id,
                alias: format!("P{id}"),
                groups: vec![(*role).to_owned()],
            });
        }
    }
    s
}

use groups_ids::{BOLAG as Bolag, FORVALTNING as Forvaltning};
use groups_ids::{KOMMUNLEDNING as Kommunledning, POLITIK as Politik};

/// The counts as reports print them, on the Halmstad model.
fn role_counts(s: &Session) -> Vec<(RoleGroup, usize)> {
    super::privacy::role_counts(&Assessment::halmstad().expect("the shipped model"), s)
}

#[test]
fn the_smallest_group_shown_never_goes_below_three() {
    let privacy = |min_group| Privacy {
        min_group,
        ..Privacy::default()
    };
    assert_eq!(privacy(0).min_group(), 3);
    assert_eq!(privacy(1).min_group(), 3);
    assert_eq!(privacy(5).min_group(), 5);
    assert_eq!(Privacy::default().min_group(), 3);
}

#[test]
fn only_a_self_assessment_of_one_person_shows_fewer_than_the_threshold() {
    let mut one = session(&[(Politik, 1)]);
    one.privacy.min_group = 4;
    assert!(!one.is_self_assessment(), "not said to be one");
    assert_eq!(one.disclosure_threshold(), 4);
    one.privacy.self_assessment = true;
    assert!(one.is_self_assessment());
    assert_eq!(one.disclosure_threshold(), 1);

    let mut two = session(&[(Politik, 1), (Bolag, 1)]);
    two.privacy.self_assessment = true;
    assert!(!two.is_self_assessment(), "two people are a group");
    assert_eq!(two.disclosure_threshold(), 3);
}

#[test]
fn roles_large_enough_are_shown_and_nothing_merged_adds_no_others() {
    assert_eq!(
        role_counts(&session(&[(Politik, 3), (Bolag, 4)])),
        vec![
            (RoleGroup::Role(Politik.into()), 3),
            (RoleGroup::Role(Bolag.into()), 4)
        ]
    );
}

#[test]
fn one_role_alone_is_the_room_and_is_not_shown() {
    assert_eq!(role_counts(&session(&[(Forvaltning, 5)])), vec![]);
    assert_eq!(role_counts(&session(&[])), vec![]);
    // Everyone merged into one group: that group is the room too.
    assert_eq!(
        role_counts(&session(&[(Politik, 1), (Bolag, 1), (Forvaltning, 1)])),
        vec![]
    );
    // A small role merged with the only large one leaves one group.
    assert_eq!(role_counts(&session(&[(Politik, 3), (Bolag, 1)])), vec![]);
}

#[test]
fn a_merged_group_too_small_takes_the_smallest_shown_role_with_it() {
    // Förvaltning's one would be "övriga: 1": Politik (the first of the two
    // smallest) joins it.
    assert_eq!(
        role_counts(&session(&[(Politik, 3), (Bolag, 3), (Forvaltning, 1)])),
        vec![(RoleGroup::Role(Bolag.into()), 3), (RoleGroup::Merged, 4)]
    );
    // Merged roles that reach the threshold together stand as they are.
    assert_eq!(
        role_counts(&session(&[
            (Politik, 4),
            (Kommunledning, 2),
            (Forvaltning, 1),
            (Bolag, 4)
        ])),
        vec![
            (RoleGroup::Role(Politik.into()), 4),
            (RoleGroup::Role(Bolag.into()), 4),
            (RoleGroup::Merged, 3)
        ]
    );
}
