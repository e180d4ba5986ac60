//! A reference's figure for one group beside the workshop's own group of that
//! id (issue 28; docs/model-format.md "Reference figures"): seed 004's vet-ej
//! shares per administration, set beside each administration's own share of
//! vet ej on the same dimension, only where the privacy rules show the group
//! apart; in the reveal and in every report format. A figure naming a group
//! the model lacks is refused with its place.

use crate::common;
use common::{cast, give, pass, reveal};
use klarhet::model::session::Answer;
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;

/// Trollhättan with five from "asf", three from "omsorg" and two from "ksf",
/// every statement of balansering answered, asf's first two voters "vet ej"
/// on every statement, and revealed. ksf's two are too few to be shown
/// apart, so omsorg, the smallest group shown, is merged with them.
fn answered() -> (Session, Assessment) {
    let m = common::models::embedded("trollhattan");
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let groups = [
        "asf", "asf", "asf", "asf", "asf", "omsorg", "omsorg", "omsorg", "ksf", "ksf",
    ];
    let people = (groups.iter().enumerate())
        .map(|(i, g)| (format!("P{}", i + 1), vec![(*g).to_owned()]))
        .collect();
    give(&mut s, &m, Command::Enrol { people });
    let c = m.challenge("balansering").expect("balansering").clone();
    for voter in 1..=10u32 {
        for st in &c.statements {
            let answer = if voter <= 2 {
                Answer::Unknown
            } else {
                let options = &m.statement_scale(&c, st).options;
                Answer::Value(options[voter as usize % options.len()].value)
            };
            cast(&mut s, &m, &c, &st.id, voter, answer);
        }
        pass(&mut s, &m, &c, voter, c.statements.len());
    }
    reveal(&mut s, &m, &c);
    (s, m)
}

#[test]
fn every_format_sets_the_workshops_own_group_beside_the_reports_figure() {
    let (s, m) = answered();
    let statements = m
        .challenge("balansering")
        .expect("balansering")
        .statements
        .len();
    let (asf, own) = (5 * statements, 2 * statements);
    let md = Format::Md.render(&s, &m, &common::export());
    let line = md
        .lines()
        .find(|l| l.contains("Vet ej 38,3 %"))
        .unwrap_or_else(|| panic!("{md}"));
    let expected = format!("i workshoppen 40 % ({own} av {asf} svar)");
    assert!(line.contains(&expected), "{line}");
    // Omsorg and ksf are merged, never shown apart: nothing beside theirs.
    assert!(md.contains("Vet ej 21,4 %\n"), "{md}");
    assert!(md.contains("Vet ej 8,0 %\n"), "{md}");
    let html = Format::Html.render(&s, &m, &common::export());
    assert!(html.contains(&expected), "{html}");
    let json = common::prompts::json(&s, &m);
    let figures = json["references"][0]["figures"]
        .as_array()
        .expect("figures");
    let asf_figure = figures.iter().find(|f| f["group"] == "asf").expect("asf");
    assert_eq!(asf_figure["workshop"]["count"], own);
    assert_eq!(asf_figure["workshop"]["total"], asf);
    assert_eq!(asf_figure["workshop"]["percent"], 40);
    let ksf = figures.iter().find(|f| f["group"] == "ksf").expect("ksf");
    assert!(ksf.get("workshop").is_none(), "{ksf}");
    let csv = Format::Csv.render(&s, &m, &common::export());
    let (header, rows) = common::prompts::csv_rows(&csv);
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let row = rows
        .iter()
        .find(|r| r[col("referens")] == "vet-ej-balansering" && r[col("rollgrupp_id")] == "asf")
        .unwrap_or_else(|| panic!("{csv}"));
    assert_eq!(row[col("workshoppens_antal")], own.to_string());
    assert_eq!(row[col("workshoppens_svar")], asf.to_string());
}

#[test]
fn a_group_merged_for_privacy_has_nothing_beside_it() {
    // With a minimum group of four, asf's three on the scale are too few too:
    // nothing of the workshop stands beside the report's figures.
    let (s, m) = answered();
    let mut small = s.clone();
    give(
        &mut small,
        &m,
        Command::ChoosePrivacy {
            min_group: 4,
            show_names: false,
            self_assessment: false,
        },
    );
    let md = Format::Md.render(&small, &m, &common::export());
    assert!(!md.contains("i workshoppen"), "no group shown apart: {md}");
    assert!(
        Format::Md
            .render(&s, &m, &common::export())
            .contains("i workshoppen")
    );
}

#[test]
fn a_figure_for_a_group_the_model_lacks_is_refused_at_its_place() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assessments/trollhattan.ron"
    ))
    .expect("the model");
    let edited = text.replacen(
        "GroupShare(group: \"kof\"",
        "GroupShare(group: \"kulturen\"",
        1,
    );
    assert_ne!(edited, text);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("trollhattan.ron");
    std::fs::write(&path, &edited).expect("written");
    let out = common::klarhet_in(dir.path(), "sv")
        .args(["validate", path.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    let line = edited[..edited.find("\"kulturen\"").expect("edit")]
        .lines()
        .count();
    assert!(said.contains(&format!("trollhattan.ron:{line}:")), "{said}");
    assert!(said.contains("kulturen"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        edited,
        "never modified"
    );
}

#[test]
fn the_reveal_sets_the_workshops_group_beside_the_reports_figure() {
    let (s, m) = answered();
    let at = m.challenges.iter().position(|c| c.id == "balansering");
    let mut work = klarhet::tui::state::Work::new(s, m, None);
    work.challenge = at.expect("balansering");
    let mut state = common::tui::fresh().at(work, klarhet::tui::state::Step::Scoring);
    common::tui::send(&mut state, &[klarhet::tui::msg::Msg::Reveal]);
    let screen = common::tui::drawn(&state, 160, 60);
    assert!(screen.contains("i workshoppen 40 %"), "{screen}");
}
