//! The catalogue of strings: every language has every message with the same
//! variables, every message is used by the code, and åäö survive the round trip.

use klarhet::i18n::catalogue;
use klarhet::text::Lang;
use std::collections::BTreeSet;
use std::path::Path;

use crate::common;
use common::ftl::messages;

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages("en");
    assert!(
        english.contains_key("lang-name"),
        "the English file has no lang-name"
    );
    for (lang, language) in catalogue().languages() {
        let other = messages(&language.code);
        for (id, vars) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("{lang}: {id} is missing");
            };
            assert_eq!(theirs, vars, "{lang}: {id} uses other variables than en");
        }
        for id in other.keys() {
            assert!(english.contains_key(id), "{lang}: {id} is not in en");
        }
        // The loader sees the same messages as the file.
        let loaded: BTreeSet<String> = catalogue().message_ids(lang).into_iter().collect();
        let file: BTreeSet<String> = other.keys().cloned().collect();
        assert_eq!(loaded, file, "{lang}");
    }
}

#[test]
fn every_message_is_used() {
    let mut source = String::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    let unused: Vec<String> = messages("en")
        .into_keys()
        .filter(|id| !source.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn swedish_and_english_come_first_and_parse_by_name() {
    assert_eq!(Lang::SV.code(), "sv");
    assert_eq!(Lang::EN.code(), "en");
    assert_eq!(Lang::parse("Svenska"), Some(Lang::SV));
    assert_eq!(Lang::parse("english"), Some(Lang::EN));
    assert_eq!(Lang::parse("klingon"), None);
    assert_eq!(Lang::SV.name(), "svenska");
    assert_eq!(klarhet::text::percent(Lang::SV, 0.25), "25 %");
    assert_eq!(klarhet::text::decimal(Lang::SV, 0.826, 2), "0,83");
}

/// The text of the catalogue file of language `code`.
fn ftl(code: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{code}/klarhet.ftl")),
    )
    .expect("catalogue file")
}

/// Catalogue files in memory, as a folder of `<code>/klarhet.ftl` would hold them.
struct Files(Vec<(String, String)>);

impl i18n_embed::I18nAssets for Files {
    fn get_files(&self, path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        self.0
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, text)| std::borrow::Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(self.0.iter().map(|(p, _)| p.clone()))
    }
}

#[test]
fn a_third_language_is_one_more_file() {
    let read = ftl;
    // Norwegian, made the way docs/guide.md says: a copy of the English file with its
    // own name, the model texts to show, and a translated message.
    let norsk = read("en")
        .replace("lang-name = English", "lang-name = norsk")
        .replace("lang-content = en", "lang-content = sv")
        .replace("number-decimal = .", "number-decimal = ,")
        .replace("tui-yes = yes", "tui-yes = ja");
    let files = Files(vec![
        ("en/klarhet.ftl".into(), read("en")),
        ("nb/klarhet.ftl".into(), norsk),
        ("sv/klarhet.ftl".into(), read("sv")),
    ]);
    let catalogue = klarhet::i18n::Catalogue::load(&files);
    let codes: Vec<&str> = catalogue
        .languages()
        .map(|(_, l)| l.code.as_str())
        .collect();
    assert_eq!(codes, ["sv", "en", "nb"]);
    let (nb, _) = catalogue
        .languages()
        .find(|(_, l)| l.code == "nb")
        .expect("nb");
    assert_eq!(catalogue.get(nb, "lang-name"), "norsk");
    // Model texts exist in sv and en; Norwegian shows the Swedish ones.
    assert_eq!(catalogue.language(nb).content(), Lang::SV);
    assert_eq!(catalogue.language(nb).decimal(), ",");
    assert_eq!(catalogue.get(nb, "tui-yes"), "ja");
    assert_eq!(catalogue.get(Lang::SV, "tui-yes"), "ja");
    assert_eq!(catalogue.get(Lang::EN, "tui-yes"), "yes");
}

#[test]
fn a_language_is_parsed_when_first_used_and_only_then() {
    let read = ftl;
    // A third folder whose name is no language code, so that its file cannot
    // be loaded: the catalogue is made, and Swedish and English work, since
    // nothing has asked for the broken one.
    let files = Files(vec![
        ("en/klarhet.ftl".into(), read("en")),
        ("n!b/klarhet.ftl".into(), read("en")),
        ("sv/klarhet.ftl".into(), read("sv")),
    ]);
    let catalogue = klarhet::i18n::Catalogue::load(&files);
    assert_eq!(catalogue.get(Lang::SV, "tui-yes"), "ja");
    assert_eq!(catalogue.get(Lang::EN, "tui-yes"), "yes");
    let (nb, _) = catalogue
        .languages()
        .find(|(_, l)| l.code == "n!b")
        .expect("the folder is listed before its file is parsed");
    // Asked for, it is loaded, and the broken folder stops the program.
    let asked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        catalogue.get(nb, "tui-yes")
    }));
    assert!(asked.is_err(), "the broken file was read as {asked:?}");
}
