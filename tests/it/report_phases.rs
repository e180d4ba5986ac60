//! The phases in the report (issue 28, seed 000 §4): a report on a model with
//! phases says what they are and are not, and for each area its phase, the
//! group's note and where it stood before, or that it is not placed, in every
//! format (Markdown, HTML, CSV, JSON, the JSON valid against schema v5),
//! without a word of the ladder's; a model without phases gets no section.

use crate::common;
use common::{export, give};
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

fn with_phases() -> Assessment {
    common::models::embedded("matteby")
}

/// A note with characters each format escapes its own way.
const NOTE: &str = "Styrgrupp; men \"inte\" <beslut> & mandat";

/// The first area moved from the third phase to the first, the session's own
/// area in the second, the others not placed.
fn placed(m: &Assessment, lang: Lang) -> Session {
    let mut s = Session::new(m, "Testkommun", common::date(), lang);
    let phases = m.phases.as_ref().expect("phases");
    let area = phases.areas[0].id.clone();
    let place = |area: &str, phase: usize, note: Option<&str>| Command::PlaceArea {
        area: area.into(),
        phase: phases.steps[phase].id.clone(),
        note: note.map(Into::into),
    };
    give(&mut s, m, place(&area, 2, Some("Först så")));
    give(&mut s, m, place(&area, 0, Some(NOTE)));
    let own = Command::AddArea {
        id: "larm".into(),
        name: "Trygghetslarm".into(),
    };
    give(&mut s, m, own);
    give(&mut s, m, place("larm", 1, None));
    s
}

#[test]
fn each_area_its_phase_note_and_earlier_phase_are_in_every_format() {
    let m = with_phases();
    let phases = m.phases.as_ref().expect("phases");
    let (first, third) = (&phases.steps[0], &phases.steps[2]);
    let area = &phases.areas[0];
    for lang in [Lang::SV, Lang::EN] {
        let s = placed(&m, lang);
        let (fas, not_placed) = match lang {
            Lang::SV => ("Fas", "inte placerat"),
            _ => ("Phase", "not placed"),
        };
        let named =
            |p: &klarhet::model::phases::Phase| format!("{fas} {}: {}", p.number, p.name.get(lang));
        let md = Format::Md.render(&s, &m, &export());
        assert!(
            md.contains(&format!("## {}", phases.name.get(lang))),
            "{md}"
        );
        for about in &phases.about {
            let start: String = about.text.get(lang).chars().take(30).collect();
            assert!(md.contains(&start), "the about-text {start}:\n{md}");
        }
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} (", area.name.get(lang))))
            .unwrap_or_else(|| panic!("the area's row:\n{md}"));
        assert!(row.contains(&named(first)), "{row}");
        assert!(row.contains(&named(third)), "where it stood: {row}");
        assert!(row.contains("Styrgrupp"), "{row}");
        let own = md
            .lines()
            .find(|l| l.starts_with("| Trygghetslarm"))
            .expect("the session's own area");
        assert!(own.contains(&named(&phases.steps[1])), "{own}");
        let unplaced = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} (", phases.areas[2].name.get(lang))))
            .expect("an area not placed");
        assert!(unplaced.contains(not_placed), "{unplaced}");
        // The risk of the phases in use, not of the others.
        let risk = |p: &klarhet::model::phases::Phase| {
            let text = p.risk.as_ref().expect("a risk").text.get(lang);
            text.chars().take(30).collect::<String>()
        };
        assert!(md.contains(&risk(first)), "{md}");
        assert!(!md.contains(&risk(&phases.steps[3])), "{md}");
        // No word of the ladder's.
        let next = klarhet::tr!(lang, "report-next-step-level");
        assert!(!md.contains(&next), "{md}");
        // Where the workshop takes it: before the recommendations.
        let here = md.find(&format!("## {}", phases.name.get(lang)));
        let recs = md.find(match lang {
            Lang::SV => "## Rekommendationer",
            _ => "## Recommendations",
        });
        assert!(here < recs, "{md}");

        let html = Format::Html.render(&s, &m, &export());
        assert!(html.contains(&named(third)), "{html}");
        assert!(
            html.contains("Styrgrupp; men &quot;inte&quot; &lt;beslut&gt; &amp; mandat"),
            "the note escaped"
        );
        assert!(!html.contains("<beslut>"));

        let csv = Format::Csv.render(&s, &m, &export());
        let rows: Vec<&str> = csv
            .lines()
            .filter(|l| l.contains(&format!(";{};", area.id)))
            .collect();
        assert_eq!(rows.len(), 1, "{csv}");
        assert!(
            rows[0].contains("\"Styrgrupp; men \"\"inte\"\" <beslut> & mandat\""),
            "{}",
            rows[0]
        );
        assert!(rows[0].contains(&named(third)), "{}", rows[0]);
        assert_eq!(
            csv.lines().filter(|l| l.contains(";larm;")).count(),
            1,
            "{csv}"
        );

        let json: Value =
            serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
        let p = &json["phases"];
        assert_eq!(p["areas"][0]["id"], area.id.as_str());
        assert_eq!(p["areas"][0]["phase"], first.id.as_str());
        assert_eq!(p["areas"][0]["note"], NOTE);
        assert_eq!(p["areas"][0]["earlier"][0]["phase"], third.id.as_str());
        assert_eq!(p["areas"][2]["phase"], Value::Null);
        let last = p["areas"].as_array().and_then(|a| a.last()).expect("areas");
        assert_eq!(last["own_area"], true);
        assert_eq!(p["phases"][1]["number"], phases.steps[1].number);
        common::schema::validate(5, &json).expect("the export matches schema v5");
    }
}

#[test]
fn a_report_with_nothing_placed_says_so_per_area() {
    let m = with_phases();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let md = Format::Md.render(&s, &m, &export());
    let phases = m.phases.as_ref().expect("phases");
    for area in &phases.areas {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} (", area.name.get(Lang::SV))))
            .unwrap_or_else(|| panic!("{md}"));
        assert!(row.contains("inte placerat"), "{row}");
    }
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
    assert_eq!(json["phases"]["areas"][0]["phase"], Value::Null);
    common::schema::validate(5, &json).expect("the export matches schema v5");
}

#[test]
fn a_model_without_phases_has_no_section() {
    let m = common::halmstad();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
    assert!(json.get("phases").is_none());
    let csv = Format::Csv.render(&s, &m, &export());
    assert!(!csv.contains("fas_id"), "no columns for phases");
    let md = Format::Md.render(&s, &m, &export());
    // The level's "inte placerat sig" is the ladder's; no table of phases.
    assert!(!md.contains("| Fas |"), "{md}");
}
