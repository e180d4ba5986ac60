//! The reveal of a statement on a categorical scale (issue 28): the count and
//! share of each option in the model's order, and each shown group's shares;
//! no median, mean, consensus or severity, which its codes do not have.

use crate::model::assessment::Scale;
use crate::model::scoring::StatementStats;
use crate::text::{Lang, percent};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// One line per option: its label, its count and its share of n.
pub(super) fn shares(
    lang: Lang,
    t: &Theme,
    scale: &Scale,
    stats: &StatementStats,
) -> Vec<Line<'static>> {
    let width = (scale.options.iter())
        .map(|o| o.label.get(lang).chars().count())
        .max()
        .unwrap_or(0);
    stats
        .counts
        .iter()
        .map(|(v, count)| {
            let label = scale.option(*v).map_or("", |o| o.label.get(lang));
            let share = stats
                .share(*v)
                .map_or_else(|| "–".to_owned(), |s| percent(lang, s));
            Line::from(vec![
                Span::styled(format!("{label:<width$} "), t.muted),
                Span::styled(format!("{count:>3}  {share}"), t.text),
            ])
        })
        .collect()
}

/// Each shown group's share of every option, one line per group, under a
/// heading; nothing where the privacy rules show no group.
pub(super) fn groups(
    lang: Lang,
    t: &Theme,
    scale: &Scale,
    stats: &StatementStats,
) -> Vec<Line<'static>> {
    if stats.group_counts.is_empty() {
        return Vec::new();
    }
    // The options named once in the heading, each group's shares in their
    // order below it: a line per group fits at 80 columns.
    let options: Vec<&str> = scale.options.iter().map(|o| o.label.get(lang)).collect();
    let heading = crate::tr!(lang, "tui-shares-per-role", options = options.join(" · "));
    let mut lines = vec![Line::styled(heading, t.muted)];
    for (group, counts) in &stats.group_counts {
        let n: u32 = counts.iter().map(|(_, c)| c).sum();
        let parts: Vec<String> = (counts.iter())
            .map(|(_, c)| percent(lang, f64::from(*c) / f64::from(n.max(1))))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", group.label(lang)), t.text),
            Span::styled(parts.join(" · "), t.key),
        ]));
    }
    lines
}
