//! `klarhet list` and `klarhet validate`: reading what is on disk.

use super::{ListFormat, catalog, out, warn};
use crate::error::Error;
use crate::files::Kind;
use crate::model::assessment::Assessment;
use crate::store::{self, Store};
use crate::text::Lang;
use std::path::Path;

/// Lists the saved sessions with organisation, date and progress: as a table
/// for people, or as JSON for scripts.
pub(super) fn list(store: &Store, format: ListFormat, ui: Lang) -> Result<(), Error> {
    let catalog = catalog()?;
    let listed = store.list(&catalog)?;
    if format == ListFormat::Json {
        return out(&(listed_json(&listed, ui) + "\n"));
    }
    if listed.is_empty() {
        eprintln!(
            "{}",
            crate::tr!(
                ui,
                "cli-list-empty",
                dir = store.dir().display().to_string()
            )
        );
        return Ok(());
    }
    let mut rows = vec![vec![
        crate::tr!(ui, "cli-list-id"),
        crate::tr!(ui, "cli-list-organisation"),
        crate::tr!(ui, "cli-list-date"),
        crate::tr!(ui, "cli-list-participants"),
        crate::tr!(ui, "cli-list-scored"),
        crate::tr!(ui, "cli-list-actions"),
        crate::tr!(ui, "cli-list-saved"),
    ]];
    let mut broken = Vec::new();
    for l in &listed {
        match &l.summary {
            Ok(s) => {
                let scored = match s.scored {
                    Some((done, all)) => format!("{done}/{all}"),
                    None => format!("? ({})", s.assessment),
                };
                rows.push(vec![
                    l.id.clone(),
                    s.organisation.clone(),
                    s.date.to_string(),
                    s.participants.to_string(),
                    scored,
                    s.actions.to_string(),
                    store::saved_at(l.modified).unwrap_or_default(),
                ]);
            }
            Err(e) => broken.push(e.render(ui)),
        }
    }
    out(&columns(&rows))?;
    for b in broken {
        warn("", &crate::tr!(ui, "cli-list-unreadable", error = b), 2);
    }
    Ok(())
}

/// `rows` as left-aligned columns two spaces apart, measured in terminal cells.
fn columns(rows: &[Vec<String>]) -> String {
    use unicode_width::UnicodeWidthStr;
    let count = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..count)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut text = String::new();
    for r in rows {
        for (i, cell) in r.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < r.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        text.push('\n');
    }
    text
}

/// One session as `list --format json` gives it. Field names are stable for
/// scripts; `error` is there only for a file that cannot be read.
#[derive(serde::Serialize)]
struct ListedJson<'a> {
    id: &'a str,
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    organisation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    participants: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    challenges_scored: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    challenges: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<usize>,
    /// When the file was last saved, as an RFC 3339 instant.
    #[serde(skip_serializing_if = "Option::is_none")]
    saved: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn listed_json(listed: &[store::Listed], ui: Lang) -> String {
    let rows: Vec<ListedJson> = listed
        .iter()
        .map(|l| {
            let ok = l.summary.as_ref().ok();
            ListedJson {
                id: &l.id,
                path: l.path.display().to_string(),
                organisation: ok.map(|s| s.organisation.as_str()),
                date: ok.map(|s| s.date.to_string()),
                assessment: ok.map(|s| s.assessment.as_str()),
                participants: ok.map(|s| s.participants),
                challenges_scored: ok.and_then(|s| s.scored).map(|(done, _)| done),
                challenges: ok.and_then(|s| s.scored).map(|(_, all)| all),
                actions: ok.map(|s| s.actions),
                saved: l
                    .modified
                    .and_then(|t| jiff::Timestamp::try_from(t).ok())
                    .map(|t| t.to_string()),
                error: l.summary.as_ref().err().map(|e| e.render(ui)),
            }
        })
        .collect();
    // Strings and numbers only: serialising them cannot fail.
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
}

/// What a file holds, judged from its first word.
fn looks_like_session(src: &str) -> bool {
    let code = crate::model::without_bom(src)
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
    // Read once, within the larger limit (a session's); a model is held to its own.
    let src = crate::files::read_text(file, Kind::Session)?;
    let text = if looks_like_session(&src) {
        // The same checks as opening it: schema, model and its version, every id.
        let (session, model) = crate::store::parse(&src, file, &catalog()?)?;
        crate::tr!(
            ui,
            "cli-valid-session",
            words = model.words(ui),
            organisation = session.organisation().as_str(),
            date = session.date().to_string(),
            participants = session.head_count(),
            scored = session.challenges_assessed(&model),
            challenges = model.challenges.len()
        )
    } else {
        if src.len() as u64 > Kind::Model.limit() {
            return Err(Kind::Model.too_large(file, src.len() as u64));
        }
        let model = Assessment::parse(&src, file)?;
        crate::tr!(
            ui,
            "cli-valid-model",
            words = model.words(ui),
            id = model.id.as_str(),
            version = model.version.as_str(),
            challenges = model.challenges.len(),
            statements = model.statements().count(),
            links = model.causal.as_ref().map_or(0, |c| c.links.len()),
            recommendations = model.recommendations.len()
        )
    };
    out(&format!("{}: {text}\n", file.display()))?;
    Ok(())
}
