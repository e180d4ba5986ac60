//! What can be wrong with a model's open prompts, phases, alternatives and
//! reference figures (issue 28; docs/model-format.md, "Errors: the new
//! problems"), as values every language can put into words.

use crate::text::Lang;

/// A fault in one of the constructs a model may have beyond its dimensions.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstructFault {
    /// A prompt set without prompts.
    EmptyPromptSet { id: String },
    /// A prompt set placed after a step the model's workshop does not have;
    /// `steps` are those it has, as the message lists them.
    PromptAfter {
        id: String,
        after: String,
        steps: Vec<String>,
    },
    /// Prompt sets each placed after the other, so none of them is reached.
    PromptLoop { id: String },
    /// Phases without a phase.
    NoPhases,
    /// Phases without an aspect to describe them by.
    NoAspects,
    /// A phase that lacks an aspect, or gives one twice (`again`).
    PhaseAspect {
        phase: String,
        aspect: String,
        again: bool,
    },
    /// Fewer than two alternatives: nothing to choose between.
    TooFewAlternatives,
    /// An alternative without a measure.
    NoMeasures { id: String },
    /// A choice asked of a model that has no alternatives to choose between.
    NoAlternatives,
    /// A choice of `alternative` without a reason.
    NoReason { alternative: String },
    /// An action item that names both a recommendation and a measure: an
    /// item carries out one thing.
    ActionOfTwo {
        recommendation: String,
        measure: String,
    },
    /// An area placed, or added, in a session whose model has no phases.
    NoPhasesToPlace,
    /// An area the session adds under a name an area has already.
    AreaNameTaken { name: String },
    /// An area's id that is not one word (the screen makes one from the name;
    /// a command from elsewhere may not).
    BadAreaId { id: String },
    /// A reference without what its figures need: `field` is `n`,
    /// `population` or `caution`.
    ReferenceIncomplete { id: String, field: &'static str },
    /// A reference's `collected` that is not a date, a month, a year or two of
    /// them joined by `/`.
    BadDate { value: String },
    /// A percentage below 0 or above 100.
    PercentRange { percent: f64 },
    /// A count whose share of n is not the percentage printed beside it.
    FigureMismatch { count: u32, n: u32, percent: f64 },
    /// Counts that cover every answer of the scale but do not add up to n.
    FiguresDontSum { sum: u64, n: u32 },
    /// A participant who has finished a set of prompts writes to it again.
    AlreadyWritten { set: String },
    /// A second vote from one voter in one poll.
    AlreadyPicked,
    /// A file naming more voters in a poll than it counts picks.
    VotersOverCount,
    /// A vote taken again before its votes were shown, or while some wait.
    ReopenNeedsShown,
    /// More answers to one prompt than one participant may give.
    TooManyAnswers { prompt: String, max: usize },
    /// An answer longer than klarhet keeps.
    AnswerTooLong { prompt: String, max: usize },
    /// A theme without a name.
    NoThemeName,
    /// A file that names more writers of a set than it counts.
    WritersOverCount { set: String },
    /// A file with more answers to a prompt than its writers may give.
    AnswersOverWriters { prompt: String },
    /// A file with an answer klarhet would not have kept as it stands: empty,
    /// counted no times, or with control characters or runs of white space.
    AnswerNotKept { prompt: String },
}

// The percentages are the report's, one decimal, and finite: a model cannot
// write NaN in RON, so equality is what it looks like.
impl Eq for ConstructFault {}

// Boxed in a problem: a fault that lists a model's steps is larger than the
// other problems, and every `Result` carries the largest.
impl From<ConstructFault> for super::Problem {
    fn from(fault: ConstructFault) -> Self {
        super::Problem::Construct(Box::new(fault))
    }
}

impl ConstructFault {
    /// The fault in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        use ConstructFault as F;
        let one = |value: f64| crate::text::decimal(lang, value, 1);
        match self {
            F::EmptyPromptSet { id } => crate::tr!(lang, "problem-empty-prompt-set", id = id),
            F::PromptAfter { id, after, steps } => crate::tr!(
                lang,
                "problem-prompt-after",
                id = id,
                after = after,
                steps = steps.join(", ")
            ),
            F::PromptLoop { id } => crate::tr!(lang, "problem-prompt-loop", id = id),
            F::NoPhases => crate::tr!(lang, "problem-no-phases"),
            F::NoAspects => crate::tr!(lang, "problem-no-aspects"),
            F::PhaseAspect {
                phase,
                aspect,
                again,
            } => crate::tr!(
                lang,
                "problem-phase-aspect",
                phase = phase,
                aspect = aspect,
                again = if *again { "twice" } else { "missing" }
            ),
            F::TooFewAlternatives => crate::tr!(lang, "problem-too-few-alternatives"),
            F::NoMeasures { id } => crate::tr!(lang, "problem-no-measures", id = id),
            F::NoAlternatives => crate::tr!(lang, "problem-no-alternatives"),
            F::NoReason { alternative } => {
                crate::tr!(
                    lang,
                    "problem-choice-without-reason",
                    alternative = alternative
                )
            }
            F::ActionOfTwo {
                recommendation,
                measure,
            } => crate::tr!(
                lang,
                "problem-action-of-two",
                recommendation = recommendation,
                measure = measure
            ),
            F::NoPhasesToPlace => crate::tr!(lang, "problem-no-phases-to-place"),
            F::AreaNameTaken { name } => crate::tr!(lang, "problem-area-name-taken", name = name),
            F::BadAreaId { id } => crate::tr!(lang, "problem-bad-area-id", id = id),
            F::ReferenceIncomplete { id, field } => crate::tr!(
                lang,
                "problem-reference-incomplete",
                id = id,
                field = field.to_owned()
            ),
            F::BadDate { value } => crate::tr!(lang, "problem-reference-date", value = value),
            F::PercentRange { percent } => {
                crate::tr!(lang, "problem-percent-range", percent = one(*percent))
            }
            F::FigureMismatch { count, n, percent } => crate::tr!(
                lang,
                "problem-figure-mismatch",
                count = u64::from(*count),
                n = u64::from(*n),
                share = one(100.0 * f64::from(*count) / f64::from(*n)),
                percent = one(*percent)
            ),
            F::FiguresDontSum { sum, n } => crate::tr!(
                lang,
                "problem-figures-dont-sum",
                sum = u64::to_owned(sum),
                n = u64::from(*n)
            ),
            F::AlreadyWritten { set } => crate::tr!(lang, "problem-already-written", set = set),
            F::AlreadyPicked => crate::tr!(lang, "problem-already-picked"),
            F::VotersOverCount => crate::tr!(lang, "problem-voters-over-count"),
            F::ReopenNeedsShown => crate::tr!(lang, "problem-reopen-needs-shown"),
            F::TooManyAnswers { prompt, max } => {
                crate::tr!(
                    lang,
                    "problem-too-many-answers",
                    prompt = prompt,
                    max = *max as u64
                )
            }
            F::AnswerTooLong { prompt, max } => {
                crate::tr!(
                    lang,
                    "problem-answer-too-long",
                    prompt = prompt,
                    max = *max as u64
                )
            }
            F::NoThemeName => crate::tr!(lang, "problem-no-theme-name"),
            F::WritersOverCount { set } => {
                crate::tr!(lang, "problem-writers-over-count", set = set)
            }
            F::AnswersOverWriters { prompt } => {
                crate::tr!(lang, "problem-answers-over-writers", prompt = prompt)
            }
            F::AnswerNotKept { prompt } => {
                crate::tr!(lang, "problem-answer-not-kept", prompt = prompt)
            }
        }
    }
}
