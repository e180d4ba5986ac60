//! What the workbench tells the user, as typed values: `update` decides what to
//! say, and the view puts it into words in the language on screen when it draws.

use crate::error::Problem;
use crate::report::Format;
use crate::text::Lang;
use crate::tui::input::Kind;
use crate::tui::msg::Failure;
use std::path::PathBuf;

/// A message for the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The report was written.
    Exported(Format, PathBuf),
    /// The report could not be written.
    ExportFailed(Failure),
    /// A file could not be opened or read.
    Failed(Failure),
    /// A ballot round needs participants or a head count.
    NeedVoters,
    /// The clock was asked to start where the agenda has no item, and it
    /// has never run: it starts nothing rather than count another item's time.
    NoAgendaItemHere,
    /// The challenge was counted by show of hands, so no ballot round.
    CountedByHands,
    /// The challenge has ballots, which a show of hands would not replace.
    HasBallots,
    /// The session refused a change.
    Refused(Problem),
    /// A participant needs an alias.
    AliasMissing,
    /// A group of the session's own saved without a name.
    GroupNameMissing,
    /// An area of the session's own saved without a name.
    AreaNameMissing,
    /// An alternative chosen without a reason: the label of the alternative.
    ReasonMissing {
        /// The alternative's label, as the model gives it.
        alternative: String,
    },
    /// A date is not written YYYY-MM-DD.
    BadDate,
    /// A date written YYYY-MM-DD that the calendar does not have (2027-02-30).
    NoSuchDate(String),
    /// A municipality code that is not four digits.
    BadKommunkod,
    /// An agreed severity that is not a whole number 0–100.
    BadSeverity,
    /// Something other than a digit was typed on the agreed severity.
    SeverityIsANumber,
    /// The agreed score of this challenge was saved; the screen stays on it.
    AgreedSaved {
        /// The challenge's name, in the model's words.
        challenge: crate::text::Text,
        /// The severity saved, as the screens write it.
        severity: String,
    },
    /// The organisation needs a name.
    OrganisationMissing,
    /// What was typed or pasted into a field of this kind did not all fit.
    TooLong(Kind),
    /// A form's text that was typed but not saved when klarhet last stopped is
    /// back in its form.
    DraftRestored,
    /// The room is open: phones answer, so the keyboard does not vote now.
    RoomIsOpen,
    /// A session that is only read cannot take phones' answers.
    RoomReadOnly,
    /// A seat was freed for another phone.
    SeatFreed(String),
    /// A challenge whose results have been shown cannot be ticked for the room.
    RoomChallengeShown,
    /// The room was asked to open with no challenge ticked.
    RoomNothingChosen,
    /// A new round was asked for with no statement ticked.
    VoteAgainNothingChosen,
    /// A new round opened on this many statements.
    RoundOpened {
        /// Its number within the challenge.
        round: u32,
        /// How many statements it asks.
        statements: usize,
    },
    /// Answers were to be shown with fewer writers waiting than may be shown
    /// together: this many more must write first.
    AnswersNeedWriters(usize),
    /// Answers were to be shown and none wait.
    NoAnswersWaiting,
    /// A writer was to be chosen and everyone has written.
    EveryoneHasWritten,
    /// Picks were to be shown with fewer voters waiting than may be shown
    /// together: this many more must vote first.
    PicksNeedVoters(u64),
    /// Picks were to be shown and none wait.
    NoPicksWaiting,
    /// A voter was to be chosen and everyone has voted.
    EveryoneHasVoted,
    /// A theme was to be named with no name typed.
    ThemeNameMissing,
    /// The session file was changed outside klarhet while it was open; this many
    /// changes kept in its journal were put back into it.
    JournalReplayed(usize),
}

impl Notice {
    /// What to say about `text` typed as a date that is not one: that the day
    /// does not exist, or how a date is written.
    pub fn bad_date(text: &str) -> Notice {
        match crate::model::dates::parse(text) {
            Err(crate::model::dates::BadDate::NoSuchDay) => Notice::NoSuchDate(text.to_owned()),
            _ => Notice::BadDate,
        }
    }

    /// True when the notice reports something that went wrong.
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            Notice::Exported(..)
                | Notice::DraftRestored
                | Notice::AgreedSaved { .. }
                | Notice::SeatFreed(_)
                | Notice::JournalReplayed(_)
        )
    }

    /// The notice in words, with the open model's `words` for its dimensions.
    pub fn text(&self, lang: Lang, words: &crate::text::Words) -> String {
        match self {
            Notice::Exported(format, path) => crate::tr!(
                lang,
                "tui-notice-exported",
                format = format.extension().to_uppercase(),
                path = path.display().to_string()
            ),
            Notice::ExportFailed(e) => {
                crate::tr!(lang, "tui-notice-export-failed", error = e.0.render(lang))
            }
            Notice::Failed(e) => e.0.render(lang),
            Notice::NeedVoters => {
                crate::tr!(lang, "tui-notice-need-voters")
            }
            Notice::NoAgendaItemHere => crate::tr!(lang, "tui-clock-no-item"),
            Notice::CountedByHands => {
                crate::tr!(lang, "tui-notice-counted-by-hands", words = words)
            }
            Notice::HasBallots => {
                crate::tr!(lang, "tui-notice-has-ballots", words = words)
            }
            Notice::Refused(problem) => problem.describe_in(lang, words),
            Notice::AliasMissing => crate::tr!(lang, "tui-notice-alias-missing"),
            Notice::GroupNameMissing => crate::tr!(lang, "tui-notice-group-name-missing"),
            Notice::AreaNameMissing => crate::tr!(lang, "tui-phases-name-missing"),
            Notice::ReasonMissing { alternative } => crate::tr!(
                lang,
                "tui-alternatives-reason-missing",
                alternative = alternative.as_str()
            ),
            Notice::BadDate => crate::tr!(lang, "tui-notice-bad-date"),
            Notice::NoSuchDate(text) => crate::model::dates::refusal(text, lang),
            Notice::BadKommunkod => crate::tr!(lang, "tui-notice-bad-kommunkod"),
            Notice::BadSeverity => crate::tr!(lang, "tui-notice-bad-severity", words = words),
            Notice::SeverityIsANumber => {
                crate::tr!(lang, "tui-notice-severity-is-a-number", words = words)
            }
            Notice::AgreedSaved {
                challenge,
                severity,
            } => crate::tr!(
                lang,
                "tui-notice-agreed-saved",
                words = words,
                challenge = challenge.get(lang),
                severity = severity.as_str()
            ),
            Notice::OrganisationMissing => {
                crate::tr!(lang, "tui-notice-organisation-missing")
            }
            Notice::TooLong(kind) => crate::tr!(
                lang,
                "tui-notice-too-long",
                field = kind.label(lang, words),
                max = kind.max()
            ),
            Notice::DraftRestored => crate::tr!(lang, "tui-notice-draft-restored"),
            Notice::RoomIsOpen => crate::tr!(lang, "tui-notice-room-is-open"),
            Notice::RoomReadOnly => crate::tr!(lang, "tui-notice-room-read-only"),
            Notice::SeatFreed(seat) => {
                crate::tr!(lang, "tui-notice-seat-freed", seat = seat.as_str())
            }
            Notice::RoomChallengeShown => {
                crate::tr!(lang, "tui-notice-room-challenge-shown", words = words)
            }
            Notice::RoomNothingChosen => {
                crate::tr!(lang, "tui-notice-room-nothing-chosen", words = words)
            }
            Notice::VoteAgainNothingChosen => crate::tr!(lang, "tui-vote-again-none"),
            Notice::RoundOpened { round, statements } => crate::tr!(
                lang,
                "tui-vote-again-opened",
                round = u64::from(*round),
                count = u64::try_from(*statements).unwrap_or(u64::MAX)
            ),
            Notice::AnswersNeedWriters(more) => crate::tr!(
                lang,
                "tui-prompts-need-writers",
                count = u64::try_from(*more).unwrap_or(u64::MAX)
            ),
            Notice::NoAnswersWaiting => crate::tr!(lang, "tui-prompts-none-waiting"),
            Notice::EveryoneHasWritten => crate::tr!(lang, "tui-prompts-everyone-wrote"),
            Notice::PicksNeedVoters(more) => {
                crate::tr!(lang, "tui-poll-need-voters", count = *more)
            }
            Notice::NoPicksWaiting => crate::tr!(lang, "tui-poll-none-waiting"),
            Notice::EveryoneHasVoted => crate::tr!(lang, "tui-poll-everyone-voted"),
            Notice::ThemeNameMissing => crate::tr!(lang, "tui-prompts-theme-name-missing"),
            Notice::JournalReplayed(count) => {
                crate::tr!(
                    lang,
                    "tui-notice-journal-replayed",
                    count = u64::try_from(*count).unwrap_or(u64::MAX)
                )
            }
        }
    }
}

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Quit in the middle of a ballot round or a show of hands?
    QuitDuringRound,
    /// Quit although the last changes could not be saved?
    QuitUnsaved,
    /// Remove the selected participant and their votes?
    RemoveParticipant,
    /// The session could not be read; open this backup as a new session instead?
    OpenBackup(PathBuf),
    /// More hands were counted than there are people in the room; save anyway?
    HandsOverRoom {
        /// Hands counted.
        total: u32,
        /// People in the room.
        room: u32,
    },
    /// A file is already where the report would go; write over it?
    Overwrite(crate::report::Format, PathBuf),
    /// Going to the start screen leaves the session: close its open room?
    CloseRoomForStart,
    /// Stop the writer's turn? What they wrote is not kept.
    DropWriting,
}

impl Question {
    /// The question in words. The keys to answer it are in the footer, from the
    /// question's bindings.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Question::OpenBackup(_) => crate::tr!(lang, "tui-question-open-backup"),
            Question::QuitDuringRound => crate::tr!(lang, "tui-question-quit-during-round"),
            Question::QuitUnsaved => crate::tr!(lang, "tui-question-quit-unsaved"),
            Question::RemoveParticipant => {
                crate::tr!(lang, "tui-question-remove-participant")
            }
            Question::HandsOverRoom { total, room } => crate::tr!(
                lang,
                "tui-question-hands-over-room",
                total = u64::from(*total),
                room = u64::from(*room)
            ),
            Question::CloseRoomForStart => {
                crate::tr!(lang, "tui-question-close-room-for-start")
            }
            Question::DropWriting => crate::tr!(lang, "tui-question-drop-writing"),
            Question::Overwrite(_, path) => crate::tr!(
                lang,
                "tui-question-overwrite",
                path = path.display().to_string()
            ),
        }
    }
}
