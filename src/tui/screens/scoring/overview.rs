//! The challenge before and after voting: its statements, with how many have
//! answered each, never how.

use crate::tui::bindings::{Binding, Key, left_right, up_down};
use crate::tui::msg::Msg;
use crate::tui::shared::Shared;
use crate::tui::widgets as view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The tabs of challenges above, the challenge's text below.
fn areas(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area)
}

/// How far the challenge's text can scroll in a body of `size`.
pub(super) fn max_scroll(shared: &Shared) -> u16 {
    let [_, text] = areas(view::body_area(shared.size));
    let Some(lines) = content(shared) else {
        return 0;
    };
    let total = Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .line_count(text.width.saturating_sub(2));
    u16::try_from(total)
        .unwrap_or(u16::MAX)
        .saturating_sub(text.height.saturating_sub(2))
}

/// Draws the challenge in focus with its statements, scrolled by `scroll`.
pub(super) fn draw(frame: &mut Frame, area: Rect, shared: &Shared, scroll: u16) {
    let Some(work) = shared.work.as_ref() else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let [tabs, text] = areas(area);
    let mut spans = Vec::new();
    for (i, ch) in work.model.challenges.iter().enumerate() {
        let done = work.session.agreed().contains_key(&ch.id);
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
    let (Some(c), Some(lines)) = (work.current(), content(shared)) else {
        return;
    };
    let title = format!(" {}: {} ", c.name.get(lang), c.heading.get(lang));
    view::scrolled(
        frame,
        text,
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        view::block(&title, t),
        scroll,
        t,
    );
}

/// The challenge's agreed score, description and statements with their counts.
fn content(shared: &Shared) -> Option<Vec<Line<'_>>> {
    let work = shared.work.as_ref()?;
    let c = work.current()?;
    let lang = shared.lang;
    let t = &shared.theme;
    // The computed and the agreed severity side by side, once either is known.
    let result = work.analysis.challenge(&c.id);
    let computed = result.and_then(|r| r.computed);
    let agreed = result.and_then(|r| r.agreed);
    let mut lines = Vec::new();
    if computed.is_some() || agreed.is_some() {
        let shown = |v: Option<f64>, uncertain: bool| {
            v.map_or_else(
                || "–".to_owned(),
                |v| crate::report::uncertain::severity(v, uncertain),
            )
        };
        let uncertain = result.is_some_and(|r| r.uncertain);
        lines.push(Line::styled(
            crate::tr!(
                lang,
                "tui-computed-and-agreed",
                words = shared.words(),
                computed = shown(computed, uncertain),
                agreed = shown(agreed, false)
            ),
            if agreed.is_some() { t.ok } else { t.text },
        ));
    }
    lines.push(Line::styled(c.description.get(lang), t.text));
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::tr!(lang, "tui-statements"), t.title));
    let voters = work.session.voter_count();
    lines.extend(c.statements.iter().enumerate().map(|(i, s)| {
        let answers = work.session.answer_count(&c.id, &s.id);
        let how = if work.session.responses().is_tally(&s.id) {
            crate::tr!(lang, "tui-show-of-hands")
        } else if work.session.answered_in_room(&c.id) {
            crate::tr!(lang, "tui-answers-in-the-room")
        } else {
            crate::tr!(lang, "tui-ballot")
        };
        let count = if answers == 0 {
            crate::tr!(lang, "tui-no-answers-yet")
        } else if voters > 0 && !work.session.responses().is_tally(&s.id) {
            format!(
                "{}, {how}",
                crate::tr!(lang, "tui-answered-of", count = answers, voters = voters)
            )
        } else {
            format!(
                "{}, {how}",
                crate::tr!(lang, "tui-answers", count = answers)
            )
        };
        Line::from(vec![
            Span::styled(format!("{}. ", i + 1), t.key),
            Span::styled(s.text.get(lang), t.text),
            Span::styled(format!("  [{count}]"), t.muted),
        ])
    }));
    Some(lines)
}

/// The overview's keys: with the room open, the room's own and the results';
/// otherwise the two ways to vote, the results and opening the room.
pub(super) fn bindings(shared: &Shared) -> Vec<Binding> {
    let lang = shared.lang;
    let n = shared.work.as_ref().map_or(0, |w| w.model.challenges.len());
    let results = [
        Binding::new(&[Key::ch('r')], Msg::Reveal, crate::tr!(lang, "tui-reveal"))
            .short(crate::tr!(lang, "tui-short-results"))
            .footer(1),
        Binding::new(
            &[Key::ch('a')],
            Msg::Agree,
            crate::tr!(lang, "tui-key-agreed-score"),
        )
        .short(crate::tr!(lang, "tui-short-agree"))
        .footer(2),
        // In the help only: the overview's footer is full at 80 columns.
        super::reveal::discuss(lang),
    ];
    let challenges = left_right(crate::tr!(
        lang,
        "tui-change-challenge",
        words = shared.words()
    ))
    .footer(4)
    .when(n > 1);
    if shared.room.is_some() {
        let mut list = super::room::bindings(shared);
        list.extend(results);
        list.push(challenges);
        return list;
    }
    let mut list = vec![
        Binding::new(
            &[Key::ch('b')],
            Msg::StartBallot,
            crate::tr!(lang, "tui-ballot-round"),
        )
        .short(crate::tr!(lang, "tui-short-ballot"))
        .footer(0),
        Binding::new(
            &[Key::ch('u')],
            Msg::StartHands,
            crate::tr!(lang, "tui-show-of-hands"),
        )
        .short(crate::tr!(lang, "tui-short-hands"))
        .footer(3),
    ];
    list.extend(results);
    list.extend([
        up_down(crate::tr!(lang, "tui-scroll-the-text"))
            .footer(5)
            .when(max_scroll(shared) > 0),
        challenges,
        Binding::new(
            &[Key::ch('o')],
            Msg::OpenRoom { choose: false },
            crate::tr!(lang, "tui-room-open-one", words = shared.words()),
        )
        .short(crate::tr!(lang, "tui-short-room"))
        .footer(6),
        Binding::new(
            &[Key::ch('O')],
            Msg::OpenRoom { choose: true },
            crate::tr!(lang, "tui-room-open-all", words = shared.words()),
        ),
    ]);
    list
}
