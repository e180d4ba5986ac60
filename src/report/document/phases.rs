//! The model's phases in the report (docs/model-format.md, "Phases"): what
//! the phases are and are not, then each area of the collaboration with the
//! phase it stands in, the group's note and where it stood before, or that it
//! is not placed; and, for each phase an area stands in, the phase's risk.
//! The earlier placements are listed as they came, never as a step forward or
//! back: the phases are not a ladder. Only a model with phases has the
//! section, so a report on any other model is as it was.

use crate::model::assessment::Assessment;
use crate::model::phases::{Phase, Phases};
use crate::model::picks::Poll;
use crate::model::placement::AreaRow;
use crate::model::session::Session;
use crate::report::document::votes::Votes;
use crate::text::Lang;
use std::collections::BTreeMap;

/// The phases and where the group placed each area.
#[derive(Debug)]
pub struct PhasesFinding<'a> {
    /// The model's phases.
    pub phases: &'a Phases,
    /// Every area, the model's suggestions first, each with its placement (a
    /// copy: the document borrows the model, not the session).
    pub areas: Vec<AreaRow>,
    /// Per area's id, the group's private votes on its phase that were
    /// shown, oldest first; an area with none is absent.
    pub votes: BTreeMap<String, Vec<Votes>>,
}

/// The section, when the model has phases.
pub(super) fn finding<'a>(s: &Session, m: &'a Assessment, lang: Lang) -> Option<PhasesFinding<'a>> {
    let phases = m.phases.as_ref()?;
    let areas = s.areas(m, lang);
    let named: Vec<(String, String)> = (phases.steps.iter())
        .map(|p| (p.id.clone(), phase_named(p, lang)))
        .collect();
    let votes = (areas.iter())
        .map(|a| {
            (
                a.id.clone(),
                Votes::of(s.picks(&Poll::Area(a.id.clone())), &named),
            )
        })
        .filter(|(_, votes)| !votes.is_empty())
        .collect();
    Some(PhasesFinding {
        phases,
        areas,
        votes,
    })
}

impl<'a> PhasesFinding<'a> {
    /// Each area the group voted on, in the table's order, with its votes
    /// in a sentence.
    pub fn vote_sentences(&self, lang: Lang) -> Vec<(String, String)> {
        (self.areas.iter())
            .filter_map(|a| {
                let votes = self.votes.get(&a.id)?;
                Some((a.name.clone(), super::votes::sentence(votes, lang)))
            })
            .collect()
    }

    /// A phase by the report's number and its name ("Fas 2: Mobilisering"),
    /// or its id when the model no longer has it.
    pub fn named(&self, id: &str, lang: Lang) -> String {
        self.phases
            .phase(id)
            .map_or_else(|| id.to_owned(), |p| phase_named(p, lang))
    }

    /// Where `area` stands, in words: its phase, or not placed.
    pub fn standing(&self, area: &AreaRow, lang: Lang) -> String {
        match &area.placement {
            Some(p) => self.named(&p.phase, lang),
            None => crate::tr!(lang, "report-phases-not-placed"),
        }
    }

    /// The phases `area` stood in before, oldest first, each with its note.
    pub fn earlier(&self, area: &AreaRow, lang: Lang) -> Vec<String> {
        let Some(p) = &area.placement else {
            return Vec::new();
        };
        (p.earlier.iter())
            .map(|e| match &e.note {
                Some(note) => format!("{} ({note})", self.named(&e.phase, lang)),
                None => self.named(&e.phase, lang),
            })
            .collect()
    }

    /// One area's row: its name with its source, its phase, the note, and
    /// where it stood before.
    pub fn cells(&self, area: &AreaRow, lang: Lang) -> [String; 4] {
        let from = match &area.source {
            Some(source) => super::sourced(source, area.own, lang),
            None => crate::tr!(lang, "report-phases-session-own"),
        };
        let note = (area.placement.as_ref()).and_then(|p| p.note.clone());
        [
            format!("{} ({from})", area.name),
            self.standing(area, lang),
            note.unwrap_or_default(),
            self.earlier(area, lang).join("; "),
        ]
    }

    /// The headings of [`PhasesFinding::cells`]: the model's word for an area.
    pub fn headings(&self, lang: Lang) -> [String; 4] {
        [
            crate::text::upper_first(self.phases.area.one.get(lang)),
            crate::tr!(lang, "report-phases-phase"),
            crate::tr!(lang, "report-phases-note"),
            crate::tr!(lang, "report-phases-earlier"),
        ]
    }

    /// The phases some area stands in, in the model's order: those whose
    /// risk the report names beside the areas.
    pub fn phases_in_use(&self) -> Vec<&'a Phase> {
        let used = |id: &str| {
            (self.areas.iter()).any(|a| a.placement.as_ref().is_some_and(|p| p.phase == id))
        };
        self.phases.steps.iter().filter(|p| used(&p.id)).collect()
    }
}

/// "Fas 2: Mobilisering": the number is the report's name for the phase.
pub fn phase_named(phase: &Phase, lang: Lang) -> String {
    crate::tr!(
        lang,
        "report-phases-named",
        number = phase.number,
        name = phase.name.get(lang)
    )
}
