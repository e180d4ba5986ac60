//! The model's alternatives and the group's choice in the JSON export; the
//! field is absent for a model without alternatives.

/// The alternatives and the group's choice, with the choices it replaced.
pub(super) fn alternatives_doc<'a>(
    a: &crate::report::document::AlternativesFinding<'a>,
    lang: crate::text::Lang,
) -> super::doc::AlternativesDoc<'a> {
    let all = a.alternatives;
    super::doc::AlternativesDoc {
        name: all.name.get(lang),
        question: all.question.get(lang),
        source: &all.source,
        cumulative: all.cumulative,
        items: a
            .rows(lang)
            .into_iter()
            .map(|r| super::doc::AlternativeDoc {
                id: &r.alternative.id,
                label: r.label,
                name: r.name,
                source: &r.alternative.source,
                chosen: r.chosen,
            })
            .collect(),
        chosen: a.choice.as_ref().map(|c| c.alternative.clone()),
        reason: a.reason().map(str::to_owned),
        earlier: a.choice.as_ref().map_or_else(Vec::new, |c| {
            c.earlier
                .iter()
                .map(|e| super::doc::EarlierChoiceDoc {
                    alternative: e.alternative.clone(),
                    reason: e.reason.clone(),
                })
                .collect()
        }),
    }
}
