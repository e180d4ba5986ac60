//! The report's own figures under a reveal, where the model has a reference
//! beside the statement or its dimension: the figures, n and when they were
//! collected, and the caution, always with them, in the theme's muted slot;
//! for a reference for one group, whom it concerns and, where the privacy
//! rules show that group apart, the workshop's own share of it beside each
//! figure; and the report's own question where the model gives it.
//! Nothing is computed between them and the group's figures: no difference,
//! arrow or colour (docs/model-format.md, "Reference figures"). Who answered
//! in the report is in the report's own section, not on the projector.

use crate::model::assessment::{Assessment, Beside, Challenge, Reference, Statement};
use crate::report::document::reference_finding;
use crate::text::Lang;
use crate::tui::shared::Shared;
use crate::tui::widgets::block;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The model's references beside statement `s` of `c`, or beside `c` itself.
fn beside<'m>(m: &'m Assessment, c: &Challenge, s: &Statement) -> Vec<&'m Reference> {
    (m.references.iter())
        .filter(|r| match &r.beside {
            Beside::Statement(id) => *id == s.id,
            Beside::Dimension(id) => *id == c.id,
        })
        .collect()
}

/// The references' lines, wrapped, without their box.
fn paragraph(shared: &Shared, m: &Assessment, refs: &[&Reference]) -> Paragraph<'static> {
    let analysis = shared.work.as_ref().map(|w| &w.analysis);
    let (lang, t) = (shared.lang, &shared.theme);
    let mut lines = Vec::new();
    for r in refs {
        let f = reference_finding(m, r, analysis, lang);
        lines.push(Line::styled(
            format!("{} ({})", r.name.get(lang), r.source),
            t.title,
        ));
        // Whom the figures concern and what the report asked, before the
        // figures: beside the whole room they are one group's answer to
        // another question.
        for line in [f.concerns(lang), f.asked(lang)].into_iter().flatten() {
            lines.push(Line::styled(line, t.text));
        }
        let figures: Vec<String> = f.figures.iter().map(|x| x.words(lang)).collect();
        lines.push(Line::styled(figures.join(" · "), t.text));
        let facts = f.facts(lang);
        if !facts.is_empty() {
            lines.push(Line::styled(facts.join(" · "), t.muted));
        }
        lines.push(Line::styled(caution(lang, r), t.muted));
    }
    Paragraph::new(lines).wrap(Wrap { trim: true })
}

fn caution(lang: Lang, r: &Reference) -> String {
    format!(
        "{}: {} ({})",
        crate::tr!(lang, "report-reference-caution"),
        r.caution.text.get(lang),
        r.caution.source
    )
}

/// How many rows the references beside `s` take under a reveal `width` wide:
/// none where there are none; otherwise their lines as wrapped.
pub(super) fn height(shared: &Shared, c: &Challenge, s: &Statement, width: u16) -> u16 {
    let Some(work) = shared.work.as_ref() else {
        return 0;
    };
    let refs = beside(&work.model, c, s);
    if refs.is_empty() {
        return 0;
    }
    let lines = paragraph(shared, &work.model, &refs).line_count(width.saturating_sub(2));
    u16::try_from(lines.saturating_add(2)).unwrap_or(u16::MAX)
}

/// Draws the references beside `s` of `c` in `area`.
pub(super) fn draw(frame: &mut Frame, area: Rect, shared: &Shared, c: &Challenge, s: &Statement) {
    let Some(work) = shared.work.as_ref() else {
        return;
    };
    let refs = beside(&work.model, c, s);
    if refs.is_empty() || area.height < 3 {
        return;
    }
    let title = format!(" {} ", crate::tr!(shared.lang, "report-references"));
    let outer = block(&title, &shared.theme);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let text = paragraph(shared, &work.model, &refs);
    // What does not fit on a small screen is said to be in the report, whole,
    // rather than cut off without a word.
    let cut = text.line_count(inner.width) > usize::from(inner.height);
    let [text_area, more] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(u16::from(cut))]).areas(inner);
    frame.render_widget(text, text_area);
    if cut {
        let note = crate::tr!(shared.lang, "tui-reference-more");
        frame.render_widget(Line::styled(note, shared.theme.muted), more);
    }
}
