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

/// One item of the action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// The recommendation it carries out.
    pub recommendation: String,
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
