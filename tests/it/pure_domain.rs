//! The domain (`src/model`) and the reports (`src/report`) are plain Rust: no
//! files, network, terminal, async runtime or command line in them (DESIGN.md
//! §5), so that the workbench, `klarhet room`, the command line and a follower
//! are front ends on one core. Loading from disk lives in `src/store`.
//!
//! The scan reads the source as text and names each use of a front end's crate
//! or module by file and line. Comments are not code; tests are not the domain
//! (a `*_tests.rs` file, or the `#[cfg(test)] mod tests` a file ends with, may
//! read a fixture).

use std::path::{Path, PathBuf};

/// What the domain must not use: I/O, the clock's neighbours in std, and the
/// crates and modules of the front ends.
const FORBIDDEN: [&str; 19] = [
    "std::fs",
    "std::net",
    "std::io",
    "std::env",
    "std::process",
    "std::thread",
    "crossterm",
    "ratatui",
    "tokio",
    "axum",
    "hyper",
    "clap",
    "clap_complete",
    "directories",
    "portable_pty",
    "crate::files",
    "crate::tui",
    "crate::cli",
    "crate::room",
];

/// Uses known and owned elsewhere: (file, text on the line).
const KNOWN: [(&str, &str); 1] = [
    // Issue 26: the helper "doc" takes clap's derive out of `report::Format`
    // (src/cli/args.rs parses the format itself); then this line goes.
    ("src/report/mod.rs", "clap::ValueEnum"),
];

/// Each use of a forbidden path in the `.rs` files under `dirs` of `root`, as
/// `file:line: path in "text"`.
fn findings(root: &Path, dirs: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    for dir in dirs {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        if name.ends_with("_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            if line.trim() == "#[cfg(test)]" && next.starts_with("mod tests") {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            for path in FORBIDDEN {
                let known = KNOWN.iter().any(|(f, t)| *f == name && line.contains(t));
                if uses(code, path) && !known {
                    found.push(format!("{name}:{}: {path} in {:?}", i + 1, line.trim()));
                }
            }
        }
    }
    found
}

/// True when `code` names `path` as a path of its own: not inside a longer
/// name (`my_tokio`, `std::iox`), and followed by `::`, `;`, `,`, `}` or a space.
fn uses(code: &str, path: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(path).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + path.len()..].chars().next();
        let starts = before.is_none_or(|c| !ident(c) && c != ':');
        starts && after.is_none_or(|c| !ident(c))
    })
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn the_domain_and_the_reports_use_no_front_end_and_no_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = findings(root, &["src/model", "src/report"]);
    assert!(
        found.is_empty(),
        "the domain must stay free of I/O and front ends (load files in src/store):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_names_the_file_and_line_of_each_use() {
    let root = tempfile::tempdir().expect("a folder");
    let model = root.path().join("src/model");
    std::fs::create_dir_all(&model).expect("src/model");
    let source = [
        "//! Reads std::fs in a comment only.",
        "use crate::model::room::Room;",
        "fn load(p: &Path) -> String { std::fs::read_to_string(p).unwrap() }",
        "use ratatui::style::Style; // and tokio in a comment",
        "fn my_tokio() {}",
        "#[cfg(test)]",
        "mod tests {",
        "    use std::fs;",
        "}",
    ];
    std::fs::write(model.join("load.rs"), source.join("\n")).expect("a file");
    std::fs::write(model.join("x_tests.rs"), "use std::fs;").expect("a test file");
    let found = findings(root.path(), &["src/model"]);
    assert_eq!(
        found,
        [
            format!("src/model/load.rs:3: std::fs in {:?}", source[2]),
            format!("src/model/load.rs:4: ratatui in {:?}", source[3]),
        ]
    );
}
