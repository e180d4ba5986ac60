//! The rules of a model's scales (docs/model-format.md § Scales): each has
//! two options at least, an ordinal one's values rise and a categorical one's
//! are unique, ids are unique and every one named exists, only an ordinal
//! statement may be reverse-coded, and a challenge with an ordinal statement
//! has an ordinal scale for its agreed score.

use super::LazyLocator;
use crate::error::{Error, Pos, Problem, Result, ScaleFault};
use crate::locate::Locator;
use crate::model::assessment::{Assessment, DEFAULT_SCALE_ID, Scale};
use std::collections::BTreeSet;

pub(super) fn scales(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    let mut ids = BTreeSet::new();
    for (i, scale) in model.all_scales().enumerate() {
        // Where the scale begins: its id, or (the model's, without one) the
        // first field `scale`, which comes before the challenges.
        let start = || match scale.id.as_str() {
            DEFAULT_SCALE_ID if i == 0 => loc.key("scale", 0),
            id => loc.value("id", id, 0),
        };
        if !ids.insert(scale.id.as_str()) {
            let (kind, id) = ("scale", scale.id.clone());
            return Err(fail(
                loc.value("id", &scale.id, 1),
                Problem::DuplicateId { kind, id },
            ));
        }
        options(scale, loc, &start, fail)?;
    }
    for c in &model.challenges {
        let at = || loc.value("id", &c.id, 0);
        if let Some(id) = &c.scale {
            dangling(model, id, at, loc, fail)?;
        }
        for s in &c.statements {
            let at = || loc.value("id", &s.id, 0);
            if let Some(id) = &s.scale {
                dangling(model, id, at, loc, fail)?;
            }
            if s.reverse && model.statement_scale(c, s).is_categorical() {
                let pos = at().and_then(|p| loc.key_after("reverse", p));
                let statement = s.id.clone();
                let fault = ScaleFault::ReverseCategorical { statement };
                return Err(fail(pos.or_else(at), Problem::Scale(fault)));
            }
        }
        if model.has_ordinal(c) && model.challenge_scale(c).is_categorical() {
            let challenge = c.id.clone();
            let fault = ScaleFault::AgreedScale { challenge };
            return Err(fail(at(), Problem::Scale(fault)));
        }
    }
    Ok(())
}

/// A scale named by a challenge or statement (at `at`) that the model lacks.
fn dangling(
    model: &Assessment,
    id: &str,
    at: impl Fn() -> Option<Pos>,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    if model.scale_by_id(id).is_some() {
        return Ok(());
    }
    let pos = at().and_then(|p| loc.key_after("scale", p)).or_else(at);
    let (kind, id) = ("scale", id.to_owned());
    Err(fail(pos, Problem::DanglingId { kind, id }))
}

/// The options of one scale, which begins at `start`.
fn options(
    scale: &Scale,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    start: &impl Fn() -> Option<Pos>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    // The `n`th (0-based) field `value` of the scale's options.
    let value_at = |n: usize| {
        let mut pos = start().and_then(|p| loc.key_after("options", p));
        for _ in 0..=n {
            pos = pos.and_then(|p| loc.key_after("value", p));
        }
        pos
    };
    if scale.options.len() < 2 {
        let pos = start().and_then(|p| loc.key_after("options", p));
        return Err(fail(
            pos.or_else(start),
            Problem::Scale(ScaleFault::TooShort),
        ));
    }
    if scale.is_categorical() {
        let mut seen = BTreeSet::new();
        for (i, o) in scale.options.iter().enumerate() {
            if !seen.insert(o.value) {
                let (kind, id) = ("option", o.value.to_string());
                return Err(fail(value_at(i), Problem::DuplicateId { kind, id }));
            }
        }
        return Ok(());
    }
    for (i, pair) in scale.options.windows(2).enumerate() {
        if pair[1].value <= pair[0].value {
            let fault = ScaleFault::NotRising;
            return Err(fail(value_at(i + 1), Problem::Scale(fault)));
        }
    }
    Ok(())
}
