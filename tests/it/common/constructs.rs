//! A small model to carry the constructs of issue 28 (open prompts, phases,
//! alternatives, reference figures) in tests, and the blocks of a model file.

use klarhet::error::Pos;

/// A small model on `scale` with one dimension (`balansering`) and one
/// statement (`kompetens.tillracklig`), and the top-level fields `blocks`
/// (each written as in a model file: four spaces in, a comma after).
pub fn small_model(scale: &str, blocks: &str) -> String {
    format!(
        r#"Assessment(
    id: "prov",
    version: "1",
    title: (sv: "Prov", en: "Test"),
    source: (citation: "Prov", summary: (sv: "Prov", en: "Test")),
    scale: {scale},
    challenges: [
        (
            id: "balansering",
            name: (sv: "Balansering", en: "Balancing"),
            heading: (sv: "Balansering", en: "Balancing"),
            description: (sv: "B", en: "B"),
            source: "§3.1",
            statements: [
                (id: "kompetens.tillracklig", text: (sv: "K", en: "K"), source: "§4.2"),
            ],
        ),
    ],
    causal: None,
    principles: [],
    recommendations: [],
    levels: None,
{blocks})
"#
    )
}

/// The place of the `nth` (0-based) `needle` in `src`, counted as klarhet's
/// errors count (lines and characters from 1).
pub fn at(src: &str, needle: &str, nth: usize) -> Pos {
    let (i, _) = src
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} is not in the text"));
    let line = src[..i].matches('\n').count() + 1;
    let col = src[..i].rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos { line, col }
}

/// The top-level field `field` of a model file, from its name to the line that
/// closes it at the same depth, with the newline after: as it would stand in
/// [`small_model`]'s `blocks`.
pub fn block(src: &str, field: &str) -> String {
    let head = format!("\n    {field}: ");
    let start = src
        .find(&head)
        .unwrap_or_else(|| panic!("the model has no field {field}"))
        + 1;
    let mut out = String::new();
    for line in src[start..].lines() {
        out.push_str(line);
        out.push('\n');
        let closes = line.starts_with("    ]") || line.starts_with("    )");
        let one_line = out.lines().count() == 1 && !line.ends_with('[') && !line.ends_with("((");
        if closes || one_line {
            return out;
        }
    }
    panic!("the field {field} is not closed")
}
