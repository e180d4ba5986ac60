//! The queue's rule in words, and the ends of a scale it counts as extremes.

use super::divergence_threshold;
use crate::model::assessment::{Assessment, Scale};
use crate::text::{Lang, decimal};

/// The scale's values at its low and its high end: within a quarter of its
/// width of its lowest and of its highest value.
pub fn ends(scale: &Scale) -> (Vec<i32>, Vec<i32>) {
    let reach = scale.width() / 4.0;
    let values = scale.options.iter().map(|o| o.value);
    let low = values
        .clone()
        .filter(|v| f64::from(*v) <= f64::from(scale.min()) + reach + 1e-9)
        .collect();
    let high = values
        .filter(|v| f64::from(*v) >= f64::from(scale.max()) - reach - 1e-9)
        .collect();
    (low, high)
}

/// The queue's rule in words, with its thresholds on `model`'s scale and its
/// sources: what the report's method appendix says, or (`short`) the screen's help.
pub fn rule_words(model: &Assessment, lang: Lang, short: bool) -> String {
    let (low_end, high_end) = end_words(&model.scale);
    let threshold = decimal(lang, divergence_threshold(model), 1);
    let width = decimal(lang, model.scale.width(), 0);
    if short {
        crate::tr!(
            lang,
            "tui-queue-rule-short",
            low_end = low_end,
            high_end = high_end,
            gap = threshold,
            width = width
        )
    } else {
        crate::tr!(
            lang,
            "queue-rule",
            words = model.words(lang),
            low_end = low_end,
            high_end = high_end,
            gap = threshold,
            width = width
        )
    }
}

/// The scale's ends as words: ("1–2", "4–5") on 1–5.
pub fn end_words(scale: &Scale) -> (String, String) {
    let (low, high) = ends(scale);
    (span(&low), span(&high))
}

/// "1–2", or "5" for one value.
fn span(values: &[i32]) -> String {
    match (values.iter().min(), values.iter().max()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}
