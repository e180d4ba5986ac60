//! Inline SVG figures for the HTML report. Every figure has a `<title>` and a
//! `<desc>` that says in words what it shows, and every value is written out as a
//! number, so no figure relies on colour alone.
//!
//! Every figure is drawn at most [`WIDTH`] units wide with text of at least
//! [`FONT`] units: a phone 390 px wide shows a figure about 358 px wide, so text
//! stays at 11 px or more there without a second layout for small screens.

use super::esc;
use crate::model::assessment::{Assessment, ScaleKind};
use crate::model::scoring::Analysis;
use crate::text::Lang;
use std::fmt::Write;

pub use super::circle::circle;
pub use super::roles::roles;

/// The widest viewBox of a figure, in SVG units.
pub const WIDTH: f64 = 400.0;
/// The smallest font size in a figure, in SVG units.
pub const FONT: f64 = 13.0;
/// A line of text's height, in SVG units.
pub const LINE: f64 = 16.0;

/// The CSS class and word for a severity or strength.
pub fn level(value: f64, lang: Lang) -> (&'static str, String) {
    if value >= 70.0 {
        ("high", crate::tr!(lang, "html-high"))
    } else if value >= 40.0 {
        ("mid", crate::tr!(lang, "html-moderate"))
    } else {
        ("low", crate::tr!(lang, "html-low"))
    }
}

pub fn colour(value: Option<f64>) -> &'static str {
    match value {
        Some(v) if v >= 70.0 => "#b3261e",
        Some(v) if v >= 40.0 => "#8a5a00",
        Some(_) => "#2e7d32",
        None => "#6b6b6b",
    }
}

/// A generous estimate of how wide `text` is drawn at `size`: DejaVu Sans, the
/// widest common sans-serif, averages about 0.62 em (0.7 em in bold), so a
/// label measured with this fits in any of the report's fonts.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let em = if bold { 0.7 } else { 0.64 };
    text.chars().count() as f64 * size * em
}

/// Breaks `text` into lines of at most `max` characters at spaces; a word
/// longer than a line is hyphenated, so no line is ever longer than `max`.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let room = if used == 0 {
                max
            } else {
                max.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.extend(&word);
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than a line (Swedish compounds are) is cut and
            // hyphenated, the hyphen counted in the line.
            let cut = if max > 2 { max - 1 } else { max };
            let rest = word.split_off(cut);
            let mut piece: String = word.iter().collect();
            if cut < max {
                piece.push('-');
            }
            lines.push(piece);
            word = rest;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `<text>` with one `<tspan>` per line, the first line's baseline at `y`.
pub fn lines(x: f64, y: f64, lines: &[String], attrs: &str) -> String {
    let mut out = format!(r#"<text x="{x:.1}" y="{y:.1}" {attrs}>"#);
    for (k, line) in lines.iter().enumerate() {
        let dy = if k == 0 { 0.0 } else { LINE };
        let _ = write!(
            out,
            r#"<tspan x="{x:.1}" dy="{dy:.0}">{}</tspan>"#,
            esc(line)
        );
    }
    out.push_str("</text>");
    out
}

/// The `<svg>` element around a figure's body: `role="img"`, named by its title
/// and described by its desc, and as wide as its viewBox at most (CSS scales it).
pub fn figure(id: &str, (w, h): (f64, f64), title: &str, desc: &str, body: &str) -> String {
    format!(
        r##"<svg role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}" font-size="{FONT}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>{body}</svg>"##,
        esc(title),
        esc(desc)
    )
}

/// Height of one statement's row in a distribution: its name, the counts above
/// the bars, the bars and the values under them.
const ROW: f64 = 96.0;
/// Width of one value's slot in a distribution.
const SLOT: f64 = 58.0;

/// The distribution of answers to each statement of one challenge: one row per
/// statement (its name on its own line, so rows never crowd however many
/// statements a challenge has), one bar per value plus vet ej, each with its
/// count above it and its value below.
pub fn distribution(model: &Assessment, a: &Analysis, challenge: usize, lang: Lang) -> String {
    let (Some(c), Some(r)) = (model.challenges.get(challenge), a.challenges.get(challenge)) else {
        return String::new();
    };
    // Each statement's bars are its own scale's options (a categorical one's
    // by label) and vet ej where it has one.
    let labels = |s: &crate::model::assessment::Statement| {
        let scale = model.statement_scale(c, s);
        let mut values: Vec<String> = (scale.options.iter())
            .map(|o| match scale.kind {
                ScaleKind::Categorical => o.label.get(lang).to_owned(),
                ScaleKind::Ordinal => o.value.to_string(),
            })
            .collect();
        if scale.unknown.is_some() {
            values.push(crate::tr!(lang, "html-dont-know-short"));
        }
        (values, scale.options.len())
    };
    let all: Vec<(Vec<String>, usize)> = c.statements.iter().map(labels).collect();
    // Slots widen for a wide label (vet ej), and narrow for many values.
    let widest = (all.iter().flat_map(|(v, _)| v))
        .map(|v| text_width(v, FONT, false))
        .fold(0.0, f64::max);
    let most = all.iter().map(|(v, _)| v.len()).max().unwrap_or(1).max(1);
    let slot = (WIDTH / most as f64).min(SLOT.max(widest + 8.0));
    let width = WIDTH.min(slot * most as f64).max(WIDTH / 2.0);
    let max = r
        .statements
        .iter()
        .flat_map(|s| s.counts.iter().map(|(_, k)| *k).chain([s.unknown]))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut desc = Vec::new();
    let mut body = String::new();
    let mut top = 0.0;
    for (k, (s, (values, options))) in r.statements.iter().zip(&all).enumerate() {
        let _ = write!(
            body,
            r##"<text x="0" y="{:.1}" font-weight="700">{} {}</text>"##,
            top + FONT,
            crate::tr!(lang, "html-statement-short"),
            k + 1
        );
        if s.withheld {
            let note = crate::tr!(lang, "report-withheld", count = a.threshold);
            let wrapped = wrap(&note, (width / (FONT * 0.64)) as usize);
            body.push_str(&lines(
                0.0,
                top + FONT + LINE + 4.0,
                &wrapped,
                r##"fill="#555""##,
            ));
            desc.push(format!(
                "{} {}: {note}",
                crate::tr!(lang, "csv-statement"),
                k + 1
            ));
            top += FONT + 16.0 + LINE * wrapped.len() as f64;
            continue;
        }
        let mut counts: Vec<u32> = s.counts.iter().map(|(_, n)| *n).collect();
        if values.len() > *options {
            counts.push(s.unknown);
        }
        let parts: Vec<String> = values
            .iter()
            .zip(&counts)
            .map(|(v, n)| format!("{v}: {n}"))
            .collect();
        desc.push(format!(
            "{} {}: {}",
            crate::tr!(lang, "csv-statement"),
            k + 1,
            parts.join(", ")
        ));
        let base = top + 72.0;
        for (b, (label, count)) in values.iter().zip(&counts).enumerate() {
            let x = b as f64 * slot;
            let h = 36.0 * f64::from(*count) / f64::from(max);
            let fill = if b == *options { "#6b6b6b" } else { "#0b4f8a" };
            let mid = x + slot / 2.0;
            let _ = write!(
                body,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" fill="{fill}"/><text x="{mid:.1}" y="{:.1}" text-anchor="middle">{count}</text><text x="{mid:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                x + 4.0,
                base - h,
                slot - 8.0,
                base - h - 4.0,
                base + LINE,
                esc(label)
            );
        }
        let _ = write!(
            body,
            r##"<line x1="0" y1="{base:.1}" x2="{width:.1}" y2="{base:.1}" stroke="#555"/>"##
        );
        top += ROW;
    }
    figure(
        &format!("dist-{challenge}"),
        (width, top.max(ROW)),
        &format!(
            "{}: {}",
            crate::tr!(lang, "html-distribution-answers"),
            c.name.get(lang)
        ),
        &desc.join("; "),
        &body,
    )
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
