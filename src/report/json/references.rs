//! The reference figures as JSON: every field the model gives a reference,
//! and each figure with its value, label, group, share and count; the one
//! group and the report's question only where the model gives them.

use crate::model::assessment::AnswerKey;
use crate::report::document::ReferenceFinding;
use crate::text::Lang;
use serde::Serialize;

/// One reference, with every field the model gives it.
#[derive(Serialize)]
pub(super) struct ReferenceDoc<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub source: &'a str,
    /// `statement` or `dimension`.
    pub beside_kind: &'static str,
    pub beside: &'a str,
    /// For a reference for one group, that group by the id exports give it,
    /// and its name; absent for one that concerns everyone it names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    pub population: &'a str,
    pub n: Option<u32>,
    pub collected: Option<&'a str>,
    /// The question as the report asked it, where the model gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asked: Option<AskedDoc<'a>>,
    pub caution: &'a str,
    pub caution_source: &'a str,
    pub figures: Vec<ReferenceFigureDoc>,
}

/// The report's own question, in the session's language.
#[derive(Serialize)]
pub(super) struct AskedDoc<'a> {
    pub text: &'a str,
    pub source: &'a str,
    /// True where the wording is klarhet's, built on `source`.
    pub own: bool,
}

/// One figure of a reference.
#[derive(Serialize)]
pub(super) struct ReferenceFigureDoc {
    /// The option's value, or `null` for don't know.
    pub value: Option<i32>,
    pub dont_know: bool,
    pub label: String,
    /// The group the share is of, by the id exports give it; `null` for all.
    pub group: Option<String>,
    pub percent: f64,
    pub count: Option<u32>,
    /// For a figure per group, the workshop's own group of that id, where it
    /// is shown apart; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workshop: Option<WorkshopShareDoc>,
}

/// The workshop's own share of an answer in one group.
#[derive(Serialize)]
pub(super) struct WorkshopShareDoc {
    pub count: u64,
    pub total: u64,
    /// count / total, in whole percent.
    pub percent: u64,
}

pub(super) fn reference<'a>(f: &ReferenceFinding<'a>, lang: Lang) -> ReferenceDoc<'a> {
    let r = f.reference;
    ReferenceDoc {
        id: &r.id,
        name: r.name.get(lang),
        source: &r.source,
        beside_kind: f.beside_kind,
        beside: f.beside_id,
        group: f.group.as_ref().map(|(id, _)| *id),
        group_name: f.group.as_ref().map(|(_, name)| name.clone()),
        population: r.population.get(lang),
        n: r.n,
        collected: r.collected.as_deref(),
        asked: r.asked.as_ref().map(|a| AskedDoc {
            text: a.text.get(lang),
            source: &a.source,
            own: a.own,
        }),
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
                workshop: x.workshop.map(|(count, total)| WorkshopShareDoc {
                    count,
                    total,
                    percent: crate::text::whole_percent(count, total),
                }),
            })
            .collect(),
    }
}
