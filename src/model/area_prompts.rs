//! The questions a model's phases put about an area (docs/model-format.md,
//! "Phases": each aspect's `ask`), answered in writing as an open prompt
//! about that area in the phase it stands in. They are kept as any open
//! answers are (src/model/open_answers.rs): under a set of their own, keyed
//! `area:AREA:PHASE`, so an area placed again in another phase gets that
//! phase's questions afresh and keeps what was written about the one before.
//!
//! The set is made from the model and the session, never stored: its
//! prompts are the phase's aspects' questions in the model's order of
//! aspects, each by `ASPECT.N` (the Nth question of that aspect, from 1), so
//! that answers keep their place when a model version rewords a question.

use crate::error::Problem;
use crate::model::assessment::{Assessment, Prompt, PromptSet};
use crate::model::session::Session;
use crate::text::{Lang, Text};
use std::borrow::Cow;

/// What an area set's key starts with; no model's own set may.
const PREFIX: &str = "area:";

/// The key of the set of questions about `area` in `phase`.
pub fn key(area: &str, phase: &str) -> String {
    format!("{PREFIX}{area}:{phase}")
}

/// True when `id` has the form of an area set's key, which a model's own
/// set may not take.
pub fn is_reserved(id: &str) -> bool {
    id.starts_with(PREFIX)
}

/// The area and phase an area set's key names, when `key` is one.
pub fn parse(key: &str) -> Option<(&str, &str)> {
    let (area, phase) = key.strip_prefix(PREFIX)?.split_once(':')?;
    (!area.is_empty() && !phase.is_empty() && !phase.contains(':')).then_some((area, phase))
}

/// True when the phase `phase` of `model` asks anything about an area: a
/// check cheap enough for every frame, where [`Session::prompt_set`] names
/// the set in every language.
pub fn asks(model: &Assessment, phase: &str) -> bool {
    (model.phases.as_ref())
        .and_then(|p| p.phase(phase))
        .is_some_and(|p| p.aspects.iter().any(|a| !a.ask.is_empty()))
}

/// The prompts the phase `phase` of `model` puts about an area, in order;
/// none when the model has no such phase or it asks nothing.
pub fn questions(model: &Assessment, phase: &str) -> Vec<Prompt> {
    let Some(phases) = &model.phases else {
        return Vec::new();
    };
    let Some(phase) = phases.phase(phase) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for aspect in &phases.aspects {
        let asked = (phase.aspects.iter())
            .filter(|a| a.aspect == aspect.id)
            .flat_map(|a| a.ask.iter());
        out.extend(asked.enumerate().map(|(n, q)| Prompt {
            id: format!("{}.{}", aspect.id, n + 1),
            text: q.text.clone(),
            source: q.source.clone(),
            own: q.own,
        }));
    }
    out
}

impl Session {
    /// The set of prompts `key` names: one of the model's own, or the
    /// questions about an area the session can place, in a phase the model
    /// has that asks something.
    pub fn prompt_set<'m>(
        &self,
        model: &'m Assessment,
        key: &str,
    ) -> Result<Cow<'m, PromptSet>, Problem> {
        if let Some(set) = model.prompts.iter().find(|s| s.id == key) {
            return Ok(Cow::Borrowed(set));
        }
        let dangling = || Problem::DanglingId {
            kind: "prompt-set",
            id: key.to_owned(),
        };
        let (area, phase) = parse(key).ok_or_else(dangling)?;
        let phases = model.phases.as_ref().ok_or_else(dangling)?;
        let (Some(step), true) = (phases.phase(phase), self.has_area(phases, area)) else {
            return Err(dangling());
        };
        let prompts = questions(model, phase);
        if prompts.is_empty() {
            return Err(dangling());
        }
        let mut name = Text::default();
        for lang in Lang::all() {
            let area_name = (self.areas(model, lang).into_iter())
                .find(|a| a.id == area)
                .map(|a| a.name)
                .unwrap_or_default();
            let words = crate::tr!(
                lang,
                "area-prompts-name",
                area = area_name,
                number = step.number,
                phase = step.name.get(lang)
            );
            name.set(lang.code(), words);
        }
        Ok(Cow::Owned(PromptSet {
            id: key.to_owned(),
            name,
            source: step.source.clone(),
            after: crate::model::steps::StepKey::Phases.key().to_owned(),
            intro: None,
            prompts,
            own: false,
        }))
    }

    /// The keys of the sets about areas that have shown answers, in the
    /// order the areas are listed and then of the model's phases.
    pub fn area_sets_shown(&self, model: &Assessment) -> Vec<String> {
        let Some(phases) = &model.phases else {
            return Vec::new();
        };
        let mut keys = Vec::new();
        for area in self.areas(model, Lang::SV) {
            for phase in &phases.steps {
                let key = key(&area.id, &phase.id);
                if self.answers_to(&key).is_some_and(|a| a.shown_writers > 0) {
                    keys.push(key);
                }
            }
        }
        keys
    }
}

#[cfg(test)]
#[path = "area_prompts_tests.rs"]
mod tests;
