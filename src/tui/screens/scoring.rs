//! Scoring, one challenge at a time: a ballot round where the keyboard passes from
//! person to person, or a show of hands; then the reveal and the agreed score.
//! The screen never shows how anyone voted, only how many have.

use crate::model::ballots::Tally;
use crate::model::session::Answer;
use crate::text::pick;
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{agree, ballot, reveal, step_selection};
use crate::tui::state::{Phase, State};
use crate::tui::update::{changed, go, remember};
use ratatui::Frame;
use ratatui::layout::Rect;

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
            state.scoring.phase = Phase::Agree(agree::form(state));
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
        (Phase::Agree(form), msg) => agree::update(state, form, msg, challenges),
        _ => Vec::new(),
    }
}

pub(super) fn fail(state: &mut State, message: &str) -> Vec<Effect> {
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

/// Draws the scoring screen in its current phase.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    match &state.scoring.phase {
        Phase::Overview => ballot::overview(frame, area, state),
        Phase::Handover { voter } => ballot::handover(frame, area, state, *voter),
        Phase::Ballot {
            voter,
            statement,
            entries,
        } => ballot::ballot(frame, area, state, *voter, *statement, entries),
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
