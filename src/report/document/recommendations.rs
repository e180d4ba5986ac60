//! The recommendations as the report ranks them: by principle, each with its
//! place, why it is relevant and what the report lists under it.

use crate::model::assessment::{Principle, Recommendation};
use crate::model::scoring::RankedRecommendation;
use crate::text::Lang;

/// The recommendations under one principle (or none: the overarching ones).
#[derive(Debug)]
pub struct RecommendationGroup<'a> {
    pub principle_id: Option<String>,
    pub principle: Option<&'a Principle>,
    pub recommendations: Vec<RankedItem<'a>>,
}

impl RecommendationGroup<'_> {
    /// The principle's name, or the words for the recommendations under none.
    pub fn title(&self, lang: Lang) -> String {
        self.principle.map_or_else(
            || crate::tr!(lang, "report-overarching"),
            |p| p.name.get(lang).to_owned(),
        )
    }

    /// The principle's description and its priority, each as (text, source).
    pub fn principle_texts(&self, lang: Lang) -> [Option<(&str, &str)>; 2] {
        let p = self.principle;
        [
            p.map(|p| (p.description.get(lang), p.source.as_str())),
            p.and_then(|p| p.priority.as_ref())
                .map(|x| (x.text.get(lang), x.source.as_str())),
        ]
    }
}

/// A recommendation as ranked for this session.
#[derive(Debug)]
pub struct RankedItem<'a> {
    /// Its place in the principle's ranking, from 1.
    pub place: usize,
    pub recommendation: &'a Recommendation,
    pub ranked: RankedRecommendation,
    /// Why it is relevant, in words; `None` when no challenge it addresses is scored.
    pub reason: Option<String>,
    /// The challenges its relevance rests on: (id, name, severity).
    pub reason_parts: Vec<(String, String, f64)>,
    pub adopted: bool,
}

impl RankedItem<'_> {
    /// The recommendation's steps as (text, source), then klarhet's note as
    /// (label, text): what a report lists under it.
    pub fn details(&self, lang: Lang) -> Details<'_> {
        let rec = self.recommendation;
        let steps = rec
            .steps
            .iter()
            .map(|s| (s.text.get(lang), s.source.as_str()))
            .collect();
        let note = rec
            .note
            .as_ref()
            .map(|n| (crate::tr!(lang, "report-klarhet-note"), n.get(lang)));
        Details { steps, note }
    }
}

/// What a report lists under a recommendation.
pub struct Details<'r> {
    /// Its steps as (text, source).
    pub steps: Vec<(&'r str, &'r str)>,
    /// klarhet's note on it as (label, text).
    pub note: Option<(String, &'r str)>,
}
