//! Where the workbench's commands meet the session: the router hands every
//! command a screen returns to [`Session::apply`](crate::model::Session::apply)
//! here, and [`persist`] decides, in one place, how the changes are kept.

use crate::error::Problem;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::{Assessment, Session};
use crate::tui::msg::Effect;
use crate::tui::shared::Work;

/// Applies `commands` in order, adding the changes they make to `changes`.
/// Stops at the first one refused and gives its problem; what the commands
/// before it changed stays changed (and is in `changes`, to be kept).
pub fn carry_out(
    work: &mut Work,
    commands: Vec<Command>,
    changes: &mut Vec<Change>,
) -> Result<(), Problem> {
    for command in commands {
        changes.extend(work.session.apply(&work.model, command)?);
    }
    Ok(())
}

/// How `changes` are kept on disk: appended to the session's journal when
/// every one of them may be (votes; see [`Change::journalled`]), the whole
/// session saved otherwise, and nothing when there are none. `whole` asks for
/// a whole save whatever the changes: the place in the workshop moved, which
/// the file keeps so that the session opens there again.
pub fn persist(
    session: &Session,
    model: &Assessment,
    changes: &[Change],
    whole: bool,
) -> Option<Effect> {
    if whole {
        return Some(Effect::Save);
    }
    if changes.is_empty() {
        return None;
    }
    if changes.iter().all(|c| c.journalled_in(session, model)) {
        Some(Effect::Record(changes.to_vec()))
    } else {
        Some(Effect::Save)
    }
}
