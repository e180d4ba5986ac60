//! The findings the report draws from the figures: the role groups and how far
//! apart they are, and what the circle says.

use crate::model::assessment::{Causal, Challenge};
use crate::model::ballot_box::RoleGroup;
use crate::model::scoring::CircleResult;
use crate::text::Lang;

/// What the roles section says.
#[derive(Debug)]
pub struct RoleFindings<'a> {
    /// The role groups shown on any challenge, in order.
    pub groups: Vec<RoleGroup>,
    /// What the comparison could and could not say (see `points`).
    pub notes: Vec<String>,
    /// The pairs of groups that differ by the threshold or more.
    pub divergences: Vec<DivergenceFinding>,
    /// The model's own findings about roles, on challenges where this group's
    /// roles differ too.
    pub model_notes: Vec<(&'a Challenge, &'a crate::model::groups::GroupNote)>,
}

impl RoleFindings<'_> {
    /// The model's notes as a report prints them: per note the dimension's
    /// name, the text, and where it comes from (klarhet's marked as such).
    pub fn model_note_words(&self, lang: Lang) -> Vec<[String; 3]> {
        (self.model_notes.iter())
            .map(|(c, note)| {
                [
                    format!("{}:", c.name.get(lang)),
                    note.text.get(lang).to_owned(),
                    super::sourced(&note.source, note.own, lang),
                ]
            })
            .collect()
    }
}

/// Two role groups whose means on a challenge differ by the threshold or more.
#[derive(Debug, Clone, PartialEq)]
pub struct DivergenceFinding {
    pub challenge: String,
    pub challenge_name: String,
    pub high: (RoleGroup, f64),
    pub low: (RoleGroup, f64),
    /// The two groups' names, the higher's first.
    pub names: [String; 2],
}

impl DivergenceFinding {
    pub fn difference(&self) -> f64 {
        self.high.1 - self.low.1
    }
}

/// The circle: the model's links with their strengths.
#[derive(Debug)]
pub struct CircleFindings<'a> {
    /// The model's description of the circle; `None` when the figures have a
    /// circle the model does not describe.
    pub causal: Option<&'a Causal>,
    pub result: CircleResult,
    /// The question on the strongest link (see [`crate::report::circle_verdict`]).
    pub verdict: Option<String>,
}

impl CircleFindings<'_> {
    /// The model's links beside their results, marked when tied for strongest.
    pub fn links(
        &self,
    ) -> impl Iterator<
        Item = (
            &crate::model::assessment::Link,
            &crate::model::scoring::LinkResult,
            bool,
        ),
    > {
        self.causal
            .into_iter()
            .flat_map(|c| c.links.iter())
            .zip(&self.result.links)
            .enumerate()
            .map(|(i, (l, r))| (l, r, self.result.strongest_tied.contains(&i)))
    }
}
