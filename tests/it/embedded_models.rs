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
