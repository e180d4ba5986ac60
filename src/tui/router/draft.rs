//! The open form's text kept as the session's draft: put in when the typing
//! pauses, cleared once the form closes.

use super::{carry_out, persist};
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::tui::msg::Effect;
use crate::tui::state::State;

/// True while a form whose text is kept as a draft is open: the runtime keeps a
/// draft's deadline only while this holds.
pub fn drafting(state: &State) -> bool {
    state.shared.work.is_some() && state.screen.page().draft(&state.shared).is_some()
}

/// Puts the open form's text in the session as its draft, and saves if that
/// changed anything.
pub(super) fn keep_draft(state: &mut State) -> Vec<Effect> {
    let command = match state.screen.page().draft(&state.shared) {
        Some(draft) => Command::KeepDraft(draft),
        None => Command::DropDraft,
    };
    let Some(work) = &mut state.shared.work else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    // Keeping or dropping a draft is never refused.
    let _ = carry_out(work, vec![command], &mut changes);
    persist(&work.session, &work.model, &changes, false)
        .into_iter()
        .collect()
}

/// Clears the session's draft once its form is closed, saved or not: what the
/// form saved is in the session, and what was dropped was dropped on purpose.
/// Gives the change, when there was one to clear.
pub(super) fn drop_closed_draft(state: &mut State) -> Vec<Change> {
    let mut changes = Vec::new();
    if state.screen.page().draft(&state.shared).is_some() {
        return changes;
    }
    if let Some(work) = &mut state.shared.work {
        // Dropping a draft is never refused.
        let _ = carry_out(work, vec![Command::DropDraft], &mut changes);
    }
    changes
}
