//! The setup screen shows the chosen model's first caveat, what the study
//! behind it is, with its source (docs/model-format.md, "Caveats"), so that a
//! facilitator sees what a model rests on before starting: under the model's
//! name, cut between words with the source kept where it does not fit, and
//! given the hint's rows while the model is being chosen. A model without
//! caveats has nothing there.

use crate::common;
use common::tui::{drawn, send};
use klarhet::model::assessment::Catalog;
use klarhet::text::Lang;
use klarhet::tui::msg::Msg;
use klarhet::tui::state::{State, Step};
use klarhet::tui::theme::Theme;

/// A new session's setup on `catalog`, the focus on the model field.
fn choosing_a_model(catalog: Catalog) -> State {
    let mut s = State::new(
        Lang::SV,
        false,
        Theme::dark(),
        catalog,
        common::date(),
        "/srv/rapporter".into(),
    );
    send(&mut s, &[Msg::Confirm]);
    assert_eq!(s.step(), Step::Setup);
    // Organisation, facilitator, date, municipal code, language: the sixth.
    send(&mut s, &vec![Msg::Next; 5]);
    s
}

/// The model `id` chosen with →.
fn choose(s: &mut State, id: &str) {
    for _ in 0..10 {
        if drawn(s, 120, 40).contains(&format!("({id} ")) {
            return;
        }
        send(s, &[Msg::Right]);
    }
    panic!("{id} is not offered:\n{}", drawn(s, 120, 40));
}

/// The rows under the model's row, up to the next field.
fn under_the_model(shown: &str) -> Vec<String> {
    shown
        .lines()
        .skip_while(|l| !l.contains("Modell "))
        .skip(1)
        .take_while(|l| !l.contains("Självskattning"))
        .map(|l| l.trim_matches(|c| c == '│' || c == ' ').to_owned())
        .collect()
}

#[test]
fn the_chosen_models_first_caveat_is_under_it_with_its_source() {
    let mut s = choosing_a_model(Catalog::embedded().expect("catalog"));
    choose(&mut s, "matteby");
    let model = common::models::embedded("matteby");
    let caveat = model.caveats.first().expect("a caveat");
    let text = caveat.text.get(Lang::SV);
    let source = format!("({})", caveat.source);
    // While the model is being chosen: three lines at 80×24, the hint's rows
    // given to it, the source ending the last.
    let shown = drawn(&s, 80, 24);
    let under = under_the_model(&shown);
    assert_eq!(under.len(), 3, "{shown}");
    assert!(text.starts_with(&under[0]), "{shown}");
    assert!(under[2].ends_with(&source), "{shown}");
    assert!(!shown.contains("Enter på sista fältet"), "{shown}");
    insta::assert_snapshot!("setup_caveat_choosing_80x24", shown);
    // Whole on a tall screen, beside the hint.
    let tall = drawn(&s, 120, 40);
    let whole = under_the_model(&tall).join(" ");
    assert_eq!(whole, format!("{text}  {source}"), "{tall}");
    assert!(tall.contains("Enter på sista fältet"), "{tall}");
    // Once the focus moves on, one line, its source kept, and the hint back.
    send(&mut s, &[Msg::Next]);
    let shown = drawn(&s, 80, 24);
    let under = under_the_model(&shown);
    assert_eq!(under.len(), 1, "{shown}");
    assert!(under[0].ends_with(&format!("…  {source}")), "{shown}");
    assert!(shown.contains("Enter på sista fältet"), "{shown}");
}

#[test]
fn a_klarhet_caveat_says_so_in_its_source() {
    // Halmstad's caveats are the report's; a caveat of klarhet's own, put
    // first, is marked as such on the setup screen too.
    let dir = tempfile::tempdir().expect("a folder");
    let src = klarhet::model::assessment::HALMSTAD_RON
        .replacen("id: \"halmstad\"", "id: \"eget-forbehall\"", 1)
        .replacen(
            "id: \"ett-fall\",",
            "id: \"ett-fall\",\n            own: true,",
            1,
        );
    std::fs::write(dir.path().join("eget.ron"), src).expect("written");
    let catalog = klarhet::store::models::load_catalog(Some(dir.path())).expect("catalog");
    let mut s = choosing_a_model(catalog);
    choose(&mut s, "eget-forbehall");
    let shown = drawn(&s, 120, 40);
    let under = under_the_model(&shown).join(" ");
    assert!(
        under.ends_with("(klarhets förbehåll, utifrån §1, §2)"),
        "{shown}"
    );
}

#[test]
fn a_model_without_caveats_has_nothing_under_it() {
    let dir = tempfile::tempdir().expect("a folder");
    let ron = klarhet::model::assessment::HALMSTAD_RON;
    let start = ron.find("    caveats: [").expect("Halmstad's caveats");
    let end = start + ron[start..].find("\n    ],\n").expect("their end") + "\n    ],\n".len();
    let src = format!("{}{}", &ron[..start], &ron[end..]).replacen(
        "id: \"halmstad\"",
        "id: \"utan-forbehall\"",
        1,
    );
    std::fs::write(dir.path().join("utan.ron"), src).expect("written");
    let catalog = klarhet::store::models::load_catalog(Some(dir.path())).expect("catalog");
    assert!(
        catalog
            .get("utan-forbehall")
            .expect("read")
            .caveats
            .is_empty()
    );
    let mut s = choosing_a_model(catalog);
    choose(&mut s, "utan-forbehall");
    for (w, h) in [(80, 24), (120, 40)] {
        let shown = drawn(&s, w, h);
        let under = under_the_model(&shown);
        assert_eq!(under, [""], "{shown}");
        // Nothing takes the hint's place either.
        assert!(shown.contains("Enter på sista fältet"), "{shown}");
    }
}
