//! One voter's private entry: the statement, the scale's keys, and whether this
//! voter has answered it already (never what).

use super::{Phase, round_ids};
use crate::model::command::Command;
use crate::model::session::Answer;
use crate::tui::bindings::{Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// One voter's answers: each answer is cast at once (and saved), then the next
/// statement; passing a statement (answer or skip) is recorded as the voter's
/// progress, so an interrupted round resumes here. After the last statement the
/// next voter not done, and when everyone is done the reveal.
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
    let statements = round_ids(shared);
    let k = statements.len();
    let Some(work) = &mut shared.work else {
        return Reply::none();
    };
    let Some(id) = work.session.voter_id(voter) else {
        *phase = Phase::Overview;
        return Reply::none();
    };
    if msg == Msg::Back {
        // The round pauses; every answer given so far is kept, and `b` resumes here.
        *phase = Phase::Overview;
        return Reply::none();
    }
    let Some(c) = work.current().cloned() else {
        return Reply::none();
    };
    let mut commands = Vec::new();
    let next = match msg {
        Msg::Answer(answer) => {
            let Some(asked) = statements.get(statement) else {
                return Reply::none();
            };
            let scale = work.model.scale_of_id(asked);
            let valid = match answer {
                Answer::Value(v) => scale.contains(v),
                Answer::Unknown => scale.unknown.is_some(),
            };
            if !valid {
                return Reply::none();
            }
            commands.push(Command::Cast {
                challenge: c.id.clone(),
                statement: statements[statement].clone(),
                voter: id,
                answer,
            });
            entries[statement] = Some(answer);
            statement + 1
        }
        Msg::Skip | Msg::Down | Msg::Right => statement + 1,
        Msg::Up | Msg::Left => {
            *phase = Phase::Ballot {
                voter,
                statement: statement.saturating_sub(1),
                entries: std::mem::take(entries),
            };
            return Reply::none();
        }
        _ => return Reply::none(),
    };
    // Passing the last statement counts the ballot into the box: the change
    // kept is the sealed ballot, and keeping it removes every record that tied
    // it to its voter (see `store::sealing`).
    commands.push(Command::Pass {
        challenge: c.id.clone(),
        voter: id,
        count: next,
    });
    *phase = if next < k {
        Phase::Ballot {
            voter,
            statement: next,
            entries: std::mem::take(entries),
        }
    } else {
        // This voter is done once the router has passed them on.
        match super::round::next_after(work, voter) {
            Some(v) => Phase::Handover { voter: v },
            None => Phase::Reveal { statement: 0 },
        }
    };
    // A refused answer puts the ballot back where it was, and says why.
    Reply::commands(commands)
}

/// The keys of a voter's entry: one per value of the model's scale (its digit,
/// or its place when the scale has values that are not single digits), vet ej,
/// skip, and moving between statements.
pub(super) fn bindings(shared: &Shared, statement: usize, k: usize) -> Vec<Binding> {
    let lang = shared.lang;
    let Some(work) = &shared.work else {
        return Vec::new();
    };
    // The statement's own scale: a categorical one offers its options and
    // offers vet ej only if it has one.
    let ids = super::statement::round_ids(shared);
    let scale = ids
        .get(statement)
        .map_or(&work.model.scale, |id| work.model.scale_of_id(id));
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
        // Each language's own letter for the answer, as the yes and no keys
        // are: "vet ej" is v, "don't know" d. The catalogue always has one.
        let letter = crate::tr!(lang, "tui-unknown-key")
            .chars()
            .next()
            .unwrap_or('v');
        list.push(
            Binding::new(
                &[Key::ch(letter)],
                Msg::Answer(Answer::Unknown),
                unknown.get(lang),
            )
            .footer(1),
        );
    }
    list.push(Binding::new(&[Key::ch('s')], Msg::Skip, crate::tr!(lang, "tui-skip")).footer(2));
    list.push(
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            crate::tr!(lang, "tui-stop-the-round"),
        )
        .short(crate::tr!(lang, "tui-short-stop")),
    );
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
    // `statement` counts the round's statements, which may be fewer.
    let asked = work.session.round_statements(c);
    let Some(s) = asked
        .get(statement)
        .and_then(|id| c.statements.iter().find(|s| s.id == *id))
    else {
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
            format!("{name}: {}", super::round_title(lang, work, c, statement)),
            t.title,
        )),
        head,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(s.text.get(lang), t.text)).wrap(Wrap { trim: true }),
        text,
    );
    // That this voter has answered shows; what they answered never does, since
    // the room reads the projector too.
    let answered = entries.get(statement).copied().flatten().is_some()
        || voters
            .get(voter)
            .is_some_and(|(id, _)| work.session.responses().has_voted(&s.id, *id));
    // The keys shown beside the answers are the ones bound to them.
    let keys = bindings(shared, statement, asked.len());
    let key_for = |m: Msg| {
        keys.iter()
            .flat_map(|b| &b.keys)
            .find(|(_, x)| *x == m)
            .map(|(k, _)| k.name(lang))
            .unwrap_or_default()
    };
    let scale = work.model.scale_of(s);
    let mut lines: Vec<Line> = scale
        .options
        .iter()
        .map(|o| {
            let style = t.text;
            Line::from(vec![
                Span::styled(
                    format!(" {} ", key_for(Msg::Answer(Answer::Value(o.value)))),
                    t.key,
                ),
                Span::styled(format!(" {} ", o.label.get(lang)), style),
            ])
        })
        .collect();
    if let Some(u) = &scale.unknown {
        let style = t.text;
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
    if answered {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            crate::tr!(lang, "tui-answered-already"),
            t.muted,
        ));
    }
    frame.render_widget(Paragraph::new(lines), options);
}
