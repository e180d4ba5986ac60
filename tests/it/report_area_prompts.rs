//! The group's answers to the phases' questions about an area in the report
//! (issue 28; docs/model-format.md, "Phases"): every format gives them after
//! the model's own sets, named by the area and the phase, once they are
//! shown; answers that only wait change no export.

use crate::common;
use common::give;
use common::prompts::{csv_rows, exports, json, write};
use klarhet::model::Command;
use klarhet::model::area_prompts::{key, questions};
use klarhet::report::html::esc;
use klarhet::text::Lang;

const AREA: &str = "styrning";
const PHASE: &str = "initiering";

#[test]
fn every_format_gives_the_shown_answers_about_an_area_after_the_models_sets() {
    let m = common::models::embedded("matteby");
    let set = key(AREA, PHASE);
    let asked = questions(&m, PHASE);
    for lang in [Lang::SV, Lang::EN] {
        let mut s = common::models::workshop(&m, lang);
        let place = Command::PlaceArea {
            area: AREA.into(),
            phase: PHASE.into(),
            note: None,
        };
        give(&mut s, &m, place);
        let before = exports(&s, &m);
        write(&mut s, &m, &set, 1, &[(&asked[0].id, &["Personburet"])]);
        write(&mut s, &m, &set, 2, &[(&asked[0].id, &["Personburet"])]);
        write(&mut s, &m, &set, 3, &[(&asked[1].id, &["Ingen & ingen"])]);
        // Three wait, none is shown: nothing in any export says they wrote.
        assert_eq!(exports(&s, &m), before);
        give(&mut s, &m, Command::ShowAnswers { set: set.clone() });
        let name = match lang {
            Lang::SV => "Frågor om Gemensam styrning och beslutsformer, i fas 1: Initiering",
            _ => "Questions about Joint governance and decision-making, in phase 1: Initiation",
        };
        let [md, html, csv, _] = exports(&s, &m);
        let heading = md
            .find(&format!("### {name} (§4.1)"))
            .unwrap_or_else(|| panic!("{name}:\n{md}"));
        let last_own = (m.prompts.iter())
            .filter_map(|p| md.find(&format!("### {} (", p.name.get(lang))))
            .max()
            .expect("the model's sets are listed");
        assert!(last_own < heading, "after the model's own sets:\n{md}");
        assert!(md[heading..].contains(&format!("#### {} (", asked[0].text.get(lang))));
        assert!(md[heading..].contains("- Personburet ×2\n"), "{md}");
        assert!(html.contains(&esc(name)), "{html}");
        assert!(html.contains("Ingen &amp; ingen"), "{html}");
        let (header, rows) = csv_rows(&csv);
        let col = |sv: &str, en: &str| {
            let want = if lang == Lang::SV { sv } else { en };
            (header.iter().position(|h| h == want)).unwrap_or_else(|| panic!("{want}: {header:?}"))
        };
        let (set_col, prompt_col, text_col) = (
            col("frågesteg_id", "prompt_set_id"),
            col("fråga_id", "prompt_id"),
            col("svarstext", "answer_text"),
        );
        let about: Vec<[&str; 3]> = (rows.iter())
            .filter(|r| r[set_col] == set)
            .map(|r| [&r[set_col], &r[prompt_col], &r[text_col]].map(String::as_str))
            .collect();
        assert_eq!(
            about,
            [
                [set.as_str(), asked[0].id.as_str(), "Personburet"],
                [set.as_str(), asked[1].id.as_str(), "Ingen & ingen"],
            ]
        );
        let json = json(&s, &m);
        let sets = json["prompts"].as_array().expect("prompts[]");
        let last = sets.last().expect("a set");
        assert_eq!(last["id"], set.as_str());
        assert_eq!(last["name"], name);
        assert_eq!(last["writers"], 3);
        assert_eq!(last["prompts"].as_array().map(Vec::len), Some(asked.len()));
    }
}
