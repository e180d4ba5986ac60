//! What the scoring screen shows: the challenge and its statements with how many
//! have answered, the blank hand-over screen between voters, and one voter's
//! private entry. Never how anyone voted.

use crate::model::session::Answer;
use crate::text::pick;
use crate::tui::state::State;
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub(super) fn overview(frame: &mut Frame, area: Rect, state: &State) {
    let Some((work, c)) = state.challenge() else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
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
        let style = if i == state.scoring.challenge {
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
            pick(lang, "Överenskommen poäng:", "Agreed score:"),
            a.score
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
                pick(lang, "handuppräckning", "show of hands")
            } else {
                pick(lang, "valomgång", "ballot")
            };
            let count = if tally.total() == 0 {
                pick(lang, "inga svar ännu", "no answers yet").to_owned()
            } else if voters > 0 && !work.session.responses.is_tally(&s.id) {
                format!(
                    "{} {} {voters} {}, {how}",
                    tally.total(),
                    pick(lang, "av", "of"),
                    pick(lang, "har svarat", "answered")
                )
            } else {
                format!("{} {}, {how}", tally.total(), pick(lang, "svar", "answers"))
            };
            Line::from(vec![
                Span::styled(format!("{}. ", i + 1), t.key),
                Span::styled(s.text.get(lang), t.text),
                Span::styled(format!("  [{count}]"), t.muted),
            ])
        })
        .collect();
    let title = format!(" {} ", pick(lang, "Påståenden", "Statements"));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(view::block(&title, t)),
        list,
    );
}

pub(super) fn handover(frame: &mut Frame, area: Rect, state: &State, voter: usize) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let voters = work.session.voters();
    let name = voters.get(voter).map_or("", |(_, n)| n.as_str());
    let statements: Vec<&str> = work
        .model
        .challenges
        .get(state.scoring.challenge)
        .map(|c| c.statements.iter().map(|s| s.id.as_str()).collect())
        .unwrap_or_default();
    let voted = voters
        .iter()
        .filter(|(id, _)| {
            statements
                .iter()
                .any(|s| work.session.responses.has_voted(s, *id))
        })
        .count();
    let box_area = view::centered(area, 60, 7);
    let lines = vec![
        Line::raw(""),
        Line::styled(
            format!(
                "{} {name}, {}",
                pick(lang, "Lämna över till", "Hand over to"),
                pick(lang, "tryck Enter", "press Enter")
            ),
            t.title,
        ),
        Line::raw(""),
        Line::styled(
            format!(
                "{voted} {} {} {}",
                pick(lang, "av", "of"),
                voters.len(),
                pick(lang, "har röstat", "have voted")
            ),
            t.muted,
        ),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .block(view::block(" ", t)),
        box_area,
    );
}

pub(super) fn ballot(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    voter: usize,
    statement: usize,
    entries: &[Option<Answer>],
) {
    let Some((work, c)) = state.challenge() else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let voters = work.session.voters();
    let name = voters.get(voter).map_or("", |(_, n)| n.as_str());
    let Some(s) = c.statements.get(statement) else {
        return;
    };
    let [head, text, options] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(5),
        Constraint::Min(0),
    ])
    .areas(area.inner(ratatui::layout::Margin::new(2, 1)));
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                "{name}: {} · {} {} {} {}",
                c.name.get(lang),
                pick(lang, "påstående", "statement"),
                statement + 1,
                pick(lang, "av", "of"),
                c.statements.len()
            ),
            t.title,
        )),
        head,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(s.text.get(lang), t.text)).wrap(Wrap { trim: true }),
        text,
    );
    let mine = entries.get(statement).copied().flatten();
    let mut lines: Vec<Line> = work
        .model
        .scale
        .options
        .iter()
        .map(|o| {
            let chosen = mine == Some(Answer::Value(o.value));
            let style = if chosen { t.focus } else { t.text };
            Line::from(vec![
                Span::styled(format!(" {} ", o.value), t.key),
                Span::styled(format!(" {} ", o.label.get(lang)), style),
            ])
        })
        .collect();
    if let Some(u) = &work.model.scale.unknown {
        let style = if mine == Some(Answer::Unknown) {
            t.focus
        } else {
            t.text
        };
        lines.push(Line::from(vec![
            Span::styled(" v ", t.key),
            Span::styled(format!(" {} ", u.get(lang)), style),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(" s ", t.key),
        Span::styled(format!(" {}", pick(lang, "hoppa över", "skip")), t.muted),
    ]));
    frame.render_widget(Paragraph::new(lines), options);
}
