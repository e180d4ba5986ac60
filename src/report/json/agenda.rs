//! The agenda in the JSON export: its items, the minutes planned and the time
//! used, as the report document records them.

use super::doc::{AgendaDoc, AgendaItemDoc};
use crate::report::document::AgendaRecord;

pub(super) fn agenda_doc(a: &AgendaRecord) -> AgendaDoc<'_> {
    use crate::model::agenda::Part;
    AgendaDoc {
        template: &a.template,
        name: &a.name,
        source: a.source.as_deref(),
        planned_minutes: a.planned(),
        used_seconds: a.used(),
        items: (a.items.iter())
            .map(|row| {
                let (part, id) = match &row.part {
                    Part::Step(step) => ("step", Some(step.as_str())),
                    Part::Challenge(c) => ("challenge", Some(c.as_str())),
                    Part::Break => ("break", None),
                };
                AgendaItemDoc {
                    part,
                    id,
                    label: &row.label,
                    planned_minutes: row.planned,
                    extended_minutes: row.extended,
                    used_seconds: row.used,
                    started_at: row.started.map(|t| t.to_string()),
                    running: row.running,
                }
            })
            .collect(),
    }
}
