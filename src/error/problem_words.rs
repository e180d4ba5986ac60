//! What can be wrong with a file's content, put into words: each problem in
//! every language of the catalogue, a model's dimensions called by the
//! model's own words where the problem names one.

use super::Problem;
use crate::model::terms::catalogue_words;
use crate::text::{Lang, Words};

impl Problem {
    /// The problem in words, in `lang`, with the catalogue's words for a
    /// model's dimensions ("utmaning"): where no model is known.
    pub fn describe(&self, lang: Lang) -> String {
        self.describe_in(lang, &catalogue_words(lang))
    }

    /// The problem in words, in `lang`, calling the model's dimensions by
    /// `words`, the model's own where it gives them.
    pub fn describe_in(&self, lang: Lang, words: &Words) -> String {
        match self {
            Problem::Syntax(syntax) => {
                crate::tr!(lang, "problem-syntax", detail = syntax.describe(lang))
            }
            Problem::DuplicateId { kind, id } => {
                crate::tr!(
                    lang,
                    "problem-duplicate-id",
                    kind = kind.to_owned(),
                    id = id.as_str(),
                    words = words
                )
            }
            Problem::DanglingId { kind, id } => {
                crate::tr!(
                    lang,
                    "problem-dangling-id",
                    kind = kind.to_owned(),
                    id = id.as_str(),
                    words = words
                )
            }
            Problem::EmptyId { kind } => {
                crate::tr!(
                    lang,
                    "problem-empty-id",
                    kind = kind.to_owned(),
                    words = words
                )
            }
            Problem::AddressesNothing { id } => {
                crate::tr!(
                    lang,
                    "problem-addresses-nothing",
                    id = id.as_str(),
                    words = words
                )
            }
            Problem::BrokenCycle(fault) => {
                crate::tr!(
                    lang,
                    "problem-broken-cycle",
                    detail = fault.describe(lang, words),
                    words = words
                )
            }
            Problem::Construct(fault) => fault.describe(lang),
            Problem::NoChallenges => crate::tr!(lang, "problem-no-challenges", words = words),
            Problem::NoLanguages => crate::tr!(lang, "problem-no-languages"),
            Problem::Envelope(envelope) => envelope.describe(lang),
            Problem::NoStatements { challenge } => {
                crate::tr!(
                    lang,
                    "problem-no-statements",
                    id = challenge.as_str(),
                    words = words
                )
            }
            Problem::RepeatedLink { from, to } => crate::tr!(
                lang,
                "problem-repeated-link",
                from = from.as_str(),
                to = to.as_str()
            ),
            Problem::LinkWithoutSource { from, to } => crate::tr!(
                lang,
                "problem-link-without-source",
                from = from.as_str(),
                to = to.as_str()
            ),
            Problem::StaleJournal => crate::tr!(lang, "problem-stale-journal"),
            Problem::TornJournal => crate::tr!(lang, "problem-torn-journal"),
            Problem::DamagedRecord => crate::tr!(lang, "problem-damaged-record"),
            Problem::StraightTooLarge { challenge } => {
                crate::tr!(
                    lang,
                    "problem-straight-too-large",
                    challenge = challenge.as_str()
                )
            }
            Problem::UnknownJournal => crate::tr!(lang, "problem-unknown-journal"),
            Problem::WithoutSource { kind, id } => crate::tr!(
                lang,
                "problem-without-source",
                kind = kind.to_string(),
                id = id.as_str(),
                words = words
            ),
            Problem::LevelNotRising { level } => {
                crate::tr!(lang, "problem-level-not-rising", level = level.to_string())
            }
            Problem::NoLevels => crate::tr!(lang, "problem-no-levels"),
            Problem::Group(problem) => problem.describe(lang),
            Problem::AgendaMinutes { minutes, most } => crate::tr!(
                lang,
                "problem-agenda-minutes",
                minutes = u64::from(*minutes),
                most = u64::from(*most)
            ),
            Problem::EmptyAgenda { id } => {
                crate::tr!(lang, "problem-empty-agenda", id = id.as_str())
            }
            Problem::NotesWithoutSource { of } => {
                crate::tr!(lang, "problem-notes-without-source", of = of.as_str())
            }
            Problem::NotesStep {
                step,
                again: false,
                steps,
            } => crate::tr!(
                lang,
                "problem-notes-unknown-step",
                step = step.as_str(),
                steps = steps.join(", ")
            ),
            Problem::NotesStep {
                step, again: true, ..
            } => {
                crate::tr!(lang, "problem-notes-repeated-step", step = step.as_str())
            }
            Problem::Scale(fault) => fault.describe(lang),
            Problem::AgreedOffScale { challenge, score } => crate::tr!(
                lang,
                "problem-agreed-off-scale",
                id = challenge.as_str(),
                score = score.to_string()
            ),
            Problem::AnswerOffScale { statement, answer } => crate::tr!(
                lang,
                "problem-answer-off-scale",
                id = statement.as_str(),
                answer = answer.map_or_else(|| "unknown".to_owned(), |v| v.to_string())
            ),
            Problem::LevelOffLadder { level } => {
                crate::tr!(lang, "problem-level-off-ladder", level = level.to_string())
            }
            Problem::BallotsOnTally { statement } => {
                crate::tr!(lang, "problem-ballots-on-tally", id = statement.as_str())
            }
            Problem::AlreadyCounted { challenge } => {
                crate::tr!(lang, "problem-already-counted", id = challenge.as_str())
            }
            Problem::RoundUnfinished { challenge } => {
                crate::tr!(lang, "problem-round-unfinished", id = challenge.as_str())
            }
            Problem::LatestRoundClosed { challenge } => {
                crate::tr!(lang, "problem-latest-round-closed", id = challenge.as_str())
            }
            Problem::NotInRound { statement, round } => crate::tr!(
                lang,
                "problem-not-in-round",
                id = statement.as_str(),
                round = round.to_string()
            ),
            Problem::SeatTaken { seat } => {
                crate::tr!(lang, "problem-seat-taken", seat = seat.to_string())
            }
            Problem::NoRoom => crate::tr!(lang, "problem-no-room"),
            Problem::AllShown => crate::tr!(lang, "problem-all-shown"),
            Problem::BadRoomKey => crate::tr!(lang, "problem-bad-room-key"),
            Problem::TallyOverBallots { statement } => {
                crate::tr!(lang, "problem-tally-over-ballots", id = statement.as_str())
            }
            Problem::CountTooLarge {
                kind,
                id,
                count,
                most,
            } => crate::tr!(
                lang,
                "problem-count-too-large",
                kind = kind.to_owned(),
                id = id.as_str(),
                count = (*count),
                most = (*most)
            ),
            Problem::SeatInUse { seat } => {
                crate::tr!(lang, "problem-seat-in-use", seat = seat.to_string())
            }
            Problem::VotedWithoutNames => crate::tr!(lang, "problem-voted-without-names"),
            Problem::HeadCountTooLarge { count, max } => crate::tr!(
                lang,
                "problem-head-count-too-large",
                count = u64::from(*count),
                max = u64::from(*max)
            ),
            Problem::NotAFile { folder } => crate::tr!(
                lang,
                "problem-not-a-file",
                kind = if *folder { "folder" } else { "other" }
            ),
            Problem::LinkLoop => crate::tr!(lang, "problem-link-loop"),
            Problem::TooLarge { kind, size, limit } => crate::tr!(
                lang,
                "problem-too-large",
                kind = kind.to_owned(),
                size = crate::text::size(lang, *size),
                limit = crate::text::size(lang, *limit)
            ),
            Problem::NotUtf8 => crate::tr!(lang, "problem-not-utf8"),
            Problem::EmptyFile => crate::tr!(lang, "problem-empty-file"),
            Problem::NotAColour { slot, value } => crate::tr!(
                lang,
                "problem-not-a-colour",
                slot = slot.as_str(),
                value = value.as_str()
            ),
            Problem::ModelVersion {
                id,
                made_with,
                installed,
            } => crate::tr!(
                lang,
                "problem-model-version",
                id = &**id,
                made_with = &**made_with,
                installed = &**installed
            ),
            Problem::NewerSchema { found, supported } => crate::tr!(
                lang,
                "problem-newer-schema",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Problem::UnknownSchema { found, oldest } => crate::tr!(
                lang,
                "problem-unknown-schema",
                found = found.to_string(),
                oldest = oldest.to_string()
            ),
            Problem::UnknownRole { role, roles } => {
                crate::tr!(
                    lang,
                    "problem-unknown-role",
                    role = role.as_str(),
                    roles = roles.join(", ")
                )
            }
            Problem::RoleMissing => crate::tr!(lang, "problem-role-missing"),
            Problem::AliasMissing => crate::tr!(lang, "problem-alias-missing"),
            Problem::AliasTooLong { max } => {
                crate::tr!(lang, "problem-alias-too-long", max = (*max))
            }
            Problem::UnclosedQuote => crate::tr!(lang, "problem-unclosed-quote"),
            Problem::ExtraColumn => crate::tr!(lang, "problem-extra-column"),
        }
    }
}
