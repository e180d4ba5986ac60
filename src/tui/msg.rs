//! Messages into `update`, and the effects it asks for. Both are plain data: the
//! runtime carries out an effect and feeds its result back as a message.

use crate::error::Error;
use crate::model::session::Answer;
use crate::model::{Assessment, Session};
use crate::report::Format;
use crate::store::ReadOnly;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// Scroll a text down a line.
    PageDown,
    /// Scroll a text up a line.
    PageUp,
    /// Next field or tab.
    Next,
    /// Previous field or tab.
    Prev,
    /// Confirm, open or go on.
    Confirm,
    /// Close what is open within a screen (a form, a phase). Nothing is lost.
    Back,
    /// Type a character into the focused field.
    Char(char),
    /// Text pasted into the focused field (a bracketed paste), cut where the
    /// field's limit is reached.
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Cursor to the start of the field.
    Home,
    /// Cursor to the end of the field.
    End,
    /// Cursor to the start of the word (Ctrl-←).
    WordLeft,
    /// Cursor past the end of the word (Ctrl-→).
    WordRight,
    /// Delete the word before the cursor (Ctrl-W).
    DeleteWord,
    /// Empty the field (Ctrl-U).
    ClearField,
    /// Cast an answer in a ballot round.
    Answer(Answer),
    /// Skip a statement in a ballot round.
    Skip,
    /// Toggle the selected item (adopt a recommendation).
    Toggle,
    /// Add an item (a participant).
    Add,
    /// Edit the selected item.
    Edit,
    /// Remove the selected item (asks first).
    Remove,
    /// Change the selected participant's group in the breakdown.
    CycleRole,
    /// Add a group of the session's own.
    AddGroup,
    /// Break the figures down by the model's next grouping.
    CycleBreakdown,
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
    /// Go to the discussion queue.
    Discuss,
    /// Vote again on chosen statements of the current challenge: a new round.
    VoteAgain,
    /// Leave the shown round's ballots with the same answer to every statement
    /// out of its figures, or take them in again.
    LeaveOutCareless,
    /// Write the report to the export path.
    Export,
    /// Change the export format.
    CycleFormat,
    /// Open the comparison with an earlier session.
    Compare,
    /// Answer yes to the open question.
    Yes,
    /// Answer no to the open question.
    No,
    /// Go to the next step of the workshop.
    NextStep,
    /// Go to the previous step of the workshop.
    PrevStep,
    /// Show or hide the help overlay.
    Help,
    /// Quit; asks first in the middle of a round.
    Quit,
    /// Quit at once (Ctrl-C); everything is already saved.
    ForceQuit,
    /// Save the session somewhere else (Ctrl-S).
    SaveAs,
    /// A mouse click at a cell.
    Click {
        /// Column.
        col: u16,
        /// Row.
        row: u16,
    },
    /// The terminal has a new size.
    Resize(u16, u16),
    /// The session was saved, or why not; everything is still in memory.
    Saved(Result<SavedTo, Failure>),
    /// The report was written, or why not.
    Exported(Result<(Format, PathBuf), Failure>),
    /// The report was not written: a file is already there.
    ExportExists(Format, PathBuf),
    /// A session was read and locked, or why not.
    Opened(Result<Opened, OpenFailed>),
    /// An earlier session was read to compare with, or why not.
    EarlierRead(Result<Earlier, Failure>),
    /// The saved sessions, for the start screen and the comparison.
    Listed(Vec<Saved>),
    /// The typing asked to keep a draft has paused for [`DRAFT_DELAY`]: time to
    /// put the open form's text in the session.
    DraftDue,
    /// Open the room: phones answer the challenge in focus, or (`choose`) first
    /// tick which challenges they answer, each at their own pace.
    OpenRoom {
        /// Tick the challenges first.
        choose: bool,
    },
    /// Back to the open room, from any step: the room stays open while the
    /// workshop moves between steps.
    BackToRoom,
    /// Close the room: the laptop stops listening.
    CloseRoom,
    /// Let another phone take the selected seat.
    FreeSeat,
    /// The room is listening at this address, or why not.
    RoomOpened(Result<RoomAddress, Failure>),
    /// Phones' requests that arrived together, in order.
    RoomCalls(Vec<crate::room::desk::Request>),
    /// The room has been open for [`ROOM_QUIET`]: if no phone has come, the
    /// screen says what to try.
    RoomQuiet,
    /// Start the agenda's clock, or pause it, or resume it.
    ClockToggle,
    /// Give the item the clock is on more minutes.
    ClockExtend,
    /// Move the clock on to the next item of the agenda.
    ClockNext,
    /// A second of the running clock has passed: the header is drawn again.
    ClockTick,
    /// Open the agenda: choose one, plan its minutes, see the time used.
    OpenAgenda,
    /// The writer has finished a set of open prompts: hand in what they wrote.
    HandIn,
    /// Open the questions the phase of the area in focus asks about it.
    Ask,
}

/// How long an open room waits for its first phone before the screen says what
/// to do when phones cannot reach the laptop.
pub const ROOM_QUIET: std::time::Duration = std::time::Duration::from_secs(45);

/// Where an open room listens.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomAddress {
    /// The address phones open, token included.
    pub url: String,
    /// The room's token, kept in the session.
    pub token: String,
}

/// How long typing must pause before a form's text is kept as a draft: short
/// enough that a kill loses at most the last second of typing, long enough that
/// a fast typist causes one write per pause rather than one per key.
pub const DRAFT_DELAY: std::time::Duration = std::time::Duration::from_secs(1);

/// An earlier session, read to compare with.
#[derive(Debug, Clone)]
pub struct Earlier {
    /// The session.
    pub session: Box<Session>,
    /// Its model.
    pub model: Box<Assessment>,
}

impl PartialEq for Earlier {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session
    }
}

/// An error from carrying out an effect, kept typed so that it is put into words
/// in the language on screen when it is drawn.
#[derive(Debug, Clone)]
pub struct Failure(pub Arc<Error>);

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure(Arc::new(e))
    }
}

impl PartialEq for Failure {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

/// Where a save went. The file's lock is the runtime's: its host holds it.
#[derive(Debug, Clone)]
pub struct SavedTo {
    /// The file.
    pub path: PathBuf,
    /// The save created the file or moved the session to it (save as), and
    /// this klarhet now holds it: the session is written there from now on.
    pub taken: bool,
}

impl PartialEq for SavedTo {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}

/// A session read from disk, locked for this process (its lock held by the
/// runtime's host) or open for reading only.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The session.
    pub session: Box<Session>,
    /// Its model.
    pub model: Box<Assessment>,
    /// Its file, symlinks resolved.
    pub path: PathBuf,
    /// Why the session can only be read, when it cannot be locked; `None`: this
    /// klarhet holds its file and keeps other klarhet processes out.
    pub read_only: Option<ReadOnly>,
    /// How many changes from a journal were replayed onto a file that was changed
    /// outside klarhet while it was open (0 when none were).
    pub replayed: usize,
}

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}

/// Why a session could not be opened, and its backup if one may be offered.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenFailed {
    /// What went wrong.
    pub error: Failure,
    /// A readable-looking backup next to a file that could not be read.
    pub backup: Option<PathBuf>,
}

/// A saved session as the start screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// Its file.
    pub path: PathBuf,
    /// When the file last changed, if the system says.
    pub modified: Option<std::time::SystemTime>,
    /// What it holds, or why it cannot be read.
    pub summary: Result<SavedSummary, Failure>,
}

/// Organisation, date and progress of a saved session.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSummary {
    /// The organisation.
    pub organisation: String,
    /// The workshop's date.
    pub date: jiff::civil::Date,
    /// Challenges scored and challenges in all, when its model is known.
    pub scored: Option<(usize, usize)>,
}

/// The runtime's named deadlines (see [`Effect::After`]). A new deadline is a
/// name here, the message it sends, and the `Effect::After` that sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timer {
    /// The open form's text is kept as a draft once typing pauses.
    Draft,
    /// An open room that no phone has reached says what to try.
    RoomQuiet,
    /// The agenda's clock in the header moves on a second: pending only while
    /// the clock runs and is on screen.
    Clock,
}

impl Timer {
    /// True for a timer whose message keeps work: it is sent at once when the
    /// program quits rather than dropped, so that Ctrl-C in the middle of a
    /// sentence keeps the sentence for the next start.
    pub fn keeps_work(self) -> bool {
        match self {
            Timer::Draft => true,
            Timer::RoomQuiet | Timer::Clock => false,
        }
    }
}

/// Work `update` asks the runtime to do. `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open session (creating its file if it has none yet).
    Save,
    /// Keep these votes, already applied to the open session, by appending them
    /// to its journal: a short write in place of the whole file.
    Record(Vec<crate::model::journal::Change>),
    /// Send `msg` once `delay` has passed, unless `timer` is set again or
    /// cancelled first: setting a named timer again moves it, so each keystroke
    /// in a form moves the draft's moment on and a draft is written when the
    /// typing pauses, never on every key.
    After {
        /// Which deadline: one of each is pending at most.
        timer: Timer,
        /// How long from now.
        delay: std::time::Duration,
        /// What to send when it comes.
        msg: Box<Msg>,
    },
    /// Drop the named deadline, if it is pending.
    Cancel(Timer),
    /// Write the report in this format to this path; over an existing file only
    /// when `overwrite` says so.
    Export {
        /// The format.
        format: Format,
        /// The file.
        path: PathBuf,
        /// The user has agreed to write over a file that is there.
        overwrite: bool,
    },
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
    /// Read the list of saved sessions again.
    ListSaved,
    /// Start listening for phones with the session's room token (or a new one).
    OpenRoom,
    /// Stop listening.
    CloseRoom,
    /// Answer the phones whose requests were served last, in order, once the
    /// changes before this effect are on disk (or that nothing was saved).
    RoomReplies(Vec<crate::room::desk::Reply>),
    /// Leave the program.
    Quit,
    /// Leave the program although the last changes are not saved.
    QuitUnsaved,
}

impl Effect {
    /// [`Effect::After`]: `timer` sends `msg` once `delay` has passed.
    pub fn after(timer: Timer, delay: std::time::Duration, msg: Msg) -> Effect {
        Effect::After {
            timer,
            delay,
            msg: Box::new(msg),
        }
    }
}
