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
}

/// What an effect produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The session was saved to this path.
    Saved(PathBuf),
    /// The report was written to this path.
    Exported(PathBuf),
}

/// Work `update` asks the runtime to do. `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open session (creating its file if it has none yet).
    Save,
    /// Write the Markdown report to this path.
    Export(PathBuf),
    /// Open the session at this path.
    Open(PathBuf),
    /// Create and open the demo session.
    OpenDemo,
    /// Read the list of saved sessions again, for the start screen.
    ListSaved,
    /// Leave the program.
    Quit,
}
