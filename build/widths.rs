//! Run by `build.rs`, not part of the library: the table of how wide each text
//! of the workbench's catalogue is in the language where it is widest (see
//! `src/tui/bindings/widths.rs`), written to `OUT_DIR/widest.rs`. It formats
//! every `tui-` message of every language as the catalogue does with no
//! arguments (Fluent, no isolation marks), so that the start parses only the
//! language it shows. The test in `src/tui/bindings/widths.rs` builds the same
//! table from the catalogue at run time and compares the two.

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// One language: its code and each `tui-` message's text, in the order of the
/// Swedish file's messages.
type Said = (String, Vec<String>);

pub fn write() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let read = |code: &str| {
        std::fs::read_to_string(root.join(code).join("klarhet.ftl"))
            .unwrap_or_else(|e| panic!("i18n/{code}/klarhet.ftl: {e}"))
    };
    let mut codes: Vec<String> = std::fs::read_dir(&root)
        .expect("the i18n folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("klarhet.ftl").is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .collect();
    codes.sort_by_key(|c| (c != "sv", c != "en", c.clone()));
    let swedish = FluentResource::try_new(read("sv")).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let ids: Vec<String> = swedish
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .filter(|id| id.starts_with("tui-"))
        .collect();
    let said: Vec<Said> = codes
        .iter()
        .map(|code| (code.clone(), texts(code, read(code), &ids)))
        .collect();
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for a build script");
    std::fs::write(Path::new(&out).join("widest.rs"), table(&said, ids.len()))
        .expect("the build's own folder is writable");
}

/// Each message of `ids` in one language, formatted with no arguments, or what
/// the catalogue says for a message it lacks.
fn texts(code: &str, source: String, ids: &[String]) -> Vec<String> {
    let lang: unic_langid::LanguageIdentifier = code
        .parse()
        .unwrap_or_else(|_| panic!("i18n/{code} is not a language code"));
    let resource = FluentResource::try_new(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("i18n/{code}/klarhet.ftl: {e:?}"));
    words(&mut bundle);
    // Any value: `WORD` here gives the catalogue's own words whatever it is given.
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("words", "default");
    ids.iter()
        .map(|id| {
            bundle
                .get_message(id)
                .and_then(|m| m.value())
                .map(|pattern| {
                    let mut errors = Vec::new();
                    bundle
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .into_owned()
                })
                .unwrap_or_else(|| format!("No localization for id: \"{id}\""))
        })
        .collect()
}

/// The functions the catalogue calls on a model's words (src/text/words.rs),
/// as they speak for a model without words of its own: `WORD` gives the
/// catalogue's `terms-default-*` words, so that the table measures the footer
/// as a format-1 model says it (a model's own words are measured as they stand).
fn words(bundle: &mut FluentBundle<FluentResource>) {
    let mut defaults = HashMap::new();
    for form in ["one", "many", "the-one", "the-many", "score"] {
        let id = format!("terms-default-{form}");
        let text = bundle
            .get_message(&id)
            .and_then(|m| m.value())
            .map(|p| bundle.format_pattern(p, None, &mut Vec::new()).into_owned())
            .unwrap_or_else(|| panic!("the catalogue has no {id}"));
        defaults.insert(form.to_owned(), text);
    }
    defaults.insert("source".to_owned(), "default".to_owned());
    bundle
        .add_function("WORD", move |args, _| match args.get(1) {
            Some(fluent_bundle::FluentValue::String(form)) => defaults
                .get(form.as_ref())
                .map_or(fluent_bundle::FluentValue::Error, |w| w.clone().into()),
            _ => fluent_bundle::FluentValue::Error,
        })
        .expect("WORD is given once");
    bundle
        .add_function("UPPER_FIRST", |args, _| match args.first() {
            Some(fluent_bundle::FluentValue::String(text)) => {
                let mut chars = text.chars();
                let first: String = chars
                    .next()
                    .map(|c| c.to_uppercase().collect())
                    .unwrap_or_default();
                (first + chars.as_str()).into()
            }
            _ => fluent_bundle::FluentValue::Error,
        })
        .expect("UPPER_FIRST is given once");
}

/// The table as Rust: per language, each text with the width of its group,
/// sorted by text. Messages that say the same in some language are one group
/// (union-find), as wide as the widest of their texts in any language.
fn table(said: &[Said], count: usize) -> String {
    let mut group: Vec<usize> = (0..count).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for (lang, (_, texts)) in said.iter().enumerate() {
        let mut first: HashMap<(usize, &str), usize> = HashMap::new();
        for (i, text) in texts.iter().enumerate() {
            let j = *first.entry((lang, text)).or_insert(i);
            let (a, b) = (root(&mut group, i), root(&mut group, j));
            group[a] = b;
        }
    }
    let mut most = vec![0; count];
    for (_, texts) in said {
        for (i, text) in texts.iter().enumerate() {
            let r = root(&mut group, i);
            most[r] = most[r].max(unicode_width::UnicodeWidthStr::width(text.as_str()));
        }
    }
    let mut out = String::from(
        "/// Per language code, each `tui-` text of the catalogue with how wide it is\n\
         /// in the language where it is widest, sorted by text (made by `build.rs`).\n\
         const WIDEST: &[(&str, &[(&str, usize)])] = &[\n",
    );
    for (code, texts) in said {
        let mut rows: Vec<(&str, usize)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), most[root(&mut group, i)]))
            .collect();
        rows.sort_unstable();
        rows.dedup();
        let _ = writeln!(out, "    ({code:?}, &[");
        for (text, width) in rows {
            let _ = writeln!(out, "        ({text:?}, {width}),");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    out
}
