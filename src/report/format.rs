//! Small formatting helpers shared by the report's sections.

use crate::text::{Lang, decimal};

/// A ten-cell bar for a value 0–100, e.g. `███████░░░`.
pub fn bar(value: f64) -> String {
    let filled = (value / 10.0).round().clamp(0.0, 10.0) as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

/// A severity or strength 0–100 as a whole number (never "-0").
pub fn whole(value: f64) -> String {
    let rounded = value.round();
    format!("{:.0}", if rounded == 0.0 { 0.0 } else { rounded })
}

/// An optional number with `places` decimals, or a dash.
pub fn opt(lang: Lang, value: Option<f64>, places: usize) -> String {
    value.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, places))
}

/// A consensus value as its word and number, e.g. `delat (0,71)`, or a dash.
pub fn consensus(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |v| {
            format!(
                "{} ({})",
                crate::model::scoring::Agreement::of(v).label(lang),
                decimal(lang, v, 2)
            )
        },
    )
}

/// A Markdown table; `align` gives each column's separator, e.g. `["---", "--:"]`.
pub fn md_table<H: AsRef<str>, R: AsRef<[String]>>(
    headers: &[H],
    align: &[&str],
    rows: &[R],
) -> String {
    let headers: Vec<&str> = headers.iter().map(AsRef::as_ref).collect();
    let mut out = format!("| {} |\n|{}|\n", headers.join(" | "), align.join("|"));
    for row in rows {
        let cells: Vec<String> = row.as_ref().iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// Text made safe for one Markdown table cell: no line breaks, no bare pipes.
pub fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// Free text from the session made safe for a Markdown paragraph: lines that could
/// start a heading or a list are indented so they read as text.
pub fn paragraph(text: &str) -> String {
    text.lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with('#') || t.starts_with("---") || t.starts_with("===") {
                format!("\\{t}")
            } else {
                t.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("  \n")
}

/// The column headings of the table of challenges, in every format that has one.
pub fn challenge_headings(lang: Lang) -> [String; 6] {
    [
        crate::tr!(lang, "report-challenge"),
        crate::tr!(lang, "report-severity"),
        crate::tr!(lang, "report-computed"),
        crate::tr!(lang, "report-agreed"),
        crate::tr!(lang, "report-lowest-consensus"),
        crate::tr!(lang, "report-dont-know"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_is_never_minus_zero() {
        assert_eq!(whole(-0.3), "0");
        assert_eq!(whole(-0.0), "0");
        assert_eq!(whole(68.5), "69");
    }

    #[test]
    fn bars_round_to_tenths() {
        assert_eq!(bar(0.0), "░░░░░░░░░░");
        assert_eq!(bar(76.0), "████████░░");
        assert_eq!(bar(100.0), "██████████");
    }

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        assert_eq!(paragraph("# rubrik\ntext"), "\\# rubrik  \ntext");
    }
}
