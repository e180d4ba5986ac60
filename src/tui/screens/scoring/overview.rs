//! The challenge before and after voting: its statements, with how many have
//! answered each, never how.

use crate::tui::shared::Shared;
use crate::tui::widgets as view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Draws the challenge in focus with its statements.
pub(super) fn draw(frame: &mut Frame, area: Rect, shared: &Shared) {
    let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let [tabs, top, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(5),
        Constraint::Min(0),
    ])
    .areas(area);
    let mut spans = Vec::new();
    for (i, ch) in work.model.challenges.iter().enumerate() {
        let done = work.session.agreed.contains_key(&ch.id);
        let mark = if done { "✓" } else { " " };
        let style = if i == work.challenge {
            t.focus
        } else if done {
            t.step_done
        } else {
            t.muted
        };
        spans.push(Span::styled(
            format!(" {mark}{} ", ch.name.get(lang)),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let agreed = work.session.agreed.get(&c.id).map(|a| {
        format!(
            "{} {}",
            crate::tr!(lang, "tui-agreed-score-label"),
            crate::report::format::whole(a.severity_on(&work.model.scale))
        )
    });
    let mut head = vec![
        Line::styled(
            format!("{}: {}", c.name.get(lang), c.heading.get(lang)),
            t.title,
        ),
        Line::styled(c.description.get(lang), t.text),
    ];
    if let Some(a) = agreed {
        head.insert(1, Line::styled(a, t.ok));
    }
    frame.render_widget(Paragraph::new(head).wrap(Wrap { trim: true }), top);
    let voters = work.session.voters().len();
    let lines: Vec<Line> = c
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let tally = work.session.responses.tally(&s.id);
            let how = if work.session.responses.is_tally(&s.id) {
                crate::tr!(lang, "tui-show-of-hands")
            } else {
                crate::tr!(lang, "tui-ballot")
            };
            let count = if tally.total() == 0 {
                crate::tr!(lang, "tui-no-answers-yet")
            } else if voters > 0 && !work.session.responses.is_tally(&s.id) {
                format!(
                    "{}, {how}",
                    crate::tr!(
                        lang,
                        "tui-answered-of",
                        count = tally.total(),
                        voters = voters
                    )
                )
            } else {
                format!(
                    "{}, {how}",
                    crate::tr!(lang, "tui-answers", count = tally.total())
                )
            };
            Line::from(vec![
                Span::styled(format!("{}. ", i + 1), t.key),
                Span::styled(s.text.get(lang), t.text),
                Span::styled(format!("  [{count}]"), t.muted),
            ])
        })
        .collect();
    let title = format!(" {} ", crate::tr!(lang, "tui-statements"));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(view::block(&title, t)),
        list,
    );
}
