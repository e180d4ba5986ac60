//! What changed in the statements between the model an earlier session was
//! made with and the newer session's (docs/model-format.md, "Sessions and
//! models"): statements are matched by id, and a comparison says which were
//! added, removed or reworded, so that a figure "then" beside one "now" is
//! never read as the same question when it was not.

use crate::model::assessment::Assessment;
use crate::report::html::esc;
use crate::text::{Lang, Text};
use std::fmt::Write;

/// The statements that differ between two models, each with its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatementChanges {
    /// The models then and now, each as its id and version.
    pub versions: (String, String),
    /// In the newer model only.
    pub added: Vec<(String, Text)>,
    /// In the older model only.
    pub removed: Vec<(String, Text)>,
    /// In both, with other wording: then, now.
    pub reworded: Vec<(String, Text, Text)>,
}

impl StatementChanges {
    /// The changes from `old` to `new`, in each model's order.
    pub fn between(old: &Assessment, new: &Assessment) -> StatementChanges {
        let versions = (
            format!("{} {}", old.id, old.version),
            format!("{} {}", new.id, new.version),
        );
        let added = new
            .statements()
            .filter(|(_, s)| old.statement(&s.id).is_none())
            .map(|(_, s)| (s.id.clone(), s.text.clone()))
            .collect();
        let removed = old
            .statements()
            .filter(|(_, s)| new.statement(&s.id).is_none())
            .map(|(_, s)| (s.id.clone(), s.text.clone()))
            .collect();
        let reworded = new
            .statements()
            .filter_map(|(_, s)| {
                let then = old.statement(&s.id)?;
                (then.text != s.text).then(|| (s.id.clone(), then.text.clone(), s.text.clone()))
            })
            .collect();
        StatementChanges {
            versions,
            added,
            removed,
            reworded,
        }
    }

    /// True when every statement is the same: a comparison then says nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.reworded.is_empty()
    }

    /// The lines that say what changed, in `lang`: a lead sentence, then one
    /// line per statement.
    fn lines(&self, lang: Lang) -> (String, Vec<String>) {
        let (then, now) = &self.versions;
        let lead = crate::tr!(
            lang,
            "compare-statements-lead",
            then = then.as_str(),
            now = now.as_str()
        );
        let mut lines = Vec::new();
        for (id, text) in &self.added {
            let line = crate::tr!(
                lang,
                "compare-statement-added",
                id = id.as_str(),
                text = text.get(lang)
            );
            lines.push(line);
        }
        for (id, text) in &self.removed {
            let line = crate::tr!(
                lang,
                "compare-statement-removed",
                id = id.as_str(),
                text = text.get(lang)
            );
            lines.push(line);
        }
        for (id, then, now) in &self.reworded {
            let line = crate::tr!(
                lang,
                "compare-statement-reworded",
                id = id.as_str(),
                then = then.get(lang),
                now = now.get(lang)
            );
            lines.push(line);
        }
        (lead, lines)
    }

    /// The section in Markdown; nothing when nothing changed.
    pub fn markdown(&self, lang: Lang) -> String {
        if self.is_empty() {
            return String::new();
        }
        let (lead, lines) = self.lines(lang);
        let mut out = format!(
            "\n## {}\n\n{}\n\n",
            crate::tr!(lang, "compare-statements-heading"),
            super::format::md(&lead)
        );
        for line in lines {
            let _ = writeln!(out, "- {}", super::format::md(&line));
        }
        out
    }

    /// The section in HTML; nothing when nothing changed.
    pub fn html(&self, lang: Lang) -> String {
        if self.is_empty() {
            return String::new();
        }
        let (lead, lines) = self.lines(lang);
        let mut out = format!(
            "<section id=\"pastaenden\" class=\"first\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>\n",
            esc(&crate::tr!(lang, "compare-statements-heading")),
            esc(&lead)
        );
        for line in lines {
            let _ = writeln!(out, "<li>{}</li>", esc(&line));
        }
        out.push_str("</ul>\n</section>\n");
        out
    }
}
