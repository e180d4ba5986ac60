//! The action plan as the report records it: each item with what it carries
//! out, an adopted recommendation or a measure of one of the model's
//! alternatives, and for a measure whether the group's choice as it stands
//! still offers it (docs/model-format.md, "Alternatives").

use crate::model::assessment::Assessment;
use crate::model::session::{Status, Target};
use crate::text::Lang;

/// What an item carries out, in words: the recommendation's text, or the
/// measure's after its alternative's label ("II: …"); the id or the reference
/// when the model lacks it.
pub fn target_words(model: &Assessment, target: &Target, lang: Lang) -> String {
    match target {
        Target::Recommendation(id) => model
            .recommendation(id)
            .map_or_else(|| id.clone(), |r| r.text.get(lang).to_owned()),
        Target::Measure(reference) => crate::model::plan::measure_of(model, reference).map_or_else(
            |_| reference.to_string(),
            |(a, step)| format!("{}: {}", a.label, step.text.get(lang)),
        ),
    }
}

/// One item of the action plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedAction<'a> {
    /// The recommendation's id; empty for an item that carries out a measure.
    pub recommendation_id: String,
    /// The recommendation's text, when the model has it.
    pub recommendation: Option<&'a str>,
    /// The measure of an alternative the item carries out, when it carries
    /// out one.
    pub measure: Option<PlannedMeasure<'a>>,
    pub effect_goal: String,
    pub owner: String,
    pub due: jiff::civil::Date,
    pub status: Status,
}

/// The measure an item of the plan carries out: which alternative's, its
/// text, and whether the group's choice as it stands still offers it.
#[derive(Debug, Clone)]
pub struct PlannedMeasure<'a> {
    /// The measure as the session names it.
    pub reference: crate::model::session::MeasureRef,
    /// Its alternative, when the model has it.
    pub alternative: Option<&'a crate::model::alternatives::Alternative>,
    /// The measure, when the model has it.
    pub step: Option<&'a crate::model::assessment::Step>,
    /// Planned under an earlier choice: the choice as it stands no longer
    /// offers it. It stays in the plan, since the group decided it.
    pub earlier_choice: bool,
}

/// Two are the same measure, standing alike: the alternative and the text
/// follow from the reference in one model.
impl PartialEq for PlannedMeasure<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.reference == other.reference && self.earlier_choice == other.earlier_choice
    }
}

impl PlannedMeasure<'_> {
    /// The alternative's label and name ("II" and its name), marked when the
    /// measure came from an earlier choice; the id when the model lacks it.
    pub fn alternative_words(&self, lang: Lang) -> String {
        let named = self.alternative.map_or_else(
            || self.reference.alternative.clone(),
            |a| format!("{} {}", a.label, a.name.get(lang)),
        );
        if self.earlier_choice {
            crate::tr!(lang, "report-plan-earlier-choice", alternative = named)
        } else {
            named
        }
    }

    /// The measure's text, or its reference when the model lacks it.
    pub fn text(&self, lang: Lang) -> String {
        self.step.map_or_else(
            || self.reference.to_string(),
            |s| s.text.get(lang).to_owned(),
        )
    }
}
