//! `klarhet list` and `klarhet validate`: reading what is on disk.

use super::{catalog, out};
use crate::error::Error;
use crate::model::assessment::Assessment;
use crate::store::Store;
use crate::text::{Lang, pick};
use std::path::Path;

/// Lists the saved sessions with organisation, date and progress.
pub(super) fn list(store: &Store, ui: Lang) -> Result<(), Error> {
    use unicode_width::UnicodeWidthStr;
    let t = |sv, en| pick(ui, sv, en);
    let listed = store.list()?;
    if listed.is_empty() {
        eprintln!(
            "{} {}",
            t("Inga sparade sessioner i", "No saved sessions in"),
            store.dir().display()
        );
        return Ok(());
    }
    let catalog = catalog()?;
    let mut rows = vec![[
        "ID".to_owned(),
        t("ORGANISATION", "ORGANISATION").to_owned(),
        t("DATUM", "DATE").to_owned(),
        t("BEDÖMT", "SCORED").to_owned(),
        t("ÅTGÄRDER", "ACTIONS").to_owned(),
    ]];
    let mut broken = Vec::new();
    for l in listed {
        match l.session {
            Ok(s) => {
                let scored = match catalog.get(&s.assessment.id) {
                    Some(m) => format!("{}/{}", s.challenges_scored(m), m.challenges.len()),
                    None => format!("? ({})", s.assessment.id),
                };
                rows.push([
                    l.id,
                    s.organisation,
                    s.date.to_string(),
                    scored,
                    s.actions.len().to_string(),
                ]);
            }
            Err(e) => broken.push(e.render(ui)),
        }
    }
    let widths: Vec<usize> = (0..5)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut text = String::new();
    for r in &rows {
        for (i, cell) in r.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < r.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        text.push('\n');
    }
    out(&text);
    for b in broken {
        eprintln!("{}: {b}", t("kan inte läsas", "cannot be read"));
    }
    Ok(())
}

/// What a file holds, judged from its first word.
fn looks_like_session(src: &str) -> bool {
    let code = src
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#!"));
    match code {
        Some(l) if l.starts_with("Session") => true,
        Some(l) if l.starts_with("Assessment") => false,
        _ => src.contains("schema:"),
    }
}

pub(super) fn validate(file: &Path, ui: Lang) -> Result<(), Error> {
    let t = |sv, en| pick(ui, sv, en);
    let src = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    if looks_like_session(&src) {
        // The same checks as opening it: schema, model and its version, every id.
        let (session, model) = crate::store::open(file, &catalog()?)?;
        let model = &model;
        out(&format!(
            "{}: {} {} ({}), {} {}, {}/{} {}\n",
            file.display(),
            t("giltig session för", "valid session for"),
            session.organisation,
            session.date,
            session.head_count(),
            t("deltagare", "participants"),
            session.challenges_scored(model),
            model.challenges.len(),
            t("utmaningar bedömda", "challenges scored")
        ));
    } else {
        let model = Assessment::parse(&src, file)?;
        out(&format!(
            "{}: {} {} {}: {} {}, {} {}, {} {}, {} {}\n",
            file.display(),
            t("giltig bedömningsmodell", "valid assessment model"),
            model.id,
            model.version,
            model.challenges.len(),
            t("utmaningar", "challenges"),
            model.statements().count(),
            t("påståenden", "statements"),
            model.causal.as_ref().map_or(0, |c| c.links.len()),
            t("länkar", "links"),
            model.recommendations.len(),
            t("rekommendationer", "recommendations")
        ));
    }
    Ok(())
}
