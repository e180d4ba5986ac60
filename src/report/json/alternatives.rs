//! The model's alternatives and the group's choice in the JSON export; the
//! field is absent for a model without alternatives.

/// The alternatives and the group's choice, with the choices it replaced.
pub(super) fn alternatives_doc<'a>(
    a: &crate::report::document::AlternativesFinding<'a>,
    lang: crate::text::Lang,
) -> AlternativesDoc<'a> {
    let all = a.alternatives;
    AlternativesDoc {
        name: all.name.get(lang),
        question: all.question.get(lang),
        source: &all.source,
        cumulative: all.cumulative,
        items: a
            .rows(lang)
            .into_iter()
            .map(|r| AlternativeDoc {
                id: &r.alternative.id,
                label: r.label,
                name: r.name,
                source: &r.alternative.source,
                chosen: r.chosen,
            })
            .collect(),
        chosen: a.choice.as_ref().map(|c| c.alternative.clone()),
        reason: a.reason().map(str::to_owned),
        votes: super::votes::votes_docs(&a.votes),
        earlier: a.choice.as_ref().map_or_else(Vec::new, |c| {
            c.earlier
                .iter()
                .map(|e| EarlierChoiceDoc {
                    alternative: e.alternative.clone(),
                    reason: e.reason.clone(),
                })
                .collect()
        }),
    }
}

// The types sit beside the function that fills them, out of `doc.rs`, which
// holds the document's other types and is long enough.
/// The model's alternatives and the group's choice among them.
#[derive(serde::Serialize)]
pub(super) struct AlternativesDoc<'a> {
    pub name: &'a str,
    pub question: &'a str,
    pub source: &'a str,
    pub cumulative: bool,
    pub items: Vec<AlternativeDoc<'a>>,
    /// The chosen alternative's id; `null` while the group has chosen none.
    pub chosen: Option<String>,
    pub reason: Option<String>,
    /// The choices made before the last, oldest first.
    pub earlier: Vec<EarlierChoiceDoc>,
    /// The group's private votes shown before it chose, oldest first;
    /// absent if none were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<super::votes::VotesDoc>>,
}

/// One alternative.
#[derive(serde::Serialize)]
pub(super) struct AlternativeDoc<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub name: &'a str,
    pub source: &'a str,
    pub chosen: bool,
}

/// A choice the group made before its last.
#[derive(serde::Serialize)]
pub(super) struct EarlierChoiceDoc {
    pub alternative: String,
    pub reason: String,
}
