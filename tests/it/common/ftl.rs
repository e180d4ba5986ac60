//! The catalogue files read as text, for tests that check what the files say
//! rather than what Fluent renders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Message id → the variables its text uses, read from a language's file.
pub fn messages(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{code}/klarhet.ftl"));
    let text = std::fs::read_to_string(&path).expect("catalogue file");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let id = line.split('=').next().unwrap_or("").trim().to_owned();
            assert!(
                !out.contains_key(&id),
                "{}: {id} is defined twice",
                path.display()
            );
            out.insert(id.clone(), BTreeSet::new());
            current = Some(id);
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).expect("current message");
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}
