//! What the group decided: the agreed score per challenge, with its reason, and
//! the action plan (effektmål, owner, riktning och takt, status).

use crate::text::Lang;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The group's agreed score for a challenge, with the reason for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreed {
    /// The value on the model's scale nearest to the agreed severity (sessions
    /// before agreed severities were kept have only this).
    pub score: i32,
    /// Why the group settled on it.
    pub rationale: String,
    /// The agreed severity, 0–100, on the same scale the screens and reports show.
    /// Accepting the computed severity keeps it exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<f64>,
    /// The round of its challenge it followed: the latest whose figures the
    /// group had when it agreed. None in files from before rounds, which had
    /// one round: see [`Agreed::followed`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
}

impl Agreed {
    /// The round of its challenge it followed: round 1 for a score agreed
    /// before rounds were recorded.
    pub fn followed(&self) -> crate::model::round::RoundNo {
        self.round.unwrap_or(1)
    }

    /// The agreed severity 0–100: the one agreed, or the scale value's score
    /// (its concern value, by the scale's `high`).
    pub fn severity_on(&self, scale: &crate::model::assessment::Scale) -> f64 {
        self.severity
            .unwrap_or_else(|| scale.score(scale.high, f64::from(self.score)))
    }
}

/// One item of the action plan: what it carries out (an adopted
/// recommendation, or a measure of the chosen alternative), its effektmål,
/// owner, due date and status.
///
/// What it carries out is two optional fields rather than one enum, so that a
/// file from before measures reads and writes byte for byte as it did: an item
/// for a recommendation writes `recommendation` as it always has and no
/// `measure`; an item for a measure writes `measure` and no `recommendation`
/// (it is empty). A file that names both, or neither, is refused on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// The recommendation it carries out; empty for an item that carries out
    /// a measure.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recommendation: String,
    /// The measure of one of the model's alternatives it carries out, when it
    /// carries out one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<MeasureRef>,
    /// The effect goal (effektmål).
    pub effect_goal: String,
    /// Who owns it.
    pub owner: String,
    /// When it is due (riktning och takt).
    #[serde(deserialize_with = "crate::model::strict::date")]
    pub due: Date,
    /// How far it has come.
    pub status: Status,
}

/// A measure of one of the model's alternatives: the alternative's id and the
/// measure's place among that alternative's own measures, from 0. A model
/// gives its measures no ids, so their place is what names them; a model
/// whose alternative loses a measure is a new version, and a session naming
/// a measure it lacks is refused at the place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureRef {
    /// The alternative's id.
    pub alternative: String,
    /// Its place among the alternative's own measures, from 0.
    pub index: usize,
}

impl std::fmt::Display for MeasureRef {
    /// `id/index`, as an error names it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.alternative, self.index)
    }
}

/// What an action item carries out: what the plan, its commands and its
/// rows match items by (a recommendation or a measure has at most one item).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// An adopted recommendation, by id.
    Recommendation(String),
    /// A measure of an alternative.
    Measure(MeasureRef),
}

impl Target {
    /// The target an item's, a command's or a draft's two fields name: the
    /// measure when there is one, else the recommendation.
    pub fn named(recommendation: String, measure: Option<MeasureRef>) -> Target {
        match measure {
            Some(m) => Target::Measure(m),
            None => Target::Recommendation(recommendation),
        }
    }

    /// The target as an item's two fields: the recommendation (empty for a
    /// measure) and the measure.
    pub fn fields(self) -> (String, Option<MeasureRef>) {
        match self {
            Target::Recommendation(id) => (id, None),
            Target::Measure(m) => (String::new(), Some(m)),
        }
    }
}

impl std::fmt::Display for Target {
    /// The recommendation's id, or the measure as `id/index`, as an error
    /// names it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Recommendation(id) => f.write_str(id),
            Target::Measure(m) => m.fmt(f),
        }
    }
}

impl ActionItem {
    /// What it carries out: its measure when it names one, else its
    /// recommendation.
    pub fn target(&self) -> Target {
        Target::named(self.recommendation.clone(), self.measure.clone())
    }

    /// True when it carries out `target`.
    pub fn carries_out(&self, target: &Target) -> bool {
        match target {
            Target::Measure(m) => self.measure.as_ref() == Some(m),
            Target::Recommendation(id) => self.measure.is_none() && self.recommendation == *id,
        }
    }
}

/// The state of an action item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Not started.
    Planned,
    /// Under way.
    Started,
    /// Finished.
    Done,
    /// Paused or dropped.
    Paused,
}

impl Status {
    /// The status's stable key, as in JSON exports: its English name in lower case.
    /// Not for display; see [`Status::label`].
    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Started => "started",
            Status::Done => "done",
            Status::Paused => "paused",
        }
    }

    /// The status's name in `lang`, from the catalogue.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Status::Planned => crate::tr!(lang, "status-planned"),
            Status::Started => crate::tr!(lang, "status-started"),
            Status::Done => crate::tr!(lang, "status-done"),
            Status::Paused => crate::tr!(lang, "status-paused"),
        }
    }
}
