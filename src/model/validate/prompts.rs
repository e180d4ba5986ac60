//! The rules for a model's open prompts: every set has prompts and a place
//! in the workshop (after a step the model has, or after another set, without
//! a loop), its id is a step key of its own, and every text says where it
//! comes from.

use super::{LazyLocator, ids};
use crate::error::{ConstructFault, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;
use crate::model::steps::StepKey;
use std::collections::BTreeSet;

/// Checks every prompt set of `model`.
pub(super) fn prompts(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    ids: &[(&'static str, &str)],
) -> Result<()> {
    let at = |kind: &str, id: &str| ids::place(loc, ids, kind, id);
    let blank = |s: &str| s.trim().is_empty();
    for set in &model.prompts {
        let id = || set.id.clone();
        // A built-in step's key would make the set and the step one step, and
        // an area set's key the set and the questions about an area one set.
        let reserved = StepKey::from_key(&set.id).is_some()
            || matches!(set.id.as_str(), "phases" | "alternatives")
            || crate::model::area_prompts::is_reserved(&set.id);
        if reserved {
            let problem = Problem::DuplicateId {
                kind: "step",
                id: id(),
            };
            return Err(fail(at("step", &set.id), problem));
        }
        if blank(&set.source) || set.intro.as_ref().is_some_and(|i| blank(&i.source)) {
            let problem = Problem::WithoutSource {
                kind: "prompt-set",
                id: id(),
            };
            return Err(fail(at("step", &set.id), problem));
        }
        if set.prompts.is_empty() {
            let fault = ConstructFault::EmptyPromptSet { id: id() };
            return Err(fail(at("step", &set.id), fault.into()));
        }
        if let Some(p) = set.prompts.iter().find(|p| blank(&p.source)) {
            let problem = Problem::WithoutSource {
                kind: "prompt",
                id: p.id.clone(),
            };
            return Err(fail(at("prompt", &p.id), problem));
        }
    }
    let built_in = model.built_in_keys();
    let is_set = |key: &str| model.prompts.iter().any(|s| s.id == key);
    for (i, set) in model.prompts.iter().enumerate() {
        if !built_in.contains(&set.after.as_str()) && !is_set(&set.after) {
            let nth = model.prompts[..i]
                .iter()
                .filter(|s| s.after == set.after)
                .count();
            let fault = ConstructFault::PromptAfter {
                id: set.id.clone(),
                after: set.after.clone(),
                steps: model.step_keys().into_iter().map(str::to_owned).collect(),
            };
            return Err(fail(loc.value("after", &set.after, nth), fault.into()));
        }
    }
    for set in &model.prompts {
        // Follow the sets it waits for: every `after` names a step or a set
        // now, so the chain ends at a step or comes round again.
        let mut waited = BTreeSet::from([set.id.as_str()]);
        let mut after = set.after.as_str();
        while let Some(before) = model.prompts.iter().find(|s| s.id == after) {
            if !waited.insert(before.id.as_str()) {
                let fault = ConstructFault::PromptLoop { id: set.id.clone() };
                return Err(fail(at("step", &set.id), fault.into()));
            }
            after = before.after.as_str();
        }
    }
    Ok(())
}
