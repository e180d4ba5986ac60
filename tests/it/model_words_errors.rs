//! What klarhet refuses says a model's own word for its dimensions (issue 28):
//! `klarhet validate` on a model or on a session file, and a command the
//! workbench refuses, name Matteby's "kärnfynd" / "core finding", never the
//! catalogue's "utmaning" / "challenge", which stays for a model that gives no
//! words of its own.

use crate::common;
use klarhet::error::Problem;
use klarhet::text::Lang;

const MATTEBY: &str = include_str!("../../assessments/matteby.ron");

/// Matteby's file with the first `from` after `after` made `to`.
fn edited(after: &str, from: &str, to: &str) -> String {
    let start = MATTEBY.find(after).expect("the anchor") + after.len();
    let at = start + MATTEBY[start..].find(from).expect("the text to edit");
    format!("{}{to}{}", &MATTEBY[..at], &MATTEBY[at + from.len()..])
}

/// `klarhet validate` on `src` in `lang`: refused as bad input at a place,
/// and what it said, its wrapping undone.
fn refused(src: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("matteby-eget.ron");
    std::fs::write(&file, src).unwrap();
    let out = common::run_in(dir.path(), lang, &["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let said = common::said(&out);
    assert!(said.contains("matteby-eget.ron:"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        src,
        "never changed"
    );
    said
}

/// Neither of the catalogue's words for a dimension, in either language.
fn no_catalogue_word(said: &str) {
    let lower = said.to_lowercase();
    assert!(
        !lower.contains("utmaning") && !lower.contains("challenge"),
        "{said}"
    );
}

#[test]
fn a_model_file_is_refused_in_its_own_words() {
    let cases = [
        // A recommendation that addresses a finding the model does not have.
        (
            edited("addresses: [", "\"kollektiv\"", "\"finns-inte\""),
            "okänt id \"finns-inte\": förväntade id för kärnfynd i modellen",
            "expected the id of an existing core finding",
        ),
        // A recommendation that addresses none.
        (
            edited(
                "",
                "addresses: [\"kollektiv\", \"ledarskap\"]",
                "addresses: []",
            ),
            "adresserar inga kärnfynd",
            "addresses no core finding",
        ),
        // A finding without a source.
        (
            edited(
                "id: \"kollektiv\",",
                "source: \"§3.1; §1.2\"",
                "source: \"\"",
            ),
            "kärnfyndet kollektiv saknar källa",
            "core finding kollektiv has no source",
        ),
    ];
    for (src, sv, en) in cases {
        for (lang, expected) in [("sv", sv), ("en", en)] {
            let said = refused(&src, lang);
            assert!(said.contains(expected), "{said}");
            no_catalogue_word(&said);
        }
    }
}

#[test]
fn a_session_file_is_checked_against_its_model_in_its_words() {
    let m = common::models::embedded("matteby");
    let mut s = klarhet::model::Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let agree = klarhet::model::Command::Agree {
        challenge: "kollektiv".into(),
        severity: 40.0,
        rationale: "Vi delar ansvaret för lite".into(),
        notes: String::new(),
    };
    common::give(&mut s, &m, agree);
    let dir = tempfile::tempdir().unwrap();
    let path = klarhet::store::Store::new(dir.path()).create(&s).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    // The agreed score's key, and not the copy of the model the file keeps.
    let key = "\"kollektiv\": Agreed(";
    assert_eq!(text.matches(key).count(), 1, "the agreed score's key, once");
    std::fs::write(&path, text.replacen(key, "\"finns-inte\": Agreed(", 1)).unwrap();
    for (lang, expected) in [
        ("sv", "förväntade id för kärnfynd i modellen"),
        ("en", "expected the id of an existing core finding"),
    ] {
        let out = common::run_in(dir.path(), lang, &["validate", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
        let said = common::said(&out);
        assert!(said.contains(expected), "{said}");
        no_catalogue_word(&said);
    }
}

#[test]
fn a_refused_command_says_the_words_of_the_model_in_the_workbench() {
    use klarhet::tui::notice::Notice;
    let matteby = common::models::embedded("matteby");
    let halmstad = common::halmstad();
    let refusal = Notice::Refused(Problem::NoStatements {
        challenge: "kollektiv".into(),
    });
    assert_eq!(
        refusal.text(Lang::SV, &matteby.words(Lang::SV)),
        "kärnfyndet \"kollektiv\" har inga påståenden"
    );
    assert_eq!(
        refusal.text(Lang::EN, &matteby.words(Lang::EN)),
        "core finding \"kollektiv\" has no statements"
    );
    // A model without words of its own: the catalogue's, as before.
    assert_eq!(
        refusal.text(Lang::SV, &halmstad.words(Lang::SV)),
        "utmaningen \"kollektiv\" har inga påståenden"
    );
    assert_eq!(
        Problem::NoStatements {
            challenge: "kollektiv".into()
        }
        .describe(Lang::EN),
        "challenge \"kollektiv\" has no statements"
    );
}
