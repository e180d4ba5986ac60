//! Small formatting helpers shared by the report's sections.

use crate::text::{Lang, Words, decimal};

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

/// Text from a session or a model made inert in Markdown, to read as the words
/// typed and never as markup that acts: `<` and `>` become `&lt;` and `&gt;`, so
/// no HTML tag, comment or autolink can be made; `&` becomes `&amp;` where it
/// would start a character reference (`&lt;`, `&#106;`), and stays as it is
/// elsewhere (`Tastle & Wierman`); `\`, `[`, `]` and `` ` `` get a backslash, so
/// no link, image, link reference or code span can be made.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("&amp;");
            }
            '\\' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Text made safe for one Markdown table cell: inert ([`md`]), no line breaks,
/// no bare pipes.
pub fn cell(text: &str) -> String {
    md(&text.split_whitespace().collect::<Vec<_>>().join(" ")).replace('|', "\\|")
}

/// Free text from the session made safe for a Markdown paragraph: inert ([`md`]),
/// and lines that could start a heading or a rule are escaped so they read as text.
pub fn paragraph(text: &str) -> String {
    text.lines()
        .map(|l| {
            let t = md(l.trim_start());
            if t.starts_with('#') || t.starts_with("---") || t.starts_with("===") {
                format!("\\{t}")
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join("  \n")
}

/// Each message of the catalogue named, in `lang`: a table's column headings.
macro_rules! headings {
    ($lang:expr; $($key:literal),+) => {
        [$(crate::tr!($lang, $key)),+]
    };
}

/// The column headings of the table of challenges, in every format that has
/// one, in the model's `words`.
pub fn challenge_headings(lang: Lang, words: &Words) -> [String; 6] {
    let [computed, agreed, lowest, dont_know] = headings!(lang; "report-computed",
        "report-agreed", "report-lowest-consensus", "report-dont-know");
    [
        crate::tr!(lang, "report-challenge", words = words),
        crate::tr!(lang, "report-severity", words = words),
        computed,
        agreed,
        lowest,
        dont_know,
    ]
}

/// The column headings of a challenge's statements, in every format that has
/// them: statement, distribution, median, mean, consensus, vet ej.
pub fn statement_headings(lang: Lang) -> [String; 6] {
    headings!(lang; "report-statement", "report-distribution", "report-median", "report-mean",
        "report-consensus", "report-dont-know")
}

/// The column headings of the circle's links: link, strength, how.
pub fn link_headings(lang: Lang) -> [String; 3] {
    headings!(lang; "report-link", "report-strength", "report-how")
}

/// The action plan's column headings.
pub fn plan_headings(lang: Lang) -> [String; 5] {
    headings!(lang; "report-recommendation", "report-effect-goal", "report-owner", "report-due",
        "report-status")
}

/// The column headings of the plan's measures from the alternatives.
pub fn plan_measure_headings(lang: Lang) -> [String; 6] {
    headings!(lang; "report-alternative", "report-measure", "report-effect-goal", "report-owner",
        "report-due", "report-status")
}

/// The role differences' column headings, in the model's `words`.
pub fn divergence_headings(lang: Lang, words: &Words) -> [String; 4] {
    let [higher, lower, difference] =
        headings!(lang; "report-higher", "report-lower", "report-difference");
    let challenge = crate::tr!(lang, "report-challenge", words = words);
    [challenge, higher, lower, difference]
}

/// A statement's distribution as a report's table prints it: on the model's
/// own scale the counts per option joined by "·" (the section's intro names
/// the values); on another ordinal scale each count after its value
/// ("1: 2 · 2: 0 …"); on a categorical one each option's label, count and
/// share of n, in the model's order (issue 28: shares, not means).
pub fn distribution(
    lang: Lang,
    model: &crate::model::Assessment,
    scale: &crate::model::assessment::Scale,
    stats: &crate::model::scoring::StatementStats,
) -> String {
    if scale.is_categorical() {
        let parts: Vec<String> = (stats.counts.iter())
            .map(|(v, c)| {
                let label = scale.option(*v).map_or("", |o| o.label.get(lang));
                let share = stats.share(*v).map_or_else(String::new, |s| {
                    format!(" ({})", crate::text::percent(lang, s))
                });
                format!("{label} {c}{share}")
            })
            .collect();
        return parts.join(" · ");
    }
    if scale.id == model.scale.id {
        let counts: Vec<String> = stats.counts.iter().map(|(_, c)| c.to_string()).collect();
        return counts.join("·");
    }
    let parts: Vec<String> = (stats.counts.iter())
        .map(|(v, c)| format!("{v}: {c}"))
        .collect();
    parts.join(" · ")
}

/// A challenge's severity where it has none because it has no ordinal
/// statement: the words that say so; `None` where it may have one.
pub fn no_score(lang: Lang, model: &crate::model::Assessment, challenge: &str) -> Option<String> {
    let c = model.challenge(challenge)?;
    (!model.has_ordinal(c)).then(|| crate::tr!(lang, "report-no-score"))
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

    #[test]
    fn markup_in_text_is_escaped_and_plain_text_is_left_alone() {
        assert_eq!(md("<b>&amp;</b>"), "&lt;b&gt;&amp;amp;&lt;/b&gt;");
        assert_eq!(md("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(md("\\[x]"), "\\\\\\[x\\]");
        assert_eq!(md("Tastle & Wierman, A&"), "Tastle & Wierman, A&");
        assert_eq!(cell("a|`b`"), "a\\|\\`b\\`");
    }
}
