//! Every link in the README and the guides leads somewhere: a file that exists,
//! and, after a `#`, a heading that exists in it.
//!
//! The README is a front door with links to guides named for what they hold
//! (issue 25); a guide renamed, a heading reworded or a section moved to another
//! file leaves a link that GitHub shows as working and that leads nowhere. Anchors
//! follow GitHub's rules: the heading's text lowercased, spaces turned into `-`,
//! punctuation dropped, letters of every alphabet (åäö too) and digits kept, and a
//! repeated heading numbered `-1`, `-2`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The documents a reader is sent through: the Markdown files at the top of the
/// repository and everything under `docs/`.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    let mut found = markdown_in(root, false);
    found.extend(markdown_in(&root.join("docs"), true));
    found.sort();
    found
}

fn markdown_in(dir: &Path, recurse: bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if recurse {
                found.extend(markdown_in(&path, true));
            }
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
    found
}

/// GitHub's anchor for a heading's rendered text.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// What one document offers and asks for: its anchors, and its links.
struct Parsed {
    anchors: BTreeSet<String>,
    links: Vec<String>,
}

fn parse(text: &str) -> Parsed {
    let mut anchors = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut links = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                if let Some(text) = heading.take() {
                    let base = slug(&text);
                    let count = seen.entry(base.clone()).or_insert(0);
                    let anchor = match *count {
                        0 => base,
                        n => format!("{base}-{n}"),
                    };
                    *count += 1;
                    anchors.insert(anchor);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => links.push(dest_url.to_string()),
            _ => {}
        }
    }
    Parsed { anchors, links }
}

fn is_external(link: &str) -> bool {
    link.contains("://") || link.starts_with("mailto:")
}

/// Every link of `documents` that leads nowhere, as "file: link (why)".
fn broken_links(documents: &[PathBuf]) -> Vec<String> {
    let mut parsed: BTreeMap<PathBuf, Parsed> = BTreeMap::new();
    let mut broken = Vec::new();
    let mut anchors_of = |path: &Path| -> Option<BTreeSet<String>> {
        let key = path.canonicalize().ok()?;
        if !parsed.contains_key(&key) {
            let text = fs::read_to_string(&key).ok()?;
            parsed.insert(key.clone(), parse(&text));
        }
        parsed.get(&key).map(|p| p.anchors.clone())
    };
    for document in documents {
        let text = fs::read_to_string(document).expect("a document listed is readable");
        let shown = document.strip_prefix(ROOT).unwrap_or(document).display();
        for link in parse(&text).links {
            if is_external(&link) {
                continue;
            }
            let (file, anchor) = match link.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (link.as_str(), None),
            };
            let target = if file.is_empty() {
                document.clone()
            } else {
                document.parent().unwrap_or(Path::new(ROOT)).join(file)
            };
            if !target.exists() {
                broken.push(format!("{shown}: {link} (no such file)"));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            if target.extension().is_none_or(|e| e != "md") {
                broken.push(format!(
                    "{shown}: {link} (an anchor into a file that is not Markdown)"
                ));
                continue;
            }
            match anchors_of(&target) {
                Some(anchors) if anchors.contains(anchor) => {}
                Some(_) => broken.push(format!("{shown}: {link} (no such heading)")),
                None => broken.push(format!("{shown}: {link} (unreadable)")),
            }
        }
    }
    broken
}

#[test]
fn every_link_in_the_readme_and_the_guides_leads_somewhere() {
    let documents = documents();
    assert!(
        documents.iter().any(|d| d.ends_with("README.md")),
        "the README is among the documents checked"
    );
    let broken = broken_links(&documents);
    assert!(
        broken.is_empty(),
        "links that lead nowhere:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_readme_links_to_every_guide() {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md");
    let linked: BTreeSet<String> = parse(&readme).links.into_iter().collect();
    for guide in markdown_in(&Path::new(ROOT).join("docs"), true) {
        let relative = guide
            .strip_prefix(ROOT)
            .expect("under the repository")
            .to_string_lossy()
            .trim_start_matches('/')
            .to_string();
        assert!(
            linked
                .iter()
                .any(|l| l.split('#').next() == Some(relative.as_str())),
            "the README does not link to {relative}"
        );
    }
}

#[test]
fn anchors_are_made_as_github_makes_them() {
    assert_eq!(
        slug("Privacy: what is shown, and what a session file holds"),
        "privacy-what-is-shown-and-what-a-session-file-holds"
    );
    assert_eq!(
        slug("The room: answers from phones on the room's network"),
        "the-room-answers-from-phones-on-the-rooms-network"
    );
    assert_eq!(
        slug("Rummet: svar från telefoner"),
        "rummet-svar-från-telefoner"
    );
    assert_eq!(
        slug("At scale: 500 sessions, and 10,000 participants"),
        "at-scale-500-sessions-and-10000-participants"
    );
    assert_eq!(
        slug("Ett år senare – jämförelsen"),
        "ett-år-senare--jämförelsen"
    );
    let parsed = parse("# Över `klarhet`\n\n## Över klarhet\n\n```\n# not a heading\n```\n");
    let expected: BTreeSet<String> = ["över-klarhet", "över-klarhet-1"].map(String::from).into();
    assert_eq!(parsed.anchors, expected);
}

/// The check itself can fail: a link to a file that is not there, and one to a
/// heading that is not there, are both found, and a good one is not.
#[test]
fn a_broken_link_is_found() {
    let dir = std::env::temp_dir().join(format!("klarhet-docs-links-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("a temporary folder");
    let guide = dir.join("guide.md");
    fs::write(&guide, "# Guide\n\n## Rummet öppnas\n").expect("write the guide");
    let readme = dir.join("README.md");
    fs::write(
        &readme,
        "# R\n\n[good](guide.md#rummet-öppnas) [self](#r) [web](https://example.org/x.md)\n\
         [gone](guides.md) [no heading](guide.md#rummet-oppnas) [no self](#s)\n",
    )
    .expect("write the readme");
    let broken = broken_links(std::slice::from_ref(&readme));
    fs::remove_dir_all(&dir).ok();
    assert_eq!(
        broken.len(),
        3,
        "exactly the three broken links are found: {broken:?}"
    );
    assert!(broken[0].contains("guides.md (no such file)"), "{broken:?}");
    assert!(
        broken[1].contains("guide.md#rummet-oppnas (no such heading)"),
        "{broken:?}"
    );
    assert!(broken[2].contains("#s (no such heading)"), "{broken:?}");
}
