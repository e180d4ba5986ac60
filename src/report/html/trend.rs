//! The comparison report's figure: each challenge's severity then and now as a
//! dumbbell, a ring for then and a dot for now on one 0–100 axis, with both
//! numbers written beside it. It shows only severities the comparison's table
//! already shows, so it reveals nothing the privacy rules withhold.

use super::esc;
use super::svg::{FONT, LINE, WIDTH, colour, figure, lines, wrap};
use crate::model::assessment::Assessment;
use crate::report::compare::Comparison;
use crate::report::uncertain;
use crate::text::Lang;
use std::fmt::Write;

/// The severity axis, in SVG units; the numbers are written to its right.
pub const AXIS: (f64, f64) = (12.0, 290.0);
const NAME_CHARS: usize = 40;

/// The x of a severity (0–100) on the axis.
pub fn at(severity: f64) -> f64 {
    AXIS.0 + (AXIS.1 - AXIS.0) * (severity / 100.0).clamp(0.0, 1.0)
}

/// Severity then and now per challenge, in the newer session's language.
pub fn severities(c: &Comparison, model: &Assessment, lang: Lang) -> String {
    let then_word = crate::tr!(lang, "compare-then");
    let now_word = crate::tr!(lang, "compare-now-heading");
    let mut body = String::new();
    // The key: what the ring and the dot mean, in words.
    let _ = write!(
        body,
        r##"<circle cx="{:.1}" cy="{:.1}" r="6" fill="#fff" stroke="#1a1a1a" stroke-width="2"/><text x="{:.1}" y="{FONT}">{}</text><circle cx="{:.1}" cy="{:.1}" r="6" fill="#1a1a1a"/><text x="{:.1}" y="{FONT}">{}</text>"##,
        AXIS.0,
        FONT - 4.0,
        AXIS.0 + 12.0,
        esc(&then_word),
        AXIS.0 + 92.0,
        FONT - 4.0,
        AXIS.0 + 104.0,
        esc(&now_word)
    );
    let top = FONT + 10.0;
    for t in [0, 25, 50, 75, 100] {
        let _ = write!(
            body,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{t}</text>"##,
            at(f64::from(t)),
            top + FONT
        );
    }
    let start = top + FONT + 6.0;
    let mut grid = String::new();
    let mut y = start + 6.0;
    let mut desc = Vec::new();
    for x in &c.challenges {
        let name = model
            .challenge(&x.id)
            .map_or_else(|| x.id.clone(), |ch| ch.name.get(lang).to_owned());
        let wrapped = wrap(&name, NAME_CHARS);
        body.push_str(&lines(0.0, y + FONT, &wrapped, r#"font-weight="700""#));
        y += LINE * wrapped.len() as f64 + 8.0;
        let row = y + 6.0;
        let word = |v: Option<f64>, u: bool| {
            v.map_or_else(|| "–".to_owned(), |v| uncertain::severity(v, u))
        };
        let (then, now) = (
            word(x.severity.0, x.uncertain.0),
            word(x.severity.1, x.uncertain.1),
        );
        if let (Some(a), Some(b)) = x.severity {
            let _ = write!(
                body,
                r##"<line x1="{:.1}" y1="{row:.1}" x2="{:.1}" y2="{row:.1}" stroke="#555" stroke-width="3"/>"##,
                at(a),
                at(b)
            );
        }
        if let Some(a) = x.severity.0 {
            let _ = write!(
                body,
                r##"<circle cx="{:.1}" cy="{row:.1}" r="6" fill="#fff" stroke="{}" stroke-width="2.5"/>"##,
                at(a),
                colour(Some(a))
            );
        }
        if let Some(b) = x.severity.1 {
            let _ = write!(
                body,
                r##"<circle cx="{:.1}" cy="{row:.1}" r="6" fill="{}"/>"##,
                at(b),
                colour(Some(b))
            );
        }
        let _ = write!(
            body,
            r##"<text x="{:.1}" y="{:.1}">{} → {}</text>"##,
            AXIS.1 + 14.0,
            row + 4.5,
            esc(&then),
            esc(&now)
        );
        desc.push(crate::tr!(
            lang,
            "html-compare-row",
            name = name,
            then = then,
            now = now
        ));
        y = row + 16.0;
    }
    for t in [0, 25, 50, 75, 100] {
        let x = at(f64::from(t));
        let _ = write!(
            grid,
            r##"<line x1="{x:.1}" y1="{start:.1}" x2="{x:.1}" y2="{y:.1}" stroke="#c8c8c8"/>"##
        );
    }
    figure(
        "trend",
        (WIDTH, y),
        &crate::tr!(lang, "html-compare-figure", words = model.words(lang)),
        &desc.join("; "),
        &format!("{grid}{body}"),
    )
}
