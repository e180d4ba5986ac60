//! The commands on groups: a session adds groups of its own to an open
//! grouping, a participant has at most one group per grouping, and the
//! breakdown is chosen before anything is shown, never after.

use super::command_tests::{applied, refused, session};
use crate::error::Problem;
use crate::model::Assessment;
use crate::model::assessment::HALMSTAD_RON;
use crate::model::ballots::Answer;
use crate::model::command::Command;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::session::Session;
use std::path::Path;

/// Halmstad's model with the Matteby model's two groupings (level of
/// leadership, partner municipality) in place of its roles.
fn two_groupings() -> Assessment {
    let groupings = include_str!("../../tests/fixtures/models/matteby-groupings.ron");
    let start = HALMSTAD_RON.find("    groupings: [\n").unwrap();
    let end = HALMSTAD_RON.find("    challenges: [\n").unwrap();
    let src = format!(
        "{}{groupings}{}",
        &HALMSTAD_RON[..start],
        &HALMSTAD_RON[end..]
    );
    Assessment::parse(&src, Path::new("tva.ron")).expect("the model reads")
}

fn add(alias: &str, groups: &[&str]) -> Command {
    Command::AddParticipant {
        alias: alias.into(),
        groups: groups.iter().map(|g| (*g).to_owned()).collect(),
    }
}

fn add_group(grouping: &str, id: &str, name: &str) -> Command {
    Command::AddGroup {
        grouping: grouping.into(),
        id: id.into(),
        name: name.into(),
    }
}

#[test]
fn a_session_adds_a_group_of_its_own_to_an_open_grouping_and_uses_it() {
    let m = two_groupings();
    let mut s = session(&m);
    applied(&m, &mut s, add_group("kommun", "tredje", "Tredje kommunen"));
    assert_eq!(s.own_groups().len(), 1);
    applied(&m, &mut s, add("Anna", &["politisk", "tredje"]));
    let kommun = &m.groupings[1];
    let offered: Vec<String> = (s.offered(kommun, crate::text::Lang::SV).iter())
        .map(|g| g.id.clone())
        .collect();
    // The default groups, then the session's own; "gemensam" is not suggested.
    assert_eq!(offered, ["storre", "mindre", "tredje"]);
    assert_eq!(s.group_in(&m, &s.participants[0], kommun), Some("tredje"));
    // Written and read again as it was: the line names both groups.
    let text = s.to_ron();
    assert!(text.contains("1: \"politisk+tredje Anna\""), "{text}");
    assert!(text.contains("grouping: \"kommun\""), "{text}");
    let again = Session::parse(&text, Path::new("s.ron")).unwrap();
    again.check_against(&m, &text, Path::new("s.ron")).unwrap();
    assert_eq!(again.participants, s.participants);
    assert_eq!(again.own_groups(), s.own_groups());
}

#[test]
fn a_group_the_model_or_session_has_a_closed_grouping_and_no_name_are_refused() {
    let m = two_groupings();
    let mut s = session(&m);
    let dangling = |kind, id: &str| Problem::DanglingId {
        kind,
        id: id.into(),
    };
    refused(
        &m,
        &mut s,
        add_group("region", "x", "X"),
        dangling("grouping", "region"),
    );
    let taken = Problem::DuplicateId {
        kind: "group",
        id: "storre".into(),
    };
    refused(&m, &mut s, add_group("niva", "storre", "Större"), taken);
    let bad = Problem::Group(crate::error::GroupProblem::BadGroupId {
        id: "två ord".into(),
    });
    refused(&m, &mut s, add_group("niva", "två ord", "Två"), bad);
    let nameless = Problem::EmptyId { kind: "group" };
    refused(&m, &mut s, add_group("niva", "rektor", "  "), nameless);
    applied(&m, &mut s, add_group("niva", "rektor", "Rektorer"));
    let twice = Problem::DuplicateId {
        kind: "group",
        id: "rektor".into(),
    };
    refused(&m, &mut s, add_group("kommun", "rektor", "Rektor"), twice);
    let closed = m.clone();
    let mut closed = closed;
    closed.groupings[0].open = false;
    let shut = Problem::Group(crate::error::GroupProblem::ClosedGrouping {
        grouping: "niva".into(),
    });
    refused(
        &closed,
        &mut session(&closed),
        add_group("niva", "x", "X"),
        shut,
    );
}

#[test]
fn a_participant_has_one_group_of_each_grouping_at_most() {
    let m = two_groupings();
    let mut s = session(&m);
    let two = Problem::Group(crate::error::GroupProblem::TwoGroups {
        grouping: "niva".into(),
    });
    refused(&m, &mut s, add("A", &["politisk", "profession"]), two);
    let unknown = Problem::DanglingId {
        kind: "group",
        id: "Politik".into(),
    };
    refused(&m, &mut s, add("A", &["Politik"]), unknown);
    applied(&m, &mut s, add("A", &["mindre", "politisk"]));
    applied(&m, &mut s, add("Ingen", &[]));
    // None is a group of no one's: counted in the room, shown as no group.
    let text = s.to_ron();
    assert!(text.contains("2: \" Ingen\""), "{text}");
    let edit = Command::EditParticipant {
        id: 1,
        alias: "A".into(),
        groups: vec!["storre".into(), "storre".into()],
    };
    let two = Problem::Group(crate::error::GroupProblem::TwoGroups {
        grouping: "kommun".into(),
    });
    refused(&m, &mut s, edit, two);
}

#[test]
fn the_breakdown_is_the_first_grouping_until_another_is_chosen_before_any_reveal() {
    let m = two_groupings();
    let mut s = session(&m);
    assert_eq!(s.breakdown(&m).map(|g| g.id.as_str()), Some("niva"));
    // Choosing the first writes nothing: the file stays as it was.
    let plain = s.to_ron();
    applied(
        &m,
        &mut s,
        Command::ChooseBreakdown {
            grouping: "niva".into(),
        },
    );
    assert_eq!(s.to_ron(), plain);
    applied(
        &m,
        &mut s,
        Command::ChooseBreakdown {
            grouping: "kommun".into(),
        },
    );
    assert_eq!(s.breakdown(&m).map(|g| g.id.as_str()), Some("kommun"));
    assert!(s.to_ron().contains("breakdown: Some(\"kommun\")"));
    assert_eq!(s.breakdown_ids(&m), ["storre", "mindre", "gemensam"]);
    let unknown = Problem::DanglingId {
        kind: "grouping",
        id: "roll".into(),
    };
    refused(
        &m,
        &mut s,
        Command::ChooseBreakdown {
            grouping: "roll".into(),
        },
        unknown,
    );
    // Once anything is shown the breakdown stays.
    for (i, kommun) in ["storre", "storre", "storre", "mindre", "mindre", "mindre"]
        .into_iter()
        .enumerate()
    {
        applied(&m, &mut s, add(&format!("P{i}"), &[kommun]));
    }
    let c = &m.challenges[0];
    for voter in 1..=6 {
        let answers = vec![Answer::Value(3); c.statements.len()];
        crate::model::test_ballots::ballot(&m, &mut s, c, voter, &answers);
    }
    crate::model::test_ballots::reveal(&m, &mut s, c);
    let analysis = crate::model::scoring::analyse(&s, &m);
    let groups: Vec<_> = analysis.challenges[0]
        .role_means
        .iter()
        .map(|(g, _)| g.clone())
        .collect();
    assert_eq!(
        groups,
        [
            crate::model::ballot_box::RoleGroup::Role("storre".into()),
            crate::model::ballot_box::RoleGroup::Role("mindre".into())
        ]
    );
    let fixed = Command::ChooseBreakdown {
        grouping: "niva".into(),
    };
    refused(
        &m,
        &mut s,
        fixed,
        Problem::Group(crate::error::GroupProblem::BreakdownFixed),
    );
    applied(
        &m,
        &mut s,
        Command::ChooseBreakdown {
            grouping: "kommun".into(),
        },
    );
}

#[test]
fn halmstad_s_roles_read_write_and_count_as_they_always_did() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    applied(&m, &mut s, add("Anna", &[groups_ids::POLITIK]));
    applied(&m, &mut s, add_group("roll", "styrelse", "styrelse"));
    applied(&m, &mut s, add("Bo", &["styrelse"]));
    let text = s.to_ron();
    assert!(text.contains("1: \"Politik Anna\""), "{text}");
    assert!(text.contains("2: \"styrelse Bo\""), "{text}");
    assert_eq!(
        s.breakdown_ids(&m).last().map(String::as_str),
        Some("styrelse")
    );
    assert_eq!(s.participants.in_group("styrelse"), 1);
}
