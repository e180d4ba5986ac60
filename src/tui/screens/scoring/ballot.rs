//! What the scoring screen shows: the challenge and its statements with how many
//! have answered, the blank hand-over screen between voters, and one voter's
//! private entry. Never how anyone voted.

use super::{Phase, statement_ids};
use crate::model::session::Answer;
use crate::tui::bindings::{Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use crate::tui::widgets as view;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// One voter's answers: each answer is cast at once (and saved), then the next
/// statement; after the last statement the next voter, and after the last voter
/// the reveal.
pub(super) fn update(phase: &mut Phase, shared: &mut Shared, msg: Msg) -> Reply {
    let Phase::Ballot {
        voter,
        statement,
        entries,
    } = phase
    else {
        return Reply::none();
    };
    let (voter, statement) = (*voter, *statement);
    let statements = statement_ids(shared);
    let k = statements.len();
    let Some(work) = &mut shared.work else {
        return Reply::none();
    };
    let voters = work.session.voters();
    let Some((id, _)) = voters.get(voter) else {
        *phase = Phase::Overview;
        return Reply::none();
    };
    let mut reply = Reply::none();
    let next = match msg {
        Msg::Answer(answer) => {
            let valid = match answer {
                Answer::Value(v) => work.model.scale.contains(v),
                Answer::Unknown => work.model.scale.unknown.is_some(),
            };
            if !valid {
                return Reply::none();
            }
            if let Err(p) = work
                .session
                .responses
                .cast(&statements[statement], *id, answer)
            {
                shared.notice = Some(Notice::Refused(p));
                return Reply::none();
            }
            entries[statement] = Some(answer);
            reply = Reply::changed();
            statement + 1
        }
        Msg::Skip | Msg::Down | Msg::Right => statement + 1,
        Msg::Up | Msg::Left => statement.saturating_sub(1),
        _ => statement,
    };
    *phase = if next < k {
        Phase::Ballot {
            voter,
            statement: next,
            entries: std::mem::take(entries),
        }
    } else if voter + 1 < voters.len() {
        Phase::Handover { voter: voter + 1 }
    } else {
        Phase::Reveal { statement: 0 }
    };
    reply
}

/// The keys of a voter's entry: one per value of the model's scale (its digit,
/// or its place when the scale has values that are not single digits), vet ej,
/// skip, and moving between statements.
pub(super) fn bindings(shared: &Shared, statement: usize, k: usize) -> Vec<Binding> {
    let lang = shared.lang;
    let Some(work) = &shared.work else {
        return Vec::new();
    };
    let scale = &work.model.scale;
    let digits = scale.options.iter().all(|o| (0..=9).contains(&o.value));
    let keys: Vec<(Key, Msg)> = scale
        .options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let n = if digits {
                o.value
            } else {
                i32::try_from(i + 1).ok()?
            };
            let c = char::from_digit(u32::try_from(n).ok()?, 10)?;
            Some((Key::ch(c), Msg::Answer(Answer::Value(o.value))))
        })
        .collect();
    let mut list = vec![Binding::each(keys, crate::tr!(lang, "tui-answer")).footer(0)];
    if let Some(unknown) = &scale.unknown {
        list.push(
            Binding::new(
                &[Key::ch('v')],
                Msg::Answer(Answer::Unknown),
                unknown.get(lang),
            )
            .footer(1),
        );
    }
    list.push(Binding::new(&[Key::ch('s')], Msg::Skip, crate::tr!(lang, "tui-skip")).footer(2));
    list.push(
        Binding::each(
            vec![
                (Key::Code(KeyCode::Up), Msg::Up),
                (Key::Code(KeyCode::Left), Msg::Up),
                (Key::ch('k'), Msg::Up),
            ],
            crate::tr!(lang, "tui-previous-statement"),
        )
        .footer(3)
        .when(statement > 0),
    );
    list.push(
        Binding::each(
            vec![
                (Key::Code(KeyCode::Down), Msg::Down),
                (Key::Code(KeyCode::Right), Msg::Down),
                (Key::ch('j'), Msg::Down),
            ],
            crate::tr!(lang, "tui-next-statement"),
        )
        .when(statement + 1 < k),
    );
    list
}

pub(super) fn overview(frame: &mut Frame, area: Rect, shared: &Shared) {
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
    let agreed = work
        .session
        .agreed
        .get(&c.id)
        .map(|a| format!("{} {}", crate::tr!(lang, "tui-agreed-score-label"), a.score));
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

pub(super) fn handover(frame: &mut Frame, area: Rect, shared: &Shared, voter: usize) {
    let Some(work) = &shared.work else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let voters = work.session.voters();
    let name = voters.get(voter).map_or("", |(_, n)| n.as_str());
    let statements: Vec<&str> = work
        .model
        .challenges
        .get(work.challenge)
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
            crate::tr!(lang, "tui-hand-over", name = name.to_string()),
            t.title,
        ),
        Line::raw(""),
        Line::styled(
            crate::tr!(lang, "tui-voted-of", voted = voted, total = voters.len()),
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
    shared: &Shared,
    voter: usize,
    statement: usize,
    entries: &[Option<Answer>],
) {
    let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
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
            format!("{name}: {}", super::statement_title(lang, c, statement)),
            t.title,
        )),
        head,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(s.text.get(lang), t.text)).wrap(Wrap { trim: true }),
        text,
    );
    let mine = entries.get(statement).copied().flatten();
    // The keys shown beside the answers are the ones bound to them.
    let keys = bindings(shared, statement, c.statements.len());
    let key_for = |m: Msg| {
        keys.iter()
            .flat_map(|b| &b.keys)
            .find(|(_, x)| *x == m)
            .map(|(k, _)| k.name(lang))
            .unwrap_or_default()
    };
    let mut lines: Vec<Line> = work
        .model
        .scale
        .options
        .iter()
        .map(|o| {
            let chosen = mine == Some(Answer::Value(o.value));
            let style = if chosen { t.focus } else { t.text };
            Line::from(vec![
                Span::styled(
                    format!(" {} ", key_for(Msg::Answer(Answer::Value(o.value)))),
                    t.key,
                ),
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
            Span::styled(
                format!(" {} ", key_for(Msg::Answer(Answer::Unknown))),
                t.key,
            ),
            Span::styled(format!(" {} ", u.get(lang)), style),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(format!(" {} ", key_for(Msg::Skip)), t.key),
        Span::styled(format!(" {}", crate::tr!(lang, "tui-skip")), t.muted),
    ]));
    frame.render_widget(Paragraph::new(lines), options);
}
