//! The reference figures' rows: one a figure, with its reference, what it
//! stands beside, the group it is of where it is one group's (or the whole
//! reference is), the report's share, count and n, and its own question, so that a spreadsheet can set them beside the group's
//! own without reading the report's prose. The columns are only in a file
//! whose model has reference figures.

use super::{Col, Table, number};
use crate::report::document::ReferenceFinding;
use crate::text::Lang;

pub(super) fn rows(t: &mut Table, references: &[ReferenceFinding], lang: Lang) {
    for f in references {
        let r = f.reference;
        let beside = match f.beside_kind {
            "statement" => [(Col::StatementId, f.beside_id), (Col::Statement, &f.beside)],
            _ => [(Col::ChallengeId, f.beside_id), (Col::Challenge, &f.beside)],
        };
        for figure in &f.figures {
            let mut cells: Vec<(Col, String)> = beside
                .iter()
                .map(|(col, text)| (*col, (*text).to_owned()))
                .collect();
            // A figure of a reference for one group is that group's, as a
            // figure per group is its own.
            if let Some((id, name)) = figure.group.as_ref().or(f.group.as_ref()) {
                cells.push((Col::RoleId, (*id).to_owned()));
                cells.push((Col::Role, name.clone()));
            }
            cells.extend([
                (Col::Reference, r.id.clone()),
                (Col::ReferenceAnswer, figure.label.clone()),
                (Col::ReferencePercent, number(lang, Some(figure.percent), 1)),
                (
                    Col::ReferenceCount,
                    figure.count.map(|c| c.to_string()).unwrap_or_default(),
                ),
                (
                    Col::ReferenceN,
                    r.n.map(|n| n.to_string()).unwrap_or_default(),
                ),
                (Col::Source, r.source.clone()),
            ]);
            if let Some(asked) = &r.asked {
                cells.extend([
                    (Col::ReferenceAsked, asked.text.get(lang).to_owned()),
                    (Col::ReferenceAskedSource, asked.source.clone()),
                ]);
            }
            if let Some((count, total)) = figure.workshop {
                cells.extend([
                    (Col::WorkshopCount, count.to_string()),
                    (Col::WorkshopTotal, total.to_string()),
                ]);
            }
            t.row(crate::tr!(lang, "csv-section-references"), cells);
        }
    }
}
