//! What a later model adds to every report of the release's session (the
//! fixture was exported with Halmstad 1.2), taken out again so that the rest
//! is compared with the release byte for byte.

use klarhet::model::assessment::Caveat;

/// `ours` without what Halmstad 1.3 adds to every report: its caveats in the
/// method section (Markdown, HTML, JSON) and its version. Each must be there,
/// once and in full, or the test fails.
pub fn as_released(ours: &[u8], ext: &str) -> Vec<u8> {
    let m = super::common::halmstad();
    let text = String::from_utf8(ours.to_vec()).unwrap();
    let sv = |c: &Caveat| c.text.in_language("sv").unwrap().to_owned();
    let said = |c: &Caveat| match c.own {
        true => format!("{} (klarhets förbehåll, utifrån {})", sv(c), c.source),
        false => format!("{} ({})", sv(c), c.source),
    };
    let each = |item: &dyn Fn(&Caveat) -> String| m.caveats.iter().map(item).collect::<Vec<_>>();
    let (added, kept) = match ext {
        "md" => {
            let items = each(&|c| format!("- {}\n", said(c))).concat();
            (format!("\n### Om underlaget\n\n{items}"), "")
        }
        "html" => {
            let items = each(&|c| format!("<li>{}</li>\n", said(c))).concat();
            (format!("<h3>Om underlaget</h3>\n<ul>\n{items}</ul>\n"), "")
        }
        "json" => {
            let items = each(&|c| {
                format!(
                    "      {{\n        \"id\": \"{}\",\n        \"text\": \"{}\",\n        \"source\": \"{}\",\n        \"own\": {}\n      }}",
                    c.id,
                    sv(c),
                    c.source,
                    c.own
                )
            });
            let items = items.join(",\n");
            (format!("}},\n    \"caveats\": [\n{items}\n    ]\n"), "}\n")
        }
        _ => return text.into_bytes(),
    };
    assert_eq!(
        text.matches(&added).count(),
        1,
        "report.{ext}: the caveats, once, in full"
    );
    let (version, json_version) = (
        format!("halmstad {}", m.version),
        format!("\"version\": \"{}\"", m.version),
    );
    let mut text = text
        .replacen(&added, kept, 1)
        .replacen(&version, "halmstad 1.2", 1)
        .replacen(&json_version, "\"version\": \"1.2\"", 1);
    // Session 36: a model's groups are called groups, not roles, since only
    // Halmstad's are roles; the release said "roll" where klarhet now says
    // "grupp". Only those words; the CSV's columns kept theirs.
    for (ours, release) in GROUP_WORDS {
        text = text.replace(ours, release);
    }
    text.into_bytes()
}

/// The words for a model's groups as klarhet writes them now, and as the
/// release wrote them.
const GROUP_WORDS: [(&str, &str); 16] = [
    ("Gruppskillnader på minst", "Rollskillnader på minst"),
    ("Skillnader mellan grupper", "Skillnader mellan roller"),
    (
        "Medelvärde per grupp på skalan.",
        "Medelvärde per roll på skalan.",
    ),
    ("Medelvärde per grupp och", "Medelvärde per roll och"),
    ("Grupper med färre än", "Roller med färre än"),
    ("minsta visade gruppen in", "minsta visade rollen in"),
    ("| Grupp |", "| Roll |"),
    ("<th>Grupp</th>", "<th>Roll</th>"),
    (
        "Där grupperna gick att jämföra",
        "Där rollerna gick att jämföra",
    ),
    ("registrerar några grupper:", "registrerar några roller:"),
    ("För få svar per grupp", "För få svar per roll"),
    ("gruppskillnad vid minst", "rollskillnad vid minst"),
    (
        "Gruppskillnad: medelvärdet per grupp (medel av gruppens påståendemedel). Två grupper",
        "Rollskillnad: medelvärdet per roll (medel av rollens påståendemedel). Två roller",
    ),
    ("inget antal per grupp visas", "inget antal per roll visas"),
    ("visar inga grupper", "visar inga rollgrupper"),
    ("två grupper minst", "två rollgrupper minst"),
];
