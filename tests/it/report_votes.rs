//! The group's private votes in the report (issue 28; src/model/picks.rs):
//! every format (Markdown, HTML, CSV, JSON valid against schema v5) gives the
//! votes shown on the alternatives and on each area's phase, with counts and
//! shares; votes that wait for enough voters appear in no format, nor does
//! their number; and an export without shown votes has no trace of them.

use crate::common;
use common::give;
use common::prompts::{csv_rows, exports, json};
use klarhet::model::picks::{Pick, Poll};
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;

fn pick(s: &mut Session, m: &Assessment, poll: &Poll, voter: u32, choice: Option<&str>) {
    let pick = choice.map_or(Pick::Unsure, |c| Pick::Choice(c.to_owned()));
    give(
        s,
        m,
        Command::Pick {
            poll: poll.clone(),
            voter,
            pick,
        },
    );
}

/// Trollhättan with six participants: three voted on the alternatives
/// (I, II, II) and their votes were shown.
fn voted(lang: Lang) -> (Session, Assessment, Vec<String>) {
    let m = common::models::embedded("trollhattan");
    let ids: Vec<String> = (m.alternatives.as_ref().expect("alternatives").items.iter())
        .map(|a| a.id.clone())
        .collect();
    let mut s = common::models::workshop(&m, lang);
    for (voter, i) in [(1, 0), (2, 1), (3, 1)] {
        pick(&mut s, &m, &Poll::Alternatives, voter, Some(&ids[i]));
    }
    give(
        &mut s,
        &m,
        Command::ShowPicks {
            poll: Poll::Alternatives,
        },
    );
    (s, m, ids)
}

#[test]
fn every_format_gives_the_shown_votes_on_the_alternatives() {
    for (lang, sentence) in [
        (
            Lang::SV,
            "Gruppens enskilda röster före beslutet (3 röster): I Nuläge 1 (33 %), \
             II Förstärkning 2 (67 %), III Omställning 0 (0 %), vet ej 0 (0 %).",
        ),
        (
            Lang::EN,
            "The group's private votes before deciding (3 votes): I Current course 1 (33%), \
             II Reinforcement 2 (67%), III Transformation 0 (0%), can't say 0 (0%).",
        ),
    ] {
        let (s, m, ids) = voted(lang);
        let [md, html, csv, _] = exports(&s, &m);
        assert!(md.contains(sentence), "{md}");
        let escaped = klarhet::report::html::esc(sentence);
        assert!(html.contains(&format!("<p>{escaped}</p>")), "{html}");
        let (header, rows) = csv_rows(&csv);
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("{name} in {header:?}"))
        };
        let (section, votes, share, shown, id) = match lang {
            Lang::SV => (
                "röst",
                "röster",
                "andel_röster_procent",
                "visade_röster",
                "alternativ_id",
            ),
            _ => (
                "vote",
                "votes",
                "vote_share_percent",
                "votes_shown",
                "alternative_id",
            ),
        };
        let vote_rows: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == section).collect();
        assert_eq!(vote_rows.len(), 4, "three alternatives and can't say");
        let second = vote_rows[1];
        assert_eq!(
            [
                &second[col(id)],
                &second[col(votes)],
                &second[col(share)],
                &second[col(shown)]
            ],
            [&ids[1], "2", "67", "3"]
        );
        assert_eq!(vote_rows[3][col(id)], "", "can't say has no id");
        let json = json(&s, &m);
        let doc = &json["alternatives"]["votes"][0];
        assert_eq!(doc["round"], 1);
        assert_eq!(doc["shown"], 3);
        assert_eq!(doc["choices"][1]["id"], ids[1].as_str());
        assert_eq!(doc["choices"][1]["votes"], 2);
        assert_eq!(doc["choices"][1]["percent"], 67);
        assert_eq!(doc["unsure"], 0);
    }
}

#[test]
fn votes_that_wait_are_in_no_export_nor_how_many_wait() {
    let (mut s, m, ids) = voted(Lang::SV);
    let before = exports(&s, &m);
    // A fourth voter waits for two more: nothing of it may show.
    pick(&mut s, &m, &Poll::Alternatives, 4, Some(&ids[2]));
    assert_eq!(exports(&s, &m), before);
    // Nothing shown yet: no trace of the votes at all.
    let m2 = common::models::embedded("trollhattan");
    let mut quiet = common::models::workshop(&m2, Lang::SV);
    let untouched = exports(&quiet, &m2);
    pick(&mut quiet, &m2, &Poll::Alternatives, 1, Some(&ids[0]));
    pick(&mut quiet, &m2, &Poll::Alternatives, 2, None);
    let waiting = exports(&quiet, &m2);
    assert_eq!(waiting, untouched);
    assert!(!waiting[2].contains("röster;") && !waiting[3].contains("\"votes\""));
}

#[test]
fn every_format_gives_the_shown_votes_on_an_areas_phase() {
    let m = common::models::embedded("matteby");
    let phases = m.phases.as_ref().expect("phases");
    let area = phases.areas[1].clone();
    let poll = Poll::Area(area.id.clone());
    let mut s = common::models::workshop(&m, Lang::SV);
    for (voter, phase) in [(1, Some(1)), (2, Some(1)), (3, None), (4, Some(0))] {
        let choice = phase.map(|p: usize| phases.steps[p].id.as_str());
        pick(&mut s, &m, &poll, voter, choice);
    }
    give(&mut s, &m, Command::ShowPicks { poll });
    let [md, html, csv, _] = exports(&s, &m);
    let name = area.name.get(Lang::SV);
    let sentence = "Gruppens enskilda röster före beslutet (4 röster): Fas 1: Initiering 1 (25 %), \
                    Fas 2: Mobilisering 2 (50 %), Fas 3: Stabilisering 0 (0 %), \
                    Fas 4: Institutionalisering 0 (0 %), vet ej 1 (25 %).";
    assert!(md.contains(&format!("**{name}:** {sentence}")), "{md}");
    let esc = klarhet::report::html::esc;
    assert!(
        html.contains(&format!(
            "<p><strong>{}:</strong> {}</p>",
            esc(name),
            esc(sentence)
        )),
        "{html}"
    );
    let (header, rows) = csv_rows(&csv);
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let mobilised: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "röst" && r[col("fas_id")] == phases.steps[1].id)
        .collect();
    assert_eq!(mobilised.len(), 1, "{csv}");
    assert_eq!(mobilised[0][col("område_id")], area.id);
    assert_eq!(mobilised[0][col("röster")], "2");
    let json = json(&s, &m);
    let areas = json["phases"]["areas"].as_array().expect("areas");
    let voted: Vec<&serde_json::Value> =
        areas.iter().filter(|a| a.get("votes").is_some()).collect();
    assert_eq!(voted.len(), 1);
    assert_eq!(voted[0]["id"], area.id.as_str());
    assert_eq!(voted[0]["votes"][0]["unsure"], 1);
    assert_eq!(voted[0]["votes"][0]["unsure_percent"], 25);
}

#[test]
fn a_vote_taken_again_is_reported_round_by_round() {
    let (mut s, m, ids) = voted(Lang::SV);
    give(
        &mut s,
        &m,
        Command::ReopenPoll {
            poll: Poll::Alternatives,
        },
    );
    // The second vote has nothing shown yet: the report reads as before it.
    let [md, ..] = exports(&s, &m);
    assert!(
        md.contains("före beslutet (3 röster): I Nuläge 1 (33 %)"),
        "{md}"
    );
    for voter in 1..=3 {
        pick(&mut s, &m, &Poll::Alternatives, voter, Some(&ids[2]));
    }
    give(
        &mut s,
        &m,
        Command::ShowPicks {
            poll: Poll::Alternatives,
        },
    );
    let [md, html, csv, _] = exports(&s, &m);
    assert!(
        md.contains("omgång för omgång: omgång 1 (3 röster): I Nuläge 1 (33 %)"),
        "{md}"
    );
    let second = "omgång 2 (3 röster): I Nuläge 0 (0 %), II Förstärkning 0 (0 %), \
                  III Omställning 3 (100 %), vet ej 0 (0 %).";
    assert!(md.contains(second), "{md}");
    assert!(html.contains(&klarhet::report::html::esc(second)), "{html}");
    let (header, rows) = csv_rows(&csv);
    let round = header
        .iter()
        .position(|h| h == "röstomgång")
        .expect("the round's column");
    let rounds: Vec<&str> = rows
        .iter()
        .filter(|r| r[0] == "röst")
        .map(|r| r[round].as_str())
        .collect();
    assert_eq!(rounds, ["1", "1", "1", "1", "2", "2", "2", "2"]);
    let json = json(&s, &m);
    let votes = json["alternatives"]["votes"].as_array().expect("rounds");
    assert_eq!(votes.len(), 2);
    assert_eq!(votes[1]["round"], 2);
    assert_eq!(votes[1]["choices"][2]["votes"], 3);
}
