//! A model's reference figures are in every report format, beside what they
//! stand beside and with their caution, as the report gives them: Wihlborg's
//! presidia (Ja 44 = 40,7 %, Osäker 36 = 33,3 %, Nej 28 = 25,9 %, n = 108,
//! 2019) and Trollhättan's vet-ej shares per administration. A model without
//! reference figures has no such section, column or field. The presidia's
//! figures concern only elected members and were asked about leading the
//! council: every format says so, and sets the room's own elected members
//! beside them where the privacy rules show them apart; a model whose
//! references say neither has no such line, column or field.

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
        "Gäller bara Förtroendevalda\n",
        "Rapportens fråga: Tycker du att du har tillräcklig kompetens för att leda KF/RF i en digital tid? (§4.2)\n",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    // The room has no groups: nothing of it beside the report's figures.
    assert!(!md.contains("i workshoppen"), "{md}");
    assert!(md.contains(caution), "the caution is printed");
    // After the group's own figures, never before them.
    assert!(md.find("## Påståendena") < md.find("## Som jämförelse"));

    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("<li>Ja 40,7 % (44)</li>"), "{html}");
    assert!(html.contains("Som jämförelse, inte som mål"));
    assert!(
        html.contains("<p>Gäller bara Förtroendevalda</p>"),
        "{html}"
    );
    assert!(
        html.contains("<p>Rapportens fråga: Tycker du att du har tillräcklig kompetens för att leda KF/RF i en digital tid? (§4.2)</p>"),
        "{html}"
    );

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
    assert_eq!(r["group"], "fortroendevalda");
    assert_eq!(r["group_name"], "Förtroendevalda");
    assert_eq!(
        r["asked"],
        serde_json::json!({
            "text": "Tycker du att du har tillräcklig kompetens för att leda KF/RF i en digital tid?",
            "source": "§4.2",
            "own": false,
        })
    );
    // The figures are the group's, said once on the reference.
    assert!(
        r["figures"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["group"].is_null())
    );

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
    let (header, rows) = common::prompts::csv_rows(&csv);
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let figures: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[col("referens")] == "presidier-2019")
        .collect();
    assert_eq!(figures.len(), 3);
    for row in figures {
        assert_eq!(
            (
                row[col("rollgrupp_id")].as_str(),
                row[col("rollgrupp")].as_str()
            ),
            ("fortroendevalda", "Förtroendevalda")
        );
        assert_eq!(
            row[col("rapportens_fraga")],
            "Tycker du att du har tillräcklig kompetens för att leda KF/RF i en digital tid?"
        );
        assert_eq!(row[col("rapportens_fraga_kalla")], "§4.2");
    }
    // No group of the room is shown beside them: no such columns.
    assert!(
        !header.iter().any(|h| h == "workshoppens_antal"),
        "{header:?}"
    );
}

#[test]
fn the_rooms_elected_members_stand_beside_the_presidias_figures_in_every_format() {
    let (s, m) = common::models::wihlborg_by_role(Lang::EN);
    let md = Format::Md.render(&s, &m, &export());
    for said in [
        "Concerns only Elected members\n",
        "The report's question: Do you think that you have sufficient competence to lead the KF/RF (municipal or regional council) in a digital age? (§4.2)\n",
        "- Elected members: Yes 40.7 % (44) · in this workshop 50% (2 of 4 answers)\n",
        "- Elected members: Unsure 33.3 % (36) · in this workshop 25% (1 of 4 answers)\n",
        "- Elected members: No 25.9 % (28) · in this workshop 25% (1 of 4 answers)\n",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    let html = Format::Html.render(&s, &m, &export());
    assert!(
        html.contains(
            "<li>Elected members: Yes 40.7 % (44) · in this workshop 50% (2 of 4 answers)</li>"
        ),
        "{html}"
    );
    let json = common::prompts::json(&s, &m);
    let r = &json["references"][0];
    assert_eq!(
        (&r["group"], &r["group_name"]),
        (&"fortroendevalda".into(), &"Elected members".into())
    );
    let shares: Vec<(&Value, &Value)> = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (&f["group"], &f["workshop"]))
        .collect();
    let share = |count: u64, percent: u64| serde_json::json!({"count": count, "total": 4, "percent": percent});
    assert_eq!(
        shares,
        [
            (&Value::Null, &share(2, 50)),
            (&Value::Null, &share(1, 25)),
            (&Value::Null, &share(1, 25)),
        ]
    );
    let csv = Format::Csv.render(&s, &m, &export());
    let (header, rows) = common::prompts::csv_rows(&csv);
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let workshop: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r[col("reference")] == "presidier-2019")
        .map(|r| {
            (
                r[col("role_group_id")].as_str(),
                r[col("workshop_count")].as_str(),
                r[col("workshop_answers")].as_str(),
            )
        })
        .collect();
    assert_eq!(
        workshop,
        [
            ("fortroendevalda", "2", "4"),
            ("fortroendevalda", "1", "4"),
            ("fortroendevalda", "1", "4"),
        ]
    );
    assert_eq!(
        rows.iter()
            .find(|r| r[col("reference")] == "presidier-2019")
            .map(|r| r[col("report_question_source")].as_str()),
        Some("§4.2")
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
    // Figure 3 is for everyone its population names, in the report's own
    // question: no such field, line or column.
    let r = &json["references"][0];
    for field in ["group", "group_name", "asked"] {
        assert!(r.get(field).is_none(), "{field}: {r}");
    }
    assert!(!md.contains("Concerns only") && !md.contains("The report's question"));
    let csv = Format::Csv.render(&s, &m, &export());
    assert!(
        !csv.lines().next().unwrap().contains("report_question"),
        "{csv}"
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
