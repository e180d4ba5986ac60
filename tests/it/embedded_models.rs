//! Every report in the research is a model klarhet carries: the catalogue
//! holds the four other reports' models beside Halmstad's, each parses and
//! validates as embedded, and a workshop on each one, voted on every
//! statement's own scale, reports in every format in Swedish and English with
//! the model's title, its dimensions and its own words.

use crate::common;
use common::export;
use common::models::{embedded, workshop};
use klarhet::model::assessment::Catalog;
use klarhet::report::Format;
use klarhet::text::Lang;

/// The models' ids, as `klarhet models` lists them: the default first.
const IDS: [&str; 5] = [
    "halmstad",
    "hjeltman-larsson",
    "matteby",
    "trollhattan",
    "wihlborg",
];

/// `text` as the HTML report writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn the_catalogue_holds_every_report_in_the_research() {
    let catalog = Catalog::embedded().unwrap();
    let ids: Vec<&str> = catalog.versions().map(|(id, _)| id).collect();
    assert_eq!(ids, IDS);
    for id in IDS {
        let m = embedded(id);
        assert!(!m.challenges.is_empty(), "{id} has dimensions");
        assert!(
            m.challenges.iter().any(|c| !c.statements.is_empty()),
            "{id} has statements to score"
        );
    }
}

#[test]
fn a_workshop_on_each_model_reports_in_every_format_and_both_languages() {
    for id in IDS {
        let m = embedded(id);
        for lang in [Lang::SV, Lang::EN] {
            let s = workshop(&m, lang);
            for format in Format::ALL {
                let text = format.render(&s, &m, &export());
                assert!(!text.is_empty(), "{id} {format:?} {lang:?}");
                if matches!(format, Format::Md | Format::Html) {
                    let title = m.title.get(lang);
                    assert!(
                        text.contains(title) || text.contains(&escaped(title)),
                        "{id} {format:?} {lang:?} lacks its title {title:?}"
                    );
                    for c in &m.challenges {
                        let name = c.name.get(lang);
                        assert!(
                            text.contains(name) || text.contains(&escaped(name)),
                            "{id} {format:?} {lang:?} lacks the dimension {name:?}"
                        );
                    }
                }
                if matches!(format, Format::Csv | Format::Json) {
                    for st in m.challenges.iter().flat_map(|c| &c.statements) {
                        assert!(
                            text.contains(&st.id),
                            "{id} {format:?} lacks the statement {}",
                            st.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_model_whose_dimensions_are_not_challenges_says_so_in_its_report() {
    for id in IDS.iter().filter(|id| **id != "halmstad") {
        let m = embedded(id);
        let md = Format::Md.render(&workshop(&m, Lang::SV), &m, &export());
        let plural = m.words(Lang::SV).the_many;
        assert!(
            md.to_lowercase().contains(&plural.to_lowercase()),
            "{id}: the report does not name its {plural}:\n{md}"
        );
        for halmstads in ["## Utmaningarna", "| Utmaning |"] {
            assert!(!md.contains(halmstads), "{id}: {halmstads:?} in:\n{md}");
        }
    }
}

/// Every text of `m`, longest first, so that a text is taken out of a report
/// before any shorter one it holds.
fn model_texts(m: &klarhet::model::Assessment) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.len() > 3 => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::to_value(m).expect("the model serialises"),
        &mut out,
    );
    out.sort_by_key(|t| std::cmp::Reverse(t.len()));
    out
}

/// No word of Halmstad's own for its dimensions and their score reaches the
/// report of a model that has other words for them, in either language
/// (issue 28: "the words come from the model").
#[test]
fn a_report_uses_the_models_words_for_its_dimensions_and_their_score() {
    let mut problems = Vec::new();
    for id in IDS.iter().filter(|id| **id != "halmstad") {
        let m = embedded(id);
        for (lang, halmstads) in [
            (Lang::SV, ["utmaning", "allvarlighet"]),
            (Lang::EN, ["challenge", "severity"]),
        ] {
            let words = m.words(lang);
            let mut md = Format::Md
                .render(&workshop(&m, lang), &m, &export())
                .to_lowercase();
            // The model's own texts may use the words as words ("vilka
            // utmaningar"): only the catalogue's are looked at.
            for text in model_texts(&m) {
                md = md.replace(&text.to_lowercase(), "");
            }
            for word in halmstads {
                let own = [&words.one, &words.many, &words.score];
                if own.iter().any(|w| w.to_lowercase().contains(word)) {
                    continue;
                }
                for (i, _) in md.match_indices(word) {
                    let from = md.floor_char_boundary(i.saturating_sub(100));
                    let to = md.ceil_char_boundary((i + 60).min(md.len()));
                    problems.push(format!("{id} ({lang:?}): {word:?} in …{}…", &md[from..to]));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_summary_lines_up_every_dimensions_figure_whatever_the_names_length() {
    // Hjeltman & Larsson's names run past the 16 columns Halmstad's fit in.
    let state = common::models::fresh_at("hjeltman-larsson", klarhet::tui::state::Step::Summary);
    let screen = common::tui::drawn(&state, 80, 24);
    let model = embedded("hjeltman-larsson");
    let columns: Vec<usize> = model
        .challenges
        .iter()
        .map(|c| {
            let line = screen
                .lines()
                .find(|l| l.contains(c.name.get(Lang::SV)))
                .unwrap_or_else(|| panic!("{}: {screen}", c.id));
            line.chars().position(|ch| ch == '–').unwrap_or(0)
        })
        .collect();
    assert!(
        columns.iter().all(|c| *c == columns[0] && *c > 0),
        "{columns:?}\n{screen}"
    );
}
