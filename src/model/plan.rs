//! The action plan's sources (docs/model-format.md, "Alternatives": "An
//! alternative chosen can become the action plan's source: its measures are
//! offered as action items"). An item carries out an adopted recommendation
//! or a measure of one of the model's alternatives. The measures offered are
//! those of the alternative the group has chosen and, when the alternatives
//! are cumulative, those of the alternatives it builds on, in the model's
//! order. An item for a measure the choice no longer offers (the group chose
//! again) stays in the plan: the group decided it, and the report says it
//! came from an earlier choice rather than dropping what was decided.

use crate::error::{ConstructFault, Problem};
use crate::model::alternatives::{Alternative, Alternatives};
use crate::model::assessment::{Assessment, Step};
use crate::model::decisions::{ActionItem, MeasureRef, Target};
use crate::model::session::Session;

/// A measure the plan offers or holds, with what the screens and reports say
/// of it.
#[derive(Debug, Clone, Copy)]
pub struct Measure<'m> {
    /// The alternative it is a measure of.
    pub alternative: &'m Alternative,
    /// Its place among that alternative's own measures, from 0.
    pub index: usize,
    /// The measure.
    pub step: &'m Step,
    /// How it stands to the group's choice.
    pub standing: Standing,
}

/// How a measure stands to the group's choice as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A measure of the chosen alternative itself.
    Chosen,
    /// A measure of an alternative the chosen one builds on (cumulative).
    BuiltOn,
    /// A measure the choice as it stands no longer offers: its item was
    /// planned under an earlier choice, or the group has not chosen at all.
    Earlier,
}

impl Measure<'_> {
    /// The reference an item names it by.
    pub fn reference(&self) -> MeasureRef {
        MeasureRef {
            alternative: self.alternative.id.clone(),
            index: self.index,
        }
    }
}

impl Alternatives {
    /// The alternatives whose measures choosing `chosen` carries out, in the
    /// model's order: with `cumulative`, those before it and itself;
    /// otherwise itself alone. None for an id the model lacks.
    pub fn carried_by(&self, chosen: &str) -> &[Alternative] {
        let Some(at) = self.items.iter().position(|a| a.id == chosen) else {
            return &[];
        };
        if self.cumulative {
            &self.items[..=at]
        } else {
            &self.items[at..=at]
        }
    }
}

/// The measure `reference` names: refused when the model has no alternatives,
/// none with its id, or no measure at its place.
pub fn measure_of<'m>(
    model: &'m Assessment,
    reference: &MeasureRef,
) -> Result<(&'m Alternative, &'m Step), Problem> {
    crate::model::choice::alternative_of(model, &reference.alternative)?;
    let alternative = (model.alternatives.as_ref())
        .and_then(|a| a.item(&reference.alternative))
        .ok_or_else(|| Problem::DanglingId {
            kind: "alternative",
            id: reference.alternative.clone(),
        })?;
    let step = alternative
        .measures
        .get(reference.index)
        .ok_or_else(|| Problem::DanglingId {
            kind: "measure",
            id: reference.to_string(),
        })?;
    Ok((alternative, step))
}

/// Checks what an item carries out: one thing, which the model has.
pub(in crate::model) fn may_plan(model: &Assessment, item: &ActionItem) -> Result<(), Problem> {
    match &item.measure {
        Some(m) if !item.recommendation.is_empty() => Err(ConstructFault::ActionOfTwo {
            recommendation: item.recommendation.clone(),
            measure: m.to_string(),
        }
        .into()),
        Some(m) => measure_of(model, m).map(|_| ()),
        None if model.recommendation(&item.recommendation).is_some() => Ok(()),
        None => Err(Problem::DanglingId {
            kind: "recommendation",
            id: item.recommendation.clone(),
        }),
    }
}

impl Session {
    /// The measures the group's choice offers to the plan, in the model's
    /// order: the alternatives it builds on first, then its own. None before
    /// the group has chosen, or for a model without alternatives.
    pub fn offered_measures<'m>(&self, model: &'m Assessment) -> Vec<Measure<'m>> {
        let (Some(alternatives), Some(choice)) = (&model.alternatives, &self.choice) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for alternative in alternatives.carried_by(&choice.alternative) {
            let standing = if alternative.id == choice.alternative {
                Standing::Chosen
            } else {
                Standing::BuiltOn
            };
            out.extend(
                (alternative.measures.iter().enumerate()).map(|(index, step)| Measure {
                    alternative,
                    index,
                    step,
                    standing,
                }),
            );
        }
        out
    }

    /// Every measure the plan holds or offers, in the order the plan lists
    /// them: those the choice offers, then the measures of items planned under
    /// an earlier choice, in the order they were planned.
    pub fn plan_measures<'m>(&self, model: &'m Assessment) -> Vec<Measure<'m>> {
        let mut out = self.offered_measures(model);
        for item in &self.actions {
            let Some(reference) = &item.measure else {
                continue;
            };
            if out.iter().any(|m| m.reference() == *reference) {
                continue;
            }
            if let Ok((alternative, step)) = measure_of(model, reference) {
                out.push(Measure {
                    alternative,
                    index: reference.index,
                    step,
                    standing: Standing::Earlier,
                });
            }
        }
        out
    }

    /// The item that carries out `target`, if one is planned.
    pub fn action_for(&self, target: &Target) -> Option<&ActionItem> {
        self.actions.iter().find(|a| a.carries_out(target))
    }
}
