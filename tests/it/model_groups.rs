//! The participants' groups belong to the model (issue 28, "Groups"):
//! Halmstad's roles are one grouping of its file, a model may have several,
//! and `klarhet validate` holds them to their rules with a place in the file.

use crate::common;
use common::groupings::{two_groupings, two_groupings_ron};
use common::{halmstad, invalid};
use klarhet::error::Problem;
use klarhet::model::assessment::HALMSTAD_RON;
use klarhet::text::Lang;

/// The line and column (1-based) of byte `at` in `src`.
fn line_col(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

#[test]
fn halmstad_s_roles_are_one_grouping_named_as_files_and_exports_always_named_them() {
    let model = halmstad();
    assert_eq!(model.groupings.len(), 1);
    let roles = &model.groupings[0];
    let ids: Vec<&str> = roles.groups.iter().map(|g| g.id.as_str()).collect();
    // The words session files have always written ("Politik Anna").
    assert_eq!(
        ids,
        ["Politik", "Kommunledning", "Forvaltning", "Bolag", "Ovrigt"]
    );
    let exported: Vec<&str> = roles.groups.iter().map(|g| g.export_id()).collect();
    assert_eq!(
        exported,
        [
            "politicians",
            "municipal_management",
            "administration",
            "municipal_companies",
            "other"
        ]
    );
    let sv: Vec<&str> = roles.groups.iter().map(|g| g.name.get(Lang::SV)).collect();
    assert_eq!(
        sv,
        ["politik", "kommunledning", "förvaltning", "bolag", "övrigt"]
    );
    assert!(
        roles
            .groups
            .iter()
            .all(|g| g.default && !g.source.is_empty())
    );
    // The report names four of the parts (§2); "övrigt" is klarhet's.
    let own: Vec<&str> = (roles.groups.iter().filter(|g| g.own))
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(own, ["Ovrigt"]);
    assert!(roles.open);
}

#[test]
fn a_model_may_offer_two_groupings_with_groups_not_suggested() {
    let model = two_groupings();
    let ids: Vec<&str> = model.groupings.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["niva", "kommun"]);
    let kommun = &model.groupings[1];
    let gemensam = kommun.group("gemensam").expect("the joint organisation");
    assert!(!gemensam.default && gemensam.own);
    assert_eq!(gemensam.export_id(), "gemensam");
}

/// The model with `from` replaced by `to` once, refused: its place and problem.
fn refused(src: &str, from: &str, to: &str) -> (String, klarhet::error::Pos, Problem) {
    let edited = src.replacen(from, to, 1);
    assert_ne!(edited, src, "{from} is in the model");
    let (pos, problem) = invalid(&edited);
    (edited, pos, problem)
}

#[test]
fn a_group_id_is_unique_across_groupings_and_refused_at_its_second_place() {
    let src = two_groupings_ron();
    let (edited, pos, problem) = refused(&src, "id: \"storre\"", "id: \"politisk\"");
    assert_eq!(
        problem,
        Problem::DuplicateId {
            kind: "group",
            id: "politisk".into()
        }
    );
    let second = edited.match_indices("\"politisk\"").nth(1).unwrap().0;
    assert_eq!((pos.line, pos.col), line_col(&edited, second));
    assert!(
        problem.describe(Lang::SV).contains("(grupp)"),
        "{problem:?}"
    );
}

#[test]
fn a_group_id_with_a_space_is_refused_where_it_stands() {
    let src = two_groupings_ron();
    let (edited, pos, problem) = refused(&src, "id: \"mindre\"", "id: \"mindre kommun\"");
    assert_eq!(
        problem,
        Problem::Group(klarhet::error::GroupProblem::BadGroupId {
            id: "mindre kommun".into()
        })
    );
    let at = edited.find("\"mindre kommun\"").unwrap();
    assert_eq!((pos.line, pos.col), line_col(&edited, at));
    for lang in [Lang::SV, Lang::EN] {
        assert!(problem.describe(lang).contains("\"mindre kommun\""));
    }
    // And a sign a participant's line could not name a group by.
    let (_, _, problem) = refused(&src, "id: \"mindre\"", "id: \"mindre+\"");
    assert!(
        matches!(
            problem,
            Problem::Group(klarhet::error::GroupProblem::BadGroupId { .. })
        ),
        "{problem:?}"
    );
}

#[test]
fn a_grouping_without_groups_is_refused_at_its_id() {
    let src = HALMSTAD_RON.to_owned();
    let start = src.find("            groups: [\n").unwrap();
    let end = start + src[start..].find("\n            ],\n").unwrap() + "\n            ],\n".len();
    let edited = format!("{}            groups: [],\n{}", &src[..start], &src[end..]);
    let (pos, problem) = invalid(&edited);
    assert_eq!(
        problem,
        Problem::Group(klarhet::error::GroupProblem::EmptyGrouping { id: "roll".into() })
    );
    let at = edited.find("\"roll\"").unwrap();
    assert_eq!((pos.line, pos.col), line_col(&edited, at));
    assert!(
        problem
            .describe(Lang::SV)
            .contains("\"roll\" har inga grupper")
    );
}

#[test]
fn a_group_or_grouping_without_a_source_is_refused() {
    let src = two_groupings_ron();
    let (edited, pos, problem) = refused(
        &src,
        "source: \"§3.3\",\n                ),\n                (\n                    id: \"mindre\"",
        "source: \" \",\n                ),\n                (\n                    id: \"mindre\"",
    );
    assert_eq!(
        problem,
        Problem::WithoutSource {
            kind: "group",
            id: "storre".into()
        }
    );
    let at = edited.find("\"storre\"").unwrap();
    assert_eq!((pos.line, pos.col), line_col(&edited, at));
    assert!(
        problem
            .describe(Lang::SV)
            .starts_with("gruppen storre saknar källa")
    );
    let (_, _, problem) = refused(&src, "source: \"§3.3; §5.3\"", "source: \"\"");
    assert_eq!(
        problem,
        Problem::WithoutSource {
            kind: "grouping",
            id: "kommun".into()
        }
    );
}

#[test]
fn two_groups_exported_under_one_id_are_refused() {
    let (_, _, problem) = refused(HALMSTAD_RON, "Some(\"other\")", "Some(\"politicians\")");
    assert_eq!(
        problem,
        Problem::DuplicateId {
            kind: "group",
            id: "politicians".into()
        }
    );
    // "merged" is the exports' id for the groups merged for privacy.
    let (_, _, problem) = refused(HALMSTAD_RON, "Some(\"other\")", "Some(\"merged\")");
    assert!(
        matches!(problem, Problem::DuplicateId { .. }),
        "{problem:?}"
    );
}

#[test]
fn a_session_naming_a_group_its_model_lacks_is_refused_in_the_user_s_language_with_a_place() {
    // Issue 26 writes a participant `1: "Politik Anna"`; the word is a group
    // of the model's, checked against it when the session is read.
    let dir = tempfile::tempdir().unwrap();
    let m = halmstad();
    let mut s = klarhet::model::Session::new(&m, "K", common::date(), Lang::SV);
    let people = vec![("Anna".to_owned(), vec!["Politik".to_owned()])];
    common::give(&mut s, &m, klarhet::model::Command::Enrol { people });
    let text = s.to_ron().replacen("1: \"Politik ", "1: \"Boss ", 1);
    let path = dir.path().join("roll.ron");
    std::fs::write(&path, &text).unwrap();
    let o = common::run_sv(dir.path(), &["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", common::said(&o));
    let said = common::said(&o);
    let at = text.find("\"Boss Anna\"").unwrap();
    let (line, col) = line_col(&text, at);
    assert!(said.contains(&format!("roll.ron:{line}:{col}")), "{said}");
    let unknown = "okänt id \"Boss\": förväntade id för en grupp i modellen eller sessionen";
    assert!(said.contains(unknown), "{said}");
}
