//! The reveal after a round: the distribution as a bar chart, n, median, mean,
//! consensus with its word, the vet-ej share with its flag, and the mean per role.

use crate::model::scoring::Agreement;
use crate::text::{decimal, percent};
use crate::tui::bindings::{Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::shared::Shared;
use crate::tui::widgets::block;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

/// Draws the results of `statement` in the current challenge.
pub fn draw(frame: &mut Frame, area: Rect, shared: &Shared, statement: usize) {
    let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let Some(result) = work.analysis.challenge(&c.id) else {
        return;
    };
    let (Some(s), Some(stats)) = (
        c.statements.get(statement),
        result.statements.get(statement),
    ) else {
        return;
    };
    // Worked out with the analysis after each change, not on every frame.
    let waiting = result.waiting;
    let [head, body] = if waiting > 0 {
        // Three lines: the whole reason fits at 80 columns in either language.
        let [head, note, body] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Min(0),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::styled(
                crate::tr!(
                    lang,
                    "tui-ballots-waiting",
                    count = waiting,
                    threshold = work.analysis.threshold
                ),
                t.warning,
            ))
            .wrap(ratatui::widgets::Wrap { trim: true }),
            note,
        );
        [head, body]
    } else {
        Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(area)
    };
    super::statement_head(
        frame,
        head,
        shared,
        super::statement_title(lang, c, statement),
        s,
    );
    // A statement voted on again shows its rounds side by side below.
    let rounds = result.rounds.get(statement).map_or(&[][..], Vec::as_slice);
    let [body, below] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(super::reveal_rounds::height(shared, rounds, body.width)),
    ])
    .areas(body);
    if !rounds.is_empty() {
        super::reveal_rounds::draw(frame, below, shared, rounds);
    }
    // The report's own figures, where the model has them, under the group's,
    // which keep the six rows their figures need.
    let [body, reference] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(
            super::reveal_reference::height(shared, c, s, body.width)
                .min(body.height.saturating_sub(6)),
        ),
    ])
    .areas(body);
    super::reveal_reference::draw(frame, reference, shared, c, s);
    // Counted at the seal, shown with the round's ballots (`model::careless`),
    // also when leaving them out left too few to show.
    let careless = super::reveal_careless::shown(shared, statement)
        .map(|k| super::reveal_careless::line(lang, k, t));
    if stats.withheld {
        let note = crate::tr!(lang, "tui-withheld", count = work.analysis.threshold);
        let mut lines = vec![Line::styled(note, t.text)];
        lines.extend(careless);
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(block(&format!(" {} ", crate::tr!(lang, "tui-results")), t)),
            body,
        );
        return;
    }
    // The statement's own scale: a categorical one shows shares, not numbers.
    let scale = work.model.scale_of(s);
    let [chart, numbers] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let mut bars: Vec<Bar> = stats
        .counts
        .iter()
        .map(|(v, n)| {
            Bar::default()
                .value(u64::from(*n))
                .label(Line::raw(match scale.option(*v) {
                    Some(o) if scale.is_categorical() => o.label.get(lang).to_owned(),
                    _ => v.to_string(),
                }))
                .style(t.title)
        })
        .collect();
    if scale.unknown.is_some() {
        let style = if stats.knowledge_gap() {
            t.warning
        } else {
            t.muted
        };
        bars.push(
            Bar::default()
                .value(u64::from(stats.unknown))
                .label(Line::raw(crate::tr!(lang, "tui-dont-know-short")))
                .style(style),
        );
    }
    let inner_width = chart.width.saturating_sub(2);
    let n_bars = bars.len().max(1) as u16;
    let bar_width = (inner_width / n_bars).saturating_sub(1).clamp(1, 9);
    frame.render_widget(
        BarChart::default()
            .block(block(
                &format!(" {} ", crate::tr!(lang, "tui-distribution")),
                t,
            ))
            .data(BarGroup::default().bars(&bars))
            .bar_width(bar_width)
            .bar_gap(1)
            .value_style(t.focus),
        chart,
    );
    let opt =
        |v: Option<f64>, places| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, places));
    // More answers than people in the room is flagged where n is shown.
    let room = work.session.head_count();
    let answers = stats.n.saturating_add(stats.unknown);
    // n against the room: how many of its people the figures speak for.
    let n = if room > 0 {
        crate::tr!(lang, "tui-n-of-room", n = stats.n, room = u64::from(room))
    } else {
        stats.n.to_string()
    };
    let mut n_line = vec![Span::styled("n ", t.muted), Span::styled(n, t.text)];
    if crate::model::scoring::stats::few_of_room(answers, room) {
        n_line.push(Span::styled(
            format!(" ⚠ {}", crate::tr!(lang, "tui-few-of-room")),
            t.warning,
        ));
    }
    if stats.uncertain(work.session.is_self_assessment()) && !stats.knowledge_gap() {
        n_line.push(Span::styled(
            format!(" ⚠ {}", crate::tr!(lang, "report-few-answers")),
            t.warning,
        ));
    }
    if room > 0 && answers > room {
        n_line.push(Span::styled(
            format!(
                " ⚠ {}",
                crate::tr!(lang, "tui-more-answers-than-room", room = u64::from(room))
            ),
            t.warning,
        ));
    }
    let mut lines = vec![Line::from(n_line)];
    if scale.is_categorical() {
        lines.extend(super::reveal_shares::shares(lang, t, scale, stats));
    } else {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", crate::tr!(lang, "tui-median")), t.muted),
            Span::styled(opt(stats.median, 1), t.text),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", crate::tr!(lang, "tui-mean")), t.muted),
            Span::styled(opt(stats.mean, 1), t.text),
        ]));
    }
    if let Some(cns) = stats.consensus {
        let word = Agreement::of(cns);
        let style = if word == Agreement::Splittrat {
            t.warning
        } else {
            t.text
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", crate::tr!(lang, "tui-consensus")), t.muted),
            Span::styled(
                format!("{} {}", decimal(lang, cns, 2), word.label(lang)),
                style,
            ),
        ]));
    }
    // A scale without vet ej has no share of it to show.
    if let Some(u) = stats.unknown_share.filter(|_| scale.unknown.is_some()) {
        let mut spans = vec![
            Span::styled(format!("{} ", crate::tr!(lang, "tui-dont-know")), t.muted),
            Span::styled(percent(lang, u), t.text),
        ];
        if stats.knowledge_gap() {
            spans.push(Span::styled(
                format!(" ⚠ {}", crate::tr!(lang, "tui-knowledge-gap")),
                t.warning,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.extend(careless);
    lines.push(Line::raw(""));
    let sev = |v: Option<f64>, uncertain: bool| {
        v.map_or_else(
            || "–".to_owned(),
            |v| crate::report::uncertain::severity(v, uncertain),
        )
    };
    if !work.model.has_ordinal(c) {
        // Nothing to score: only categorical statements (see `model::scale`).
        lines.push(Line::styled(crate::tr!(lang, "tui-no-score"), t.muted));
    } else {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} ",
                    crate::tr!(lang, "tui-severity", words = work.model.words(lang))
                ),
                t.muted,
            ),
            Span::styled(
                sev(result.computed, result.uncertain),
                result.computed.map_or(t.text, |v| t.severity(v)),
            ),
            Span::styled(
                format!(
                    "  {} {}",
                    crate::tr!(lang, "tui-agreed"),
                    sev(result.agreed, false)
                ),
                t.muted,
            ),
        ]));
    }
    // The mark is explained where it is shown.
    if result.uncertain {
        lines.push(Line::styled(
            crate::tr!(
                lang,
                "tui-uncertain-legend",
                mark = crate::report::uncertain::MARK
            ),
            t.muted,
        ));
    }
    lines.extend(super::reveal_shares::groups(
        lang,
        t,
        scale,
        stats,
        &work.analysis.groups,
    ));
    if !stats.role_means.is_empty() {
        // The statement's groups are the challenge's: each line gives both.
        lines.push(Line::styled(
            crate::tr!(
                lang,
                "tui-mean-per-role-statement",
                words = work.model.words(lang)
            ),
            t.muted,
        ));
        for (group, mean) in &stats.role_means {
            let whole = result.role_means.iter().find(|(g, _)| g == group);
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {} ", work.analysis.groups.name(group, lang)),
                    t.text,
                ),
                Span::styled(decimal(lang, *mean, 1), t.key),
                Span::styled(
                    whole.map_or_else(String::new, |(_, m)| format!(" ({})", decimal(lang, *m, 1))),
                    t.muted,
                ),
            ]));
        }
    } else if !result.role_means.is_empty() {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-mean-per-role", words = work.model.words(lang)),
            t.muted,
        ));
        for (group, mean) in &result.role_means {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {} ", work.analysis.groups.name(group, lang)),
                    t.text,
                ),
                Span::styled(decimal(lang, *mean, 1), t.key),
            ]));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block(&format!(" {} ", crate::tr!(lang, "tui-results")), t))
            // Not trimmed: the roles are indented under their heading.
            .wrap(ratatui::widgets::Wrap { trim: false }),
        numbers,
    );
}

/// The reveal's keys: the agreed score, the statements, and back to the
/// overview (which is the room while one is open).
pub(super) fn bindings(shared: &Shared, k: usize, statement: usize) -> Vec<Binding> {
    let lang = shared.lang;
    vec![
        Binding::new(
            &[Key::ch('a'), Key::Code(KeyCode::Enter)],
            Msg::Agree,
            crate::tr!(lang, "tui-key-agreed-score"),
        )
        .short(crate::tr!(lang, "tui-short-agree"))
        .footer(0),
        Binding::each(
            vec![
                (Key::Code(KeyCode::Left), Msg::Left),
                (Key::Code(KeyCode::Right), Msg::Right),
                (Key::Code(KeyCode::Up), Msg::Left),
                (Key::Code(KeyCode::Down), Msg::Right),
                (Key::ch('h'), Msg::Left),
                (Key::ch('l'), Msg::Right),
            ],
            crate::tr!(lang, "tui-change-statement"),
        )
        .short(crate::tr!(lang, "tui-short-statement"))
        // The group moves through the statements here: never the key dropped.
        .footer(0)
        .when(k > 1),
        // After talking, the group may vote again on what it talked about:
        // r for "rösta igen" and "re-vote" (n is the next step everywhere).
        Binding::new(
            &[Key::ch('r')],
            Msg::VoteAgain,
            crate::tr!(lang, "tui-vote-again"),
        )
        .short(crate::tr!(lang, "tui-short-vote-again"))
        // What the reveal leads to, with the queue's d: never the keys the
        // footer hides (the footer takes a second row for them at 80 columns).
        .footer(0),
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            // With the room open, the overview is the room.
            if shared.room.is_some() {
                crate::tr!(lang, "tui-back-to-room")
            } else {
                crate::tr!(lang, "tui-back-to-the-challenge", words = shared.words())
            },
        )
        .short(if shared.room.is_some() {
            crate::tr!(lang, "tui-short-to-the-room")
        } else {
            crate::tr!(lang, "tui-short-to-the-challenge", words = shared.words())
        })
        // Before the steps' PgUp "tillbaka", which leaves the step: the
        // way back within it must not be the hint that is dropped.
        .footer(0),
        discuss(lang).footer(0),
        // Only where the round shown has such ballots to leave out.
        Binding::new(
            &[Key::ch('x')],
            Msg::LeaveOutCareless,
            crate::tr!(lang, "tui-careless-key"),
        )
        .short(crate::tr!(lang, "tui-short-careless"))
        .footer(2)
        .when(super::reveal_careless::shown(shared, statement).is_some()),
    ]
}

/// `d`: to the discussion queue, from the reveal and the overview.
pub(super) fn discuss(lang: crate::text::Lang) -> Binding {
    Binding::new(
        &[Key::ch('d')],
        Msg::Discuss,
        crate::tr!(lang, "tui-queue-key-to-queue"),
    )
    .short(crate::tr!(lang, "tui-queue-short-to-queue"))
}
