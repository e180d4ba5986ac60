//! The challenges drawn as a ring with arrows, in the model's order. The model
//! screen draws it bare; the circle screen colours nodes by severity and links by
//! strength.

use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use ratatui::widgets::canvas::{Canvas, Line as Segment};

/// A link's strength and whether it rests on an uncertain basis.
type Strength = (f64, bool);

/// Where each challenge sits: on an ellipse, the first at the top, clockwise.
fn positions(n: usize) -> Vec<(f64, f64)> {
    (0..n)
        .map(|i| {
            let angle =
                std::f64::consts::FRAC_PI_2 - (i as f64) * std::f64::consts::TAU / n.max(1) as f64;
            (0.72 * angle.cos(), 0.78 * angle.sin())
        })
        .collect()
}

fn color(style: Style) -> Color {
    style.fg.unwrap_or(Color::Reset)
}

/// Draws the open session's ring into `area` inside `block`, with the selected
/// challenge highlighted; `with_results` colours nodes by severity and links by strength.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    block: Block,
    shared: &Shared,
    selected: usize,
    with_results: bool,
) {
    let Some(work) = &shared.work else {
        return;
    };
    let (model, theme, lang, selected) = (&work.model, &shared.theme, shared.lang, Some(selected));
    let analysis = with_results.then_some(&work.analysis);
    let inner = block.inner(area);
    let n = model.challenges.len();
    let pos = positions(n);
    let index = |id: &str| model.challenges.iter().position(|c| c.id == id);
    // Canvas units per terminal cell, to centre labels.
    let cell_w = 2.0 / f64::from(inner.width.max(1));
    let cell_h = 2.0 / f64::from(inner.height.max(1));
    let links: Vec<(usize, usize, Option<Strength>)> = model
        .causal
        .iter()
        .flat_map(|c| c.links.iter().enumerate())
        .filter_map(|(k, l)| {
            let strength = analysis
                .and_then(|a| a.circle.as_ref())
                .and_then(|c| c.links.get(k))
                .and_then(|r| r.strength.map(|s| (s, r.uncertain)));
            Some((index(&l.from)?, index(&l.to)?, strength))
        })
        .collect();
    let canvas = Canvas::default()
        .block(block)
        // The canvas clears its cells to this colour: the theme's, not the terminal's.
        .background_color(theme.background.unwrap_or(Color::Reset))
        .marker(Marker::Braille)
        .x_bounds([-1.0, 1.0])
        .y_bounds([-1.0, 1.0])
        .paint(|ctx| {
            for (a, b, strength) in &links {
                let (x1, y1) = pos[*a];
                let (x2, y2) = pos[*b];
                let (dx, dy) = (x2 - x1, y2 - y1);
                let len = (dx * dx + dy * dy).sqrt().max(1e-6);
                let (ux, uy) = (dx / len, dy / len);
                // Leave room for the labels at both ends.
                let gap = 0.16_f64.min(len / 3.0);
                let (sx, sy) = (x1 + ux * gap, y1 + uy * gap);
                let (ex, ey) = (x2 - ux * gap, y2 - uy * gap);
                // A bare link in the secondary text's colour: the arrows say which
                // way the circle runs, and a border's colour is too faint for that.
                let c = strength.map_or(color(theme.muted), |(s, _)| color(theme.severity(s)));
                ctx.draw(&Segment {
                    x1: sx,
                    y1: sy,
                    x2: ex,
                    y2: ey,
                    color: c,
                });
                // The arrowhead: the backward direction turned ±26°.
                for turn in [0.45_f64, -0.45] {
                    let (bx, by) = (-ux, -uy);
                    let (hx, hy) = (
                        bx * turn.cos() - by * turn.sin(),
                        bx * turn.sin() + by * turn.cos(),
                    );
                    ctx.draw(&Segment {
                        x1: ex,
                        y1: ey,
                        x2: ex + hx * 0.07,
                        y2: ey + hy * 0.07,
                        color: c,
                    });
                }
                if let Some((s, uncertain)) = strength {
                    let text = crate::report::uncertain::severity(*s, *uncertain);
                    let (mx, my) = ((sx + ex) / 2.0, (sy + ey) / 2.0);
                    let shift = text.len() as f64 * cell_w / 2.0;
                    ctx.print(
                        mx - shift,
                        my + cell_h / 2.0,
                        Line::styled(text, theme.severity(*s)),
                    );
                }
            }
            for (i, c) in model.challenges.iter().enumerate() {
                let (x, y) = pos[i];
                let result = analysis.and_then(|a| a.challenges.get(i));
                let severity = result.and_then(|r| r.severity());
                let label = match severity {
                    Some(s) => format!(
                        " {} {} ",
                        c.name.get(lang),
                        crate::report::uncertain::severity(s, result.is_some_and(|r| r.uncertain))
                    ),
                    None => format!(" {} ", c.name.get(lang)),
                };
                let mut style = severity.map_or(theme.text, |s| theme.severity(s));
                if selected == Some(i) {
                    style = theme.focus;
                }
                let width = unicode_width::UnicodeWidthStr::width(label.as_str()) as f64;
                // Keep the whole label inside the canvas, or it is not drawn at all.
                let left = (x - width * cell_w / 2.0).clamp(-1.0, (1.0 - width * cell_w).max(-1.0));
                ctx.print(left, y, Line::from(Span::styled(label, style)));
            }
        });
    frame.render_widget(canvas, area);
}
