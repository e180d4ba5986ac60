//! The Markdown report: what the group found, what it agreed and what it will do.
//! Only aggregates appear; participants are counted by role, never named.

use super::format::{bar, cell, md, whole};
use super::uncertain;
use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Analysis};
use crate::model::session::Session;
use crate::text::{Lang, percent};
use std::fmt::Write;

/// Renders the whole report in the session's language.
pub fn render(session: &Session, model: &Assessment) -> String {
    let analysis = scoring::analyse(session, model);
    let r = Report {
        s: session,
        m: model,
        a: &analysis,
        lang: session.language(),
    };
    let mut out = String::with_capacity(32 * 1024);
    r.header(&mut out);
    r.summary(&mut out);
    r.challenges(&mut out);
    r.statements(&mut out);
    r.roles(&mut out);
    r.circle(&mut out);
    r.recommendations(&mut out);
    r.plan(&mut out);
    r.level(&mut out);
    r.notes(&mut out);
    super::method::appendix(&mut out, model, session.language(), session);
    out
}

pub(super) struct Report<'a> {
    pub(super) s: &'a Session,
    pub(super) m: &'a Assessment,
    pub(super) a: &'a Analysis,
    pub(super) lang: Lang,
}

impl Report<'_> {
    /// A challenge's name, made inert for Markdown.
    pub(super) fn name(&self, challenge: &str) -> String {
        md(&self.m.challenge(challenge).map_or_else(
            || challenge.to_owned(),
            |c| c.name.get(self.lang).to_owned(),
        ))
    }

    fn header(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "# {}: {}\n",
            crate::tr!(self.lang, "report-self-assessment"),
            cell(self.s.organisation())
        );
        let _ = writeln!(
            out,
            "**{}:** {}  ",
            crate::tr!(self.lang, "report-organisation"),
            cell(&super::organisation_line(self.s, self.lang))
        );
        let _ = writeln!(
            out,
            "**{}:** {}  ",
            crate::tr!(self.lang, "report-date"),
            self.s.date()
        );
        if !self.s.facilitator().trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}  ",
                crate::tr!(self.lang, "report-facilitator"),
                cell(self.s.facilitator())
            );
        }
        let _ = writeln!(
            out,
            "**{}:** {} ({} {})  ",
            crate::tr!(self.lang, "report-model"),
            md(self.m.title.get(lang)),
            md(&self.s.assessment().id),
            md(&self.s.assessment().version)
        );
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            crate::tr!(self.lang, "report-participants"),
            super::points::participants_line(self.s, lang)
        );
        // Names only when the session allows it, and never next to an answer.
        let names: Vec<String> = super::points::named_participants(self.s, lang)
            .iter()
            .map(|n| cell(n))
            .collect();
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                crate::tr!(self.lang, "report-participant-list"),
                names.join(", ")
            );
        }
    }

    fn summary(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-summary"));
        for (_, point) in super::points::key_points(self.s, self.m, self.a, self.lang) {
            let _ = writeln!(out, "- {}.", md(&point));
        }
        out.push('\n');
    }

    fn challenges(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-challenges"));
        let _ = writeln!(
            out,
            "{}\n",
            crate::tr!(self.lang, "report-challenges-intro")
        );
        let _ = writeln!(
            out,
            "| {} |",
            super::format::challenge_headings(self.lang).join(" | ")
        );
        let _ = writeln!(out, "|---|---|--:|--:|---|---|");
        for c in &self.a.challenges {
            let severity = c.severity().map_or_else(
                || "–".to_owned(),
                |s| format!("`{}` {}", bar(s), uncertain::severity(s, c.uncertain)),
            );
            let consensus = super::format::consensus(lang, c.min_consensus);
            let worst = c
                .statements
                .iter()
                .filter_map(|s| s.unknown_share)
                .max_by(f64::total_cmp);
            let unknown = match (c.unknown_share, worst) {
                (Some(u), Some(w)) if c.knowledge_gap => format!(
                    "{} ⚠ {} ({} {})",
                    percent(lang, u),
                    crate::tr!(self.lang, "report-knowledge-gap"),
                    percent(lang, w),
                    crate::tr!(self.lang, "report-one-statement")
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
        if uncertain::any(self.a) {
            let _ = writeln!(out, "{}\n", uncertain::legend(lang));
        }
        for c in &self.a.challenges {
            if let Some(agreed) = self.s.agreed().get(&c.id) {
                let _ = writeln!(
                    out,
                    "- **{}** {} {}: {}",
                    self.name(&c.id),
                    crate::tr!(self.lang, "report-agreed-score"),
                    super::format::whole(agreed.severity_on(&self.m.scale)),
                    cell(&agreed.rationale)
                );
            }
        }
        if !self.s.agreed().is_empty() {
            out.push('\n');
        }
    }
}
