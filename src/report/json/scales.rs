//! The model's scales in the export, and a categorical statement's shares
//! (issue 28): optional properties, absent for a model of one ordinal scale.

use super::doc::{OptionDoc, ScaleDoc, ShareDoc};
use crate::model::assessment::{Pole, Scale};
use crate::model::scoring::StatementStats;
use crate::text::Lang;

/// A scale as the export gives it; `named` for one other than the default.
pub(super) fn scale_doc(scale: &Scale, lang: Lang, named: bool) -> ScaleDoc<'_> {
    ScaleDoc {
        id: named.then_some(scale.id.as_str()),
        kind: scale.is_categorical().then_some("categorical"),
        high: (scale.high == Pole::Strength).then_some("strength"),
        min: scale.min(),
        max: scale.max(),
        options: (scale.options.iter())
            .map(|o| OptionDoc {
                value: o.value,
                label: o.label.get(lang),
            })
            .collect(),
        unknown_label: scale.unknown.as_ref().map(|u| u.get(lang)),
    }
}

/// Each option's share of a categorical statement, in the model's order;
/// none on an ordinal scale or without answers.
pub(super) fn shares<'a>(scale: &'a Scale, st: &StatementStats, lang: Lang) -> Vec<ShareDoc<'a>> {
    if !scale.is_categorical() {
        return Vec::new();
    }
    (scale.options.iter())
        .filter_map(|o| {
            Some(ShareDoc {
                value: o.value,
                label: o.label.get(lang),
                share: st.share(o.value)?,
            })
        })
        .collect()
}
