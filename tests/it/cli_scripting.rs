//! The command line for scripts and shells: formats a command offers, shell
//! completions and the manual page from the same help, and `list` as JSON that
//! tells look-alike sessions apart.

use crate::common;
use common::{run_sv as klarhet, stderr};
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn compare_offers_only_the_formats_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["compare", "a", "b", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("md, html") && !err.contains("csv, json"),
        "{err}"
    );
    let o = klarhet(dir.path(), &["completions", "fish"]);
    let fish = String::from_utf8(o.stdout).unwrap();
    // The values of `COMMAND --format`, one per line after `-a "`, each with its
    // (empty) help after a tab, the last one closing the quote.
    let values = |command: &str| -> Vec<String> {
        let statement = format!("using_subcommand {command}\" -s f -l format");
        let mut lines = fish.lines().skip_while(|l| !l.contains(&statement));
        let first = lines
            .next()
            .unwrap_or_else(|| panic!("fish completes {command} --format:\n{fish}"));
        let mut values = vec![first.split("-a \"").nth(1).unwrap_or_default()];
        if !values[0].ends_with('"') {
            for line in lines.by_ref() {
                values.push(line);
                if line.ends_with('"') {
                    break;
                }
            }
        }
        values
            .into_iter()
            .map(|v| v.split("\\t").next().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(values("compare"), ["md", "html"]);
    assert_eq!(values("report"), ["md", "html", "csv", "json"]);
    assert_eq!(values("list"), ["text", "json"]);
}

#[test]
fn completions_come_for_every_shell_clap_knows() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = klarhet(dir.path(), &["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let script = String::from_utf8(o.stdout).unwrap();
        for command in ["report", "compare", "validate", "room", "list"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
    }
    // bash itself reads the script without an error.
    let o = klarhet(dir.path(), &["completions", "bash"]);
    let check = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(&o.stdout)?;
            c.wait()
        })
        .unwrap();
    assert!(check.success());
}

#[test]
fn the_manual_page_is_made_from_the_same_help() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["man"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.contains(".TH klarhet 1"),
        "{page}"
    );
    assert!(
        page.contains("självskattning"),
        "the page is in the UI language"
    );
    let pages = dir.path().join("man");
    std::fs::create_dir(&pages).unwrap();
    let o = klarhet(dir.path(), &["man", pages.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    for name in ["klarhet.1", "klarhet-report.1", "klarhet-room.1"] {
        let text = std::fs::read_to_string(pages.join(name)).unwrap();
        assert!(text.contains(".TH"), "{name}");
    }
}

#[test]
fn list_as_json_tells_look_alike_sessions_apart() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..3 {
        assert!(klarhet(dir.path(), &["demo"]).status.success());
    }
    let o = klarhet(dir.path(), &["list", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let listed: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = listed.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    let mut ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "{ids:?}");
    for r in rows {
        assert_eq!(r["organisation"], "Sjöhamra kommun");
        assert_eq!(r["challenges_scored"], 6);
        assert_eq!(r["challenges"], 6);
        assert!(r["participants"].as_u64().unwrap() > 0);
        assert!(r["saved"].as_str().unwrap().ends_with('Z'), "{r}");
        assert!(Path::new(r["path"].as_str().unwrap()).is_file());
    }
    // The table says when each was saved and how many took part.
    let o = klarhet(dir.path(), &["list"]);
    let table = String::from_utf8(o.stdout).unwrap();
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("DELTAGARE") && header.contains("SPARAD"),
        "{header}"
    );
}
