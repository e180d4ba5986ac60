//! The recommendations the model ties to a phase, under the phase of the area
//! in focus (docs/model-format.md, "Principles and recommendations": "each
//! area placed in a phase lists the recommendations tied to that phase").
//! Each is given with where the report makes the tie; a tie the report only
//! implies (`own`) is marked as klarhet's reading of it, as every other text of
//! klarhet's own is marked, so that no one takes it for the report's word.

use crate::model::assessment::Recommendation;
use crate::text::Lang;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// The recommendations tied to the phase `phase`, in the model's order, under
/// a heading; or, when the model ties none to it, that it ties none.
pub(super) fn tied(
    recommendations: &[Recommendation],
    phase: &str,
    lang: Lang,
    t: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::raw(""),
        Line::styled(crate::tr!(lang, "tui-phases-recommendations"), t.title),
    ];
    let ties = recommendations
        .iter()
        .filter_map(|r| Some((r, r.phases.iter().find(|tie| tie.phase == phase)?)));
    for (recommendation, tie) in ties {
        let from = if tie.own {
            crate::tr!(lang, "tui-phases-tie-own", source = tie.source.as_str())
        } else {
            tie.source.clone()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("• {}", recommendation.text.get(lang)), t.text),
            Span::styled(format!("  ({from})"), t.muted),
        ]));
    }
    if lines.len() == 2 {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-phases-no-recommendations"),
            t.muted,
        ));
    }
    lines
}
