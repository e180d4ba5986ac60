//! The phases and where the group placed each area, in the JSON export; the
//! field is absent for a model without phases. A phase's `number` is the
//! report's name for it, given as such; nothing ranks the phases.

use crate::report::document::PhasesFinding;
use crate::text::Lang;
use serde::Serialize;

/// The phases and the areas placed in them.
#[derive(Serialize)]
pub(super) struct PhasesDoc<'a> {
    pub name: &'a str,
    pub source: &'a str,
    pub phases: Vec<PhaseDoc<'a>>,
    pub areas: Vec<AreaDoc>,
}

/// One phase of the model.
#[derive(Serialize)]
pub(super) struct PhaseDoc<'a> {
    pub id: &'a str,
    pub number: u32,
    pub name: &'a str,
    pub source: &'a str,
}

/// One area and where it stands; `phase` is `null` while it is not placed.
#[derive(Serialize)]
pub(super) struct AreaDoc {
    pub id: String,
    pub name: String,
    /// True for an area the session named itself.
    pub own_area: bool,
    pub phase: Option<String>,
    pub note: Option<String>,
    /// The placements before the current one, oldest first.
    pub earlier: Vec<EarlierPlacementDoc>,
    /// The group's private votes on its phase that were shown; absent if none were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<super::votes::VotesDoc>>,
}

/// A placement the group replaced.
#[derive(Serialize)]
pub(super) struct EarlierPlacementDoc {
    pub phase: String,
    pub note: Option<String>,
}

/// The phases and every area's placement.
pub(super) fn phases_doc<'a>(p: &PhasesFinding<'a>, lang: Lang) -> PhasesDoc<'a> {
    let phases = p.phases;
    PhasesDoc {
        name: phases.name.get(lang),
        source: &phases.source,
        phases: (phases.steps.iter())
            .map(|s| PhaseDoc {
                id: &s.id,
                number: s.number,
                name: s.name.get(lang),
                source: &s.source,
            })
            .collect(),
        areas: (p.areas.iter())
            .map(|a| AreaDoc {
                id: a.id.clone(),
                name: a.name.clone(),
                own_area: a.source.is_none(),
                phase: a.placement.as_ref().map(|x| x.phase.clone()),
                note: a.placement.as_ref().and_then(|x| x.note.clone()),
                earlier: (a.placement.iter())
                    .flat_map(|x| x.earlier.iter())
                    .map(|e| EarlierPlacementDoc {
                        phase: e.phase.clone(),
                        note: e.note.clone(),
                    })
                    .collect(),
                votes: p.votes.get(&a.id).and_then(|v| super::votes::votes_docs(v)),
            })
            .collect(),
    }
}
