//! Messages into `update`, and the effects it asks for. Both are plain data.

use crate::model::session::Answer;
use std::path::PathBuf;

/// Everything that can happen to the workbench.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move left: previous item, tab or cursor position.
    Left,
    /// Move right: next item, tab or cursor position.
    Right,
    /// Next field or tab.
    Next,
    /// Previous field or tab.
    Prev,
    /// Confirm, open or go on.
    Confirm,
    /// Go back one step, or close what is open. Nothing is lost.
    Back,
    /// Go to the next step of the workshop.
    NextStep,
    /// Show or hide the help overlay.
    Help,
    /// Quit; asks first in the middle of a ballot round.
    Quit,
    /// Quit at once (Ctrl-C); everything is already saved.
    ForceQuit,
    /// Type a character into the focused field.
    Char(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Cursor to the start of the field.
    Home,
    /// Cursor to the end of the field.
    End,
    /// Cast an answer in a ballot round.
    Answer(Answer),
    /// Skip a statement in a ballot round.
    Skip,
    /// Toggle the selected item (adopt a recommendation, cycle a choice).
    Toggle,
    /// Add an item (a participant).
    Add,
    /// Edit the selected item.
    Edit,
    /// Remove the selected item.
    Remove,
    /// Change the selected participant's role.
    CycleRole,
    /// Edit the anonymous head count.
    HeadCount,
    /// Start a ballot round on the current challenge.
    StartBallot,
    /// Start a show of hands on the current challenge.
    StartHands,
    /// Show the results of the current challenge.
    Reveal,
    /// Record the group's agreed score for the current challenge.
    Agree,
    /// Write the report to the export path.
    Export,
    /// Change the export format.
    CycleFormat,
    /// Open the comparison with an earlier session.
    Compare,
    /// Answer yes in a confirmation.
    Yes,
    /// Answer no in a confirmation.
    No,
    /// A mouse click at a cell.
    Click {
        /// Column.
        col: u16,
        /// Row.
        row: u16,
    },
    /// The terminal has a new size.
    Resize(u16, u16),
    /// An effect finished; `Err` carries the message to show.
    Done(Result<Outcome, String>),
    /// A save failed, for this reason; everything is still in memory.
    SaveFailed(String),
    /// Save the session somewhere else (Ctrl-S).
    SaveAs,
}

impl PartialEq for Outcome {
    /// Outcomes compare by kind and path; an earlier session compares by its content.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Outcome::Saved(a), Outcome::Saved(b)) => a == b,
            (Outcome::Exported(f, a), Outcome::Exported(g, b)) => f == g && a == b,
            (Outcome::Earlier(a), Outcome::Earlier(b)) => a.0 == b.0,
            _ => false,
        }
    }
}

/// What an effect produced.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The session was saved to this path.
    Saved(PathBuf),
    /// The report was written to this path in this format.
    Exported(crate::report::Format, PathBuf),
    /// An earlier session was read, to compare with.
    Earlier(Box<(crate::model::Session, crate::model::Assessment)>),
}

/// Work `update` asks the runtime to do. `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open session (creating its file if it has none yet).
    Save,
    /// Write the report in this format to this path.
    Export(crate::report::Format, PathBuf),
    /// Read an earlier session to compare the open one with.
    OpenEarlier(PathBuf),
    /// Save the session to this path from now on.
    SaveAs(PathBuf),
    /// Open this backup as a new session file.
    OpenBackup(PathBuf),
    /// Open the session at this path.
    Open(PathBuf),
    /// Create and open the demo session.
    OpenDemo,
    /// Read the list of saved sessions again, for the start screen.
    ListSaved,
    /// Leave the program.
    Quit,
}
