//! The phases' rows: one an area, the model's suggestions first, with the
//! phase it stands in (blank while not placed), the note and the phases it
//! stood in before. A file on a model without phases has neither the rows nor
//! their columns.

use super::{Col, Table};
use crate::report::document::PhasesFinding;
use crate::text::Lang;

pub(super) fn rows(t: &mut Table, p: &PhasesFinding, lang: Lang) {
    for area in &p.areas {
        let placement = area.placement.as_ref();
        let earlier: Vec<String> = (placement.iter())
            .flat_map(|x| x.earlier.iter())
            .map(|e| p.named(&e.phase, lang))
            .collect();
        let source = match &area.source {
            Some(source) => crate::report::document::sourced(source, area.own, lang),
            None => crate::tr!(lang, "report-phases-session-own"),
        };
        t.row(
            crate::tr!(lang, "csv-section-area"),
            vec![
                (Col::AreaId, area.id.clone()),
                (Col::Area, area.name.clone()),
                (
                    Col::PhaseId,
                    placement.map(|x| x.phase.clone()).unwrap_or_default(),
                ),
                (
                    Col::Phase,
                    placement
                        .map(|x| p.named(&x.phase, lang))
                        .unwrap_or_default(),
                ),
                (
                    Col::Note,
                    placement.and_then(|x| x.note.clone()).unwrap_or_default(),
                ),
                (Col::EarlierPhases, earlier.join("; ")),
                (Col::Source, source),
            ],
        );
    }
    for area in &p.areas {
        for votes in p.votes.get(&area.id).into_iter().flatten() {
            super::votes::rows(t, votes, lang, |choice, name| {
                vec![
                    (Col::AreaId, area.id.clone()),
                    (Col::Area, area.name.clone()),
                    (Col::PhaseId, choice),
                    (Col::Phase, name),
                ]
            });
        }
    }
}
