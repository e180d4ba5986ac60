//! The report's findings in detail: every statement's statistics, and the
//! differences between roles.

use super::{Markdown, heading, para};
use crate::report::document::RoleFindings;
use crate::report::format::{cell, md, opt, statement_headings};
use crate::text::percent;
use std::fmt::Write;

impl Markdown<'_> {
    pub(super) fn statements(&self, out: &mut String) {
        let lang = self.lang;
        let threshold = self.d.figures.threshold;
        let scale: Vec<String> = self
            .d
            .model
            .scale
            .options
            .iter()
            .map(|o| o.value.to_string())
            .collect();
        heading(out, 2, crate::tr!(self.lang, "report-statements"));
        let _ = writeln!(
            out,
            "{} {}. {}\n",
            crate::tr!(self.lang, "report-distribution-gives-number-answers"),
            scale.join("·"),
            crate::tr!(self.lang, "report-dont-know-counted-apart")
        );
        for view in self.d.challenges() {
            let result = view.result;
            heading(out, 3, view.title(lang, md));
            let [statement, distribution, median, mean, consensus, unknown] =
                statement_headings(lang);
            let _ = writeln!(
                out,
                "| {statement} | n | {distribution} | {median} | {mean} | IQR | {consensus} | {unknown} |"
            );
            let _ = writeln!(out, "|---|--:|---|--:|--:|--:|---|--:|");
            for (st, stats) in view.statements() {
                if stats.withheld {
                    let _ = writeln!(
                        out,
                        "| {} | – | {} | – | – | – | – | – |",
                        cell(&format!("{} ({})", st.text.get(lang), st.source)),
                        crate::tr!(lang, "report-withheld", count = threshold)
                    );
                    continue;
                }
                let dist: Vec<String> = stats.counts.iter().map(|(_, c)| c.to_string()).collect();
                let consensus = crate::report::format::consensus(lang, stats.consensus);
                let unknown = match stats.unknown_share {
                    Some(u) if stats.knowledge_gap() => format!("{} ⚠", percent(lang, u)),
                    Some(u) => percent(lang, u),
                    None => "–".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} |",
                    cell(&format!("{} ({})", st.text.get(lang), st.source)),
                    stats.n,
                    dist.join("·"),
                    opt(lang, stats.median, 1),
                    opt(lang, stats.mean, 1),
                    opt(lang, stats.iqr, 1),
                    consensus,
                    unknown
                );
            }
            if result.waiting > 0 {
                let _ = writeln!(
                    out,
                    "\n*{}*",
                    crate::tr!(lang, "report-waiting", count = result.waiting)
                );
            }
            out.push('\n');
        }
    }

    pub(super) fn roles(&self, out: &mut String, roles: &RoleFindings) {
        let lang = self.lang;
        let min_group = self.d.identity.min_group;
        heading(
            out,
            2,
            crate::tr!(self.lang, "report-differences-between-roles"),
        );
        if roles.groups.is_empty() {
            para(out, crate::tr!(self.lang, "report-roles-none"));
            para(out, crate::report::privacy_note(lang, min_group));
            return;
        }
        let _ = writeln!(
            out,
            "{} {}\n",
            crate::tr!(self.lang, "report-roles-intro"),
            crate::report::privacy_note(lang, min_group)
        );
        let _ = write!(out, "| {} |", crate::tr!(self.lang, "report-role"));
        for c in &self.d.figures.challenges {
            let _ = write!(out, " {} |", self.name(&c.id));
        }
        let challenges = &self.d.figures.challenges;
        let _ = writeln!(out, "\n|---|{}", "--:|".repeat(challenges.len()));
        for g in &roles.groups {
            let _ = write!(out, "| {} |", md(&g.label(lang)));
            for c in challenges {
                let mean = c.role_means.iter().find(|(x, _)| x == g).map(|(_, m)| *m);
                let _ = write!(out, " {} |", opt(lang, mean, 1));
            }
            out.push('\n');
        }
        out.push('\n');
        for note in &roles.notes {
            para(out, md(note));
        }
        if !roles.divergences.is_empty() {
            let rows = crate::report::points::divergence_rows(&roles.divergences, lang);
            out.push_str(&crate::report::format::md_table(
                &crate::report::format::divergence_headings(lang),
                &["---", "---", "---", "--:"],
                &rows,
            ));
            out.push('\n');
            // What the report found about roles on a challenge where this group's
            // roles differ too: the model's words, with their source.
            for (c, note) in &roles.model_notes {
                let _ = writeln!(
                    out,
                    "{} {} ({})\n",
                    md(&format!("{}:", c.name.get(lang))),
                    md(note.text.get(lang)),
                    md(&note.source)
                );
            }
        }
    }
}
