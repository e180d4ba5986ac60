//! No model's words in the code (issue 28): every word a screen or report says
//! about a model comes from its file or, for klarhet's own words, from the
//! catalogue. This test reads `src/` (not its tests) for the words of the
//! Halmstad model (its six challenges' ids and names, its four principles,
//! "Halmstad", "kommunkoncern"), of the Matteby model (its core findings,
//! its groups and its words) and of the other three (their authors or town,
//! groups, principles, factors and options), and fails naming the file and
//! line of each.

use std::path::{Path, PathBuf};

/// The words, matched whole and in any case.
const WORDS: &[&str] = &[
    // Halmstad: the challenges' ids and names (the report's spelling too),
    // the principles, the organisation.
    "otydlighet",
    "obalans",
    "vaghet",
    "ojämlikhet",
    "ojämlighet",
    "desintegration",
    "hot",
    "transparens",
    "balansering",
    "tydlighet",
    "dialog",
    "halmstad",
    "halmstads",
    "kommunkoncern",
    "kommunkoncernen",
    // Matteby: the core findings, the groups, the words for them.
    "kollektiv omställning",
    "komplementaritet",
    "jämbördighet",
    "kollektivt ledarskap",
    "politisk nivå",
    "tjänstepersonledning",
    "professionella roller",
    "partnerkommun",
    "kärnfynd",
    "kärnfyndet",
    "kärnfynden",
    "utvecklingsbehov",
    "matteby",
    // Wihlborg et al.: the authors, the council presidia, the groups.
    "wihlborg",
    "presidier",
    "presidierna",
    "förtroendevalda",
    "politiska sekreterare",
    // Trollhättan: the town, balansering's principles, the options.
    "trollhättan",
    "trollhattan",
    "prioritering",
    "kostnadskontroll",
    "nyttorealisering",
    "nyttokontroll",
    "kompetensförsörjning",
    "nuläge",
    "förstärkning",
    // Hjeltman & Larsson: the authors, the factors, the groups.
    "hjeltman",
    "tillit och förtroende",
    "organisationskultur",
    "större kommun",
    "mindre kommun",
    "strategisk nivå",
    "operativ nivå",
];

/// Where a model's words may stand, and why: (a path, or a path's start for
/// a folder; the text a line must hold to be allowed, empty for any line;
/// why).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/model/load.rs",
        "",
        "the embedding of the default model: its file, its id (DEFAULT_MODEL_ID) and its parse",
    ),
    (
        "src/model/assessment.rs",
        "HALMSTAD_",
        "the constants that embed the default model's file",
    ),
    (
        "src/model/embedded.rs",
        "assessments/",
        "the embedding of the models' files, by their names (EMBEDDED)",
    ),
    (
        "src/demo/",
        "",
        "the demo is a data set built for the default model: its ids and figures \
         in one folder, given as the commands a facilitator gives, which a model \
         without those ids refuses (src/demo/mod.rs)",
    ),
    (
        "src/model/scoring/stats.rs",
        "Trollhättan's DiMiOS",
        "a citation: the report behind klarhet's own rule on many vet ej",
    ),
    (
        "src/model/role.rs",
        "",
        "the fixed roles of a municipal group, which the model's own groups replace (issue 28, groups)",
    ),
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "snapshots") {
                files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.to_string_lossy().ends_with("_tests.rs")
        {
            out.push(path);
        }
    }
}

/// The lines of `text` that are not test code, with their numbers: an item
/// under `#[cfg(test)]` is skipped to its closing brace at its own indent.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == "#[cfg(test)]" {
            let mut j = i + 1;
            while j < lines.len() && lines[j].trim_start().starts_with("#[") {
                j += 1;
            }
            let item = lines.get(j).copied().unwrap_or_default();
            if item.trim_end().ends_with('{') {
                let indent = item.len() - item.trim_start().len();
                let close = format!("{}}}", " ".repeat(indent));
                while j < lines.len() && lines[j].trim_end() != close {
                    j += 1;
                }
            }
            i = j + 1;
            continue;
        }
        out.push((i + 1, lines[i]));
        i += 1;
    }
    out
}

/// Whether `word` stands whole in `line` (not inside a longer word).
fn has_word(line: &str, word: &str) -> bool {
    let lower = line.to_lowercase();
    let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    lower.match_indices(word).any(|(at, _)| {
        !is_letter(lower[..at].chars().next_back())
            && !is_letter(lower[at + word.len()..].chars().next())
    })
}

/// Each line of `src/` outside the allowed places that says a model's word.
fn found() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), &mut paths);
    paths.sort();
    let mut found = Vec::new();
    for path in paths {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in code_lines(&text) {
            let allowed = ALLOWED
                .iter()
                .any(|(at, holds, _)| name.starts_with(at) && line.contains(holds));
            if allowed {
                continue;
            }
            for word in WORDS.iter().filter(|w| has_word(line, w)) {
                found.push(format!("{name}:{n}: \"{word}\": {}", line.trim()));
            }
        }
    }
    found
}

#[test]
fn no_model_word_stands_in_the_code() {
    let found = found();
    assert!(
        found.is_empty(),
        "a model's words belong in its file or the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_search_finds_a_word_whole_and_skips_test_code() {
    assert!(has_word("let x = \"Otydlighet\";", "otydlighet"));
    assert!(!has_word("a hotkey and a shot", "hot"));
    assert!(has_word("(hot 75)", "hot"));
    let text = "fn a() {}\n// obalans\n#[cfg(test)]\nmod tests {\n    // vaghet\n}\nfn b() {}\n";
    let lines: Vec<usize> = code_lines(text).iter().map(|(n, _)| *n).collect();
    assert_eq!(lines, [1, 2, 7]);
}
