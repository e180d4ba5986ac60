//! The rounds of a statement side by side under its reveal, when the group has
//! voted on it more than once: per round its distribution, n, median and
//! consensus, then the shift in words. Each round is shown by the rules of a
//! single one (see `model::scoring::rounds`).

use crate::model::scoring::{Agreement, RoundFigures, Shift};
use crate::report::shift::{median_text, round_name, words};
use crate::text::{Lang, decimal};
use crate::tui::shared::Shared;
use crate::tui::widgets::block;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// How many rows the rounds of `rounds` take under a reveal `width` wide:
/// none for a statement voted on once; otherwise their lines as wrapped, so
/// that a shift said in one line leaves the row above to the results.
pub(super) fn height(shared: &Shared, rounds: &[RoundFigures], width: u16) -> u16 {
    if rounds.is_empty() {
        return 0;
    }
    let lines = paragraph(shared, rounds).line_count(width.saturating_sub(2));
    u16::try_from(lines.saturating_add(2)).unwrap_or(u16::MAX)
}

/// Draws `rounds` in `area`.
pub(super) fn draw(frame: &mut Frame, area: Rect, shared: &Shared, rounds: &[RoundFigures]) {
    let title = format!(" {} ", crate::tr!(shared.lang, "tui-rounds-title"));
    frame.render_widget(
        paragraph(shared, rounds).block(block(&title, &shared.theme)),
        area,
    );
}

/// The rounds' lines, a line a round and the shift in words, wrapped.
fn paragraph<'a>(shared: &Shared, rounds: &[RoundFigures]) -> Paragraph<'a> {
    let (lang, t) = (shared.lang, &shared.theme);
    let mut lines: Vec<Line> = rounds
        .iter()
        .map(|r| {
            let name = format!("{:<9}", round_name(lang, r.round));
            if r.stats.withheld {
                let why = crate::tr!(lang, "report-round-withheld");
                return Line::from(vec![
                    Span::styled(name, t.muted),
                    Span::styled(why, t.muted),
                ]);
            }
            Line::from(vec![
                Span::styled(name, t.muted),
                Span::styled(spark(&r.stats.counts), t.title),
                Span::styled(figures(lang, r), t.text),
            ])
        })
        .collect();
    if let Some(said) = Shift::across(rounds).and_then(|s| words(lang, &s)) {
        lines.push(Line::styled(capitalised(&said), t.focus));
    }
    Paragraph::new(lines).wrap(Wrap { trim: true })
}

/// n, median and consensus of one round, as the reveal writes them.
fn figures(lang: Lang, r: &RoundFigures) -> String {
    let s = &r.stats;
    let median = s
        .median
        .map_or_else(|| "–".to_owned(), |m| median_text(lang, m));
    let consensus = s.consensus.map_or_else(
        || "–".to_owned(),
        |c| format!("{} {}", decimal(lang, c, 2), Agreement::of(c).label(lang)),
    );
    format!(
        "  n {}  {} {median}  {} {consensus}",
        s.n,
        crate::tr!(lang, "tui-median"),
        crate::tr!(lang, "tui-consensus"),
    )
}

/// The distribution as a row of bars, one a scale value, scaled to its largest.
fn spark(counts: &[(i32, u32)]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    counts
        .iter()
        .map(|(_, n)| match n {
            0 => '·',
            n => BARS[((n * 7).div_ceil(most)) as usize],
        })
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join("")
}

/// The sentence with its first letter upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
