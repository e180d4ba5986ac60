//! What the workbench tells the user, as typed values: `update` decides what to
//! say, and the view puts it into words in the language on screen when it draws.

use crate::error::Problem;
use crate::report::Format;
use crate::text::{Lang, pick};
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
    /// The challenge was counted by show of hands, so no ballot round.
    CountedByHands,
    /// The challenge has ballots, which a show of hands would not replace.
    HasBallots,
    /// The session refused a change.
    Refused(Problem),
    /// A participant needs an alias.
    AliasMissing,
    /// A date is not written YYYY-MM-DD.
    BadDate,
    /// The organisation needs a name.
    OrganisationMissing,
}

impl Notice {
    /// True when the notice reports something that went wrong.
    pub fn is_error(&self) -> bool {
        !matches!(self, Notice::Exported(..))
    }

    /// The notice in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Notice::Exported(format, path) => format!(
                "{} ({}) {} {}",
                pick(lang, "Rapporten", "The report"),
                format.extension().to_uppercase(),
                pick(lang, "sparades i", "was saved to"),
                path.display()
            ),
            Notice::ExportFailed(e) => format!(
                "{} {}",
                pick(lang, "Kunde inte exportera:", "Could not export:"),
                e.0.render(lang)
            ),
            Notice::Failed(e) => e.0.render(lang),
            Notice::NeedVoters => pick(
                lang,
                "Lägg till deltagare eller ett antal i rummet först.",
                "Add participants or a head count first.",
            )
            .to_owned(),
            Notice::CountedByHands => pick(
                lang,
                "Utmaningen är räknad med handuppräckning.",
                "This challenge was counted by show of hands.",
            )
            .to_owned(),
            Notice::HasBallots => pick(
                lang,
                "Utmaningen har redan röster från en valomgång; de ersätts inte av en handuppräckning.",
                "This challenge already has ballots; a show of hands does not replace them.",
            )
            .to_owned(),
            Notice::Refused(problem) => problem.describe(lang),
            Notice::AliasMissing => pick(lang, "Skriv ett alias.", "Enter an alias.").to_owned(),
            Notice::BadDate => pick(
                lang,
                "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-11-22.",
                "Write the date as YYYY-MM-DD, for example 2026-11-22.",
            )
            .to_owned(),
            Notice::OrganisationMissing => pick(
                lang,
                "Skriv organisationens namn.",
                "Enter the organisation's name.",
            )
            .to_owned(),
        }
    }
}

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Quit in the middle of a ballot round or a show of hands?
    QuitDuringRound,
    /// Remove the selected participant and their votes?
    RemoveParticipant,
    /// The session could not be read; open this backup as a new session instead?
    OpenBackup(PathBuf),
}

impl Question {
    /// The question in words. The keys to answer it are in the footer, from the
    /// question's bindings.
    pub fn text(&self, lang: Lang) -> &'static str {
        match self {
            Question::OpenBackup(_) => pick(
                lang,
                "Sessionen kunde inte läsas (se raden nederst). Öppna säkerhetskopian som en ny session? Originalfilen lämnas orörd.",
                "The session could not be read (see the bottom line). Open its backup as a new session? The original file is left untouched.",
            ),
            Question::QuitDuringRound => pick(
                lang,
                "En omgång pågår. Alla röster hittills är sparade. Avsluta ändå?",
                "A round is under way. Every vote so far is saved. Quit anyway?",
            ),
            Question::RemoveParticipant => pick(
                lang,
                "Ta bort deltagaren och hens röster?",
                "Remove the participant and their votes?",
            ),
        }
    }
}
