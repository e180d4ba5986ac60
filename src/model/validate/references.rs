//! The rules for a model's reference figures: each stands beside a statement
//! or dimension the model has, on that one's scale, with whom and when it
//! concerns and the report's caution, and every figure agrees with itself
//! (a count is the percentage printed beside it; counts that cover the whole
//! scale add up to n), so that a figure mistyped from the report is caught.
//! A reference for one group names a group the model has, and the report's
//! own question, where given, says where it stands.

use super::{LazyLocator, ids};
use crate::error::{ConstructFault, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::{AnswerKey, Assessment, Beside, Figure, Reference, Scale};
use crate::model::references::collected_reads;

/// How far a percentage may be from its count's share of n: the reports print
/// one decimal, so a correct figure is within half of the last place.
const TOLERANCE: f64 = 0.05 + 1e-9;

/// Checks every reference of `model`.
pub(super) fn references(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    ids: &[(&'static str, &str)],
) -> Result<()> {
    let blank = |s: &str| s.trim().is_empty();
    for (i, r) in model.references.iter().enumerate() {
        let at = || ids::place(loc, ids, "reference", &r.id);
        let construct = |fault: ConstructFault| -> Problem { fault.into() };
        let incomplete = |field| {
            let id = r.id.clone();
            ConstructFault::ReferenceIncomplete { id, field }.into()
        };
        if blank(&r.source) || blank(&r.caution.source) {
            let id = r.id.clone();
            return Err(fail(
                at(),
                Problem::WithoutSource {
                    kind: "reference",
                    id,
                },
            ));
        }
        let (kind, target) = match &r.beside {
            Beside::Statement(id) => ("statement", id),
            Beside::Dimension(id) => ("challenge", id),
        };
        let Some(scale) = model.scale_for_reference(&r.beside) else {
            let nth = model.references[..i]
                .iter()
                .filter(|e| beside_id(e) == target)
                .count();
            let id = target.clone();
            return Err(fail(
                loc.value("beside", target, nth),
                Problem::DanglingId { kind, id },
            ));
        };
        let key_at = |key| at().and_then(|p| loc.key_after(key, p));
        if r.population.texts().all(blank) {
            return Err(fail(key_at("population"), incomplete("population")));
        }
        if r.caution.text.texts().all(blank) {
            return Err(fail(key_at("caution"), incomplete("caution")));
        }
        // A reference for one group names one of the model's groups, so that
        // the workshop's own group of that id can stand beside it.
        if let Some(group) = &r.group {
            known_group(model, loc, fail, group, || key_at("group"))?;
        }
        // The report's own question is shown as the report's: with where it
        // stands, and in every language of the model, never as an empty line.
        if let Some(asked) = &r.asked {
            if blank(&asked.source) {
                let (kind, id) = ("reference", r.id.clone());
                return Err(fail(key_at("asked"), Problem::WithoutSource { kind, id }));
            }
            if asked.text.texts().any(blank) {
                return Err(fail(key_at("asked"), incomplete("asked")));
            }
        }
        let counts = r.figures.iter().any(|f| matches!(f, Figure::Count { .. }));
        if r.n == Some(0) || (counts && r.n.is_none()) {
            return Err(fail(key_at("n"), incomplete("n")));
        }
        if let Some(value) = r.collected.as_deref().filter(|v| !collected_reads(v)) {
            let nth = model.references[..i]
                .iter()
                .filter(|e| e.collected.as_deref() == Some(value))
                .count();
            let fault = ConstructFault::BadDate {
                value: value.to_owned(),
            };
            return Err(fail(loc.value("collected", value, nth), construct(fault)));
        }
        // The place of the nth figure: its `answer`, counted from the
        // reference's `figures`.
        let figure_at = |nth: usize| {
            let mut p = key_at("figures");
            for _ in 0..=nth {
                p = p.and_then(|p| loc.key_after("answer", p));
            }
            p
        };
        for (j, figure) in r.figures.iter().enumerate() {
            if !on_scale(scale, figure.answer()) {
                let answer = match figure.answer() {
                    AnswerKey::Value(v) => Some(v),
                    AnswerKey::Unknown => None,
                };
                let statement = target.clone();
                let problem = Problem::AnswerOffScale { statement, answer };
                return Err(fail(figure_at(j), problem));
            }
            if let Figure::GroupShare { group, .. } = figure {
                known_group(model, loc, fail, group, || figure_at(j))?;
            }
            let percent = figure.percent();
            let percent_at = || figure_at(j).and_then(|p| loc.key_after("percent", p));
            if !(0.0..=100.0).contains(&percent) {
                let fault = ConstructFault::PercentRange { percent };
                return Err(fail(percent_at(), construct(fault)));
            }
            if let (Figure::Count { count, .. }, Some(n)) = (figure, r.n) {
                let share = 100.0 * f64::from(*count) / f64::from(n);
                if *count > n || (share - percent).abs() > TOLERANCE {
                    let fault = ConstructFault::FigureMismatch {
                        count: *count,
                        n,
                        percent,
                    };
                    return Err(fail(percent_at(), construct(fault)));
                }
            }
        }
        if let (Some(sum), Some(n)) = (whole_scale_sum(r, scale), r.n)
            && sum != u64::from(n)
        {
            let fault = ConstructFault::FiguresDontSum { sum, n };
            return Err(fail(key_at("figures"), construct(fault)));
        }
    }
    Ok(())
}

/// Checks that `group`, a figure's or a whole reference's, is a group of one
/// of the model's groupings, so that the workshop's own group of that id can
/// stand beside the report's figures. A group no grouping has is placed at
/// its id, the first `group: "…"` with it (none before was refused), or at
/// `fallback` where the file does not write it so.
fn known_group(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    group: &str,
    fallback: impl FnOnce() -> Option<Pos>,
) -> Result<()> {
    if model.groupings.iter().any(|g| g.group(group).is_some()) {
        return Ok(());
    }
    let id = group.to_owned();
    let at = loc.value("group", group, 0).or_else(fallback);
    Err(fail(at, Problem::DanglingId { kind: "group", id }))
}

/// The id a reference stands beside.
fn beside_id(r: &Reference) -> &String {
    match &r.beside {
        Beside::Statement(id) | Beside::Dimension(id) => id,
    }
}

/// True when `answer` is an option of `scale`, or its don't-know where it has one.
fn on_scale(scale: &Scale, answer: AnswerKey) -> bool {
    match answer {
        AnswerKey::Value(v) => scale.contains(v),
        AnswerKey::Unknown => scale.unknown.is_some(),
    }
}

/// The sum of a reference's counts when they cover every answer of its scale
/// (every option, and don't-know where the scale has it): only then must they
/// add up to n. Counts that cover part of the scale say nothing of the rest.
fn whole_scale_sum(r: &Reference, scale: &Scale) -> Option<u64> {
    let counted: Vec<(AnswerKey, u32)> = r
        .figures
        .iter()
        .filter_map(|f| match f {
            Figure::Count { answer, count, .. } => Some((*answer, *count)),
            _ => None,
        })
        .collect();
    let covered = |answer: AnswerKey| counted.iter().any(|(a, _)| *a == answer);
    let options = scale.options.iter().map(|o| AnswerKey::Value(o.value));
    let unknown = scale.unknown.is_some().then_some(AnswerKey::Unknown);
    let whole = options.chain(unknown).all(covered);
    whole.then(|| counted.iter().map(|(_, c)| u64::from(*c)).sum())
}
