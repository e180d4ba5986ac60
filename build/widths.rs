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
    // The functions the catalogue calls on a model's words (src/text/words.rs),
    // given no words here as at run time without them: an error in the text.
    for function in ["WORD", "UPPER_FIRST"] {
        bundle
            .add_function(function, |_, _| fluent_bundle::FluentValue::Error)
            .unwrap_or_else(|e| panic!("{function}: {e:?}"));
    }
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("i18n/{code}/klarhet.ftl: {e:?}"));
    ids.iter()
        .map(|id| {
            bundle
                .get_message(id)
                .and_then(|m| m.value())
                .map(|pattern| {
                    let mut errors = Vec::new();
                    bundle
                        .format_pattern(pattern, None, &mut errors)
                        .into_owned()
                })
                .unwrap_or_else(|| format!("No localization for id: \"{id}\""))
        })
        .collect()
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
