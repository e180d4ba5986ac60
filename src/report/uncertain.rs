//! How a severity with an uncertain basis, and a relevance built on one, are
//! written wherever they are shown: the same mark and the same words on every
//! screen and in every report.

use super::format::whole;
use crate::model::assessment::Assessment;
use crate::model::scoring::{Analysis, ChallengeResult, RankedRecommendation, stats};
use crate::text::Lang;

/// The mark after a number that rests on an uncertain basis.
pub const MARK: &str = "?";

/// A severity as a whole number, marked when its basis is uncertain.
pub fn severity(value: f64, uncertain: bool) -> String {
    if uncertain {
        format!("{}{MARK}", whole(value))
    } else {
        whole(value)
    }
}

/// A severity for running text: "75", or "75 (osäkert underlag)" spelled out,
/// since a mark before a full stop reads as a typing slip.
pub fn spelled(value: f64, uncertain: bool, lang: Lang) -> String {
    if uncertain {
        format!(
            "{} ({})",
            whole(value),
            crate::tr!(lang, "report-uncertain")
        )
    } else {
        whole(value)
    }
}

/// A severity inside brackets in running text: "71", or "71, osäkert underlag".
pub fn spelled_within(value: f64, uncertain: bool, lang: Lang) -> String {
    if uncertain {
        format!("{}, {}", whole(value), crate::tr!(lang, "report-uncertain"))
    } else {
        whole(value)
    }
}

/// Why a challenge's severity is uncertain, in a word or two: a knowledge gap,
/// or few answers.
pub fn why(result: &ChallengeResult, lang: Lang) -> String {
    if result.knowledge_gap {
        crate::tr!(lang, "report-knowledge-gap")
    } else {
        crate::tr!(lang, "report-few-answers")
    }
}

/// What the mark means, for the line under a table or a list that uses it.
pub fn legend(lang: Lang) -> String {
    crate::tr!(
        lang,
        "report-uncertain-legend",
        mark = MARK,
        share = crate::text::percent(lang, stats::KNOWLEDGE_GAP),
        few = stats::FEW_ANSWERS
    )
}

/// True when any challenge's severity is uncertain, so a legend is needed.
pub fn any(analysis: &Analysis) -> bool {
    analysis.challenges.iter().any(|c| c.uncertain)
}

/// The parts of a recommendation's relevance, e.g. "medel av <a> 57,
/// <b> 75?", or "<a> 75" when it is mapped to one challenge.
pub fn relevance_reason(
    ranked: &RankedRecommendation,
    analysis: &Analysis,
    model: &Assessment,
    lang: Lang,
) -> String {
    let parts: Vec<String> = ranked
        .reason
        .iter()
        .map(|(id, s)| {
            let name = model
                .challenge(id)
                .map_or(id.to_owned(), |c| c.name.get(lang).to_lowercase());
            let uncertain = analysis.challenge(id).is_some_and(|c| c.uncertain);
            format!("{name} {}", severity(*s, uncertain))
        })
        .collect();
    // Nothing it rests on is assessed yet: said so, never "mean of" nothing.
    if parts.is_empty() {
        return crate::tr!(lang, "report-relevance-none");
    }
    crate::tr!(
        lang,
        "report-relevance-of",
        parts = parts.join(", "),
        count = parts.len()
    )
}
