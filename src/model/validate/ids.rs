//! Every id a model gives with `id: "…"`, in the order the file gives them,
//! so that an id is placed at its own occurrence even where another kind
//! uses the same word (an area and a dimension both called "kompetens").

use crate::error::Pos;
use crate::locate::Locator;
use crate::model::assessment::Assessment;

/// The ids of `model` with their kinds, in the order of the fields of a model
/// file (docs/model-format.md, "The file as a whole"). A prompt set's id is
/// its step's key, so its kind is `step`.
pub(super) fn in_file_order(model: &Assessment) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    out.extend(model.caveats.iter().map(|c| ("caveat", c.id.as_str())));
    out.push(("scale", &model.scale.id));
    out.extend(model.scales.iter().map(|s| ("scale", s.id.as_str())));
    for grouping in &model.groupings {
        out.push(("grouping", &grouping.id));
        // Unique across every grouping: a session names a participant's group
        // by its id alone.
        out.extend(grouping.groups.iter().map(|g| ("group", g.id.as_str())));
    }
    for c in &model.challenges {
        out.push(("challenge", &c.id));
        out.extend(c.statements.iter().map(|s| ("statement", s.id.as_str())));
    }
    out.extend(
        model
            .principles
            .iter()
            .map(|p| ("principle", p.id.as_str())),
    );
    let recommendations = model.recommendations.iter();
    out.extend(recommendations.map(|r| ("recommendation", r.id.as_str())));
    if let Some(phases) = &model.phases {
        out.extend(phases.areas.iter().map(|a| ("area", a.id.as_str())));
        out.extend(phases.aspects.iter().map(|a| ("aspect", a.id.as_str())));
        out.extend(phases.steps.iter().map(|p| ("phase", p.id.as_str())));
    }
    if let Some(alternatives) = &model.alternatives {
        out.extend(
            alternatives
                .items
                .iter()
                .map(|a| ("alternative", a.id.as_str())),
        );
    }
    for set in &model.prompts {
        out.push(("step", &set.id));
        out.extend(set.prompts.iter().map(|p| ("prompt", p.id.as_str())));
    }
    out.extend(
        model
            .references
            .iter()
            .map(|r| ("reference", r.id.as_str())),
    );
    out.extend(model.agendas.iter().map(|a| ("agenda", a.id.as_str())));
    out
}

/// Where the first id `id` of `kind` stands: the how-manyth `id: "…"` with
/// that text it is, counted over every kind in file order.
pub(super) fn place(
    loc: &Locator,
    ids: &[(&'static str, &str)],
    kind: &str,
    id: &str,
) -> Option<Pos> {
    let at = ids.iter().position(|(k, i)| *k == kind && *i == id)?;
    let nth = ids[..at].iter().filter(|(_, i)| *i == id).count();
    loc.value("id", id, nth)
}
