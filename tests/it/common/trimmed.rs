//! Halmstad's model trimmed of its structure (issue 28, "structure is
//! optional"): no causal links, no principles or recommendations, no ladder,
//! and without the speaker notes and agenda items for the steps that go with
//! them. Built by editing the text of assessments/halmstad.ron, so that it
//! follows the shipped model as it changes.

use klarhet::model::Assessment;
use klarhet::model::assessment::HALMSTAD_RON;

/// The id the trimmed model goes by.
pub const ID: &str = "utan-struktur";

/// The steps a workshop on the trimmed model has.
pub const STEPS: [&str; 6] = [
    "setup",
    "participants",
    "model",
    "scoring",
    "queue",
    "summary",
];

/// The steps the trimmed model lacks.
const GONE: [&str; 4] = ["circle", "recommendations", "plan", "level"];

/// `text` with its top-level field that starts with `start` (up to the next
/// top-level field, `until`) replaced by `with`.
pub fn replaced_field(text: &str, start: &str, until: &str, with: &str) -> String {
    let from = text
        .find(&format!("\n    {start}"))
        .unwrap_or_else(|| panic!("no {start}"));
    let to = from
        + 1
        + text[from + 1..]
            .find(&format!("\n    {until}"))
            .unwrap_or_else(|| panic!("no {until} after {start}"));
    format!("{}\n    {with}{}", &text[..from], &text[to..])
}

/// `text` without the speaker notes and agenda items of the steps in `gone`.
pub fn without_steps(text: &str, gone: &[&str]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let opens_notes = lines[i] == "        ("
            && lines
                .get(i + 1)
                .is_some_and(|l| gone.iter().any(|g| l.trim() == format!("step: \"{g}\",")));
        if opens_notes {
            while lines[i] != "        )," {
                i += 1;
            }
            i += 1;
            continue;
        }
        if !gone
            .iter()
            .any(|g| lines[i].contains(&format!("Step(\"{g}\")")))
        {
            out.push(lines[i]);
        }
        i += 1;
    }
    out.join("\n") + "\n"
}

/// The trimmed model's text.
pub fn text() -> String {
    let text = HALMSTAD_RON.replacen("id: \"halmstad\"", &format!("id: \"{ID}\""), 1);
    let text = replaced_field(&text, "causal: Some((", "principles:", "causal: None,");
    let text = replaced_field(
        &text,
        "principles: [",
        "speaker_notes:",
        "principles: [],\n    recommendations: [],",
    );
    let text = replaced_field(&text, "levels: Some((", "agendas:", "levels: None,");
    // Halmstad's caveats speak of its recommendations, which this model has not.
    let text = replaced_field(&text, "caveats: [", "scale:", "caveats: [],");
    // Halmstad's summary tells of its circle and principles, which this
    // model has not: a model's words about itself are its own.
    let from = text.find("        summary: (\n").expect("a summary");
    let to = from + text[from..].find("        ),\n").expect("its end");
    let text = format!(
        "{}        summary: (\n            sv: \"Sex utmaningar med påståenden och inget mer.\",\n            en: \"Six challenges with statements and nothing more.\",\n{}",
        &text[..from],
        &text[to..]
    );
    without_steps(&text, &GONE)
}

/// The trimmed model, parsed and checked as any model is.
pub fn model() -> Assessment {
    Assessment::parse(&text(), std::path::Path::new("utan-struktur.ron"))
        .expect("the trimmed model is valid")
}
