//! The CSV table's columns: the ones every file has, in order, and the ones
//! only a file with rounds or an agenda has, at the end, so that a file
//! without them has the columns it had before they existed.

use crate::model::assessment::Assessment;
use crate::text::Lang;

/// A column of the table. `Count(i)` is the number of answers at the scale's
/// `i`-th value, so the columns depend on the model's scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Section,
    Organisation,
    Kommunkod,
    Date,
    SessionId,
    ChallengeId,
    Challenge,
    StatementId,
    Statement,
    Answers,
    DontKnow,
    DontKnowShare,
    Median,
    Mean,
    Iqr,
    Consensus,
    MinConsensus,
    ConsensusWord,
    Severity,
    Computed,
    Agreed,
    KnowledgeGap,
    Withheld,
    Uncertain,
    Source,
    Count(usize),
    /// The number of answers at the `i`-th value of the model's `j`-th scale
    /// (in [`Assessment::all_scales`]), for a scale other than its default
    /// that a statement uses: a column only in a file of such a model.
    ScaleCount(usize, usize),
    /// The share of n at that value, for a categorical scale (issue 28).
    ScaleShare(usize, usize),
    RoleId,
    Role,
    RoleMean,
    RecommendationId,
    Recommendation,
    EffectGoal,
    Owner,
    Due,
    StatusId,
    Status,
    /// The round a row of the rounds section is of; a column only in a file
    /// that has that section.
    Round,
    /// How that round's answers were given.
    Channel,
    /// An agenda item's place on the agenda, from 1; a column only in a file
    /// with an agenda, as are the five after it.
    AgendaOrder,
    /// What the item covers: `step`, `challenge` or `break`.
    AgendaPart,
    /// The step's or the challenge's id; empty for a break.
    AgendaPartId,
    /// The item's name in the session's language.
    AgendaItem,
    /// Minutes planned.
    PlannedMinutes,
    /// Minutes added while it ran.
    ExtendedMinutes,
    /// Minutes the clock recorded on it; empty before it ran.
    UsedMinutes,
    /// A reference figure's reference id; a column only in a file whose model
    /// has reference figures, as are the four after it.
    Reference,
    /// The answer the figure is of, in the scale's words.
    ReferenceAnswer,
    /// The share the report gives, in per cent.
    ReferencePercent,
    /// The count the report gives, where it gives one.
    ReferenceCount,
    /// How many answered in the report, where it says.
    ReferenceN,
    /// An alternative's id; a column only in a file on a model with
    /// alternatives, as are the three after it.
    AlternativeId,
    /// Its label and name in the session's language.
    Alternative,
    /// Whether the group chose it.
    Chosen,
    /// Why the group chose it, on the chosen one's row.
    Reason,
    /// On a row of the plan that carries out a measure of an alternative, the
    /// measure's place among that alternative's own measures, from 0; a
    /// column only in a file whose plan has such a row, as are the two after
    /// it.
    MeasureIndex,
    /// The measure's text.
    Measure,
    /// Whether the measure was planned under an earlier choice, which the
    /// group's choice as it stands no longer offers.
    EarlierChoice,
    /// An area's id; a column only in a file on a model with phases, as are
    /// the five after it.
    AreaId,
    /// The area's name.
    Area,
    /// The id of the phase it stands in; blank while not placed.
    PhaseId,
    /// That phase by number and name.
    Phase,
    /// The group's note with the placement.
    Note,
    /// The phases it stood in before, oldest first.
    EarlierPhases,
    /// A set of open prompts' id; a column only in a file whose report has
    /// shown answers to open prompts, as are the seven after it.
    PromptSetId,
    /// The set's name.
    PromptSet,
    /// The prompt's id.
    PromptId,
    /// The prompt's text.
    Prompt,
    /// The theme the answer is under; blank under none.
    Theme,
    /// The answer's text, as written.
    AnswerText,
    /// How many wrote that text.
    TimesWritten,
    /// How many writers' answers the set shows.
    WritersShown,
    /// Which of a poll's votes the row is of, from 1 (the group may vote
    /// again after talking); a column only in a file with such votes, as are
    /// the three after it.
    VoteRound,
    /// How many of the group's shown private votes picked the row's choice
    /// (blank choice: could not say).
    Votes,
    /// Their share of the shown votes, in whole percent.
    VoteShare,
    /// How many votes were shown.
    VotesShown,
    /// Beside a reference's figure for one group, how many of the workshop's
    /// own group of that id gave the answer; a column only in a file with
    /// such a figure, as is the one after it.
    WorkshopCount,
    /// Of how many of that group's answers.
    WorkshopTotal,
    /// The question as the report asked it; a column only in a file with a
    /// reference that gives it, as is its source after it.
    ReferenceAsked,
    ReferenceAskedSource,
}

impl Col {
    pub(super) fn heading(self, lang: Lang, model: &Assessment) -> String {
        match self {
            Col::Section => crate::tr!(lang, "csv-col-section"),
            Col::Organisation => crate::tr!(lang, "csv-col-organisation"),
            Col::Kommunkod => crate::tr!(lang, "csv-col-kommunkod"),
            Col::Date => crate::tr!(lang, "csv-col-date"),
            Col::SessionId => crate::tr!(lang, "csv-col-session-id"),
            Col::ChallengeId => crate::tr!(lang, "csv-col-challenge-id"),
            Col::Challenge => crate::tr!(lang, "csv-col-challenge"),
            Col::StatementId => crate::tr!(lang, "csv-col-statement-id"),
            Col::Statement => crate::tr!(lang, "csv-col-statement"),
            Col::Answers => crate::tr!(lang, "csv-col-n"),
            Col::DontKnow => crate::tr!(lang, "csv-col-dont-know"),
            Col::DontKnowShare => crate::tr!(lang, "csv-col-dont-know-share"),
            Col::Median => crate::tr!(lang, "csv-col-median"),
            Col::Mean => crate::tr!(lang, "csv-col-mean"),
            Col::Iqr => crate::tr!(lang, "csv-col-iqr"),
            Col::Consensus => crate::tr!(lang, "csv-col-consensus"),
            Col::MinConsensus => crate::tr!(lang, "csv-col-min-consensus"),
            Col::ConsensusWord => crate::tr!(lang, "csv-col-consensus-word"),
            Col::Severity => crate::tr!(lang, "csv-col-severity"),
            Col::Computed => crate::tr!(lang, "csv-col-computed"),
            Col::Agreed => crate::tr!(lang, "csv-col-agreed"),
            Col::KnowledgeGap => crate::tr!(lang, "csv-col-knowledge-gap"),
            Col::Withheld => crate::tr!(lang, "csv-col-withheld"),
            Col::Uncertain => crate::tr!(lang, "csv-col-uncertain"),
            Col::Source => crate::tr!(lang, "csv-col-source"),
            Col::Count(i) => crate::tr!(
                lang,
                "csv-col-count",
                value = model
                    .scale
                    .options
                    .get(i)
                    .map_or_else(String::new, |o| o.value.to_string())
            ),
            Col::ScaleCount(j, i) | Col::ScaleShare(j, i) => {
                let scale = model.all_scales().nth(j);
                let value = scale
                    .and_then(|s| s.options.get(i))
                    .map_or_else(String::new, |o| o.value.to_string());
                let scale = scale.map_or("", |s| s.id.as_str()).to_owned();
                match self {
                    Col::ScaleCount(..) => {
                        crate::tr!(lang, "csv-col-scale-count", scale = scale, value = value)
                    }
                    _ => crate::tr!(lang, "csv-col-scale-share", scale = scale, value = value),
                }
            }
            Col::RoleId => crate::tr!(lang, "csv-col-role-id"),
            Col::Role => crate::tr!(lang, "csv-col-role"),
            Col::RoleMean => crate::tr!(lang, "csv-col-role-mean"),
            Col::RecommendationId => crate::tr!(lang, "csv-col-recommendation-id"),
            Col::Recommendation => crate::tr!(lang, "csv-col-recommendation"),
            Col::EffectGoal => crate::tr!(lang, "csv-col-effect-goal"),
            Col::Owner => crate::tr!(lang, "csv-col-owner"),
            Col::Due => crate::tr!(lang, "csv-col-due"),
            Col::StatusId => crate::tr!(lang, "csv-col-status-id"),
            Col::Status => crate::tr!(lang, "csv-col-status"),
            Col::Round => crate::tr!(lang, "csv-col-round"),
            Col::Channel => crate::tr!(lang, "csv-col-channel"),
            Col::AgendaOrder => crate::tr!(lang, "csv-col-agenda-order"),
            Col::AgendaPart => crate::tr!(lang, "csv-col-agenda-part"),
            Col::AgendaPartId => crate::tr!(lang, "csv-col-agenda-part-id"),
            Col::AgendaItem => crate::tr!(lang, "csv-col-agenda-item"),
            Col::PlannedMinutes => crate::tr!(lang, "csv-col-planned-minutes"),
            Col::ExtendedMinutes => crate::tr!(lang, "csv-col-extended-minutes"),
            Col::UsedMinutes => crate::tr!(lang, "csv-col-used-minutes"),
            Col::Reference => crate::tr!(lang, "csv-col-reference"),
            Col::ReferenceAnswer => crate::tr!(lang, "csv-col-reference-answer"),
            Col::ReferencePercent => crate::tr!(lang, "csv-col-reference-percent"),
            Col::ReferenceCount => crate::tr!(lang, "csv-col-reference-count"),
            Col::ReferenceN => crate::tr!(lang, "csv-col-reference-n"),
            Col::AlternativeId => crate::tr!(lang, "csv-col-alternative-id"),
            Col::Alternative => crate::tr!(lang, "csv-col-alternative"),
            Col::Chosen => crate::tr!(lang, "csv-col-chosen"),
            Col::Reason => crate::tr!(lang, "csv-col-reason"),
            Col::MeasureIndex => crate::tr!(lang, "csv-col-measure-index"),
            Col::Measure => crate::tr!(lang, "csv-col-measure"),
            Col::EarlierChoice => crate::tr!(lang, "csv-col-earlier-choice"),
            Col::AreaId => crate::tr!(lang, "csv-col-area-id"),
            Col::Area => crate::tr!(lang, "csv-col-area"),
            Col::PhaseId => crate::tr!(lang, "csv-col-phase-id"),
            Col::Phase => crate::tr!(lang, "csv-col-phase"),
            Col::Note => crate::tr!(lang, "csv-col-note"),
            Col::EarlierPhases => crate::tr!(lang, "csv-col-earlier-phases"),
            Col::PromptSetId => crate::tr!(lang, "csv-col-prompt-set-id"),
            Col::PromptSet => crate::tr!(lang, "csv-col-prompt-set"),
            Col::PromptId => crate::tr!(lang, "csv-col-prompt-id"),
            Col::Prompt => crate::tr!(lang, "csv-col-prompt"),
            Col::Theme => crate::tr!(lang, "csv-col-theme"),
            Col::AnswerText => crate::tr!(lang, "csv-col-answer-text"),
            Col::TimesWritten => crate::tr!(lang, "csv-col-times-written"),
            Col::WritersShown => crate::tr!(lang, "csv-col-writers-shown"),
            Col::VoteRound => crate::tr!(lang, "csv-col-vote-round"),
            Col::Votes => crate::tr!(lang, "csv-col-votes"),
            Col::VoteShare => crate::tr!(lang, "csv-col-vote-share"),
            Col::VotesShown => crate::tr!(lang, "csv-col-votes-shown"),
            Col::WorkshopCount => crate::tr!(lang, "csv-col-workshop-count"),
            Col::WorkshopTotal => crate::tr!(lang, "csv-col-workshop-total"),
            Col::ReferenceAsked => crate::tr!(lang, "csv-col-reference-asked"),
            Col::ReferenceAskedSource => crate::tr!(lang, "csv-col-reference-asked-source"),
        }
    }
}

/// The table's columns, in order, for `model`'s scale; the rounds' two when
/// the document has rounds, then the agenda's when it has an agenda, then the
/// reference figures' when the model has any, then the alternatives' when it
/// has them, the plan's measures' when its plan has any, the phases' when the
/// model has them, the written answers' when the document has shown
/// answers, then the votes', the workshop's shares beside a reference and the
/// report's own question when it has them, last, so that a file without them
/// has the columns it had before any of them.
pub(super) fn columns(model: &Assessment, has: Optional) -> Vec<Col> {
    use Col::*;
    let mut cols = vec![
        Section,
        Organisation,
        Kommunkod,
        Date,
        SessionId,
        ChallengeId,
        Challenge,
        StatementId,
        Statement,
        Answers,
        DontKnow,
        DontKnowShare,
        Median,
        Mean,
        Iqr,
        Consensus,
        MinConsensus,
        ConsensusWord,
        Severity,
        Computed,
        Agreed,
        KnowledgeGap,
        Withheld,
        Uncertain,
        Source,
    ];
    cols.extend((0..model.scale.options.len()).map(Count));
    // The other scales in use, each value's count, and a categorical one's
    // shares: none for a model of one scale, whose columns stay as they were.
    for (j, scale) in model.all_scales().enumerate() {
        if !model.scales_in_use().iter().any(|s| s.id == scale.id) {
            continue;
        }
        let k = scale.options.len();
        if j > 0 {
            cols.extend((0..k).map(|i| ScaleCount(j, i)));
        }
        if scale.is_categorical() {
            cols.extend((0..k).map(|i| ScaleShare(j, i)));
        }
    }
    cols.extend([
        RoleId,
        Role,
        RoleMean,
        RecommendationId,
        Recommendation,
        EffectGoal,
        Owner,
        Due,
        StatusId,
        Status,
    ]);
    if has.rounds {
        cols.extend([Round, Channel]);
    }
    if has.agenda {
        cols.extend([
            AgendaOrder,
            AgendaPart,
            AgendaPartId,
            AgendaItem,
            PlannedMinutes,
            ExtendedMinutes,
            UsedMinutes,
        ]);
    }
    if has.references {
        cols.extend([
            Reference,
            ReferenceAnswer,
            ReferencePercent,
            ReferenceCount,
            ReferenceN,
        ]);
    }
    if model.alternatives.is_some() {
        cols.extend([AlternativeId, Alternative, Chosen, Reason]);
    }
    if has.measures {
        cols.extend([MeasureIndex, Measure, EarlierChoice]);
    }
    if model.phases.is_some() {
        cols.extend([AreaId, Area, PhaseId, Phase, Note, EarlierPhases]);
    }
    if has.prompts {
        cols.extend([
            PromptSetId,
            PromptSet,
            PromptId,
            Prompt,
            Theme,
            AnswerText,
            TimesWritten,
            WritersShown,
        ]);
    }
    if has.votes {
        cols.extend([VoteRound, Votes, VoteShare, VotesShown]);
    }
    if has.workshop_shares {
        cols.extend([WorkshopCount, WorkshopTotal]);
    }
    if has.asked {
        cols.extend([ReferenceAsked, ReferenceAskedSource]);
    }
    cols
}

/// Which of the document's sections that add columns it has.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Optional {
    pub rounds: bool,
    pub agenda: bool,
    pub references: bool,
    pub prompts: bool,
    pub votes: bool,
    pub workshop_shares: bool,
    /// A reference gives the report's own question.
    pub asked: bool,
    /// The plan has an item that carries out a measure of an alternative.
    pub measures: bool,
}
