//! The action plan's items for measures of the chosen alternative in the
//! report (docs/model-format.md, "Alternatives"): Markdown and HTML list them
//! under the measure's text with the alternative's label, after the
//! recommendations' table, one planned under an earlier choice marked; the
//! CSV and JSON carry the reference (alternative and place) in fields only
//! such an item has; the JSON stays valid against schema v5; and a plan
//! without measures reports as before.

use crate::common;
use common::{export, give};
use klarhet::model::session::{ActionItem, MeasureRef, Status};
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

fn model() -> Assessment {
    common::models::embedded("trollhattan")
}

fn choose(alternative: &str) -> Command {
    Command::Choose {
        alternative: alternative.into(),
        reason: "Det är vad vi orkar.".into(),
    }
}

fn plan(measure: Option<MeasureRef>, recommendation: &str, due: (i16, i8)) -> Command {
    Command::PlanAction(ActionItem {
        recommendation: recommendation.into(),
        measure,
        effect_goal: "Ett mål".into(),
        owner: "Kommundirektören".into(),
        due: jiff::civil::date(due.0, due.1, 28),
        status: Status::Started,
    })
}

/// A plan of one recommendation's item and two measures' items, planned
/// while the third alternative was chosen: the first alternative's first
/// measure and the third's second. Then the group chooses the first alone,
/// so the third's is from an earlier choice.
fn planned() -> (Session, Assessment) {
    let m = model();
    let ids: Vec<String> = (m.alternatives.as_ref().expect("alternatives").items.iter())
        .map(|a| a.id.clone())
        .collect();
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let rec = m.recommendations[0].id.clone();
    give(
        &mut s,
        &m,
        Command::Adopt {
            recommendation: rec.clone(),
        },
    );
    give(&mut s, &m, plan(None, &rec, (2027, 2)));
    give(&mut s, &m, choose(&ids[2]));
    let first = MeasureRef {
        alternative: ids[0].clone(),
        index: 0,
    };
    let third = MeasureRef {
        alternative: ids[2].clone(),
        index: 1,
    };
    give(&mut s, &m, plan(Some(first), "", (2027, 3)));
    give(&mut s, &m, plan(Some(third), "", (2027, 4)));
    give(&mut s, &m, choose(&ids[0]));
    (s, m)
}

fn render(format: Format, s: &Session, m: &Assessment) -> String {
    format.render(s, m, &export())
}

/// The measure's text in Swedish.
fn measure_text(m: &Assessment, alternative: usize, index: usize) -> String {
    let all = m.alternatives.as_ref().expect("alternatives");
    all.items[alternative].measures[index]
        .text
        .get(Lang::SV)
        .to_owned()
}

#[test]
fn markdown_and_html_list_the_measures_under_their_text_with_the_label() {
    let (s, m) = planned();
    let (first, third) = (measure_text(&m, 0, 0), measure_text(&m, 2, 1));
    let rec = m.recommendations[0].text.get(Lang::SV);
    let md = render(Format::Md, &s, &m);
    let plan = &md[md.find("## Handlingsplan").expect("the plan")..];
    let plan = &plan[..plan[3..].find("\n## ").map_or(plan.len(), |i| i + 3)];
    // The recommendation in its table, then the measures in theirs.
    let rec_at = plan.find(rec).expect("the recommendation's row");
    let heading = plan
        .find("### Åtgärder ur det valda alternativet")
        .expect("heading");
    assert!(rec_at < heading, "{plan}");
    assert!(
        plan.contains("| Alternativ | Åtgärd | Effektmål | Ansvarig | Klart senast | Status |"),
        "{plan}"
    );
    assert!(
        plan.contains(&format!("| I Nuläge | {first} | Ett mål |")),
        "{plan}"
    );
    assert!(
        plan.contains(&format!("| III Omställning (tidigare val) | {third} |")),
        "{plan}"
    );
    let html = render(Format::Html, &s, &m);
    assert!(
        html.contains("<h3>Åtgärder ur det valda alternativet</h3>"),
        "{html}"
    );
    assert!(
        html.contains(&format!("<th scope=\"row\">I Nuläge</th><td>{first}</td>")),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            "<th scope=\"row\">III Omställning (tidigare val)</th><td>{third}</td>"
        )),
        "{html}"
    );
}

#[test]
fn the_csv_carries_the_reference_in_columns_only_such_a_plan_has() {
    let (s, m) = planned();
    let csv = render(Format::Csv, &s, &m);
    let rows: Vec<Vec<&str>> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.split(';').collect())
        .collect();
    let header = &rows[0];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let (alt, index, text, earlier) = (
        col("alternativ_id"),
        col("åtgärd_index"),
        col("åtgärd"),
        col("tidigare_val"),
    );
    let plan: Vec<&Vec<&str>> = rows.iter().filter(|r| r[0] == "handlingsplan").collect();
    assert_eq!(plan.len(), 3);
    let ids: Vec<&str> = (m.alternatives.as_ref().expect("alternatives").items.iter())
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(plan[0][alt], "");
    assert_eq!(plan[0][col("rekommendation_id")], m.recommendations[0].id);
    assert_eq!(
        (
            plan[1][alt],
            plan[1][index],
            plan[1][text],
            plan[1][earlier]
        ),
        (ids[0], "0", measure_text(&m, 0, 0).as_str(), "nej")
    );
    assert_eq!(
        (plan[2][alt], plan[2][index], plan[2][earlier]),
        (ids[2], "1", "ja")
    );
    assert_eq!(plan[2][col("rekommendation_id")], "");
    // Without a measure's item, the file has its columns as before.
    let (mut without, _) = planned();
    for reference in [ids[0], ids[2]].iter().zip([0, 1]) {
        let remove = Command::RemoveAction {
            recommendation: String::new(),
            measure: Some(MeasureRef {
                alternative: (*reference.0).into(),
                index: reference.1,
            }),
        };
        give(&mut without, &m, remove);
    }
    let csv = render(Format::Csv, &without, &m);
    let header = csv.lines().next().expect("a header");
    assert!(!header.contains("åtgärd_index"), "{header}");
}

#[test]
fn the_json_carries_the_reference_and_matches_schema_v5() {
    let (s, m) = planned();
    let json: Value = serde_json::from_str(&render(Format::Json, &s, &m)).expect("JSON");
    common::schema::validate(klarhet::report::json::SCHEMA_VERSION, &json)
        .unwrap_or_else(|e| panic!("{e}"));
    let actions = json["actions"].as_array().expect("actions");
    assert_eq!(actions.len(), 3);
    assert_eq!(
        actions[0]["recommendation"],
        m.recommendations[0].id.as_str()
    );
    assert!(actions[0].get("measure").is_none(), "{}", actions[0]);
    let ids: Vec<&str> = (m.alternatives.as_ref().expect("alternatives").items.iter())
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(actions[1]["recommendation"], "");
    let first = &actions[1]["measure"];
    assert_eq!(first["alternative"], ids[0]);
    assert_eq!(first["alternative_label"], "I");
    assert_eq!(first["index"], 0);
    assert_eq!(first["text"], measure_text(&m, 0, 0).as_str());
    assert_eq!(first["earlier_choice"], false);
    let third = &actions[2]["measure"];
    assert_eq!(
        (&third["alternative"], &third["index"]),
        (&Value::from(ids[2]), &Value::from(1))
    );
    assert_eq!(third["earlier_choice"], true);
    // The schema holds the measure to its shape.
    let mut stray = json.clone();
    stray["actions"][1]["measure"]["extra"] = Value::from(1);
    assert!(common::schema::validate(5, &stray).is_err());
    let mut missing = json;
    missing["actions"][1]["measure"]
        .as_object_mut()
        .expect("an object")
        .remove("index");
    assert!(common::schema::validate(5, &missing).is_err());
}
