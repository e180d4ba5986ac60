//! Answer scales: a model's default scale and the others it names by id, each
//! ordinal (numbers on which means and consensus are computed) or categorical
//! (codes shown as shares), with the end that means a concern. See
//! docs/model-format.md § Scales.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The id a scale has when its file names none: the model's one scale.
pub const DEFAULT_SCALE_ID: &str = "default";

fn default_scale_id() -> String {
    DEFAULT_SCALE_ID.to_owned()
}

fn is_default_id(id: &str) -> bool {
    id == DEFAULT_SCALE_ID
}

/// An answer scale, and optionally a "don't know" answer kept apart from it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable id, by which a challenge or statement names it; "default" for
    /// the model's own when the file names none.
    #[serde(default = "default_scale_id", skip_serializing_if = "is_default_id")]
    pub id: String,
    /// Where in the report the scale (or the question it answers) comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Ordinal (the default) or categorical.
    #[serde(default, skip_serializing_if = "ScaleKind::is_ordinal")]
    pub kind: ScaleKind,
    /// Which end of an ordinal scale is the concern.
    #[serde(default, skip_serializing_if = "Pole::is_concern")]
    pub high: Pole,
    /// The options: in ascending order of value on an ordinal scale, in the
    /// order they are shown on a categorical one.
    pub options: Vec<ScaleOption>,
    /// The label of the don't-know answer (vet ej), if the scale has one.
    pub unknown: Option<Text>,
}

/// Whether a scale's values are numbers or codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleKind {
    /// Numbers: median, mean, consensus and a score are computed.
    #[default]
    Ordinal,
    /// Codes: shown as the count and share of each option, nothing computed.
    Categorical,
}

impl ScaleKind {
    fn is_ordinal(&self) -> bool {
        *self == ScaleKind::Ordinal
    }
}

/// What a high value on an ordinal scale means.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pole {
    /// The higher, the more of the dimension's problem is present (the embedded model's).
    #[default]
    Concern,
    /// The higher, the more of what the report calls for is in place.
    Strength,
}

impl Pole {
    fn is_concern(&self) -> bool {
        *self == Pole::Concern
    }

    /// The other pole: a reverse-coded statement's.
    pub fn flipped(self) -> Pole {
        match self {
            Pole::Concern => Pole::Strength,
            Pole::Strength => Pole::Concern,
        }
    }
}

/// One answer on the scale.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    /// The value: a number in every formula on an ordinal scale, a code on a
    /// categorical one.
    pub value: i32,
    /// What the option says.
    pub label: Text,
}

impl Scale {
    /// The lowest value.
    pub fn min(&self) -> i32 {
        self.options.iter().map(|o| o.value).min().unwrap_or(0)
    }

    /// The highest value.
    pub fn max(&self) -> i32 {
        self.options.iter().map(|o| o.value).max().unwrap_or(0)
    }

    /// The width of the scale, `max − min` (the `d` of the consensus formula).
    pub fn width(&self) -> f64 {
        f64::from(self.max() - self.min())
    }

    /// True if `value` is one of the options.
    pub fn contains(&self, value: i32) -> bool {
        self.options.iter().any(|o| o.value == value)
    }

    /// True for a categorical scale.
    pub fn is_categorical(&self) -> bool {
        self.kind == ScaleKind::Categorical
    }

    /// The option with `value`.
    pub fn option(&self, value: i32) -> Option<&ScaleOption> {
        self.options.iter().find(|o| o.value == value)
    }

    /// Converts a value on the scale to 0–100, low to high (a concern value
    /// to a score).
    pub fn to_severity(&self, value: f64) -> f64 {
        let width = self.width();
        if width <= 0.0 {
            return 0.0;
        }
        ((value - f64::from(self.min())) / width * 100.0).clamp(0.0, 100.0)
    }

    /// The concern value of `value` (a value or a mean) answered with `pole`:
    /// itself when high is the concern, `min + max − v` when high is a strength.
    pub fn concern(&self, pole: Pole, value: f64) -> f64 {
        match pole {
            Pole::Concern => value,
            Pole::Strength => f64::from(self.min() + self.max()) - value,
        }
    }

    /// The score 0–100 of a value (or a mean) answered with `pole`.
    pub fn score(&self, pole: Pole, value: f64) -> f64 {
        self.to_severity(self.concern(pole, value))
    }

    /// The value on this scale whose score is `severity` (0–100) with `pole`,
    /// not rounded to an option: the inverse of [`Scale::score`].
    pub fn value_of(&self, pole: Pole, severity: f64) -> f64 {
        let concern = f64::from(self.min()) + severity / 100.0 * self.width();
        self.concern(pole, concern)
    }
}

use crate::model::assessment::{Assessment, Challenge, Statement};

impl Assessment {
    /// The scale with `id`: the model's default or one of `scales`.
    pub fn scale_by_id(&self, id: &str) -> Option<&Scale> {
        std::iter::once(&self.scale)
            .chain(&self.scales)
            .find(|s| s.id == id)
    }

    /// Every scale the model has, its default first.
    pub fn all_scales(&self) -> impl Iterator<Item = &Scale> {
        std::iter::once(&self.scale).chain(&self.scales)
    }

    /// The scales its statements are answered on, each once, in the order
    /// first used: the method appendix prints these rules and no others.
    pub fn scales_in_use(&self) -> Vec<&Scale> {
        let mut out: Vec<&Scale> = Vec::new();
        for (c, s) in self.statements() {
            let scale = self.statement_scale(c, s);
            if !out.iter().any(|x| x.id == scale.id) {
                out.push(scale);
            }
        }
        out
    }

    /// A challenge's scale: its own, else the model's. Its agreed score is on it.
    pub fn challenge_scale(&self, c: &Challenge) -> &Scale {
        c.scale
            .as_deref()
            .and_then(|id| self.scale_by_id(id))
            .unwrap_or(&self.scale)
    }

    /// The scale `s` (a statement of `c`) is answered on: its own, else its
    /// challenge's, else the model's.
    pub fn statement_scale(&self, c: &Challenge, s: &Statement) -> &Scale {
        s.scale
            .as_deref()
            .and_then(|id| self.scale_by_id(id))
            .unwrap_or_else(|| self.challenge_scale(c))
    }

    /// The scale `statement` is answered on (see [`Assessment::statement_scale`]).
    pub fn scale_of(&self, statement: &Statement) -> &Scale {
        self.statements()
            .find(|(_, s)| s.id == statement.id)
            .map_or(&self.scale, |(c, s)| self.statement_scale(c, s))
    }

    /// The scale of the statement with `id`; the model's when there is none.
    pub fn scale_of_id(&self, id: &str) -> &Scale {
        self.statement(id).map_or(&self.scale, |s| self.scale_of(s))
    }

    /// Which end of its scale means a concern for `s`: the scale's `high`,
    /// turned round when the statement is reverse-coded.
    pub fn pole_of(&self, c: &Challenge, s: &Statement) -> Pole {
        let high = self.statement_scale(c, s).high;
        if s.reverse { high.flipped() } else { high }
    }

    /// True when `c` has a statement on an ordinal scale: only then does it
    /// have a score and an agreed score.
    pub fn has_ordinal(&self, c: &Challenge) -> bool {
        c.statements
            .iter()
            .any(|s| !self.statement_scale(c, s).is_categorical())
    }
}
