//! `update(state, msg) -> effects`: the only place the state changes. No I/O here;
//! saving, exporting and opening files are effects that the runtime carries out.

use crate::text::pick;
use crate::tui::msg::{Effect, Msg, Outcome};
use crate::tui::screens;
use crate::tui::state::{Question, State, Step};

/// Applies `msg` to `state` and returns the effects to carry out.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize(w, h) => {
            state.size = (w, h);
            return Vec::new();
        }
        Msg::Done(result) => {
            done(state, result);
            return Vec::new();
        }
        Msg::ForceQuit => return vec![Effect::Quit],
        Msg::Help => {
            state.help = !state.help;
            return Vec::new();
        }
        _ if state.help => return Vec::new(),
        _ => {}
    }
    if let Some(q) = state.question {
        return answer(state, q, msg);
    }
    state.status = None;
    match msg {
        Msg::Quit if state.in_round() => {
            state.question = Some(Question::QuitDuringRound);
            Vec::new()
        }
        Msg::Quit => vec![Effect::Quit],
        Msg::NextStep => go(state, state.step.next()),
        _ => screens::update(state, msg),
    }
}

fn answer(state: &mut State, q: Question, msg: Msg) -> Vec<Effect> {
    let yes = match msg {
        Msg::Yes => true,
        Msg::No => false,
        _ => return Vec::new(),
    };
    state.question = None;
    match (q, yes) {
        (Question::QuitDuringRound, true) => vec![Effect::Quit],
        (Question::RemoveParticipant, true) => screens::participants::remove_selected(state),
        _ => Vec::new(),
    }
}

fn done(state: &mut State, result: Result<Outcome, String>) {
    let lang = state.lang;
    match result {
        Ok(Outcome::Saved(path)) => {
            if let Some(work) = &mut state.work {
                work.path = Some(path);
            }
        }
        Ok(Outcome::Exported(format, path)) => {
            state.status = Some((
                format!(
                    "{} ({}) {} {}",
                    pick(lang, "Rapporten", "The report"),
                    format.extension().to_uppercase(),
                    pick(lang, "sparades i", "was saved to"),
                    path.display()
                ),
                false,
            ));
            state.exports.push((format, path));
        }
        Ok(Outcome::Earlier(earlier)) => screens::compare::show(state, *earlier),
        Err(message) => state.status = Some((message, true)),
    }
}

/// Moves to `step` if there is a session to show there, and remembers the step in
/// the session so that it opens there again.
pub fn go(state: &mut State, step: Option<Step>) -> Vec<Effect> {
    let Some(step) = step else {
        return Vec::new();
    };
    if step > Step::Setup && state.work.is_none() {
        return Vec::new();
    }
    if step == Step::Setup {
        screens::setup::fill_from_work(state);
    }
    state.step = step;
    remember(state)
}

/// Records the current position in the session and asks for a save.
pub fn remember(state: &mut State) -> Vec<Effect> {
    let step = state.step;
    let challenge = state.scoring.challenge;
    match &mut state.work {
        Some(work) if step > Step::Setup => {
            work.session.resume.step = step.key().to_owned();
            work.session.resume.challenge = challenge;
            vec![Effect::Save]
        }
        _ => Vec::new(),
    }
}

/// After the session changed: recompute the numbers and save.
pub fn changed(state: &mut State) -> Vec<Effect> {
    if let Some(work) = &mut state.work {
        work.refresh();
    }
    remember(state)
}
