//! `klarhet models`: the assessment models this klarhet can run, the embedded
//! ones and the user's own from the config folder, so that a consultant sees
//! which id to give `klarhet new --model` and where each model comes from.

use super::{ListFormat, catalog, out};
use crate::error::Error;
use crate::model::assessment::Catalog;
use crate::text::Lang;
use std::path::Path;

/// Lists the models: a block per model for people, or one JSON array for
/// scripts.
pub(super) fn models(format: ListFormat, ui: Lang) -> Result<(), Error> {
    let catalog = catalog()?;
    match format {
        ListFormat::Json => out(&(as_json(&catalog) + "\n")),
        ListFormat::Text => out(&as_text(&catalog, ui, super::output::width())),
    }
}

/// Each model as a block: its id, version, languages and file (or that it is
/// embedded) on one line, its short name (or, without one, its title) and
/// source wrapped beneath.
pub(super) fn as_text(catalog: &Catalog, ui: Lang, width: usize) -> String {
    let mut text = String::new();
    for (model, file) in catalog.listed() {
        if !text.is_empty() {
            text.push('\n');
        }
        let place = match file {
            Some(path) => path.display().to_string(),
            None => crate::tr!(ui, "cli-models-embedded"),
        };
        let head = crate::tr!(
            ui,
            "cli-models-head",
            id = model.id.as_str(),
            version = model.version.as_str(),
            languages = model.languages().join(", "),
            place = place,
        );
        let source = crate::tr!(
            ui,
            "cli-models-source",
            citation = model.source.citation.as_str()
        );
        // The names a participants file may give its people's groups (their
        // ids too, which the JSON lists), per grouping.
        let groupings: Vec<String> = model
            .groupings
            .iter()
            .map(|g| {
                let names: Vec<&str> = g.groups.iter().map(|x| x.name.get(ui)).collect();
                crate::tr!(
                    ui,
                    "cli-models-grouping",
                    grouping = g.name.get(ui),
                    groups = names.join(", ")
                )
            })
            .collect();
        let lines = [
            ("", head.as_str()),
            ("  ", model.listed_name(ui)),
            ("  ", &source),
        ];
        let groupings = groupings.iter().map(|g| ("  ", g.as_str()));
        for (first, body) in lines.into_iter().chain(groupings) {
            for line in crate::text::wrap(first, &crate::text::printable(body), 2, width, false) {
                text.push_str(&line);
                text.push('\n');
            }
        }
    }
    text
}

#[derive(serde::Serialize)]
struct ModelJson<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a crate::text::Text,
    /// The model's short name, as its source gives it; none when it gives none.
    short: Option<&'a str>,
    languages: Vec<&'a str>,
    citation: &'a str,
    /// The file a user's model was read from; none for an embedded one.
    file: Option<String>,
    /// Its groupings: each one's id, name and groups' ids, which a
    /// participants file gives its people.
    groupings: Vec<GroupingJson<'a>>,
}

#[derive(serde::Serialize)]
struct GroupingJson<'a> {
    id: &'a str,
    name: &'a crate::text::Text,
    groups: Vec<&'a str>,
}

/// The models as one JSON array, in the catalogue's order.
pub(super) fn as_json(catalog: &Catalog) -> String {
    let rows: Vec<ModelJson> = catalog
        .listed()
        .map(|(model, file)| ModelJson {
            id: &model.id,
            version: &model.version,
            title: &model.title,
            short: Some(model.source.short.as_str()).filter(|s| !s.trim().is_empty()),
            languages: model.languages(),
            citation: &model.source.citation,
            file: file.map(|p: &Path| p.display().to_string()),
            groupings: (model.groupings.iter())
                .map(|g| GroupingJson {
                    id: &g.id,
                    name: &g.name,
                    groups: g.groups.iter().map(|x| x.id.as_str()).collect(),
                })
                .collect(),
        })
        .collect();
    // Strings only: serialising them cannot fail.
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
}
