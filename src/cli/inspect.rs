//! `klarhet list` and `klarhet validate`: reading what is on disk.

use super::{catalog, out, warn};
use crate::error::Error;
use crate::model::assessment::Assessment;
use crate::store::Store;
use crate::text::Lang;
use std::path::Path;

/// Lists the saved sessions with organisation, date and progress.
pub(super) fn list(store: &Store, ui: Lang) -> Result<(), Error> {
    use unicode_width::UnicodeWidthStr;
    let catalog = catalog()?;
    let listed = store.list(&catalog)?;
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
    let mut rows = vec![[
        crate::tr!(ui, "cli-list-id"),
        crate::tr!(ui, "cli-list-organisation"),
        crate::tr!(ui, "cli-list-date"),
        crate::tr!(ui, "cli-list-scored"),
        crate::tr!(ui, "cli-list-actions"),
    ]];
    let mut broken = Vec::new();
    for l in listed {
        match l.summary {
            Ok(s) => {
                let scored = match s.scored {
                    Some((done, all)) => format!("{done}/{all}"),
                    None => format!("? ({})", s.assessment),
                };
                rows.push([
                    l.id,
                    s.organisation,
                    s.date.to_string(),
                    scored,
                    s.actions.to_string(),
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
        warn("", &crate::tr!(ui, "cli-list-unreadable", error = b), 2);
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
    let src = crate::files::read_text(file)?;
    let text = if looks_like_session(&src) {
        // The same checks as opening it: schema, model and its version, every id.
        let (session, model) = crate::store::open(file, &catalog()?)?;
        crate::tr!(
            ui,
            "cli-valid-session",
            organisation = session.organisation.as_str(),
            date = session.date.to_string(),
            participants = session.head_count(),
            scored = session.challenges_scored(&model),
            challenges = model.challenges.len()
        )
    } else {
        let model = Assessment::parse(&src, file)?;
        crate::tr!(
            ui,
            "cli-valid-model",
            id = model.id.as_str(),
            version = model.version.as_str(),
            challenges = model.challenges.len(),
            statements = model.statements().count(),
            links = model.causal.as_ref().map_or(0, |c| c.links.len()),
            recommendations = model.recommendations.len()
        )
    };
    out(&format!("{}: {text}\n", file.display()));
    Ok(())
}
