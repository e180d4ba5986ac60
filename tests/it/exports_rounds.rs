//! A second round in every export: a session in which the group voted again
//! on two statements, one with a shift and one by hands, exported in every
//! format. The rounds are shown side by side with the shift in words, the JSON
//! is version 5 and matches its schema, and exports written by the klarhet
//! before it still match theirs.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::command::Command;
use klarhet::model::round::Channel;
use klarhet::model::session::Tally;
use klarhet::model::{Assessment, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;
use std::path::Path;

/// Six participants vote 2 on every statement of the first challenge and are
/// revealed; the group votes again on its first and third statements and
/// answers 4 and 2, and agrees a score. The second challenge is counted by
/// hands, then its first statement again.
fn two_rounds(lang: Lang) -> (Session, Assessment) {
    let m = halmstad();
    let mut s = Session::new(&m, "Sjöhamra kommun", date(), lang);
    let apply = |s: &mut Session, c: Command| {
        s.apply(&m, c).expect("accepted");
    };
    let roles = [groups_ids::POLITIK, groups_ids::BOLAG];
    for i in 0..6 {
        let add = Command::AddParticipant {
            alias: format!("P{i}"),
            groups: vec![roles[i % 2].into()],
        };
        apply(&mut s, add);
    }
    let c = m.challenges[0].clone();
    let ballot = |s: &mut Session, values: &[i32]| {
        let asked: Vec<String> = s
            .round_statements(&c)
            .into_iter()
            .map(str::to_owned)
            .collect();
        for voter in 1..=6u32 {
            for (st, v) in asked.iter().zip(values.iter().cycle()) {
                let cast = Command::Cast {
                    challenge: c.id.clone(),
                    statement: st.clone(),
                    voter,
                    answer: klarhet::model::session::Answer::Value(*v + i32::from(voter % 2 == 0)),
                };
                apply(s, cast);
            }
            let pass = Command::Pass {
                challenge: c.id.clone(),
                voter,
                count: asked.len(),
            };
            apply(s, pass);
        }
        apply(
            s,
            Command::Reveal {
                challenge: c.id.clone(),
                at: "2026-12-06T10:00:00Z".parse().unwrap(),
            },
        );
    };
    ballot(&mut s, &[1]);
    let at = "2026-11-22T14:05:00Z".parse().unwrap();
    let again = vec![c.statements[0].id.clone(), c.statements[2].id.clone()];
    apply(
        &mut s,
        Command::OpenRound {
            challenge: c.id.clone(),
            statements: again,
            channel: Channel::Keyboard,
            at,
        },
    );
    ballot(&mut s, &[3, 4]);
    let agree = Command::Agree {
        challenge: c.id.clone(),
        severity: 70.0,
        rationale: "Efter andra omgången".into(),
        notes: String::new(),
    };
    apply(&mut s, agree);
    let h = m.challenges[1].clone();
    let hands = |v: i32| Tally {
        counts: [(v, 6)].into(),
        unknown: 0,
    };
    for st in &h.statements {
        apply(
            &mut s,
            Command::CountHands {
                statement: st.id.clone(),
                tally: hands(2),
            },
        );
    }
    let first = h.statements[0].id.clone();
    apply(
        &mut s,
        Command::OpenRound {
            challenge: h.id.clone(),
            statements: vec![first.clone()],
            channel: Channel::Hands,
            at,
        },
    );
    apply(
        &mut s,
        Command::CountHands {
            statement: first,
            tally: hands(5),
        },
    );
    (s, m)
}

#[test]
fn every_format_shows_the_rounds_side_by_side_with_the_shift_in_words() {
    let (s, m) = two_rounds(Lang::SV);
    let md = Format::Md.render(&s, &m, &export());
    assert!(md.contains("## Omgångarna"), "{md}");
    assert!(
        md.contains("| Omgång 1 | enskilda svar vid tangentbordet | 6 |"),
        "{md}"
    );
    assert!(
        md.contains("| Omgång 2 | handuppräckning | 6 | 0·0·0·0·6 |"),
        "{md}"
    );
    assert!(md.contains("medianen steg från 2 till 5"), "{md}");
    assert!(
        md.contains("Den överenskomna poängen sattes efter omgång 2."),
        "{md}"
    );
    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("<section id=\"omgangar\">"), "{html}");
    assert!(html.contains("medianen steg från 2 till 5"));
    let csv = Format::Csv.render(&s, &m, &export());
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(";omgång;sätt"), "{header}");
    let rows: Vec<&str> = csv.lines().filter(|l| l.starts_with("omgång;")).collect();
    // Two statements of the first challenge and one of the second, two rounds each.
    assert_eq!(rows.len(), 6, "{csv}");
    assert!(rows.iter().any(|r| r.ends_with(";2;hands")), "{rows:?}");
    let en = Format::Md.render(&two_rounds(Lang::EN).0, &m, &export());
    assert!(
        en.contains("## Rounds") && en.contains("the median rose from 2 to 5"),
        "{en}"
    );
}

#[test]
fn the_json_is_version_five_with_rounds_and_matches_its_schema() {
    let (s, m) = two_rounds(Lang::SV);
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    assert_eq!(json["schema_version"], 5);
    schema::validate(5, &json).unwrap_or_else(|e| panic!("{e}"));
    let first = &json["challenges"][0];
    assert_eq!(first["agreed_after_round"], 2);
    let rounds = first["statements"][0]["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0]["round"], 1);
    assert_eq!(rounds[1]["channel"], "keyboard");
    assert_eq!(rounds[1]["answers"], 6);
    let shift = &first["statements"][0]["shift"];
    assert_eq!(
        (shift["from_round"].clone(), shift["to_round"].clone()),
        (1.into(), 2.into())
    );
    assert!(
        shift["text"].as_str().unwrap().contains("medianen"),
        "{shift}"
    );
    // Asked once: no rounds, no shift, as in version 4.
    assert!(first["statements"][1].get("rounds").is_none());
    assert!(first["statements"][1].get("shift").is_none());
    assert_eq!(
        json["challenges"][1]["statements"][0]["rounds"][1]["channel"],
        "hands"
    );
    // A document with a round in the wrong shape is caught by the same schema.
    let mut broken = json.clone();
    broken["challenges"][0]["statements"][0]["rounds"][0]["channel"] = "fax".into();
    assert!(schema::validate(5, &broken).is_err());
}

/// Exports written before rounds are checked against the schema they were
/// written under, which stays in `schemas/`.
#[test]
fn exports_of_the_version_before_still_match_their_schema() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("the old exports") {
        let path = entry.expect("an entry").path();
        let json: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("text")).expect("JSON");
        let version = u32::try_from(json["schema_version"].as_u64().expect("a version")).unwrap();
        assert!(version < 5, "{}", path.display());
        schema::validate(version, &json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Not against the new one, which says it is another version.
        assert!(schema::validate(5, &json).is_err());
        checked += 1;
    }
    assert!(checked >= 2);
}
