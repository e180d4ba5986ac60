//! A session's participants are written as a map of id to role and alias, one
//! participant a line (issue 26: at 10,000 participants the struct form was
//! most of opening the session), and files in the struct form read exactly as
//! before: every alias comes back as it was, in the order it was.

use crate::common::groups_ids;
use klarhet::error::Error;
use klarhet::model::session::Session;
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// The v2 fixture (struct form) with its participants replaced by `list`.
fn with_participants(list: &str) -> String {
    let text = fixture("session-v2.ron");
    let start = text.find("    participants: [").unwrap();
    let end = start + text[start..].find("    ],\n").unwrap() + "    ],\n".len();
    format!("{}{list}{}", &text[..start], &text[end..])
}

#[test]
fn the_struct_form_reads_as_before_and_is_written_as_a_map() {
    for name in [
        "session-v1.ron",
        "session-v1-draft.ron",
        "session-v2.ron",
        "session-v2-waiting.ron",
        "session-v3-release/session.ron",
    ] {
        let text = fixture(name);
        assert!(
            text.contains("Participant(id: 1,"),
            "{name} is in the struct form"
        );
        let old = Session::parse(&text, Path::new(name)).unwrap();
        assert!(!old.participants().is_empty(), "{name}");
        let written = old.to_ron();
        assert!(!written.contains("Participant("), "{written}");
        let first = &old.participants()[0];
        let line = format!(
            "        1: \"{} {}\",\n",
            first.groups.join("+"),
            first.alias
        );
        assert!(written.contains(&line), "{line:?} in {written}");
        let again = Session::parse(&written, Path::new(name)).unwrap();
        assert_eq!(again.participants(), old.participants(), "{name}");
        assert_eq!(again.to_ron(), written, "{name}");
    }
}

#[test]
fn every_alias_comes_back_as_it_was_in_its_order() {
    let aliases = [
        "",
        " ",
        "Anna Svensson",
        "  leading and trailing  ",
        "Åsa Öberg-Ängström",
        "quote \" and backslash \\ and {braces}: 1",
        "Politik",
        "tab\there",
        "日本語",
    ];
    let mut list = String::from("    participants: [\n");
    for (i, alias) in aliases.iter().enumerate() {
        // Ids out of order: the file's order is kept.
        let id = 20 - i;
        let role = groups_ids::ALL[i % groups_ids::ALL.len()];
        let alias = ron::to_string(alias).unwrap();
        list.push_str(&format!(
            "        Participant(id: {id}, alias: {alias}, role: {role}),\n"
        ));
    }
    list.push_str("    ],\n");
    let text = with_participants(&list).replace("progress: {", "progress_gone: {");
    // Progress names the fixture's people: dropped, as it is not what is tested.
    let text = match text.find("    progress_gone: {") {
        Some(start) => {
            let end = start + text[start..].find("    },\n").unwrap() + "    },\n".len();
            format!("{}{}", &text[..start], &text[end..])
        }
        None => text,
    };
    let old = Session::parse(&text, Path::new("aliases.ron")).unwrap();
    let read: Vec<(u32, &str, &str)> = old
        .participants()
        .iter()
        .map(|p| (p.id, p.alias.as_str(), p.groups[0].as_str()))
        .collect();
    let expected: Vec<(u32, &str, &str)> = aliases
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                (20 - i) as u32,
                *a,
                groups_ids::ALL[i % groups_ids::ALL.len()],
            )
        })
        .collect();
    assert_eq!(read, expected);
    let written = old.to_ron();
    let again = Session::parse(&written, Path::new("aliases.ron")).unwrap();
    assert_eq!(again.participants(), old.participants(), "{written}");
}

#[test]
fn a_role_that_does_not_exist_is_named_with_its_line_and_column() {
    // Read as a word; held to the model's groups when checked against it, as
    // every session is when it is opened.
    let list = "    participants: {\n        1: \"Politik Anna\",\n        2: \"Styrelse Bengt\",\n    },\n";
    let text = with_participants(list).replace("progress:", "progress_gone:");
    let line = text.lines().position(|l| l.contains("Styrelse")).unwrap() + 1;
    let model = klarhet::model::Assessment::halmstad().unwrap();
    let read = Session::parse(
        &text.replace("progress_gone:", "progress:"),
        Path::new("bad.ron"),
    );
    let error = match read {
        Ok(s) => s
            .check_against(&model, &text, Path::new("bad.ron"))
            .unwrap_err(),
        Err(e) => e,
    };
    let Error::Invalid {
        pos: Some(pos),
        problem,
        ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(pos.line, line, "{error:?}");
    assert_eq!(
        *problem,
        klarhet::error::Problem::DanglingId {
            kind: "group",
            id: "Styrelse".into()
        }
    );
    // And the map form read well: the first participant.
    let good = with_participants("    participants: {\n        3: \"Bolag Cilla C\",\n    },\n");
    let good = good.replace("progress:", "progress_gone:");
    let parsed = Session::parse(&good, Path::new("good.ron"));
    // The fixture's progress names people no longer there; only the parse matters.
    assert!(
        !matches!(parsed, Err(Error::Invalid { ref problem, .. }) if format!("{problem:?}").contains("Bolag")),
        "{parsed:?}"
    );
}

#[test]
fn an_id_given_twice_is_refused_naming_the_first_given_twice() {
    let model = klarhet::model::Assessment::halmstad().unwrap();
    for list in [
        "    participants: {\n        3: \"Politik A\",\n        2: \"Bolag B\",\n        2: \"Bolag C\",\n        3: \"Bolag D\",\n    },\n",
        "    participants: [\n        Participant(id: 3, alias: \"A\", role: Politik),\n        Participant(id: 2, alias: \"B\", role: Bolag),\n        Participant(id: 2, alias: \"C\", role: Bolag),\n        Participant(id: 3, alias: \"D\", role: Bolag),\n    ],\n",
    ] {
        let text = with_participants(list);
        let path = Path::new("twice.ron");
        let s = Session::parse(&text, path).unwrap();
        let said = format!("{:?}", s.check_against(&model, &text, path).unwrap_err());
        assert!(
            said.contains("DuplicateId") && said.contains("id: \"2\""),
            "{said}"
        );
    }
}
