//! Inline SVG figures for the HTML report. Every figure has a `<title>` and a
//! `<desc>` that says in words what it shows, and every value is written out as a
//! number, so no figure relies on colour alone.

use super::esc;
use crate::model::assessment::Assessment;
use crate::model::scoring::Analysis;
use crate::text::{Lang, decimal};
use std::fmt::Write;

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

fn colour(value: Option<f64>) -> &'static str {
    match value {
        Some(v) if v >= 70.0 => "#b3261e",
        Some(v) if v >= 40.0 => "#8a5a00",
        Some(_) => "#2e7d32",
        None => "#6b6b6b",
    }
}

/// The vicious circle: one node per challenge, coloured by severity and labelled
/// with it; links drawn thicker the stronger they are, each labelled with its strength.
pub fn circle(model: &Assessment, a: &Analysis, lang: Lang) -> String {
    let n = model.challenges.len().max(1);
    let (cx, cy, rx, ry) = (320.0, 250.0, 230.0, 180.0);
    let pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let t = std::f64::consts::FRAC_PI_2 - i as f64 * std::f64::consts::TAU / n as f64;
            (cx + rx * t.cos(), cy - ry * t.sin())
        })
        .collect();
    let name = |id: &str| {
        model
            .challenge(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let title = model.causal.as_ref().map_or_else(
        || model.title.get(lang).to_owned(),
        |c| c.name.get(lang).to_owned(),
    );
    let mut desc = Vec::new();
    for (c, r) in model.challenges.iter().zip(&a.challenges) {
        let sev = r
            .severity()
            .map_or_else(|| "–".to_owned(), |s| format!("{s:.0}"));
        desc.push(format!("{} {sev}", c.name.get(lang)));
    }
    let mut links_desc = Vec::new();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg role="img" aria-labelledby="circle-title circle-desc" viewBox="0 0 640 500" xmlns="http://www.w3.org/2000/svg"><title id="circle-title">{}</title>"##,
        esc(&title)
    );
    let mut body = String::new();
    let _ = write!(
        body,
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>"##
    );
    let index = |id: &str| model.challenges.iter().position(|c| c.id == id);
    for (k, link) in model.causal.iter().flat_map(|c| c.links.iter()).enumerate() {
        let (Some(i), Some(j)) = (index(&link.from), index(&link.to)) else {
            continue;
        };
        let strength = a
            .circle
            .as_ref()
            .and_then(|c| c.links.get(k))
            .and_then(|l| l.strength);
        let ((x1, y1), (x2, y2)) = (pos[i], pos[j]);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / len, dy / len);
        let (sx, sy, ex, ey) = (
            x1 + ux * 50.0,
            y1 + uy * 50.0,
            x2 - ux * 52.0,
            y2 - uy * 52.0,
        );
        let width = strength.map_or(1.5, |s| 1.0 + s / 16.0);
        let _ = write!(
            body,
            r##"<line x1="{sx:.1}" y1="{sy:.1}" x2="{ex:.1}" y2="{ey:.1}" stroke="#333" stroke-width="{width:.1}" marker-end="url(#arrow)"/>"##
        );
        if let Some(s) = strength {
            let (mx, my) = ((sx + ex) / 2.0, (sy + ey) / 2.0);
            let _ = write!(
                body,
                r##"<text x="{mx:.1}" y="{my:.1}" text-anchor="middle" font-size="14" font-weight="700" fill="#1a1a1a" stroke="#fff" stroke-width="4" paint-order="stroke">{s:.0}</text>"##
            );
            links_desc.push(format!("{} → {} {s:.0}", name(&link.from), name(&link.to)));
        }
    }
    for (i, (c, r)) in model.challenges.iter().zip(&a.challenges).enumerate() {
        let (x, y) = pos[i];
        let sev = r.severity();
        let _ = write!(
            body,
            r##"<g class="node"><ellipse cx="{x:.1}" cy="{y:.1}" rx="62" ry="34" fill="{}" stroke="#1a1a1a" stroke-width="1.5"/><text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="14" font-weight="700" fill="#fff">{}</text><text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="14" fill="#fff">{}</text></g>"##,
            colour(sev),
            y - 3.0,
            esc(c.name.get(lang)),
            y + 15.0,
            sev.map_or_else(
                || "–".to_owned(),
                |s| format!("{s:.0} {}", level(s, lang).1)
            ),
        );
    }
    let _ = write!(
        svg,
        r##"<desc id="circle-desc">{}: {}. {}: {}.</desc>{body}</svg>"##,
        crate::tr!(lang, "html-severity-per-challenge"),
        esc(&desc.join(", ")),
        crate::tr!(lang, "html-strength-links"),
        esc(&links_desc.join(", "))
    );
    svg
}

/// The distribution of answers to each statement of one challenge: a row of bars
/// per statement, one bar per value plus vet ej, each with its count written above.
pub fn distribution(model: &Assessment, a: &Analysis, challenge: usize, lang: Lang) -> String {
    let (Some(c), Some(r)) = (model.challenges.get(challenge), a.challenges.get(challenge)) else {
        return String::new();
    };
    let mut values: Vec<String> = model
        .scale
        .options
        .iter()
        .map(|o| o.value.to_string())
        .collect();
    if model.scale.unknown.is_some() {
        values.push(crate::tr!(lang, "html-dont-know-short"));
    }
    let row_h = 70.0;
    let height = 20.0 + row_h * r.statements.len() as f64;
    let max = r
        .statements
        .iter()
        .flat_map(|s| s.counts.iter().map(|(_, k)| *k).chain([s.unknown]))
        .max()
        .unwrap_or(1)
        .max(1);
    let id = format!("dist-{challenge}");
    let mut desc = Vec::new();
    let mut body = String::new();
    for (k, s) in r.statements.iter().enumerate() {
        let top = 10.0 + row_h * k as f64;
        let _ = write!(
            body,
            r##"<text x="0" y="{:.1}" font-size="13" font-weight="700">{} {}</text>"##,
            top + 35.0,
            crate::tr!(lang, "html-statement-short"),
            k + 1
        );
        if s.withheld {
            let note = crate::tr!(lang, "report-withheld", count = a.threshold);
            let _ = write!(
                body,
                r##"<text x="70" y="{:.1}" font-size="13" fill="#555">{}</text>"##,
                top + 35.0,
                esc(&note)
            );
            desc.push(format!(
                "{} {}: {note}",
                crate::tr!(lang, "csv-statement"),
                k + 1
            ));
            continue;
        }
        let mut counts: Vec<u32> = s.counts.iter().map(|(_, n)| *n).collect();
        if model.scale.unknown.is_some() {
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
        for (b, (label, count)) in values.iter().zip(&counts).enumerate() {
            let x = 70.0 + b as f64 * 80.0;
            let h = 36.0 * f64::from(*count) / f64::from(max);
            let fill = if b == model.scale.options.len() {
                "#6b6b6b"
            } else {
                "#0b4f8a"
            };
            let _ = write!(
                body,
                r##"<rect x="{x:.1}" y="{:.1}" width="50" height="{h:.1}" fill="{fill}"/><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12">{count}</text><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="#555">{}</text>"##,
                top + 44.0 - h,
                x + 25.0,
                top + 40.0 - h,
                x + 25.0,
                top + 58.0,
                esc(label)
            );
        }
    }
    format!(
        r##"<svg role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 560 {height:.0}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}: {}</title><desc id="{id}-d">{}</desc>{body}</svg>"##,
        crate::tr!(lang, "html-distribution-answers"),
        esc(c.name.get(lang)),
        esc(&desc.join("; "))
    )
}

/// Mean per role group for every challenge: one labelled bar per group and challenge.
pub fn roles(model: &Assessment, a: &Analysis, lang: Lang) -> String {
    let (min, width) = (f64::from(model.scale.min()), model.scale.width().max(1.0));
    let rows: usize = a.challenges.iter().map(|c| c.role_means.len().max(1)).sum();
    let height = 10.0 + 22.0 * rows as f64 + 14.0 * a.challenges.len() as f64;
    let mut body = String::new();
    let mut desc = Vec::new();
    let mut y = 10.0;
    for (c, r) in model.challenges.iter().zip(&a.challenges) {
        let _ = write!(
            body,
            r##"<text x="0" y="{:.1}" font-size="13" font-weight="700">{}</text>"##,
            y + 14.0,
            esc(c.name.get(lang))
        );
        for (g, mean) in &r.role_means {
            let w = 260.0 * (mean - min) / width;
            let label = format!("{} {}", g.label(lang), decimal(lang, *mean, 1));
            let _ = write!(
                body,
                r##"<rect x="150" y="{:.1}" width="{w:.1}" height="14" fill="#0b4f8a"/><text x="{:.1}" y="{:.1}" font-size="12">{}</text>"##,
                y + 3.0,
                156.0 + w,
                y + 14.0,
                esc(&label)
            );
            desc.push(format!("{}: {label}", c.name.get(lang)));
            y += 22.0;
        }
        if r.role_means.is_empty() {
            y += 22.0;
        }
        y += 14.0;
    }
    format!(
        r##"<svg role="img" aria-labelledby="roles-t roles-d" viewBox="0 0 600 {height:.0}" xmlns="http://www.w3.org/2000/svg"><title id="roles-t">{}</title><desc id="roles-d">{}</desc>{body}</svg>"##,
        crate::tr!(lang, "html-mean-per-role-challenge"),
        esc(&desc.join("; "))
    )
}
