//! A model's reference figures are in every report format, beside what they
//! stand beside and with their caution, as the report gives them: Wihlborg's
//! presidia (Ja 44 = 40,7 %, Osäker 36 = 33,3 %, Nej 28 = 25,9 %, n = 108,
//! 2019) and Trollhättan's vet-ej shares per administration. A model without
//! reference figures has no such section, column or field.

use crate::common;
use common::export;
use common::models::{embedded, workshop};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

#[test]
fn the_presidias_self_rating_is_in_every_format_with_its_caution() {
    let m = embedded("wihlborg");
    let s = workshop(&m, Lang::SV);
    let md = Format::Md.render(&s, &m, &export());
    let caution = m.references[0].caution.text.get(Lang::SV);
    for said in [
        "## Som jämförelse, inte som mål",
        "- Ja 40,7 % (44)",
        "- Osäker 33,3 % (36)",
        "- Nej 25,9 % (28)",
        "n = 108 · insamlat 2019-11/2019-12",
        "Bredvid: Anser du att du har tillräcklig kompetens",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    assert!(md.contains(caution), "the caution is printed");
    // After the group's own figures, never before them.
    assert!(md.find("## Påståendena") < md.find("## Som jämförelse"));

    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("<li>Ja 40,7 % (44)</li>"), "{html}");
    assert!(html.contains("Som jämförelse, inte som mål"));

    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    common::schema::validate(5, &json).unwrap();
    let r = &json["references"][0];
    assert_eq!(r["id"], "presidier-2019");
    assert_eq!(r["beside_kind"], "statement");
    assert_eq!(r["n"], 108);
    assert_eq!(r["collected"], "2019-11/2019-12");
    let figures: Vec<(i64, f64, i64)> = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["value"].as_i64().unwrap(),
                f["percent"].as_f64().unwrap(),
                f["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(figures, [(1, 40.7, 44), (2, 33.3, 36), (3, 25.9, 28)]);

    let csv = Format::Csv.render(&s, &m, &export());
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("jämförelse;"))
        .collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(
        rows[0].contains(";presidier-2019;Ja;40,7;44;108"),
        "{}",
        rows[0]
    );
}

#[test]
fn shares_per_group_name_their_group_in_every_format() {
    let m = embedded("trollhattan");
    let s = workshop(&m, Lang::EN);
    let r = &m.references[0];
    let md = Format::Md.render(&s, &m, &export());
    assert!(md.contains("## For comparison, not as a target"), "{md}");
    for figure in &r.figures {
        let klarhet::model::assessment::Figure::GroupShare { group, .. } = figure else {
            panic!("Figur 3 gives shares per administration: {figure:?}");
        };
        let name = m
            .groupings
            .iter()
            .find_map(|g| g.group(group))
            .unwrap()
            .name
            .get(Lang::EN)
            .to_owned();
        assert!(md.contains(&format!("- {name}: ")), "{name} not in:\n{md}");
    }
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    common::schema::validate(5, &json).unwrap();
    let figures = json["references"][0]["figures"].as_array().unwrap();
    assert_eq!(figures.len(), r.figures.len());
    assert!(
        figures
            .iter()
            .all(|f| f["dont_know"] == true && f["group"].is_string())
    );
}

#[test]
fn a_model_without_reference_figures_has_no_such_section_column_or_field() {
    let m = embedded("halmstad");
    assert!(m.references.is_empty());
    let s = workshop(&m, Lang::SV);
    let md = Format::Md.render(&s, &m, &export());
    assert!(!md.contains("Som jämförelse"), "{md}");
    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    assert!(json.get("references").is_none());
    let csv = Format::Csv.render(&s, &m, &export());
    assert!(!csv.lines().next().unwrap().contains("referens"), "{csv}");
}
