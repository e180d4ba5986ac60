//! The plan's rows: the adopted recommendations, then the measures the
//! group's choice of alternative offers (those it builds on first, when the
//! alternatives are cumulative), then the measures planned under an earlier
//! choice, which stay since the group decided them. Each row is what an item
//! there carries out, whether or not one is planned yet.

use crate::model::plan::{Measure, Standing};
use crate::model::session::{MeasureRef, Target};
use crate::text::Lang;
use crate::tui::shared::{Shared, Work};

/// What the plan's rows would carry out, in order.
pub(super) fn targets(shared: &Shared) -> Vec<Target> {
    let Some(work) = &shared.work else {
        return Vec::new();
    };
    let adopted = (work.session.adopted().iter()).map(|r| Target::Recommendation(r.clone()));
    let measures = (work.session.plan_measures(&work.model).into_iter())
        .map(|m| Target::Measure(m.reference()));
    adopted.chain(measures).collect()
}

/// The measure a row carries out, with how it stands to the group's choice.
pub(super) fn measure<'w>(work: &'w Work, reference: &MeasureRef) -> Option<Measure<'w>> {
    (work.session.plan_measures(&work.model).into_iter()).find(|m| m.reference() == *reference)
}

/// Where a measure stands, in words, with its source: in the chosen
/// alternative, in one it builds on, or planned under an earlier choice.
pub(super) fn standing(work: &Work, measure: &Measure, lang: Lang) -> String {
    let (label, name) = (
        measure.alternative.label.as_str(),
        measure.alternative.name.get(lang),
    );
    let chosen = (work.session.choice())
        .and_then(|c| work.model.alternatives.as_ref()?.item(&c.alternative))
        .map_or_else(String::new, |a| a.label.clone());
    let said = match measure.standing {
        Standing::Chosen => crate::tr!(lang, "tui-plan-measure-chosen", label = label, name = name),
        Standing::BuiltOn => crate::tr!(
            lang,
            "tui-plan-measure-built-on",
            label = label,
            name = name,
            chosen = chosen
        ),
        Standing::Earlier => {
            crate::tr!(lang, "tui-plan-measure-earlier", label = label, name = name)
        }
    };
    format!("{said} ({})", measure.step.source)
}
