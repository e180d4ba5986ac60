//! A dimension's note on the groups names the grouping it speaks of
//! (docs/model-format.md, "Dimensions"): a note on larger and smaller
//! municipalities is shown beside a breakdown by municipality and never beside
//! one by level; and a grouping the model lacks is refused at its place.

use crate::common;
use common::{cast, give, invalid, pass, reveal};
use klarhet::model::session::Answer;
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;

const DIMENSION: &str = "komplementaritet";

/// Matteby with eight people, the first four in the larger municipality and
/// at the political level, the rest in the smaller one and among officials;
/// the figures broken down by `grouping`, and only the dimension whose note
/// is on the municipalities answered and shown: the first four answer every
/// statement at one end of its scale, the rest at the other, each statement
/// turned round where the model reverses it, so that the groups differ.
fn divided(grouping: &str) -> (Session, Assessment) {
    let m = common::models::embedded("matteby");
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let people = (0..8)
        .map(|i| {
            let groups = if i < 4 {
                ["politisk", "storre"]
            } else {
                ["tjansteperson", "mindre"]
            };
            (format!("P{}", i + 1), groups.map(str::to_owned).to_vec())
        })
        .collect();
    give(&mut s, &m, Command::Enrol { people });
    let choose = Command::ChooseBreakdown {
        grouping: grouping.to_owned(),
    };
    give(&mut s, &m, choose);
    let c = m.challenge(DIMENSION).expect("the dimension").clone();
    for voter in 1..=8u32 {
        for st in &c.statements {
            let options = &m.statement_scale(&c, st).options;
            let option = if (voter <= 4) != st.reverse {
                options.last()
            } else {
                options.first()
            };
            let value = option.expect("a scale has options").value;
            cast(&mut s, &m, &c, &st.id, voter, Answer::Value(value));
        }
        pass(&mut s, &m, &c, voter, c.statements.len());
    }
    reveal(&mut s, &m, &c);
    (s, m)
}

fn note_start(m: &Assessment) -> String {
    let c = m.challenge(DIMENSION).expect("the dimension");
    let note = c.group_note.as_ref().expect("the model's note");
    assert_eq!(note.grouping.as_deref(), Some("kommun"));
    note.text.get(Lang::SV).chars().take(40).collect()
}

#[test]
fn a_note_on_the_municipalities_stands_only_beside_a_breakdown_by_municipality() {
    let start = note_start(&common::models::embedded("matteby"));
    // Both reports a reader keeps say it, with its source.
    for format in [Format::Md, Format::Html] {
        let (s, m) = divided("kommun");
        let text = format.render(&s, &m, &common::export());
        assert!(text.contains(&start), "{format:?}: {text}");
        assert!(
            text.contains("§1.4; §3.3)"),
            "{format:?}: the note's source"
        );
        // Broken down by level, the same answers differ as much between the
        // levels, and the note on the municipalities is not theirs.
        let (s, m) = divided("niva");
        let text = format.render(&s, &m, &common::export());
        assert!(text.contains("Politisk nivå"), "the levels differ: {text}");
        assert!(!text.contains(&start), "{format:?}: {text}");
    }
}

#[test]
fn a_note_naming_a_grouping_the_model_lacks_is_refused_at_it() {
    let text = include_str!("../../assessments/matteby.ron");
    let edited = text.replacen(
        r#"grouping: Some("kommun")"#,
        r#"grouping: Some("region")"#,
        1,
    );
    assert_ne!(edited, text);
    let (pos, problem) = invalid(&edited);
    assert_eq!(
        problem,
        klarhet::error::Problem::DanglingId {
            kind: "grouping",
            id: "region".into()
        }
    );
    let line = edited[..edited.find(r#""region""#).expect("the edit")]
        .lines()
        .count();
    assert_eq!(pos.line, line);
}
