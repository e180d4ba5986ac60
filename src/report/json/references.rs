//! The reference figures as JSON: every field the model gives a reference,
//! and each figure with its value, label, group, share and count.

use super::doc::{ReferenceDoc, ReferenceFigureDoc};
use crate::model::assessment::AnswerKey;
use crate::report::document::ReferenceFinding;
use crate::text::Lang;

pub(super) fn reference<'a>(f: &ReferenceFinding<'a>, lang: Lang) -> ReferenceDoc<'a> {
    let r = f.reference;
    ReferenceDoc {
        id: &r.id,
        name: r.name.get(lang),
        source: &r.source,
        beside_kind: f.beside_kind,
        beside: f.beside_id,
        population: r.population.get(lang),
        n: r.n,
        collected: r.collected.as_deref(),
        caution: r.caution.text.get(lang),
        caution_source: &r.caution.source,
        figures: f
            .figures
            .iter()
            .map(|x| ReferenceFigureDoc {
                value: match x.answer {
                    AnswerKey::Value(v) => Some(v),
                    AnswerKey::Unknown => None,
                },
                dont_know: x.answer == AnswerKey::Unknown,
                label: x.label.clone(),
                group: x.group.as_ref().map(|(id, _)| (*id).to_owned()),
                percent: x.percent,
                count: x.count,
            })
            .collect(),
    }
}
