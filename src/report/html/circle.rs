//! The vicious circle as an SVG figure: one box per challenge around an
//! ellipse, coloured by severity and labelled with it; links drawn thicker the
//! stronger they are, each with its strength beside (never on) its arrow.

use super::esc;
use super::svg::{FONT, LINE, WIDTH, colour, figure, level, lines, text_width, wrap};
use crate::model::assessment::Assessment;
use crate::model::scoring::Analysis;
use crate::report::uncertain;
use crate::text::Lang;
use std::fmt::Write;

/// A node's box: its name wrapped to lines of at most this many characters.
const NAME_CHARS: usize = 14;
/// A node's width: the longest line of a name, in bold, and a margin.
const NODE_W: f64 = 138.0;
/// The size of a link's strength.
const LABEL: f64 = 14.0;
/// Space kept free around the figure's edge.
const EDGE: f64 = 4.0;

/// A link to lay out: the indices of its two challenges and its label.
pub type LinkSpec = Option<(usize, usize, String)>;

/// An axis-aligned box: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect(pub f64, pub f64, pub f64, pub f64);

impl Rect {
    fn around((x, y): (f64, f64), w: f64, h: f64) -> Rect {
        Rect(x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0)
    }
    fn grow(self, by: f64) -> Rect {
        Rect(self.0 - by, self.1 - by, self.2 + by, self.3 + by)
    }
    pub fn overlaps(self, o: Rect) -> bool {
        self.0 < o.2 && o.0 < self.2 && self.1 < o.3 && o.1 < self.3
    }
    fn holds(self, o: Rect) -> bool {
        self.0 <= o.0 && self.1 <= o.1 && o.2 <= self.2 && o.3 <= self.3
    }
    fn contains(self, (x, y): (f64, f64)) -> bool {
        self.0 <= x && x <= self.2 && self.1 <= y && y <= self.3
    }
    /// Whether the segment from `p` to `q` passes through the box (sampled
    /// finely enough for boxes of a few pixels).
    pub fn crosses(self, p: (f64, f64), q: (f64, f64)) -> bool {
        (0..=200).any(|k| {
            let t = f64::from(k) / 200.0;
            self.contains((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t))
        })
    }
}

/// Where everything of the circle goes, in SVG units.
#[derive(Debug)]
pub struct Layout {
    pub size: (f64, f64),
    pub nodes: Vec<Rect>,
    /// Per link: its arrow from and to, and its strength's box (centre, size).
    pub links: Vec<Option<Link>>,
}

#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub label: Rect,
}

/// Where the segment from the centre of `r` towards `p` leaves `r`.
fn exit(r: Rect, centre: (f64, f64), (ux, uy): (f64, f64)) -> (f64, f64) {
    let tx = if ux.abs() < 1e-9 {
        f64::INFINITY
    } else {
        (r.2 - r.0) / 2.0 / ux.abs()
    };
    let ty = if uy.abs() < 1e-9 {
        f64::INFINITY
    } else {
        (r.3 - r.1) / 2.0 / uy.abs()
    };
    let t = tx.min(ty);
    (centre.0 + ux * t, centre.1 + uy * t)
}

/// Lays the circle out: `height` is a node's height, `links` the (from, to)
/// indices and strength label of each link. The ellipse grows taller until
/// every arrow is long enough to read and no label touches a node, an arrow
/// or another label.
pub fn layout(n: usize, height: f64, links: &[LinkSpec]) -> Layout {
    let n = n.max(1);
    let rx = WIDTH / 2.0 - NODE_W / 2.0 - EDGE;
    // The first challenge at the top, the others clockwise. Where two boxes
    // of the same height would overlap (7 or 9 challenges in a phone's width)
    // the ring is turned a quarter step, so that every pair differs in height
    // and a taller ellipse parts them.
    let (mut ry, mut turn) = (90.0, 0.0);
    loop {
        let cy = ry + height / 2.0 + 30.0;
        let centres: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let t = std::f64::consts::FRAC_PI_2
                    - (i as f64 + turn) * std::f64::consts::TAU / n as f64;
                (WIDTH / 2.0 + rx * t.cos(), cy - ry * t.sin())
            })
            .collect();
        let nodes: Vec<Rect> = centres
            .iter()
            .map(|&c| Rect::around(c, NODE_W, height))
            .collect();
        let size = (WIDTH, 2.0 * cy);
        let arrows: Vec<Option<Arrow>> = links
            .iter()
            .map(|l| {
                l.as_ref()
                    .map(|(i, j, _)| arrow(&nodes, &centres, links, *i, *j, cy))
            })
            .collect();
        let mut placed: Vec<Option<Link>> = Vec::with_capacity(links.len());
        for (l, a) in links.iter().zip(&arrows) {
            let link = l.as_ref().zip(a.as_ref()).map(|((_, _, text), a)| {
                let taken: Vec<Rect> = placed.iter().flatten().map(|p| p.label).collect();
                label(a, text, &nodes, &arrows, &taken, size)
            });
            placed.push(link);
        }
        if ry > 1000.0 && turn == 0.0 {
            (ry, turn) = (90.0, 0.25);
            continue;
        }
        if ry > 2000.0 || fits(&nodes, &placed, size) {
            return Layout {
                size,
                nodes,
                links: placed,
            };
        }
        ry += 10.0;
    }
}

/// An arrow's ends and the side its label prefers.
struct Arrow {
    from: (f64, f64),
    to: (f64, f64),
    normal: (f64, f64),
}

/// One link's arrow between the boxes of `i` and `j`; its label's side is away
/// from the centre, or, when the opposite link is drawn too, the arrow's own
/// side, both arrows shifted apart.
fn arrow(
    nodes: &[Rect],
    centres: &[(f64, f64)],
    links: &[LinkSpec],
    i: usize,
    j: usize,
    cy: f64,
) -> Arrow {
    let (p, q) = (centres[i], centres[j]);
    let len = ((q.0 - p.0).powi(2) + (q.1 - p.1).powi(2)).sqrt().max(1.0);
    let u = ((q.0 - p.0) / len, (q.1 - p.1) / len);
    let mut normal = (-u.1, u.0);
    let reverse = links.iter().flatten().any(|(a, b, _)| (*a, *b) == (j, i));
    let shift = if reverse { 6.0 } else { 0.0 };
    let mid = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
    if !reverse && (mid.0 - WIDTH / 2.0) * normal.0 + (mid.1 - cy) * normal.1 < 0.0 {
        normal = (-normal.0, -normal.1);
    }
    let from = exit(nodes[i], p, u);
    let to = exit(nodes[j], q, (-u.0, -u.1));
    Arrow {
        from: (from.0 + normal.0 * shift, from.1 + normal.1 * shift),
        to: (to.0 + normal.0 * shift, to.1 + normal.1 * shift),
        normal,
    }
}

/// The label of arrow `a`, set off the arrow along its normal: the first of a
/// few places along it (middle first, preferred side first) that touches no
/// node, no arrow and no label already `taken`.
fn label(
    a: &Arrow,
    text: &str,
    nodes: &[Rect],
    arrows: &[Option<Arrow>],
    taken: &[Rect],
    (fw, fh): (f64, f64),
) -> Link {
    let (w, h) = (text_width(text, LABEL, true), LABEL);
    let frame = Rect(0.0, 0.0, fw, fh);
    let mut first = None;
    for side in [1.0, -1.0] {
        let n = (a.normal.0 * side, a.normal.1 * side);
        // Far enough along the normal that the label's box clears the line
        // and the white halo drawn around its glyphs.
        let off = n.0.abs() * w / 2.0 + n.1.abs() * h / 2.0 + 6.0;
        for t in [0.5, 0.38, 0.62, 0.28, 0.72] {
            let m = (
                a.from.0 + (a.to.0 - a.from.0) * t,
                a.from.1 + (a.to.1 - a.from.1) * t,
            );
            let rect = Rect::around((m.0 + n.0 * off, m.1 + n.1 * off), w, h);
            let link = Link {
                from: a.from,
                to: a.to,
                label: rect,
            };
            let free = frame.holds(rect)
                && nodes.iter().all(|r| !r.grow(2.0).overlaps(rect))
                && arrows
                    .iter()
                    .flatten()
                    .all(|o| !rect.grow(2.0).crosses(o.from, o.to))
                && taken.iter().all(|o| !rect.grow(2.0).overlaps(*o));
            if free {
                return link;
            }
            first.get_or_insert(link);
        }
    }
    // None is free: the first place, which `fits` refuses, so the ellipse grows.
    first.unwrap_or(Link {
        from: a.from,
        to: a.to,
        label: Rect::around(a.from, w, h),
    })
}

fn fits(nodes: &[Rect], links: &[Option<Link>], (w, h): (f64, f64)) -> bool {
    let frame = Rect(0.0, 0.0, w, h);
    let apart = nodes
        .iter()
        .enumerate()
        .all(|(a, r)| frame.holds(*r) && nodes[a + 1..].iter().all(|o| !r.grow(4.0).overlaps(*o)));
    let drawn: Vec<&Link> = links.iter().flatten().collect();
    apart
        && drawn.iter().enumerate().all(|(k, l)| {
            let long = ((l.to.0 - l.from.0).powi(2) + (l.to.1 - l.from.1).powi(2)).sqrt() >= 36.0;
            long && frame.holds(l.label)
                && nodes.iter().all(|r| !r.grow(2.0).overlaps(l.label))
                && drawn
                    .iter()
                    .all(|o| !l.label.grow(2.0).crosses(o.from, o.to))
                && drawn[k + 1..]
                    .iter()
                    .all(|o| !l.label.grow(2.0).overlaps(o.label))
        })
}

/// The vicious circle: one node per challenge, coloured by severity and labelled
/// with it; links drawn thicker the stronger they are, each labelled with its strength.
pub fn circle(model: &Assessment, a: &Analysis, lang: Lang) -> String {
    let name = |id: &str| {
        model
            .challenge(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let names: Vec<Vec<String>> = model
        .challenges
        .iter()
        .map(|c| wrap(c.name.get(lang), NAME_CHARS))
        .collect();
    let most = names.iter().map(Vec::len).max().unwrap_or(1);
    let height = LINE * (most + 1) as f64 + 12.0;
    let index = |id: &str| model.challenges.iter().position(|c| c.id == id);
    let causal = model.causal.iter().flat_map(|c| c.links.iter());
    let results: Vec<Option<&crate::model::scoring::LinkResult>> = (0..causal.clone().count())
        .map(|k| a.circle.as_ref().and_then(|c| c.links.get(k)))
        .collect();
    let strengths: Vec<Option<f64>> = results.iter().map(|r| r.and_then(|l| l.strength)).collect();
    // Each figure as the terminal shows it: whole, and marked when its basis is
    // uncertain (the caption says what the mark means).
    let spec: Vec<LinkSpec> = causal
        .zip(&results)
        .map(|(link, result)| {
            Some((
                index(&link.from)?,
                index(&link.to)?,
                result
                    .and_then(|l| Some(uncertain::severity(l.strength?, l.uncertain)))
                    .unwrap_or_default(),
            ))
        })
        .collect();
    let plan = layout(model.challenges.len(), height, &spec);

    let mut body = String::from(
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>"##,
    );
    let mut links_desc = Vec::new();
    for ((link, spec), drawn) in model
        .causal
        .iter()
        .flat_map(|c| c.links.iter())
        .zip(spec.iter().zip(&strengths))
        .zip(&plan.links)
    {
        let ((Some((_, _, text)), strength), Some(l)) = (spec, drawn) else {
            continue;
        };
        let width = strength.map_or(1.5, |s| 1.0 + s / 16.0);
        let _ = write!(
            body,
            r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333" stroke-width="{width:.1}" marker-end="url(#arrow)"/>"##,
            l.from.0, l.from.1, l.to.0, l.to.1
        );
        if strength.is_some() {
            let (x, y) = ((l.label.0 + l.label.2) / 2.0, l.label.3 - 2.0);
            let _ = write!(
                body,
                r##"<text x="{x:.1}" y="{y:.1}" text-anchor="middle" font-size="{LABEL}" font-weight="700" fill="#1a1a1a" stroke="#fff" stroke-width="4" paint-order="stroke">{text}</text>"##
            );
            links_desc.push(format!("{} → {} {text}", name(&link.from), name(&link.to)));
        }
    }
    let mut desc = Vec::new();
    for (((c, r), rect), lines_of) in model
        .challenges
        .iter()
        .zip(&a.challenges)
        .zip(&plan.nodes)
        .zip(&names)
    {
        let sev = r.severity();
        let word = sev.map_or_else(
            || "–".to_owned(),
            |s| {
                format!(
                    "{} {}",
                    uncertain::severity(s, r.uncertain),
                    level(s, lang).1
                )
            },
        );
        desc.push(format!("{} {}", c.name.get(lang), word));
        let x = (rect.0 + rect.2) / 2.0;
        let top = rect.1 + 6.0 + FONT;
        let _ = write!(
            body,
            r##"<g class="node"><rect x="{:.1}" y="{:.1}" width="{NODE_W:.0}" height="{height:.0}" rx="10" fill="{}" stroke="#1a1a1a" stroke-width="1.5"/>{}<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#fff">{}</text></g>"##,
            rect.0,
            rect.1,
            colour(sev),
            lines(
                x,
                top,
                lines_of,
                r##"text-anchor="middle" font-weight="700" fill="#fff""##
            ),
            top + LINE * lines_of.len() as f64,
            esc(&word),
        );
    }
    let title = model.causal.as_ref().map_or_else(
        || model.title.get(lang).to_owned(),
        |c| c.name.get(lang).to_owned(),
    );
    let desc = format!(
        "{}: {}. {}: {}.",
        crate::tr!(
            lang,
            "html-severity-per-challenge",
            words = model.words(lang)
        ),
        desc.join(", "),
        crate::tr!(lang, "html-strength-links"),
        links_desc.join(", ")
    );
    figure("circle", plan.size, &title, &desc, &body)
}
