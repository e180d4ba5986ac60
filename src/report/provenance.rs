//! The method appendix for machines: which parts of the result come from the
//! model's source and which are klarhet's own, and every threshold klarhet
//! judges by, so that a script reading the JSON can tell them apart too.

use crate::model::assessment::Assessment;
use crate::model::scoring::{divergence_threshold, stats};
use crate::text::Lang;
use serde::Serialize;

/// What the method appendix says, as data.
#[derive(Debug, Serialize)]
pub(crate) struct MethodDoc {
    /// Parts of the model taken from its source, each text citing its section.
    from_source: Vec<&'static str>,
    /// Parts that are klarhet's operationalisation, not the source's.
    klarhet: Vec<&'static str>,
    /// How a recommendation's relevance is computed.
    relevance: &'static str,
    /// The consensus formula's origin; its bands are klarhet's.
    consensus_formula: &'static str,
    thresholds: Thresholds,
    /// What the study behind the model is, in the report's language; absent
    /// for a model that names none, so that such an export is as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    caveats: Vec<CaveatDoc>,
}

/// One caveat of the model.
#[derive(Debug, Serialize)]
struct CaveatDoc {
    id: String,
    text: String,
    source: String,
    /// True when it is klarhet's reading, not the report's word on itself.
    own: bool,
}

#[derive(Debug, Serialize)]
struct Thresholds {
    knowledge_gap_share: f64,
    few_answers: u32,
    consensus_agreement: f64,
    consensus_divided: f64,
    role_difference: f64,
    min_group: usize,
}

pub(super) fn method(min_group: usize, model: &Assessment, lang: Lang) -> MethodDoc {
    // Only what the model has (issue 28: structure is optional).
    let recommended = !model.recommendations.is_empty();
    let mut from_source = vec!["challenges"];
    if !model.principles.is_empty() {
        from_source.push("principles");
    }
    if recommended {
        from_source.extend(["recommendations", "steps"]);
    }
    if model.causal.is_some() {
        from_source.push("circle_order");
    }
    if model.levels.is_some() {
        from_source.push("levels");
    }
    let mut klarhet = vec!["statements", "scale", "severity"];
    if recommended {
        klarhet.extend([
            "recommendation_challenge_mapping",
            "step_placement",
            "relevance",
            "ranking",
        ]);
    }
    if model.causal.is_some() {
        klarhet.push("link_strength");
    }
    klarhet.push("thresholds");
    if model
        .causal
        .as_ref()
        .is_some_and(|c| c.links.iter().any(|l| l.reading))
    {
        klarhet.push("link_mechanisms_marked_reading");
    }
    if model.recommendations.iter().any(|r| r.note.is_some()) {
        klarhet.push("klarhet_notes");
    }
    MethodDoc {
        from_source,
        klarhet,
        relevance: "mean_of_rounded_severities",
        consensus_formula: "Tastle & Wierman 2007",
        thresholds: Thresholds {
            knowledge_gap_share: stats::KNOWLEDGE_GAP,
            few_answers: stats::FEW_ANSWERS,
            consensus_agreement: stats::AGREEMENT_BAND,
            consensus_divided: stats::DIVIDED_BAND,
            role_difference: divergence_threshold(model),
            min_group,
        },
        caveats: model
            .caveats
            .iter()
            .map(|c| CaveatDoc {
                id: c.id.clone(),
                text: c.text.get(lang).to_owned(),
                source: c.source.clone(),
                own: c.own,
            })
            .collect(),
    }
}
