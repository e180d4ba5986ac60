//! The rules a model must keep, checked at load time so that every later step can
//! trust ids and links; a session's are in [`session`].

mod agenda;
mod alternatives;
mod drafts;
pub(super) mod envelope;
mod groups;
mod ids;
mod ladder;
mod notes;
mod open_answers;
mod phases;
mod picks;
mod plan;
mod prompts;
mod references;
mod rounds;
mod scales;
mod session;
pub(super) use session::session;

use crate::error::{CycleFault, Error, Pos, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Checks ids, references, the scale, the cycle and the ladder.
pub(super) fn assessment(model: &Assessment, src: &str, path: &Path) -> Result<()> {
    let loc = LazyLocator::new(|| Locator::new(src));
    let fail = |pos: Option<Pos>, problem: Problem| Error::Invalid {
        path: path.to_owned(),
        pos,
        problem,
        terms: model.terms.clone().map(Box::new),
    };

    envelope::envelope(model, &loc, &fail)?;

    // The languages it names are some, each named once; the texts were held to
    // them as they were read.
    let languages_at = || loc.key("languages", 0);
    // The index of positions only where the file may name its languages: a
    // valid model never builds it.
    if model.languages.is_empty() && src.contains("languages") && languages_at().is_some() {
        return Err(fail(languages_at(), Problem::NoLanguages));
    }
    let mut codes = BTreeSet::new();
    for code in &model.languages {
        if code.trim().is_empty() {
            let kind = "language";
            return Err(fail(languages_at(), Problem::EmptyId { kind }));
        }
        if !codes.insert(code.as_str()) {
            let (kind, id) = ("language", code.clone());
            return Err(fail(languages_at(), Problem::DuplicateId { kind, id }));
        }
    }

    // Ids are unique within their kind; statements share one namespace. Each
    // is placed at its own occurrence, counted in file order.
    let ids = ids::in_file_order(model);
    let challenge_ids: Vec<&str> = model.challenges.iter().map(|c| c.id.as_str()).collect();
    let principle_ids: Vec<&str> = model.principles.iter().map(|p| p.id.as_str()).collect();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut in_kind = BTreeSet::new();
    for (kind, id) in ids.iter().copied() {
        let occurrence = seen.entry(id).or_insert(0);
        *occurrence += 1;
        let pos = || loc.value("id", id, *occurrence - 1);
        if id.trim().is_empty() {
            return Err(fail(pos(), Problem::EmptyId { kind }));
        }
        if !in_kind.insert((kind, id)) {
            let id = id.to_string();
            return Err(fail(pos(), Problem::DuplicateId { kind, id }));
        }
    }

    if model.challenges.is_empty() {
        let at = loc
            .key("challenges", 0)
            .or_else(|| loc.key("dimensions", 0));
        return Err(fail(at, Problem::NoChallenges));
    }
    for c in &model.challenges {
        if c.statements.is_empty() {
            return Err(fail(
                loc.value("id", &c.id, 0),
                Problem::NoStatements {
                    challenge: c.id.clone(),
                },
            ));
        }
    }

    scales::scales(model, &loc, &fail)?;
    groups::groupings(model, &loc, &fail)?;

    let is_challenge = |id: &str| challenge_ids.contains(&id);
    let dangling = |key: &'static str, kind: &'static str, id: &str| {
        fail(
            loc.value(key, id, 0),
            Problem::DanglingId {
                kind,
                id: id.to_string(),
            },
        )
    };

    for rec in &model.recommendations {
        if let Some(p) = &rec.principle
            && !principle_ids.contains(&p.as_str())
        {
            return Err(dangling("principle", "principle", p));
        }
        if rec.addresses.is_empty() {
            return Err(fail(
                loc.value("id", &rec.id, 0),
                Problem::AddressesNothing { id: rec.id.clone() },
            ));
        }
        for target in &rec.addresses {
            if !is_challenge(target) {
                return Err(dangling("addresses", "challenge", target));
            }
        }
    }

    if let Some((kind, id)) = unsourced(model) {
        let pos = match kind {
            "causal" | "levels" => loc.key(kind, 0),
            _ => loc.value("id", &id, 0),
        };
        return Err(fail(pos, Problem::WithoutSource { kind, id }));
    }

    if let Some(causal) = &model.causal {
        for link in &causal.links {
            for (key, id) in [("from", &link.from), ("to", &link.to)] {
                if !is_challenge(id) {
                    return Err(dangling(key, "challenge", id));
                }
            }
            if link.source.trim().is_empty() {
                return Err(fail(
                    loc.value("from", &link.from, 0),
                    Problem::LinkWithoutSource {
                        from: link.from.clone(),
                        to: link.to.clone(),
                    },
                ));
            }
        }
        if causal.cycle {
            if let Err((pos, detail)) = cycle(model, &loc) {
                return Err(fail(pos, Problem::BrokenCycle(detail)));
            }
        } else {
            let mut pairs = BTreeSet::new();
            for link in &causal.links {
                if link.from == link.to || !pairs.insert((&link.from, &link.to)) {
                    return Err(fail(
                        loc.value("from", &link.from, 0),
                        Problem::RepeatedLink {
                            from: link.from.clone(),
                            to: link.to.clone(),
                        },
                    ));
                }
            }
        }
    }

    ladder::ladder(model, &loc, &fail)?;
    phases::phases(model, &loc, &fail, &ids)?;
    phases::ties(model, &loc, &fail)?;
    alternatives::alternatives(model, &loc, &fail, &ids)?;
    prompts::prompts(model, &loc, &fail, &ids)?;
    references::references(model, &loc, &fail, &ids)?;
    // After the model's own steps are checked: agendas name them.
    agenda::agendas(model, &loc, &fail)?;
    notes::notes(model, &loc, &fail)
}

/// The first piece of model text that reaches a report without saying where
/// in the source it comes from, as (kind, id). Links are checked with their
/// own message; a recommendation's `note` is klarhet's and says so instead.
fn unsourced(model: &Assessment) -> Option<(&'static str, String)> {
    let blank = |s: &str| s.trim().is_empty();
    if let Some(c) = model.caveats.iter().find(|c| blank(&c.source)) {
        return Some(("caveat", c.id.clone()));
    }
    for c in &model.challenges {
        if blank(&c.source) || c.group_note.as_ref().is_some_and(|n| blank(&n.source)) {
            return Some(("challenge", c.id.clone()));
        }
        if let Some(s) = c.statements.iter().find(|s| blank(&s.source)) {
            return Some(("statement", s.id.clone()));
        }
    }
    for p in &model.principles {
        if blank(&p.source) || p.priority.as_ref().is_some_and(|n| blank(&n.source)) {
            return Some(("principle", p.id.clone()));
        }
    }
    for r in &model.recommendations {
        if blank(&r.source) || r.steps.iter().any(|s| blank(&s.source)) {
            return Some(("recommendation", r.id.clone()));
        }
    }
    let causal = model.causal.as_ref().filter(|c| blank(&c.source));
    let ladder = model.levels.as_ref().filter(|l| blank(&l.source));
    causal
        .map(|c| ("causal", first_text(&c.name)))
        .or(ladder.map(|l| ("levels", first_text(&l.name))))
}

/// A text in the model's first language, to name what it belongs to.
fn first_text(text: &crate::text::Text) -> String {
    text.texts().next().unwrap_or_default().to_owned()
}

/// The index of positions, built the first time an error asks for a place: a
/// valid model, checked at every start, never builds it.
type LazyLocator<F> = std::cell::LazyCell<Locator, F>;

/// Checks that the links form exactly one cycle that visits every challenge once.
/// On failure gives the place to point at and what is wrong.
fn cycle(
    model: &Assessment,
    loc: &LazyLocator<impl FnOnce() -> Locator>,
) -> std::result::Result<(), (Option<Pos>, CycleFault)> {
    let links = &model
        .causal
        .as_ref()
        .map(|c| c.links.as_slice())
        .unwrap_or(&[]);
    let causal_pos = || loc.key("causal", 0);
    let mut next: BTreeMap<&str, &str> = BTreeMap::new();
    let mut from_seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut to_seen: BTreeMap<&str, usize> = BTreeMap::new();
    for link in links.iter() {
        let f = from_seen.entry(link.from.as_str()).or_insert(0);
        *f += 1;
        if *f > 1 {
            return Err((
                loc.value("from", &link.from, 1),
                CycleFault::LeftTwice(link.from.clone()),
            ));
        }
        let t = to_seen.entry(link.to.as_str()).or_insert(0);
        *t += 1;
        if *t > 1 {
            return Err((
                loc.value("to", &link.to, 1),
                CycleFault::EnteredTwice(link.to.clone()),
            ));
        }
        next.insert(&link.from, &link.to);
    }
    for c in &model.challenges {
        if !from_seen.contains_key(c.id.as_str()) || !to_seen.contains_key(c.id.as_str()) {
            return Err((causal_pos(), CycleFault::NotOnCircle(c.id.clone())));
        }
    }
    // Every challenge is left once and entered once; it is one cycle only if walking
    // from the first challenge comes back after visiting them all.
    let start = model.challenges[0].id.as_str();
    let mut at = start;
    for step in 1..=model.challenges.len() {
        at = next.get(at).copied().unwrap_or(start);
        if at == start && step < model.challenges.len() {
            return Err((causal_pos(), CycleFault::ClosesEarly { after: step }));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::locate::built;
    use crate::model::assessment::{Assessment, HALMSTAD_PATH, HALMSTAD_RON};
    use std::path::Path;

    #[test]
    fn a_valid_model_is_checked_without_the_index_of_positions() {
        let before = built();
        let model = Assessment::parse(HALMSTAD_RON, Path::new(HALMSTAD_PATH));
        assert!(model.is_ok(), "{model:?}");
        assert_eq!(built(), before, "the index was built for a valid model");
    }

    #[test]
    fn a_valid_session_is_checked_without_the_index_of_positions() {
        let model = Assessment::halmstad().expect("the embedded model");
        let date = jiff::civil::date(2026, 12, 6);
        let session = crate::demo::session(&model, date, crate::text::Lang::SV);
        let src = session.to_ron();
        let before = built();
        let checked = session.check_against(&model, &src, Path::new("demo.ron"));
        assert!(checked.is_ok(), "{checked:?}");
        assert_eq!(built(), before, "the index was built for a valid session");
    }

    #[test]
    fn a_scale_out_of_order_is_still_placed() {
        let src = HALMSTAD_RON.replacen("value: 2", "value: 9", 1);
        assert_ne!(src, HALMSTAD_RON, "the model's scale has a value 2");
        let err = Assessment::parse(&src, Path::new(HALMSTAD_PATH)).unwrap_err();
        // The third value (3) is the first not above the one before it; its
        // line is counted, so that a comment added above it moves it too.
        let third = src.find("value: 3").expect("the scale has a value 3");
        let line = src[..third].matches('\n').count() + 1;
        assert!(
            err.to_string()
                .starts_with(&format!("{HALMSTAD_PATH}:{line}:")),
            "{err}"
        );
    }
}
