//! The rules for a model's phases: there are phases and aspects, every phase
//! gives every aspect exactly once and no other, the report's numbers are not
//! given twice, and every text says where it comes from.

use super::{LazyLocator, first_text, ids};
use crate::error::{ConstructFault, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::{Assessment, SourcedText};
use std::collections::{BTreeMap, BTreeSet};

/// Checks the model's phases, if it has them.
pub(super) fn phases(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    ids: &[(&'static str, &str)],
) -> Result<()> {
    let Some(phases) = &model.phases else {
        return Ok(());
    };
    let at = |kind: &str, id: &str| ids::place(loc, ids, kind, id);
    let blank = |s: &str| s.trim().is_empty();
    let blank_text = |t: &Option<SourcedText>| t.as_ref().is_some_and(|t| blank(&t.source));
    let unsourced = |kind, id: &str| Problem::WithoutSource {
        kind,
        id: id.to_owned(),
    };
    let construct = |fault: ConstructFault| -> Problem { fault.into() };

    if blank(&phases.source) || phases.about.iter().any(|a| blank(&a.source)) {
        let problem = unsourced("phases", &first_text(&phases.name));
        return Err(fail(opening(loc), problem));
    }
    if let Some(area) = phases.areas.iter().find(|a| blank(&a.source)) {
        return Err(fail(at("area", &area.id), unsourced("area", &area.id)));
    }
    if phases.aspects.is_empty() {
        return Err(fail(opening(loc), construct(ConstructFault::NoAspects)));
    }
    if let Some(aspect) = phases.aspects.iter().find(|a| blank(&a.source)) {
        return Err(fail(
            at("aspect", &aspect.id),
            unsourced("aspect", &aspect.id),
        ));
    }
    if phases.steps.is_empty() {
        let pos = opening(loc).and_then(|p| loc.key_after("steps", p));
        return Err(fail(
            pos.or(opening(loc)),
            construct(ConstructFault::NoPhases),
        ));
    }

    let mut numbers = BTreeMap::new();
    // The how-manyth `aspect: "…"` of the file each aspect of a phase is.
    let mut named: BTreeMap<&str, usize> = BTreeMap::new();
    for phase in &phases.steps {
        let phase_at = || at("phase", &phase.id);
        if blank(&phase.source) || blank_text(&phase.risk) {
            return Err(fail(phase_at(), unsourced("phase", &phase.id)));
        }
        if numbers.insert(phase.number, &phase.id).is_some() {
            let id = phase.number.to_string();
            let pos = phase_at().and_then(|p| loc.key_after("number", p));
            return Err(fail(pos, Problem::DuplicateId { kind: "phase", id }));
        }
        let mut given: Vec<&str> = Vec::new();
        for aspect in &phase.aspects {
            let nth = named.entry(&aspect.aspect).or_insert(0);
            let aspect_at = loc.value("aspect", &aspect.aspect, *nth);
            *nth += 1;
            if phases.aspect(&aspect.aspect).is_none() {
                let id = aspect.aspect.clone();
                return Err(fail(aspect_at, Problem::DanglingId { kind: "aspect", id }));
            }
            if given.contains(&aspect.aspect.as_str()) {
                let fault = ConstructFault::PhaseAspect {
                    phase: phase.id.clone(),
                    aspect: aspect.aspect.clone(),
                    again: true,
                };
                return Err(fail(aspect_at, construct(fault)));
            }
            given.push(&aspect.aspect);
            if blank(&aspect.source) || aspect.ask.iter().any(|q| blank(&q.source)) {
                let id = format!("{}/{}", phase.id, aspect.aspect);
                return Err(fail(aspect_at, unsourced("aspect", &id)));
            }
        }
        if let Some(missing) = phases
            .aspects
            .iter()
            .find(|a| !given.contains(&a.id.as_str()))
        {
            let fault = ConstructFault::PhaseAspect {
                phase: phase.id.clone(),
                aspect: missing.id.clone(),
                again: false,
            };
            return Err(fail(phase_at(), construct(fault)));
        }
    }
    Ok(())
}

/// Checks every recommendation's ties to phases: each names a phase the
/// model has, once, and says where in the report it rests.
pub(super) fn ties(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
) -> Result<()> {
    // The how-manyth `phase: "…"` of the file each tie is.
    let mut named: BTreeMap<&str, usize> = BTreeMap::new();
    for rec in &model.recommendations {
        let mut tied = BTreeSet::new();
        for tie in &rec.phases {
            let nth = named.entry(&tie.phase).or_insert(0);
            let pos = loc.value("phase", &tie.phase, *nth);
            *nth += 1;
            let id = tie.phase.clone();
            let phases = model.phases.as_ref();
            // A tie in a model without phases names a phase it lacks too.
            if phases.and_then(|p| p.phase(&tie.phase)).is_none() {
                return Err(fail(pos, Problem::DanglingId { kind: "phase", id }));
            }
            if !tied.insert(tie.phase.as_str()) {
                return Err(fail(pos, Problem::DuplicateId { kind: "phase", id }));
            }
            if tie.source.trim().is_empty() {
                let id = rec.id.clone();
                return Err(fail(
                    pos,
                    Problem::WithoutSource {
                        kind: "recommendation",
                        id,
                    },
                ));
            }
        }
    }
    Ok(())
}

/// Where the model's `phases` field stands: the last `phases` before the
/// first `aspects`, which only phases have (a recommendation's ties to phases
/// are `phases` too, and come before).
fn opening(loc: &Locator) -> Option<Pos> {
    let aspects = loc.key("aspects", 0);
    let before = |p: &Pos| aspects.is_none_or(|a| (p.line, p.col) < (a.line, a.col));
    (0..)
        .map_while(|n| loc.key("phases", n))
        .take_while(before)
        .last()
}
