//! The report document: every section, figure and finding of a session's report,
//! computed once from the session and its model, in the order every format
//! shows them. Markdown, HTML, CSV and JSON are renderers of a [`Document`]
//! and nothing else: none of them is given the session.
//!
//! The privacy rules are applied here, where the document is built (see
//! [`build`]): the figures are the analysis's, in which a round with too few
//! voters or not yet revealed is withheld whole and role groups below the
//! minimum are merged; the participants are counted by those groups; names are
//! in the document only when the session allows them, and never next to an
//! answer. A renderer cannot show what the document does not hold.

mod agenda;
mod alternatives;
mod build;
pub(crate) mod careless;
mod discussed;
mod findings;
mod phases;
mod plan;
mod prompts;
mod recommendations;
mod references;
mod render;
mod roles;
mod rounds;
mod votes;

pub(crate) use agenda::part_label as agenda_part_label;
pub use agenda::{AgendaRecord, AgendaRow, duration, signed_duration};
pub use alternatives::{AlternativeRow, AlternativesFinding};
pub use discussed::{DiscussedRow, DiscussedTopics};
pub use phases::{PhasesFinding, phase_named};
pub use plan::{PlannedAction, PlannedMeasure, target_words};
pub use prompts::{PromptFinding, PromptsFinding, SetFinding, ShownAnswer, ThemedAnswers};
pub use recommendations::{Details, RankedItem, RecommendationGroup};

pub use findings::{CircleFindings, DivergenceFinding, RoleFindings};
pub use references::{FigureRow, ReferenceFinding, finding as reference_finding};
pub(crate) use render::{
    Closing, Comparisons, Findings, Opening, PhaseSection, Shifts, WrittenAnswers,
};
pub use rounds::{RoundsFinding, StatementRounds};
pub use votes::{Votes, sentence as votes_sentence};

use crate::model::assessment::{Assessment, Challenge, Ladder, Level, Statement};
use crate::model::ballot_box::RoleGroup;
use crate::model::scoring::{Analysis, ChallengeResult, StatementStats};
use crate::text::Lang;

/// Where a model's text comes from, as a report prints it: the report's
/// section, or klarhet's text built on it (`own`).
pub fn sourced(source: &str, own: bool, lang: Lang) -> String {
    if own {
        crate::tr!(lang, "report-own-text", source = source)
    } else {
        source.to_owned()
    }
}

/// A session's report as data: what every format renders.
#[derive(Debug)]
pub struct Document<'a> {
    /// The language the report is written in: the session's.
    pub lang: Lang,
    /// The model, public reference data: names, texts and sources.
    pub model: &'a Assessment,
    /// The model's words for its dimensions and their score, in `lang`.
    pub words: crate::text::Words,
    /// The figures as they may be shown (see [`crate::model::scoring::analyse`]).
    pub figures: Analysis,
    /// Whose session it is, and who took part, as far as may be said.
    pub identity: Identity,
    /// The group's agreed score per challenge, in the model's order.
    agreed: Vec<Option<AgreedScore>>,
    /// Per challenge in the model's order: counted by a show of hands.
    by_hands: Vec<bool>,
    /// The sections, in the order every format shows them.
    pub sections: Vec<Section<'a>>,
}

/// Whose session it is, and who took part, as far as the privacy rules allow.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub organisation: String,
    /// The organisation with its municipality code, as a header names it.
    pub organisation_line: String,
    pub kommunkod: Option<String>,
    pub date: jiff::civil::Date,
    pub facilitator: String,
    /// The model the session was held on, as the session names it.
    pub assessment_id: String,
    pub assessment_version: String,
    pub head_count: u32,
    /// Participants per role group, only groups large enough to show.
    pub by_role: Vec<(RoleGroup, usize)>,
    /// The participants as the header gives them, e.g. `8 (politik 3, bolag 5)`.
    pub participants_line: String,
    /// `alias (role)` per participant when the session allows names; else empty.
    pub names: Vec<String>,
    /// The smallest role group shown on its own.
    pub min_group: usize,
    /// A self-assessment: one person, whose answers are shown.
    pub self_assessment: bool,
}

impl Identity {
    /// The header's facts as (label, value): organisation, date, facilitator
    /// when there is one, and the model. A renderer gives its escaping: `field`
    /// for text a user typed, `inline` for the model's names.
    pub fn facts(
        &self,
        model: &Assessment,
        lang: Lang,
        field: impl Fn(&str) -> String,
        inline: impl Fn(&str) -> String,
    ) -> Vec<(String, String)> {
        let mut facts = vec![
            (
                crate::tr!(lang, "report-organisation"),
                field(&self.organisation_line),
            ),
            (crate::tr!(lang, "report-date"), self.date.to_string()),
        ];
        if !self.facilitator.trim().is_empty() {
            facts.push((
                crate::tr!(lang, "report-facilitator"),
                field(&self.facilitator),
            ));
        }
        facts.push((
            crate::tr!(lang, "report-model"),
            format!(
                "{} ({} {})",
                inline(model.title.get(lang)),
                inline(&self.assessment_id),
                inline(&self.assessment_version)
            ),
        ));
        facts
    }
}

/// The group's agreed score for one challenge.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreedScore {
    /// 0–100, on the scale the screens show.
    pub severity: f64,
    pub rationale: String,
}

/// One section of the report.
#[derive(Debug)]
pub enum Section<'a> {
    /// The key points.
    Summary(Vec<KeyPoint>),
    /// The table of challenges: [`Document::challenges`].
    Challenges,
    /// Every statement's statistics: [`Document::challenges`].
    Statements,
    /// The statements voted on in more than one round, side by side; only in
    /// a session that has any.
    Rounds(RoundsFinding<'a>),
    /// The model's reference figures from its report, for comparison and not
    /// as a target; only for a model that has any.
    References(Vec<ReferenceFinding<'a>>),
    /// The differences between role groups.
    Roles(RoleFindings<'a>),
    /// The self-reinforcing circle, when the model has one.
    Circle(CircleFindings<'a>),
    /// The areas placed in the model's phases, when it has them.
    Phases(PhasesFinding<'a>),
    /// The group's shown answers to the model's open prompts, when any are shown.
    Prompts(PromptsFinding<'a>),
    /// The ranked recommendations, by principle.
    Recommendations(Vec<RecommendationGroup<'a>>),
    /// The model's alternatives and the group's choice, when it has them.
    Alternatives(AlternativesFinding<'a>),
    /// The action plan, in the order the session keeps it.
    Plan(Vec<PlannedAction<'a>>),
    /// Where the group stands on the model's ladder.
    Level(LevelFinding<'a>),
    /// The group's notes.
    Notes(Notes<'a>),
    /// What the group discussed from the discussion queue, with its notes;
    /// only when it marked or noted something.
    Discussed(DiscussedTopics<'a>),
    /// The agenda: planned and used time per item, when the session has one.
    Agenda(AgendaRecord),
    /// The method appendix.
    Method(Method),
}

/// A key point of the summary; `warning` marks one the reader must not miss.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyPoint {
    pub warning: bool,
    pub text: String,
}

/// One challenge with its figures, as every section about challenges reads it.
#[derive(Debug, Clone, Copy)]
pub struct ChallengeView<'d> {
    pub challenge: &'d Challenge,
    pub result: &'d ChallengeResult,
    pub agreed: Option<&'d AgreedScore>,
    /// Counted by a show of hands, which carries no roles.
    pub by_hands: bool,
}

impl<'d> ChallengeView<'d> {
    /// The challenge's statements with their statistics, in the model's order.
    pub fn statements(&self) -> impl Iterator<Item = (&'d Statement, &'d StatementStats)> + 'd {
        self.challenge
            .statements
            .iter()
            .zip(&self.result.statements)
    }

    /// The challenge's name and heading, as its statements' heading, each
    /// escaped by the renderer.
    pub fn title(&self, lang: Lang, escape: impl Fn(&str) -> String) -> String {
        let c = self.challenge;
        format!(
            "{}: {}",
            escape(c.name.get(lang)),
            escape(c.heading.get(lang))
        )
    }

    /// The largest vet-ej share of one statement.
    pub fn worst_unknown(&self) -> Option<f64> {
        self.result
            .statements
            .iter()
            .filter_map(|s| s.unknown_share)
            .max_by(f64::total_cmp)
    }
}

/// Where the group stands on the model's ladder.
#[derive(Debug)]
pub struct LevelFinding<'a> {
    pub ladder: Option<&'a Ladder>,
    /// The level the session records, whether or not the ladder has it.
    pub current: Option<u32>,
    /// The ladder's step at that level.
    pub here: Option<&'a Level>,
    /// The step after it; `None` at the top or with no level.
    pub next: Option<&'a Level>,
}

impl<'a> LevelFinding<'a> {
    /// The steps to show with their labels: where the group stands, then the
    /// next step when there is one.
    pub fn steps(&self, lang: Lang) -> Vec<(String, &'a Level)> {
        let next = self
            .next
            .map(|n| (crate::tr!(lang, "report-next-step-level"), n));
        self.here
            .map(|here| (crate::tr!(lang, "report-now-level"), here))
            .into_iter()
            .chain(self.here.and(next))
            .collect()
    }

    /// What follows the steps: that no level is set, or that the group is at the top.
    pub fn closing(&self, lang: Lang) -> Option<String> {
        match (self.here, self.next) {
            (None, _) => Some(crate::tr!(lang, "report-level-none")),
            (Some(_), None) => Some(crate::tr!(lang, "report-level-top")),
            (Some(_), Some(_)) => None,
        }
    }
}

/// The group's notes.
#[derive(Debug)]
pub struct Notes<'a> {
    /// The non-empty notes, in the model's order of challenges.
    pub shown: Vec<(&'a Challenge, String)>,
    /// Every note as the session keeps it: (challenge id, text).
    pub all: Vec<(String, String)>,
}

/// The method appendix: for people as blocks of Markdown-inline text, for
/// machines as data.
#[derive(Debug)]
pub struct Method {
    pub blocks: Vec<MethodBlock>,
    pub(crate) provenance: crate::report::provenance::MethodDoc,
}

/// A block of the method appendix. Its text is inert Markdown with `**bold**`
/// and `*emphasis*` only.
#[derive(Debug, Clone, PartialEq)]
pub enum MethodBlock {
    Heading(String),
    Subheading(String),
    List(Vec<String>),
    Paragraph(String),
}

impl<'a> Document<'a> {
    /// The document of `session` on `model`, in the session's language.
    pub fn build(session: &crate::model::Session, model: &'a Assessment) -> Document<'a> {
        build::document(session, model)
    }

    /// Every challenge with its figures, in the model's order.
    pub fn challenges(&self) -> impl Iterator<Item = ChallengeView<'_>> {
        self.model
            .challenges
            .iter()
            .zip(&self.figures.challenges)
            .zip(self.agreed.iter().zip(&self.by_hands))
            .map(|((challenge, result), (agreed, by_hands))| ChallengeView {
                challenge,
                result,
                agreed: agreed.as_ref(),
                by_hands: *by_hands,
            })
    }

    /// A challenge's name in the report's language, or its id when the model
    /// has no such challenge.
    pub fn name(&self, challenge: &str) -> String {
        self.model.challenge(challenge).map_or_else(
            || challenge.to_owned(),
            |c| c.name.get(self.lang).to_owned(),
        )
    }

    /// True when any challenge's severity is uncertain, so a legend is needed.
    pub fn any_uncertain(&self) -> bool {
        crate::report::uncertain::any(&self.figures)
    }
}
