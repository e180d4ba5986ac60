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
        Msg::SaveFailed(reason) => {
            state.save_error = Some(reason);
            return Vec::new();
        }
        Msg::SaveAs if state.work.is_some() => {
            let name = state
                .work
                .as_ref()
                .and_then(|w| w.path.as_ref())
                .and_then(|p| p.file_name())
                .map_or_else(
                    || "session.ron".into(),
                    |n| n.to_string_lossy().into_owned(),
                );
            state.save_as = Some(crate::tui::input::TextField::new(
                &state.export_dir.join(name).display().to_string(),
            ));
            return Vec::new();
        }
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
    if let Some(field) = &mut state.save_as {
        match msg {
            Msg::Back => state.save_as = None,
            Msg::Confirm => {
                let path = field.trimmed().to_owned();
                state.save_as = None;
                return vec![Effect::SaveAs(path.into())];
            }
            msg => {
                field.edit(&msg);
            }
        }
        return Vec::new();
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
        (Question::OpenBackup, true) => state
            .backup_offer
            .take()
            .map(Effect::OpenBackup)
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

fn done(state: &mut State, result: Result<Outcome, String>) {
    let lang = state.lang;
    match result {
        Ok(Outcome::Saved(path)) => {
            state.save_error = None;
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
