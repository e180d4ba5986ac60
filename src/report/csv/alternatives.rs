//! The alternatives' rows: one an alternative, in the model's order, with
//! whether the group chose it and, on the chosen one's row, why. A file on a
//! model without alternatives has neither the rows nor their columns.

use super::{Col, Table, yes_no};
use crate::report::document::AlternativesFinding;
use crate::text::Lang;

pub(super) fn rows(t: &mut Table, a: &AlternativesFinding, lang: Lang) {
    let reason = a.reason().unwrap_or_default();
    for row in a.rows(lang) {
        t.row(
            crate::tr!(lang, "csv-section-alternative"),
            vec![
                (Col::AlternativeId, row.alternative.id.clone()),
                (Col::Alternative, format!("{} {}", row.label, row.name)),
                (Col::Chosen, yes_no(lang, row.chosen)),
                (
                    Col::Reason,
                    if row.chosen {
                        reason.to_owned()
                    } else {
                        String::new()
                    },
                ),
                (Col::Source, row.alternative.source.clone()),
            ],
        );
    }
    for votes in &a.votes {
        super::votes::rows(t, votes, lang, |choice, name| {
            vec![(Col::AlternativeId, choice), (Col::Alternative, name)]
        });
    }
}
