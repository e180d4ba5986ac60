//! No code outside the domain touches a session's fields: screens, the room,
//! the command line, the store and the reports read a session through its
//! accessors (`session.participants()`) and change it through
//! `Session::apply`. Until the fields are private to `model` (which needs the
//! tests here to build their sessions through commands), this reads the
//! source for a session's field used directly.

use std::path::Path;

const FIELDS: &[&str] = &[
    "schema",
    "generation",
    "organisation",
    "kommunkod",
    "date",
    "facilitator",
    "language",
    "assessment",
    "participants",
    "headcount",
    "responses",
    "agreed",
    "notes",
    "adopted",
    "actions",
    "level",
    "resume",
    "privacy",
    "progress",
    "sealed",
    "pending",
    "revealed",
    "reveals",
    "draft",
    "room",
    "tags",
];

/// Each `session.<field>` in `text` not called as its accessor, with its line.
fn direct_uses(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("session.") {
            let after = &rest[at + "session.".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let called = after[name.len()..].starts_with('(');
            if FIELDS.contains(&name.as_str()) && !called {
                found.push((n + 1, line.trim().to_owned()));
            }
            rest = after;
        }
    }
    found
}

fn walk(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("the source is there") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            walk(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source is text");
            for (line, code) in direct_uses(&text) {
                found.push(format!("{}:{line}: {code}", path.display()));
            }
        }
    }
}

#[test]
fn the_reader_finds_a_field_written_or_read_directly() {
    let found = direct_uses(
        "work.session.adopted.push(id);\nlet n = session.participants().len();\nsession.level = Some(2);",
    );
    assert_eq!(
        found.iter().map(|(line, _)| *line).collect::<Vec<_>>(),
        [1, 3]
    );
}

#[test]
fn outside_the_domain_a_session_is_read_by_accessors_and_changed_by_commands() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for part in ["cli", "report", "room", "store", "tui"] {
        walk(&src.join(part), &mut found);
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
