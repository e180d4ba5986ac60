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
    text.replacen(&added, kept, 1)
        .replacen(&version, "halmstad 1.2", 1)
        .replacen(&json_version, "\"version\": \"1.2\"", 1)
        .into_bytes()
}
