//! Scoring, one challenge at a time: a ballot round where the keyboard passes from
//! person to person, or a show of hands; then the reveal and the agreed score.
//! The screen never shows how anyone voted, only how many have.

use crate::model::ballots::Tally;
use crate::model::session::Answer;
use crate::text::pick;
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{reveal, step_selection};
use crate::tui::state::{AgreeForm, Phase, State};
use crate::tui::update::{changed, go, remember};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Handles every phase of the scoring screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let Some(work) = &state.work else {
        return Vec::new();
    };
    let challenges = work.model.challenges.len();
    let Some(challenge) = work.model.challenges.get(state.scoring.challenge) else {
        return Vec::new();
    };
    let statements: Vec<String> = challenge.statements.iter().map(|s| s.id.clone()).collect();
    let k = statements.len();
    let voters = work.session.voters();
    let lang = state.lang;
    let right = msg == Msg::Right;
    match (state.scoring.phase.clone(), msg) {
        (Phase::Overview, Msg::Left | Msg::Right) => {
            state.scoring.challenge = step_selection(state.scoring.challenge, challenges, right);
            remember(state)
        }
        (Phase::Overview, Msg::StartBallot) => {
            if voters.is_empty() {
                return fail(
                    state,
                    pick(
                        lang,
                        "Lägg till deltagare eller ett antal i rummet först.",
                        "Add participants or a head count first.",
                    ),
                );
            }
            if statements
                .iter()
                .any(|s| work.session.responses.is_tally(s))
            {
                return fail(
                    state,
                    pick(
                        lang,
                        "Utmaningen är räknad med handuppräckning.",
                        "This challenge was counted by show of hands.",
                    ),
                );
            }
            let untouched = voters.iter().position(|(id, _)| {
                statements
                    .iter()
                    .all(|s| !work.session.responses.has_voted(s, *id))
            });
            state.scoring.phase = Phase::Handover {
                voter: untouched.unwrap_or(0),
            };
            Vec::new()
        }
        (Phase::Overview, Msg::StartHands) => {
            let has_ballots = statements.iter().any(|s| {
                !work.session.responses.is_tally(s) && work.session.responses.tally(s).total() > 0
            });
            if has_ballots {
                return fail(
                    state,
                    pick(
                        lang,
                        "Utmaningen har redan röster från en valomgång; de ersätts inte av en handuppräckning.",
                        "This challenge already has ballots; a show of hands does not replace them.",
                    ),
                );
            }
            state.scoring.phase = hands_phase(state, 0);
            Vec::new()
        }
        (Phase::Overview, Msg::Reveal) => {
            state.scoring.phase = Phase::Reveal { statement: 0 };
            Vec::new()
        }
        (Phase::Overview | Phase::Reveal { .. }, Msg::Agree) => {
            state.scoring.phase = Phase::Agree(agree_form(state));
            Vec::new()
        }
        (Phase::Overview, Msg::Back) => go(state, state.step.prev()),
        (Phase::Handover { voter }, Msg::Confirm) => {
            state.scoring.phase = Phase::Ballot {
                voter,
                statement: 0,
                entries: vec![None; k],
            };
            Vec::new()
        }
        (Phase::Handover { .. }, Msg::Back) => {
            state.scoring.phase = Phase::Overview;
            Vec::new()
        }
        (
            Phase::Ballot {
                voter,
                statement,
                mut entries,
            },
            msg,
        ) => {
            let Some((id, _)) = voters.get(voter) else {
                state.scoring.phase = Phase::Overview;
                return Vec::new();
            };
            let mut effects = Vec::new();
            let next = match msg {
                Msg::Answer(answer) => {
                    let answer = match answer {
                        Answer::Value(v) if !work.model.scale.contains(v) => return Vec::new(),
                        Answer::Unknown if work.model.scale.unknown.is_none() => return Vec::new(),
                        a => a,
                    };
                    let id = *id;
                    if let Some(work) = &mut state.work
                        && let Err(p) =
                            work.session
                                .responses
                                .cast(&statements[statement], id, answer)
                    {
                        return fail(state, &p.describe(lang));
                    }
                    entries[statement] = Some(answer);
                    effects = changed(state);
                    statement + 1
                }
                Msg::Skip | Msg::Down => statement + 1,
                Msg::Up => statement.saturating_sub(1),
                _ => statement,
            };
            state.scoring.phase = if next < k {
                Phase::Ballot {
                    voter,
                    statement: next,
                    entries,
                }
            } else if voter + 1 < voters.len() {
                Phase::Handover { voter: voter + 1 }
            } else {
                Phase::Reveal { statement: 0 }
            };
            effects
        }
        (
            Phase::Hands {
                statement,
                row,
                mut counts,
            },
            msg,
        ) => {
            let rows = counts.len();
            match msg {
                Msg::Up | Msg::Down => {
                    let row = step_selection(row, rows, msg == Msg::Down);
                    state.scoring.phase = Phase::Hands {
                        statement,
                        row,
                        counts,
                    };
                }
                Msg::Char(c) => {
                    if counts[row].value().len() < 4 {
                        counts[row].insert(c);
                    }
                    state.scoring.phase = Phase::Hands {
                        statement,
                        row,
                        counts,
                    };
                }
                Msg::Backspace => {
                    counts[row].backspace();
                    state.scoring.phase = Phase::Hands {
                        statement,
                        row,
                        counts,
                    };
                }
                Msg::Left | Msg::Right => {
                    let s = step_selection(statement, k, msg == Msg::Right);
                    state.scoring.phase = hands_phase(state, s);
                }
                Msg::Confirm => {
                    let options: Vec<i32> =
                        work.model.scale.options.iter().map(|o| o.value).collect();
                    let number = |f: &TextField| f.trimmed().parse::<u32>().unwrap_or(0);
                    let tally = Tally {
                        counts: options
                            .iter()
                            .zip(&counts)
                            .map(|(v, f)| (*v, number(f)))
                            .filter(|(_, c)| *c > 0)
                            .collect(),
                        unknown: counts.get(options.len()).map_or(0, number),
                    };
                    if let Some(work) = &mut state.work
                        && let Err(p) = work
                            .session
                            .responses
                            .set_tally(&statements[statement], tally)
                    {
                        return fail(state, &p.describe(lang));
                    }
                    let effects = changed(state);
                    state.scoring.phase = if statement + 1 < k {
                        hands_phase(state, statement + 1)
                    } else {
                        Phase::Reveal { statement: 0 }
                    };
                    return effects;
                }
                Msg::Back => state.scoring.phase = Phase::Overview,
                _ => {
                    state.scoring.phase = Phase::Hands {
                        statement,
                        row,
                        counts,
                    }
                }
            }
            Vec::new()
        }
        (Phase::Reveal { statement }, Msg::Left | Msg::Right) => {
            state.scoring.phase = Phase::Reveal {
                statement: step_selection(statement, k, right),
            };
            Vec::new()
        }
        (Phase::Reveal { .. }, Msg::Back) => {
            state.scoring.phase = Phase::Overview;
            Vec::new()
        }
        (Phase::Agree(form), msg) => agree(state, form, msg, challenges),
        _ => Vec::new(),
    }
}

fn fail(state: &mut State, message: &str) -> Vec<Effect> {
    state.status = Some((message.to_owned(), true));
    Vec::new()
}

/// The show-of-hands phase for `statement`, with the counts already recorded.
fn hands_phase(state: &State, statement: usize) -> Phase {
    let Some(work) = &state.work else {
        return Phase::Overview;
    };
    let id = work
        .model
        .challenges
        .get(state.scoring.challenge)
        .and_then(|c| c.statements.get(statement))
        .map(|s| s.id.as_str());
    let tally = id
        .map(|id| work.session.responses.tally(id))
        .unwrap_or_default();
    let field = |n: u32| TextField::new(&if n > 0 { n.to_string() } else { String::new() });
    let mut counts: Vec<TextField> = work
        .model
        .scale
        .options
        .iter()
        .map(|o| field(tally.counts.get(&o.value).copied().unwrap_or(0)))
        .collect();
    if work.model.scale.unknown.is_some() {
        counts.push(field(tally.unknown));
    }
    Phase::Hands {
        statement,
        row: 0,
        counts,
    }
}

/// The agreed-score form, starting from the agreed score if there is one, otherwise
/// from the scale value nearest the computed severity.
fn agree_form(state: &State) -> AgreeForm {
    let fallback = AgreeForm {
        score: 0,
        rationale: TextField::default(),
        notes: TextField::default(),
        focus: 0,
    };
    let Some(work) = &state.work else {
        return fallback;
    };
    let Some(c) = work.model.challenges.get(state.scoring.challenge) else {
        return fallback;
    };
    let scale = &work.model.scale;
    let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
    let nearest = computed.map(|sev| {
        let value = f64::from(scale.min()) + sev / 100.0 * scale.width();
        scale
            .options
            .iter()
            .map(|o| o.value)
            .min_by(|a, b| {
                (f64::from(*a) - value)
                    .abs()
                    .total_cmp(&(f64::from(*b) - value).abs())
            })
            .unwrap_or(scale.min())
    });
    let agreed = work.session.agreed.get(&c.id);
    AgreeForm {
        score: agreed.map(|a| a.score).or(nearest).unwrap_or(scale.min()),
        rationale: TextField::new(agreed.map_or("", |a| a.rationale.as_str())),
        notes: TextField::new(work.session.notes.get(&c.id).map_or("", String::as_str)),
        focus: 0,
    }
}

fn agree(state: &mut State, mut form: AgreeForm, msg: Msg, challenges: usize) -> Vec<Effect> {
    let Some(work) = &mut state.work else {
        return Vec::new();
    };
    let values: Vec<i32> = work.model.scale.options.iter().map(|o| o.value).collect();
    let at = values.iter().position(|v| *v == form.score).unwrap_or(0);
    let field = match form.focus {
        1 => Some(&mut form.rationale),
        2 => Some(&mut form.notes),
        _ => None,
    };
    match (msg, field) {
        (Msg::Back, _) => {
            state.scoring.phase = Phase::Overview;
            return Vec::new();
        }
        (Msg::Next, _) => form.focus = (form.focus + 1) % 3,
        (Msg::Prev, _) => form.focus = (form.focus + 2) % 3,
        (Msg::Confirm, _) if form.focus < 2 => form.focus += 1,
        (Msg::Confirm, _) => {
            let Some(c) = work.model.challenges.get(state.scoring.challenge) else {
                return Vec::new();
            };
            let id = c.id.clone();
            let rationale = form.rationale.trimmed().to_owned();
            work.session.agreed.insert(
                id.clone(),
                crate::model::session::Agreed {
                    score: form.score,
                    rationale,
                },
            );
            let notes = form.notes.trimmed().to_owned();
            if notes.is_empty() {
                work.session.notes.remove(&id);
            } else {
                work.session.notes.insert(id, notes);
            }
            state.scoring.phase = Phase::Overview;
            if state.scoring.challenge + 1 < challenges {
                state.scoring.challenge += 1;
            }
            return changed(state);
        }
        (Msg::Left, None) => form.score = values[at.saturating_sub(1)],
        (Msg::Right, None) => form.score = values[(at + 1).min(values.len() - 1)],
        (Msg::Char(c), None) => {
            if let Some(v) = c
                .to_digit(10)
                .and_then(|d| i32::try_from(d).ok())
                .filter(|v| values.contains(v))
            {
                form.score = v;
            }
        }
        (msg, Some(f)) => {
            f.edit(&msg);
        }
        _ => {}
    }
    state.scoring.phase = Phase::Agree(form);
    Vec::new()
}

/// Draws the scoring screen in its current phase.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    match &state.scoring.phase {
        Phase::Overview => overview(frame, area, state),
        Phase::Handover { voter } => handover(frame, area, state, *voter),
        Phase::Ballot {
            voter,
            statement,
            entries,
        } => ballot(frame, area, state, *voter, *statement, entries),
        Phase::Hands {
            statement,
            row,
            counts,
        } => reveal::hands(frame, area, state, *statement, *row, counts),
        Phase::Reveal { statement } => reveal::draw(frame, area, state, *statement),
        Phase::Agree(form) => {
            reveal::draw(frame, area, state, 0);
            reveal::agree(frame, area, state, form);
        }
    }
}

fn overview(frame: &mut Frame, area: Rect, state: &State) {
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

fn handover(frame: &mut Frame, area: Rect, state: &State, voter: usize) {
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

fn ballot(
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
