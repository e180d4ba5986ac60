//! The Markdown report: a renderer of the [`Document`]. Only what the document
//! holds can appear: aggregates, participants counted by role, never named next
//! to an answer.

mod closing;
mod findings;
mod phases;
mod prompts;
mod references;
mod rounds;

use super::document::{Document, Opening};
use super::format::{bar, cell, md, whole};
use super::uncertain;
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use crate::text::{Lang, percent};
use std::fmt::Write;

/// Renders the whole report of `session` in the session's language.
pub fn render(session: &Session, model: &Assessment) -> String {
    document(&Document::build(session, model))
}

/// Renders a document as Markdown.
pub fn document(d: &Document) -> String {
    let r = Markdown { d, lang: d.lang };
    let mut out = String::with_capacity(32 * 1024);
    r.header(&mut out);
    d.write_sections(&r, &mut out);
    out
}

struct Markdown<'d> {
    d: &'d Document<'d>,
    lang: Lang,
}

impl Markdown<'_> {
    /// A challenge's name, made inert for Markdown.
    fn name(&self, challenge: &str) -> String {
        md(&self.d.name(challenge))
    }

    fn header(&self, out: &mut String) {
        let lang = self.lang;
        let who = &self.d.identity;
        let _ = writeln!(
            out,
            "# {}: {}\n",
            crate::tr!(lang, "report-self-assessment"),
            cell(&who.organisation)
        );
        for (key, value) in who.facts(self.d.model, lang, cell, md) {
            let _ = writeln!(out, "**{key}:** {value}  ");
        }
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            crate::tr!(lang, "report-participants"),
            who.participants_line
        );
        if !who.names.is_empty() {
            let names: Vec<String> = who.names.iter().map(|n| cell(n)).collect();
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                crate::tr!(lang, "report-participant-list"),
                names.join(", ")
            );
        }
    }
}

impl Opening for Markdown<'_> {
    fn summary(&self, out: &mut String, points: &[super::document::KeyPoint]) {
        heading(out, 2, crate::tr!(self.lang, "report-summary"));
        for point in points {
            let _ = writeln!(out, "- {}.", md(&point.text));
        }
        out.push('\n');
    }

    fn challenges(&self, out: &mut String) {
        let lang = self.lang;
        let words = &self.d.words;
        heading(out, 2, crate::tr!(lang, "report-challenges", words = words));
        para(
            out,
            crate::tr!(lang, "report-challenges-intro", words = words),
        );
        let _ = writeln!(
            out,
            "| {} |",
            super::format::challenge_headings(lang, &self.d.words).join(" | ")
        );
        let _ = writeln!(out, "|---|---|--:|--:|---|---|");
        for view in self.d.challenges() {
            let c = view.result;
            let none = super::format::no_score(lang, self.d.model, &c.id);
            let severity = c.severity().map_or_else(
                || none.unwrap_or_else(|| "–".to_owned()),
                |s| format!("`{}` {}", bar(s), uncertain::severity(s, c.uncertain)),
            );
            let consensus = super::format::consensus(lang, c.min_consensus);
            let unknown = match (c.unknown_share, view.worst_unknown()) {
                (Some(u), Some(w)) if c.knowledge_gap => format!(
                    "{} ⚠ {} ({} {})",
                    percent(lang, u),
                    crate::tr!(lang, "report-knowledge-gap"),
                    percent(lang, w),
                    crate::tr!(lang, "report-one-statement")
                ),
                (Some(u), _) => percent(lang, u),
                (None, _) => "–".to_owned(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                self.name(&c.id),
                severity,
                c.computed
                    .map_or_else(|| "–".into(), |v| uncertain::severity(v, c.uncertain)),
                c.agreed.map_or_else(|| "–".into(), whole),
                consensus,
                unknown
            );
        }
        out.push('\n');
        if self.d.any_uncertain() {
            para(out, uncertain::legend(lang));
        }
        let mut any = false;
        for view in self.d.challenges() {
            if let Some(agreed) = view.agreed {
                any = true;
                let _ = writeln!(
                    out,
                    "- **{}** {} {}: {}",
                    self.name(&view.challenge.id),
                    crate::tr!(lang, "report-agreed-score", words = &self.d.words),
                    whole(agreed.severity),
                    cell(&agreed.rationale)
                );
            }
        }
        if any {
            out.push('\n');
        }
    }
}

/// A heading of `level` (`##`, `###`) and the blank line after it.
fn heading(out: &mut String, level: usize, text: impl std::fmt::Display) {
    let _ = writeln!(out, "{} {text}\n", "#".repeat(level));
}

/// A paragraph and the blank line after it.
fn para(out: &mut String, text: impl std::fmt::Display) {
    let _ = writeln!(out, "{text}\n");
}
