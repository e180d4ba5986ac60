//! The agenda's rows: one an item, in the agenda's order, with the minutes
//! planned and added and the minutes the clock recorded, so that next year's
//! workshop can be planned from this one's figures in a spreadsheet. The
//! columns are only in a file whose session has an agenda.

use super::{Col, Table, number};
use crate::model::agenda::Part;
use crate::report::document::AgendaRecord;
use crate::text::Lang;

pub(super) fn rows(t: &mut Table, agenda: &AgendaRecord, lang: Lang) {
    for (i, row) in agenda.items.iter().enumerate() {
        // Ids as the JSON gives them, whatever the session's language.
        let (part, id) = match &row.part {
            Part::Step(step) => ("step", step.as_str()),
            Part::Challenge(c) => ("challenge", c.as_str()),
            Part::Break => ("break", ""),
        };
        // Recorded in whole seconds; minutes with two decimals keep them to
        // within a second. An item the clock never ran on has none.
        let used = row.started.map(|_| row.used as f64 / 60.0);
        t.row(
            crate::tr!(lang, "csv-section-agenda"),
            vec![
                (Col::AgendaOrder, (i + 1).to_string()),
                (Col::AgendaPart, part.to_owned()),
                (Col::AgendaPartId, id.to_owned()),
                (Col::AgendaItem, row.label.clone()),
                (Col::PlannedMinutes, row.planned.to_string()),
                (Col::ExtendedMinutes, row.extended.to_string()),
                (Col::UsedMinutes, number(lang, used, 2)),
            ],
        );
    }
}
