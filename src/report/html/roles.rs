//! Mean per role group for every challenge, as an SVG bar chart whose bars run
//! from the model's scale minimum, along a labelled axis over the scale's full
//! range, so a bar's length is its place on the scale.

use super::svg::{FONT, LINE, WIDTH, figure, lines, wrap};
use crate::model::assessment::Assessment;
use crate::model::scoring::Analysis;
use crate::text::{Lang, decimal};
use std::fmt::Write;

/// Where the axis starts and ends, in SVG units; role names to its left, the
/// mean written to its right.
pub const AXIS: (f64, f64) = (150.0, 340.0);
/// A role's name wraps at this many characters, to stay left of the axis.
const ROLE_CHARS: usize = 20;
/// A challenge's name wraps at this many characters (400 units in bold).
const NAME_CHARS: usize = 40;
/// Ticks closer than this, in SVG units, would crowd their numbers.
const TICK_GAP: f64 = 28.0;

/// The x of `value` on the axis from the scale's `min` to `max`.
pub fn at(value: f64, (min, max): (f64, f64)) -> f64 {
    let span = (max - min).max(1.0);
    AXIS.0 + (AXIS.1 - AXIS.0) * ((value - min) / span).clamp(0.0, 1.0)
}

/// The values that get a tick: every value of the scale, thinned so that the
/// numbers never touch.
pub fn ticks(min: i32, max: i32) -> Vec<i32> {
    let span = f64::from((max - min).max(1));
    let per = (AXIS.1 - AXIS.0) / span;
    let step = (TICK_GAP / per).ceil().max(1.0) as i32;
    let mut out: Vec<i32> = (min..=max).step_by(step as usize).collect();
    if out.last() != Some(&max) {
        out.pop();
        out.push(max);
    }
    out
}

/// Mean per role group for every challenge: one labelled bar per group and challenge.
pub fn roles(model: &Assessment, a: &Analysis, lang: Lang) -> String {
    let (min, max) = (model.scale.min(), model.scale.max());
    let range = (f64::from(min), f64::from(max));
    let mut body = String::new();
    let mut desc = Vec::new();
    // The axis: its name, then a number over each tick; grid lines are drawn
    // once the chart's height is known.
    let axis = crate::tr!(lang, "html-axis-mean", min = min, max = max);
    let _ = write!(
        body,
        r##"<text x="{:.1}" y="{FONT}" text-anchor="middle" fill="#555">{}</text>"##,
        (AXIS.0 + AXIS.1) / 2.0,
        super::esc(&axis)
    );
    let ticks = ticks(min, max);
    for t in &ticks {
        let _ = write!(
            body,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle">{t}</text>"##,
            at(f64::from(*t), range),
            FONT + LINE + 2.0
        );
    }
    let start = FONT + LINE + 8.0;
    let mut y = start + 6.0;
    for (c, r) in model.challenges.iter().zip(&a.challenges) {
        let name = wrap(c.name.get(lang), NAME_CHARS);
        body.push_str(&lines(0.0, y + FONT, &name, r#"font-weight="700""#));
        y += LINE * name.len() as f64 + 6.0;
        // A challenge's means are on its own scale: drawn to the same share
        // of the model's axis, and printed as they are.
        let own = model.challenge_scale(c);
        let on_axis = |m: f64| match own.id == model.scale.id {
            true => m,
            false => range.0 + own.to_severity(m) / 100.0 * (range.1 - range.0),
        };
        for (g, mean) in &r.role_means {
            let label = wrap(&a.groups.name(g, lang), ROLE_CHARS);
            let value = decimal(lang, *mean, 1);
            let right = at(on_axis(*mean), range);
            let _ = write!(
                body,
                r##"{}<rect x="{:.1}" y="{:.1}" width="{:.1}" height="14" fill="#0b4f8a"/><text x="{:.1}" y="{:.1}">{value}</text>"##,
                lines(0.0, y + FONT, &label, ""),
                AXIS.0,
                y + 2.0,
                right - AXIS.0,
                AXIS.1 + 6.0,
                y + FONT
            );
            desc.push(format!(
                "{}: {} {value}",
                c.name.get(lang),
                a.groups.name(g, lang)
            ));
            y += LINE * label.len() as f64 + 6.0;
        }
        if r.role_means.is_empty() {
            y += LINE;
        }
        y += 8.0;
    }
    // Grid lines go under the bars: drawn first.
    let mut grid = String::new();
    for t in &ticks {
        let x = at(f64::from(*t), range);
        let _ = write!(
            grid,
            r##"<line x1="{x:.1}" y1="{start:.1}" x2="{x:.1}" y2="{y:.1}" stroke="#c8c8c8"/>"##
        );
    }
    let _ = write!(
        grid,
        r##"<line x1="{:.1}" y1="{start:.1}" x2="{:.1}" y2="{start:.1}" stroke="#555"/>"##,
        AXIS.0, AXIS.1
    );
    figure(
        "roles",
        (WIDTH, y),
        &crate::tr!(
            lang,
            "html-mean-per-role-challenge",
            words = model.words(lang)
        ),
        &format!("{axis}. {}", desc.join("; ")),
        &format!("{grid}{body}"),
    )
}
