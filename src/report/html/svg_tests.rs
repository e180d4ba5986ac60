//! The figures' geometry, checked on numbers before any browser draws them.

use super::super::circle::{Rect, layout};
use super::super::{roles, trend};
use super::*;

/// A Halmstad model whose challenges have long names (40 characters, åäö) and
/// whose first challenge has seven statements (the others four or five).
fn long_model() -> Assessment {
    let mut m = Assessment::halmstad().expect("the shipped model loads");
    for (k, c) in m.challenges.iter_mut().enumerate() {
        let long = format!("Ärendehanteringens återkommande övergång{k}");
        c.name.set("sv", long.clone());
        c.name.set("en", long);
    }
    let mut extra: Vec<_> = m.challenges[1].statements[..3].to_vec();
    for (k, s) in extra.iter_mut().enumerate() {
        s.id = format!("otydlighet.extra-{k}");
    }
    m.challenges[0].statements.extend(extra);
    m
}

#[test]
fn wrapped_lines_are_never_longer_than_asked() {
    for text in [
        "Otydlighet",
        "Ärendehanteringens återkommande övergång",
        &"ö".repeat(50),
    ] {
        for max in [5, 14, 40] {
            let lines = wrap(text, max);
            assert!(lines.iter().all(|l| l.chars().count() <= max), "{lines:?}");
            let joined: String = lines.iter().map(|l| l.trim_end_matches('-')).collect();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }
}

#[test]
fn no_link_label_lies_on_an_arrow_or_a_node() {
    for n in [3, 6, 9] {
        for height in [44.0, 60.0, 92.0] {
            let mut links: Vec<Option<(usize, usize, String)>> = (0..n)
                .map(|i| Some((i, (i + 1) % n, "100".to_owned())))
                .collect();
            // A link both ways and one across the middle.
            links.push(Some((1, 0, "88".to_owned())));
            if n >= 6 {
                links.push(Some((0, n / 2, "77".to_owned())));
            }
            let plan = layout(n, height, &links);
            let drawn: Vec<_> = plan.links.iter().flatten().collect();
            for (k, l) in drawn.iter().enumerate() {
                for o in &drawn {
                    assert!(!l.label.crosses(o.from, o.to), "n={n}: {l:?} on {o:?}");
                }
                for r in &plan.nodes {
                    assert!(!l.label.overlaps(*r), "n={n}: {l:?} on {r:?}");
                }
                for o in &drawn[k + 1..] {
                    assert!(!l.label.overlaps(o.label), "n={n}: {l:?} on {o:?}");
                }
                let frame = Rect(0.0, 0.0, plan.size.0, plan.size.1);
                assert!(l.label.0 >= frame.0 && l.label.2 <= frame.2 && l.label.3 <= frame.3);
            }
        }
    }
}

#[test]
fn role_bars_start_at_the_scale_minimum_on_an_axis_over_the_whole_scale() {
    let (min, max) = (1.0, 5.0);
    assert_eq!(roles::at(min, (min, max)), roles::AXIS.0);
    assert_eq!(roles::at(max, (min, max)), roles::AXIS.1);
    assert_eq!(roles::ticks(1, 5), vec![1, 2, 3, 4, 5]);
    let many = roles::ticks(0, 100);
    assert_eq!((many.first(), many.last()), (Some(&0), Some(&100)));
    assert!(many.len() < 10, "{many:?}");
    // The figure draws the axis from the model's scale, not from 1–5.
    let mut m = Assessment::halmstad().expect("the shipped model loads");
    for (k, o) in m.scale.options.iter_mut().enumerate() {
        o.value = k as i32;
    }
    let s = crate::demo::session(&m, jiff::civil::date(2026, 11, 22), Lang::SV);
    let a = crate::model::scoring::analyse(&s, &m);
    let svg = roles::roles(&m, &a, Lang::SV);
    assert!(svg.contains("Medelvärde på skalan 0–4"), "{svg}");
    let bar = svg.split("<rect ").nth(1).expect("a bar");
    assert!(
        bar.starts_with(&format!("x=\"{:.1}\"", roles::AXIS.0)),
        "{bar}"
    );
}

/// Every text of `svg` fits its viewBox by the generous width estimate.
fn texts_fit(svg: &str) {
    let view = svg.split("viewBox=\"0 0 ").nth(1).expect("a viewBox");
    let width: f64 = view
        .split(' ')
        .next()
        .and_then(|w| w.parse().ok())
        .expect("a width");
    let number = |attrs: &str, name: &str| -> f64 {
        let at = attrs
            .split(&format!(" {name}=\""))
            .nth(1)
            .expect("the attribute");
        at.split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("a number")
    };
    for element in svg.split("<text ").skip(1) {
        let element = element.split("</text>").next().expect("a text");
        let attrs = format!(" {}", element.split('>').next().expect("attributes"));
        let middle = attrs.contains("text-anchor=\"middle\"");
        let size = if attrs.contains(" font-size=") {
            number(&attrs, "font-size")
        } else {
            FONT
        };
        let spans: Vec<(f64, &str)> = if element.contains("<tspan") {
            element
                .split("<tspan")
                .skip(1)
                .map(|t| {
                    (
                        number(t, "x"),
                        t.split('>')
                            .nth(1)
                            .and_then(|t| t.split('<').next())
                            .unwrap_or(""),
                    )
                })
                .collect()
        } else {
            vec![(number(&attrs, "x"), element.split('>').nth(1).unwrap_or(""))]
        };
        for (x, text) in spans {
            let w = text_width(text, size, true);
            let (left, right) = if middle {
                (x - w / 2.0, x + w / 2.0)
            } else {
                (x, x + w)
            };
            assert!(
                left >= -0.5 && right <= width + 0.5,
                "{text:?} at {x}: {left}..{right} of {width}"
            );
        }
    }
}

#[test]
fn long_names_are_wrapped_inside_the_figures() {
    let m = long_model();
    let s = crate::demo::session(&m, jiff::civil::date(2026, 11, 22), Lang::SV);
    let a = crate::model::scoring::analyse(&s, &m);
    let circle = circle(&m, &a, Lang::SV);
    texts_fit(&circle);
    texts_fit(&roles(&m, &a, Lang::SV));
    texts_fit(&distribution(&m, &a, 0, Lang::SV));
    // Every name is drawn whole: short words as they are, a long one hyphenated.
    for piece in ["Ärendehanteri-", "ngens", "återkommande", "övergång0"] {
        assert!(circle.contains(&format!(">{piece}<")), "{piece}");
    }
    let c = crate::report::compare::compare(&s, &m, &s, &m).expect("same model");
    texts_fit(&trend::severities(&c, &m, Lang::SV));
}
