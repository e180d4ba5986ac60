//! The paths the command line is given: `-o` naming a folder, nothing, or a file
//! whose extension names another format, and an empty path to any option, told
//! in Swedish and in English, with nothing written.

#![cfg(unix)]

use crate::common;
use common::{run_in as run, said, stderr};
use std::path::PathBuf;

/// A data folder with the demo saved, and the demo session's id.
fn with_demo() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), "sv", &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(dir.path(), "sv", &["list"]);
    let id = String::from_utf8_lossy(&o.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.split_whitespace().next())
        .expect("the demo is listed")
        .to_owned();
    (dir, id)
}

#[test]
fn output_naming_a_folder_or_nothing_is_told_what_to_give_instead() {
    let (dir, id) = with_demo();
    let d = dir.path();
    let folder = d.join("rapporter");
    std::fs::create_dir(&folder).unwrap();
    let f = folder.to_str().unwrap();
    for (lang, is_folder, empty) in [
        (
            "sv",
            "är en mapp, inte en fil; ange en fil i den",
            "sökvägen är tom",
        ),
        (
            "en",
            "is a folder, not a file; give a file in it",
            "the path is empty",
        ),
    ] {
        let o = run(d, lang, &["report", &id, "-o", f, "--format", "html"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(said(&o).contains(is_folder), "{}", said(&o));
        // The file it could have been.
        let example = folder.join(format!("{id}.html"));
        assert!(said(&o).contains(example.to_str().unwrap()), "{}", said(&o));
        assert!(
            !said(&o).contains("session"),
            "no advice meant for input: {}",
            said(&o)
        );
        let o = run(d, lang, &["compare", &id, &id, "-o", f]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(said(&o).contains(is_folder), "{}", said(&o));
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);

        for args in [
            &["report", &id, "-o", ""][..],
            &["compare", &id, &id, "-o", ""],
            &["report", &id, "--output="],
        ] {
            let o = run(d, lang, args);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            assert!(said(&o).contains(empty), "{args:?}: {}", said(&o));
            assert!(o.stdout.is_empty());
        }
    }
}

#[test]
fn output_takes_its_format_from_the_extension_or_refuses_saying_so() {
    let (dir, id) = with_demo();
    let d = dir.path();
    let file = |name: &str| -> PathBuf { d.join(name) };
    let write = |lang: &str, args: &[&str]| {
        let o = run(d, lang, args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    };
    let p = |name: &str| file(name).to_str().unwrap().to_owned();
    write("sv", &["report", &id, "-o", &p("r.html")]);
    assert!(
        std::fs::read_to_string(file("r.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    write("sv", &["report", &id, "-o", &p("R.HTM")]);
    assert!(
        std::fs::read_to_string(file("R.HTM"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    write("sv", &["report", &id, "-o", &p("r.json")]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file("r.json")).unwrap()).unwrap();
    assert!(json.is_object());
    write("sv", &["report", &id, "-o", &p("r.csv")]);
    assert!(
        !std::fs::read_to_string(file("r.csv"))
            .unwrap()
            .starts_with('#')
    );
    write("sv", &["report", &id, "-o", &p("r.md")]);
    assert!(
        std::fs::read_to_string(file("r.md"))
            .unwrap()
            .starts_with("# ")
    );
    // No extension: Markdown, as without -o.
    write("sv", &["report", &id, "-o", &p("rapport")]);
    assert!(
        std::fs::read_to_string(file("rapport"))
            .unwrap()
            .starts_with("# ")
    );
    write("sv", &["compare", &id, &id, "-o", &p("j.html")]);
    assert!(
        std::fs::read_to_string(file("j.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    // --format says what the user wants, whatever the name.
    write(
        "sv",
        &["report", &id, "-o", &p("md.html"), "--format", "md"],
    );
    assert!(
        std::fs::read_to_string(file("md.html"))
            .unwrap()
            .starts_with("# ")
    );

    for (lang, refused) in [
        (
            "sv",
            "filändelsen .txt hör inte till något av formaten här (.md, .html, .csv, .json); ange --format",
        ),
        (
            "en",
            "the extension .txt is none of the formats here (.md, .html, .csv, .json); give --format",
        ),
    ] {
        let o = run(d, lang, &["report", &id, "-o", &p("r.txt")]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(said(&o).contains(refused), "{}", said(&o));
        assert!(!file("r.txt").exists());
        // A comparison has no CSV.
        let o = run(d, lang, &["compare", &id, &id, "-o", &p("j.csv")]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(said(&o).contains("(.md, .html)"), "{}", said(&o));
        assert!(!file("j.csv").exists());
    }
}

#[test]
fn an_empty_path_anywhere_is_called_empty_with_no_empty_list_of_values() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, empty, values) in [
        (
            "sv",
            "fick ett tomt värde; ange en sökväg",
            "möjliga värden",
        ),
        (
            "en",
            "was given an empty value; give a path",
            "possible values",
        ),
    ] {
        for args in [
            &["--data-dir", "", "list"][..],
            &["list", "--data-dir="],
            &["validate", ""],
            &["new", "--participants", ""],
        ] {
            let o = run(dir.path(), lang, args);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            assert!(said(&o).contains(empty), "{args:?}: {}", said(&o));
            assert!(!said(&o).contains(values), "{args:?}: {}", said(&o));
        }
        // No value at all is still said as that.
        let o = run(dir.path(), lang, &["list", "--data-dir"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(!said(&o).contains(empty), "{}", said(&o));
    }
}
