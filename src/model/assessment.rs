//! The assessment model as data: challenges and their statements, the causal links
//! between challenges, principles with their recommendations, and a ladder of levels.
//!
//! Models live in `assessments/*.ron`; the default one is embedded in the binary.

use crate::text::Text;
use serde::{Deserialize, Serialize};

pub use crate::model::alternatives::{Alternative, Alternatives};
pub use crate::model::catalog::Catalog;
pub(in crate::model) use crate::model::catalog::Entry;
pub use crate::model::caveat::Caveat;
pub use crate::model::noun::Noun;
pub use crate::model::phases::{Area, AspectDef, Phase, PhaseAspect, PhaseTie, Phases};
pub use crate::model::prompts::{Prompt, PromptSet};
pub use crate::model::references::{AnswerKey, Beside, Figure, Reference};
pub use crate::model::scale::{DEFAULT_SCALE_ID, Pole, Scale, ScaleKind, ScaleOption};
pub use crate::model::speaker_notes::{Question, STEP_KEYS, StepNotes};

/// The default model's source, embedded so that klarhet runs from any directory.
pub const HALMSTAD_RON: &str = include_str!("../../assessments/halmstad.ron");

/// The name the embedded model is reported under in errors.
pub const HALMSTAD_PATH: &str = "assessments/halmstad.ron";

pub use crate::model::embedded::EMBEDDED;

/// A whole assessment model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub struct Assessment {
    /// The version of the model format the file is written in: 1 when it
    /// names none (the files before issue 28), 2 for the general format
    /// (docs/model-format.md). Written only when it is not 1, so that a
    /// format-1 model serialises as before.
    #[serde(
        default = "crate::model::envelope::format_one",
        skip_serializing_if = "crate::model::envelope::is_format_one"
    )]
    pub format: u32,
    /// Stable id, stored in sessions.
    pub id: String,
    /// Version of the content, stored in sessions.
    pub version: String,
    /// The languages its texts are written in, by code, its own first; every
    /// text has each of them. Swedish and English when it names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Title.
    pub title: Text,
    /// Where the model comes from.
    pub source: Source,
    /// What the study behind it is, shown before scoring and in the report's
    /// method section; none in a model that names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Caveat>,
    /// The model's words for its dimensions and their score; the catalogue's
    /// own (`terms-default-*`) when it gives none. Required in format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<crate::model::terms::Terms>,
    /// The answer scale: the model's default.
    pub scale: Scale,
    /// More scales, named by id by a challenge or a statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    /// The ways the participants may be grouped; none in a model that offers
    /// none (its participants have no group).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groupings: Vec<crate::model::groups::Grouping>,
    /// The challenges (dimensions), in the order they are worked through;
    /// written `dimensions` in a model whose dimensions are not challenges.
    #[serde(alias = "dimensions")]
    pub challenges: Vec<Challenge>,
    /// How the challenges feed each other; `None` (or absent) when the model
    /// has no links.
    #[serde(default)]
    pub causal: Option<Causal>,
    /// The principles that group the recommendations.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// Every recommendation.
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    /// A ladder of maturity levels, if the model has one; absent when not.
    #[serde(default)]
    pub levels: Option<Ladder>,
    /// Phases each area of the work is placed in, if the model has them: not
    /// a ladder (see [`Phases`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<Phases>,
    /// Alternatives the group chooses one of, if the model has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<Alternatives>,
    /// Sets of open prompts, each a step after the one it names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<PromptSet>,
    /// Figures from the report, shown beside the group's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// Agendas a session may start from (minutes per step or challenge); none
    /// in a model that offers none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agendas: Vec<crate::model::agenda::AgendaTemplate>,
    /// What the facilitator may say and ask at a step of the workshop, shown
    /// by `klarhet notes` on the laptop's own screen; a step may have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speaker_notes: Vec<StepNotes>,
}

/// The bibliographic source of a model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Full citation.
    pub citation: String,
    /// The short name `klarhet models` lists ("Author (2026)"); blank or
    /// absent, the title is listed. A plain string, not an `Option`, so that a
    /// file writes it without `Some(…)`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
    /// What the model is, in a few sentences.
    pub summary: Text,
}

/// A challenge (a dimension of the model).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// Stable id.
    pub id: String,
    /// Short name.
    pub name: Text,
    /// The report's heading.
    pub heading: Text,
    /// What the challenge is.
    pub description: Text,
    /// The sections of the report it comes from.
    pub source: String,
    /// The id of its scale (its statements' and its agreed score's); the
    /// model's default scale when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// Statements the group scores; which end means the challenge is present
    /// is the scale's `high`, turned round by a statement's `reverse`.
    pub statements: Vec<Statement>,
    /// What the report found about the groups on this dimension, shown beside a
    /// difference between groups the group's own scores show on it. Model
    /// content, so that a finding about one organisation is shown only by a
    /// model that carries it. Format 1 called it `role_note`.
    #[serde(default, alias = "role_note", skip_serializing_if = "Option::is_none")]
    pub group_note: Option<crate::model::groups::GroupNote>,
    /// What the facilitator may tell the group about this challenge: the
    /// report's analysis of it, in a few sentences (speaker notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<SourcedText>,
    /// Questions to put to the group while this challenge is discussed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask: Vec<Question>,
}

/// A text with the place in the report it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    /// The text.
    pub text: Text,
    /// Where in the report it comes from.
    pub source: String,
    /// True when the text goes beyond the report: klarhet's, built on
    /// `source`, and always shown as klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// A statement to score.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable id, unique across the model.
    pub id: String,
    /// The statement.
    pub text: Text,
    /// The part of the report it is drawn from.
    pub source: String,
    /// The id of its own scale; its challenge's when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// True when agreeing points the other way than its scale's `high` says
    /// (an ordinal scale only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// True when it goes beyond what its section says (the report asks no
    /// such question); its `source` then says what it builds on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// The causal links between challenges.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Causal {
    /// The mechanism's name.
    pub name: Text,
    /// Where in the report it is described.
    pub source: String,
    /// True when the links must form one cycle through every challenge.
    pub cycle: bool,
    /// The links, in order.
    pub links: Vec<Link>,
}

/// One challenge feeding another.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The challenge that feeds.
    pub from: String,
    /// The challenge that is fed.
    pub to: String,
    /// How, in one sentence.
    pub text: Text,
    /// The part of the report the link rests on. Required by the validator;
    /// defaulted only so that an older file is refused with a clear message
    /// instead of a parse error.
    #[serde(default)]
    pub source: String,
    /// True when the report gives only the order of the two challenges and
    /// `text` is klarhet's reading of the mechanism; the verdict then says so.
    #[serde(default)]
    pub reading: bool,
}

/// A principle grouping recommendations.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// What it means.
    pub description: Text,
    /// The sections of the report it comes from. Required by the validator;
    /// defaulted only so that an older file is refused with a clear message.
    #[serde(default)]
    pub source: String,
    /// What the report says about this principle's weight among the others
    /// (a report may call one principle the most important), shown
    /// wherever the principles are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<SourcedText>,
}

/// A recommendation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    /// Stable id.
    pub id: String,
    /// The principle it belongs to; `None` for an overarching recommendation.
    pub principle: Option<String>,
    /// The recommendation.
    pub text: Text,
    /// The challenges it addresses (at least one).
    pub addresses: Vec<String>,
    /// True when the report does not tie it to these challenges and the tie
    /// is klarhet's reading.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub addresses_own: bool,
    /// The phases it is tied to, where the report ties (or implies) one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<PhaseTie>,
    /// The section of the report it comes from.
    pub source: String,
    /// Concrete steps the report's analysis gives for it.
    pub steps: Vec<Step>,
    /// klarhet's own note for the facilitator: where the report is unclear or
    /// klarhet reads it one way. Always shown as klarhet's, never as the report's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A concrete step under a recommendation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The step.
    pub text: Text,
    /// The section of the report it comes from.
    pub source: String,
}

/// A ladder of maturity levels.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    /// The ladder's name.
    pub name: Text,
    /// A short label for where the group stands on it, e.g. "Nivå i arbetet med
    /// DiMiOS": the levels describe how the organisation works with DiMiOS, not a
    /// DiMiOS result, and the words are the model's, not the program's.
    #[serde(default)]
    pub label: Option<Text>,
    /// Where in the report it is described.
    pub source: String,
    /// The levels, lowest first.
    pub steps: Vec<Level>,
}

/// One level of the ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level's number.
    pub level: u32,
    /// Short name.
    pub name: Text,
    /// What it means.
    pub description: Text,
    /// Where in the report the level is described. Required where any level
    /// of the ladder names its source (and in format 2).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// True when the level's short name is klarhet's: the report only
    /// numbers it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_name: bool,
}

impl Assessment {
    /// The label for the group's level on the model's ladder: the ladder's own
    /// label, or its name; `None` for a model without a ladder.
    pub fn level_label(&self, lang: crate::text::Lang) -> Option<String> {
        let ladder = self.levels.as_ref()?;
        Some(
            ladder
                .label
                .as_ref()
                .unwrap_or(&ladder.name)
                .get(lang)
                .to_owned(),
        )
    }

    /// The challenge with `id`.
    pub fn challenge(&self, id: &str) -> Option<&Challenge> {
        self.challenges.iter().find(|c| c.id == id)
    }

    /// The principle with `id`.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The recommendation with `id`.
    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| r.id == id)
    }

    /// Every statement with the challenge it belongs to, in order.
    pub fn statements(&self) -> impl Iterator<Item = (&Challenge, &Statement)> {
        self.challenges
            .iter()
            .flat_map(|c| c.statements.iter().map(move |s| (c, s)))
    }

    /// The agenda template with `id`.
    pub fn agenda(&self, id: &str) -> Option<&crate::model::agenda::AgendaTemplate> {
        self.agendas.iter().find(|a| a.id == id)
    }

    /// The speaker notes for the step stored as `step`, if the model has any.
    pub fn step_notes(&self, step: &str) -> Option<&StepNotes> {
        self.speaker_notes.iter().find(|n| n.step == step)
    }

    /// The codes of the languages the model's texts are written in.
    pub fn languages(&self) -> Vec<&str> {
        if self.languages.is_empty() {
            crate::text::DEFAULT_LANGUAGES.to_vec()
        } else {
            self.languages.iter().map(String::as_str).collect()
        }
    }

    /// The statement with `id`.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements().map(|(_, s)| s).find(|s| s.id == id)
    }
}
