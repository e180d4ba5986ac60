//! Phases that are not a ladder (seed 000 §4): each *area* of a collaboration
//! is placed in a phase of its own, areas may stand in different phases at
//! once and move back, and a later phase is not better. `number` is the
//! report's numbering, shown as "Fas 1", never a value: nothing here orders
//! the phases by worth (docs/model-format.md, "Phases").

use crate::model::assessment::SourcedText;
use crate::model::noun::Noun;
use crate::model::speaker_notes::Question;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A model's phases, the areas it suggests placing in them, and the aspects
/// every phase is described by.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phases {
    /// The phase model's name, the heading of its step and report section.
    pub name: Text,
    /// Where in the report the phases are described.
    #[serde(default)]
    pub source: String,
    /// What the phases are and are not, shown before the group places anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<SourcedText>,
    /// The model's word for what is placed ("samarbetsområde").
    pub area: Noun,
    /// Areas the setup suggests; a session adds its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    /// What each phase is described by (kännetecken, ledningsutmaning, …).
    pub aspects: Vec<AspectDef>,
    /// The phases, in the report's order.
    pub steps: Vec<Phase>,
}

/// An area the model suggests placing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// What in the report it rests on.
    #[serde(default)]
    pub source: String,
    /// True when the report does not name the area and the name is klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// One aspect every phase is described by.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AspectDef {
    /// Stable id, named by each phase's aspects.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Where in the report it comes from.
    #[serde(default)]
    pub source: String,
}

/// One phase.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Stable id, named by sessions' placements and recommendations' ties.
    pub id: String,
    /// The report's number for it ("Fas 1"): a name, not a value.
    pub number: u32,
    /// Its short name.
    pub name: Text,
    /// The report's heading for it.
    pub heading: Text,
    /// Where in the report it is described.
    #[serde(default)]
    pub source: String,
    /// What the report says of this phase under each aspect, once each.
    pub aspects: Vec<PhaseAspect>,
    /// The risk the report names for this phase (the last one too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<SourcedText>,
}

/// What the report says of one phase under one aspect.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseAspect {
    /// The aspect's id.
    pub aspect: String,
    /// What the report says.
    pub text: Text,
    /// Where.
    #[serde(default)]
    pub source: String,
    /// Questions to put to the group about an area in this phase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask: Vec<Question>,
}

impl Phases {
    /// The phase with `id`.
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.steps.iter().find(|p| p.id == id)
    }

    /// The aspect with `id`.
    pub fn aspect(&self, id: &str) -> Option<&AspectDef> {
        self.aspects.iter().find(|a| a.id == id)
    }
}

/// A recommendation's tie to a phase: the report ties it there (seed 000
/// §5.6), or implies it (`own`: "tidigt" is not "fas 1", so the tie is
/// klarhet's reading and `source` says what it rests on).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseTie {
    /// The phase's id.
    pub phase: String,
    /// Where in the report the tie rests.
    #[serde(default)]
    pub source: String,
    /// True when the report implies the tie and does not make it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}
