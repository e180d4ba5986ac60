//! Moving between the workshop's steps: which step comes next in a workshop
//! on the model, whether it can be shown, and remembering it in the session so
//! that it opens there again. A set of open prompts put on screen while the
//! room is open is put to the phones too.

use super::commands::carry_out;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::tui::msg::Effect;
use crate::tui::notice::Question;
use crate::tui::screens::Screen;
use crate::tui::state::{Overlay, State, Step};

/// The model whose steps the workshop follows.
pub(super) fn model(state: &State) -> Option<&crate::model::Assessment> {
    state.screen.model(&state.shared)
}

/// True when `step` can be shown now: every step after setup needs a session.
pub(super) fn can_go(state: &State, step: Option<Step>) -> bool {
    step.is_some_and(|s| s <= Step::Setup || state.shared.work.is_some())
}

/// Moves to `step` if there is a session to show there, and remembers the step in
/// the session so that it opens there again.
pub(super) fn go(state: &mut State, step: Option<Step>) -> Vec<Effect> {
    let Some(step) = step.filter(|s| can_go(state, Some(*s))) else {
        return Vec::new();
    };
    // A step the model lacks gives way to the next one it has.
    let step = model(state).map_or(step, |m| m.step_from(step));
    // The room stays open from step to step (phones keep answering, and the
    // footer names the key back to it); only the start screen, which leaves the
    // session, closes it, and asks first.
    if step == Step::Start && state.shared.room.is_some() {
        state.overlay = Some(Overlay::Ask(Question::CloseRoomForStart));
        return Vec::new();
    }
    let mut effects = Vec::new();
    state.screen = Screen::enter(step, &state.shared);
    offer_to_room(state, step);
    if step == Step::Start {
        effects.push(Effect::ListSaved);
        return effects;
    }
    // Moving on is always saved whole: the file keeps where the workshop is.
    if remember(state).is_some() {
        effects.push(Effect::Save);
    }
    effects
}

/// Records the current position in the session; gives the change (none when
/// the session was already there), or nothing before there is a place to
/// remember (no session, or the steps before it is set up).
pub(super) fn remember(state: &mut State) -> Option<Vec<Change>> {
    let step = state.step();
    let work = state.shared.work.as_mut().filter(|_| step > Step::Setup)?;
    let command = Command::RememberPlace {
        step: step.key_in(&work.model).to_owned(),
        challenge: work.challenge,
    };
    let mut changes = Vec::new();
    // Remembering the place is never refused.
    let _ = carry_out(work, vec![command], &mut changes);
    Some(changes)
}

/// Puts the set of open prompts `step` shows to the phones when the room is
/// open: the facilitator has the group write now. It stays put to them until
/// the room closes, so that a phone that was slow can still write.
fn offer_to_room(state: &mut State, step: Step) {
    let shared = &mut state.shared;
    let (Some(room), Some(work)) = (&mut shared.room, &shared.work) else {
        return;
    };
    if let Step::Prompts(_) = step {
        room.desk.offer(step.key_in(&work.model));
    }
}
