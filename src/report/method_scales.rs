//! The method appendix's rules of the scales a model uses (issue 28): for a
//! model of one ordinal scale whose high end is the concern, nothing beyond
//! what the appendix already says; otherwise each other scale's options and
//! thresholds, a strength pole, reverse-coded statements and a categorical
//! scale's rules. The rules of scales the model does not use are not printed.

use super::document::MethodBlock::{self, Paragraph};
use super::format::md;
use crate::model::assessment::{Assessment, Pole, Scale};
use crate::model::scoring::divergence_threshold_on;
use crate::model::scoring::queue::end_words;
use crate::text::{Lang, decimal};

/// The paragraphs, appended to `out` after the formulas' scale.
pub(super) fn scales(out: &mut Vec<MethodBlock>, model: &Assessment, lang: Lang) {
    let words = model.words(lang);
    for scale in model.scales_in_use() {
        let default = scale.id == model.scale.id;
        if !default {
            out.push(Paragraph(format!(
                "**{}:** {}.",
                crate::tr!(lang, "method-scale-named", id = scale.id.as_str()),
                options(scale, lang)
            )));
            if !scale.is_categorical() {
                let (low_end, high_end) = end_words(scale);
                out.push(Paragraph(crate::tr!(
                    lang,
                    "method-scale-ordinal",
                    words = words.clone(),
                    id = scale.id.as_str(),
                    min = scale.min().to_string(),
                    d = decimal(lang, scale.width(), 0),
                    low_end = low_end,
                    high_end = high_end,
                    gap = decimal(lang, divergence_threshold_on(scale), 1)
                )));
            }
        }
        if scale.is_categorical() {
            out.push(Paragraph(crate::tr!(
                lang,
                "method-scale-categorical",
                words = words.clone(),
                id = scale.id.as_str()
            )));
        } else if scale.high == Pole::Strength {
            out.push(Paragraph(crate::tr!(
                lang,
                "method-scale-strength",
                words = words.clone(),
                id = scale.id.as_str(),
                min = scale.min().to_string(),
                max = scale.max().to_string()
            )));
        }
    }
    let reversed = model.statements().filter(|(_, s)| s.reverse).count();
    if reversed > 0 {
        out.push(Paragraph(crate::tr!(
            lang,
            "method-scale-reverse",
            words = words,
            count = reversed
        )));
    }
}

/// "1 = ja, 2 = osäker, 3 = nej; vet ej räknas för sig".
fn options(scale: &Scale, lang: Lang) -> String {
    let options: Vec<String> = (scale.options.iter())
        .map(|o| format!("{} = {}", o.value, md(&o.label.get(lang).to_lowercase())))
        .collect();
    let unknown = scale.unknown.as_ref().map_or_else(String::new, |u| {
        let option = md(&u.get(lang).to_lowercase());
        format!(
            "; {}",
            crate::tr!(lang, "method-counted-apart", option = option)
        )
    });
    format!("{}{unknown}", options.join(", "))
}
