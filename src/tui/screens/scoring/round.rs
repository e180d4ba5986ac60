//! The ballot round between voters: who is next, the blank hand-over screen, and
//! the facilitator's list of voters to go back to. A voter is done with a
//! challenge when every statement has an answer or a skip; an interrupted voter
//! (Esc, q, a crash) is taken up again at the first statement not passed. The
//! screen shows who is done, never what anyone answered.

use super::Phase;
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::{navigate, scroll};
use crate::tui::screens::{Reply, step_selection};
use crate::tui::shared::{Shared, Work};
use crate::tui::widgets as view;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// How far a voter has got with the challenge in focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Nothing passed yet.
    NotStarted,
    /// Some statements passed: how many, of how many.
    Started(usize, usize),
    /// Every statement answered or skipped.
    Done,
}

/// The progress of voter `index` (into the session's voters) on the challenge in focus.
pub fn progress(work: &Work, index: usize) -> Progress {
    let (Some(id), Some(c)) = (work.session.voter_id(index), work.current()) else {
        return Progress::NotStarted;
    };
    // The current round's statements: a voter who finished round 1 starts
    // round 2 afresh.
    let asked = work.session.round_statements(c);
    let k = asked.len();
    // A voter has passed at least the statements they answered: this also covers
    // sessions saved before progress was kept.
    let answered = asked
        .iter()
        .filter(|s| work.session.responses().has_voted(s, id))
        .count();
    let passed = work.session.passed(&c.id, id).max(answered);
    match passed {
        0 => Progress::NotStarted,
        n if n >= k => Progress::Done,
        n => Progress::Started(n, k),
    }
}

/// The first voter not done, starting at `from` and going round once.
pub fn next_voter(work: &Work, from: usize) -> Option<usize> {
    let n = work.session.voter_count();
    (0..n)
        .map(|i| (from + i) % n)
        .find(|i| progress(work, *i) != Progress::Done)
}

/// The first voter not done after voter `index`, going round once, leaving out
/// `index` itself: the voter who has just finished.
pub fn next_after(work: &Work, index: usize) -> Option<usize> {
    let n = work.session.voter_count();
    (1..n)
        .map(|i| (index + i) % n)
        .find(|i| progress(work, *i) != Progress::Done)
}

/// The statement a voter's entry opens at: the first one not passed.
pub fn first_open(work: &Work, index: usize) -> usize {
    match progress(work, index) {
        Progress::Started(n, _) => n,
        _ => 0,
    }
}

/// Starting a round: the first voter not done, or the list when everyone is.
pub fn start(work: &Work) -> Phase {
    match next_voter(work, 0) {
        Some(voter) => Phase::Handover { voter },
        None => Phase::Pick { selected: 0 },
    }
}

/// Handles the hand-over screen: begin, go to the previous or next voter, open the
/// list, or stop the round (every vote so far is kept).
pub fn handover(phase: &mut Phase, shared: &Shared, msg: Msg) -> Reply {
    let (Phase::Handover { voter }, Some(work)) = (&*phase, &shared.work) else {
        return Reply::none();
    };
    let (voter, n) = (*voter, work.session.voter_count());
    let k = work.current().map_or(0, |c| work.session.round_len(c));
    *phase = match msg {
        // A voter who finished has their ballot counted, apart from their name.
        Msg::Confirm if progress(work, voter) == Progress::Done => return Reply::none(),
        Msg::Confirm => Phase::Ballot {
            voter,
            statement: first_open(work, voter),
            entries: vec![None; k],
        },
        Msg::Up => Phase::Handover {
            voter: step_selection(voter, n, false),
        },
        Msg::Down => Phase::Handover {
            voter: step_selection(voter, n, true),
        },
        Msg::Edit => Phase::Pick { selected: voter },
        Msg::Back => Phase::Overview,
        _ => return Reply::none(),
    };
    Reply::none()
}

/// Handles the list of voters.
pub fn pick(phase: &mut Phase, shared: &Shared, msg: Msg) -> Reply {
    let (Phase::Pick { selected }, Some(work)) = (&mut *phase, &shared.work) else {
        return Reply::none();
    };
    let n = work.session.voter_count();
    let list = list_area(view::body_area(shared.size));
    match msg {
        msg if navigate(selected, n, &msg, list) => {}
        Msg::Confirm if n > 0 && progress(work, *selected) != Progress::Done => {
            *phase = Phase::Handover { voter: *selected };
        }
        Msg::Back => *phase = Phase::Overview,
        _ => {}
    }
    Reply::none()
}

/// The hand-over screen's keys.
pub fn handover_bindings(shared: &Shared, voter: usize) -> Vec<Binding> {
    let lang = shared.lang;
    let n = shared.work.as_ref().map_or(0, |w| w.session.voter_count());
    let done = shared
        .work
        .as_ref()
        .is_some_and(|w| progress(w, voter) == Progress::Done);
    vec![
        Binding::new(
            &[Key::Code(KeyCode::Enter)],
            Msg::Confirm,
            crate::tr!(lang, "tui-start-voting"),
        )
        .footer(0)
        .when(!done),
        Binding::each(
            vec![
                (Key::Code(KeyCode::Up), Msg::Up),
                (Key::Code(KeyCode::Down), Msg::Down),
            ],
            crate::tr!(lang, "tui-previous-next-voter"),
        )
        .short(crate::tr!(lang, "tui-short-voter"))
        .footer(2)
        .when(n > 1),
        Binding::new(
            &[Key::Code(KeyCode::Tab)],
            Msg::Edit,
            crate::tr!(lang, "tui-choose-voter"),
        )
        .short(crate::tr!(lang, "tui-short-list"))
        .footer(3)
        .when(n > 1),
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            crate::tr!(lang, "tui-stop-the-round"),
        )
        .short(crate::tr!(lang, "tui-short-stop"))
        .footer(1),
    ]
}

/// The list's keys. A voter who is done is not offered a turn: their ballot is
/// counted and cannot be reopened.
pub fn pick_bindings(shared: &Shared, selected: usize) -> Vec<Binding> {
    let lang = shared.lang;
    let n = shared.work.as_ref().map_or(0, |w| w.session.voter_count());
    let done = shared
        .work
        .as_ref()
        .is_some_and(|w| progress(w, selected) == Progress::Done);
    vec![
        up_down(crate::tr!(lang, "tui-choose"))
            .footer(1)
            .when(n > 1),
        Binding::new(
            &[Key::Code(KeyCode::Enter)],
            Msg::Confirm,
            crate::tr!(lang, "tui-let-vote"),
        )
        .footer(0)
        .when(n > 0 && !done),
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            crate::tr!(lang, "tui-stop-the-round"),
        )
        .short(crate::tr!(lang, "tui-short-stop"))
        .footer(2),
    ]
}

/// The blank screen before a voter: their name and how many are done.
pub fn draw_handover(frame: &mut Frame, area: Rect, shared: &Shared, voter: usize) {
    let Some(work) = &shared.work else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let voters = work.session.voters();
    let name = voters.get(voter).map_or("", |(_, n)| n.as_str());
    let done = (0..voters.len())
        .filter(|i| progress(work, *i) == Progress::Done)
        .count();
    // Which challenge the keyboard is passed round for, so nobody answers the
    // wrong one's statements in their head.
    let challenge = work.current().map_or_else(String::new, |c| {
        crate::tr!(
            lang,
            "tui-handover-challenge",
            words = work.model.words(lang),
            n = (work.challenge + 1),
            total = work.model.challenges.len(),
            challenge = c.name.get(lang)
        )
    });
    let mut lines = vec![
        Line::styled(challenge, t.muted),
        Line::styled(
            crate::tr!(lang, "tui-hand-over", name = name.to_string()),
            t.title,
        ),
        Line::raw(""),
        Line::styled(
            crate::tr!(lang, "tui-voted-of", voted = done, total = voters.len()),
            t.muted,
        ),
    ];
    if let Progress::Started(n, k) = progress(work, voter) {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-resumes-at", n = (n + 1), total = k),
            t.muted,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .block(view::block(" ", t)),
        view::centered(area, 60, 8),
    );
}

fn list_area(body: Rect) -> Rect {
    view::centered(body, 60, body.height.saturating_sub(2))
}

/// The list of voters with who is done, for the facilitator to pick one.
pub fn draw_pick(frame: &mut Frame, area: Rect, shared: &Shared, selected: usize) {
    let Some(work) = &shared.work else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let voters = work.session.voters();
    let popup = list_area(area);
    crate::tui::widgets::clear(frame, popup, t);
    let height = popup.height.saturating_sub(2) as usize;
    let lines: Vec<Line> = voters
        .iter()
        .enumerate()
        .skip(scroll(selected, height))
        .take(height)
        .map(|(i, (_, name))| {
            let state = match progress(work, i) {
                Progress::NotStarted => crate::tr!(lang, "tui-voter-not-started"),
                Progress::Started(n, k) => {
                    crate::tr!(lang, "tui-voter-started", n = n, total = k)
                }
                Progress::Done => crate::tr!(lang, "tui-voter-done"),
            };
            let line = Line::raw(format!("{:<28} {state}", view::fit(name, 27)));
            if i == selected {
                line.style(t.selected)
            } else {
                line.style(t.text)
            }
        })
        .collect();
    let title = format!(" {} ", crate::tr!(lang, "tui-voters-title"));
    frame.render_widget(Paragraph::new(lines).block(view::block(&title, t)), popup);
}
