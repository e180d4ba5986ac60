//! The alternatives in the report (issue 28, seed 004 §5.1): a report on a
//! model with alternatives lists them, says which the group chose and why, or
//! that it chose none, in every format (Markdown, HTML, CSV, JSON, the JSON
//! valid against schema v5); a model without alternatives gets no section.

use crate::common;
use common::{export, give};
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

fn with_alternatives() -> Assessment {
    common::models::embedded("trollhattan")
}

/// A reason with characters each format escapes its own way.
const REASON: &str = "Vi har resurserna; men \"inte\" <allt> & mer";

fn chosen(m: &Assessment, lang: Lang) -> Session {
    let mut s = Session::new(m, "Testkommun", common::date(), lang);
    let all = m.alternatives.as_ref().expect("alternatives");
    let first = Command::Choose {
        alternative: all.items[0].id.clone(),
        reason: "Först tänkte vi så".into(),
    };
    give(&mut s, m, first);
    let second = Command::Choose {
        alternative: all.items[1].id.clone(),
        reason: REASON.into(),
    };
    give(&mut s, m, second);
    s
}

#[test]
fn the_chosen_alternative_and_its_reason_are_in_every_format() {
    let m = with_alternatives();
    let all = m.alternatives.as_ref().expect("alternatives");
    let (second, first) = (&all.items[1], &all.items[0]);
    for lang in [Lang::SV, Lang::EN] {
        let s = chosen(&m, lang);
        let named = format!("{} {}", second.label, second.name.get(lang));
        let md = Format::Md.render(&s, &m, &export());
        assert!(md.contains(&format!("## {}", all.name.get(lang))), "{md}");
        let decided = match lang {
            Lang::SV => format!("Gruppen valde {named}."),
            _ => format!("The group chose {named}."),
        };
        assert!(md.contains(&decided), "{md}");
        assert!(md.contains("Vi har resurserna"), "{md}");
        for item in &all.items {
            assert!(md.contains(item.name.get(lang)), "{md}");
        }
        assert!(
            md.contains("Först tänkte vi så"),
            "the earlier choice:\n{md}"
        );
        // Chosen is marked on its own line only.
        let listed: Vec<&str> = md
            .lines()
            .filter(|l| {
                all.items
                    .iter()
                    .any(|i| l.starts_with(&format!("- **{}** ", i.label)))
            })
            .collect();
        assert_eq!(listed.len(), all.items.len(), "{md}");
        let marked: Vec<&&str> = listed.iter().filter(|l| l.contains('✔')).collect();
        assert_eq!(marked.len(), 1, "{marked:?}");
        assert!(marked[0].contains(second.name.get(lang)));
        // The section stands between the recommendations and the plan.
        let at = |heading: &str| md.find(heading).unwrap_or_else(|| panic!("{heading}"));
        let (recs, plan) = match lang {
            Lang::SV => ("## Rekommendationer", "## Handlingsplan"),
            _ => ("## Recommendations", "## Action plan"),
        };
        let here = at(&format!("## {}", all.name.get(lang)));
        assert!(at(recs) < here && here < at(plan));

        let html = Format::Html.render(&s, &m, &export());
        assert!(html.contains(&decided), "{html}");
        assert!(
            html.contains("Vi har resurserna; men &quot;inte&quot; &lt;allt&gt; &amp; mer"),
            "the reason escaped"
        );
        assert!(!html.contains("<allt>"));

        let csv = Format::Csv.render(&s, &m, &export());
        let rows: Vec<&str> = csv.lines().filter(|l| l.contains(&second.id)).collect();
        assert_eq!(rows.len(), 1, "{csv}");
        // The reason has a `;` and quotes: it is one quoted field.
        assert!(
            rows[0].contains("\"Vi har resurserna; men \"\"inte\"\" <allt> & mer\""),
            "{}",
            rows[0]
        );
        let other: Vec<&str> = csv.lines().filter(|l| l.contains(&first.id)).collect();
        assert_eq!(other.len(), 1);
        assert!(
            !other[0].contains("Vi har"),
            "only the chosen row has the reason"
        );

        let json: Value =
            serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
        let a = &json["alternatives"];
        assert_eq!(a["chosen"], second.id.as_str());
        assert_eq!(a["reason"], REASON);
        assert_eq!(a["earlier"][0]["alternative"], first.id.as_str());
        assert_eq!(a["items"][1]["chosen"], true);
        assert_eq!(a["items"][0]["chosen"], false);
        common::schema::validate(5, &json).expect("the export matches schema v5");
    }
}

#[test]
fn a_report_without_a_choice_says_none_was_chosen() {
    let m = with_alternatives();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let md = Format::Md.render(&s, &m, &export());
    assert!(
        md.contains("Gruppen har inte valt något av alternativen."),
        "{md}"
    );
    let all = m.alternatives.as_ref().expect("alternatives");
    let first = format!(
        "- **{}** {}",
        all.items[0].label,
        all.items[0].name.get(Lang::SV)
    );
    let line = md.lines().find(|l| l.starts_with(&first)).expect("listed");
    assert!(!line.contains('✔'), "{line}");
    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("Gruppen har inte valt något av alternativen."));
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
    assert_eq!(json["alternatives"]["chosen"], Value::Null);
    common::schema::validate(5, &json).expect("the export matches schema v5");
}

#[test]
fn a_model_without_alternatives_has_no_section() {
    let m = common::halmstad();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).expect("JSON");
    assert!(json.get("alternatives").is_none());
    let csv = Format::Csv.render(&s, &m, &export());
    assert!(!csv.contains("alternativ"), "no columns for alternatives");
    let md = Format::Md.render(&s, &m, &export());
    assert!(!md.contains("Gruppen valde") && !md.contains("inte valt något"));
}
