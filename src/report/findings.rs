//! The report's findings in detail: every statement's statistics, and the
//! differences between roles.

use super::format::{cell, md, opt};
use super::markdown::Report;
use crate::text::percent;
use std::fmt::Write;

impl Report<'_> {
    pub(super) fn statements(&self, out: &mut String) {
        let lang = self.lang;
        let scale: Vec<String> = self
            .m
            .scale
            .options
            .iter()
            .map(|o| o.value.to_string())
            .collect();
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-statements"));
        let _ = writeln!(
            out,
            "{} {}. {}\n",
            crate::tr!(self.lang, "report-distribution-gives-number-answers"),
            scale.join("·"),
            crate::tr!(self.lang, "report-dont-know-counted-apart")
        );
        for (challenge, result) in self.m.challenges.iter().zip(&self.a.challenges) {
            let _ = writeln!(
                out,
                "### {}: {}\n",
                md(challenge.name.get(lang)),
                md(challenge.heading.get(lang))
            );
            let _ = writeln!(
                out,
                "| {} | n | {} | {} | {} | IQR | {} | {} |",
                crate::tr!(self.lang, "report-statement"),
                crate::tr!(self.lang, "report-distribution"),
                crate::tr!(self.lang, "report-median"),
                crate::tr!(self.lang, "report-mean"),
                crate::tr!(self.lang, "report-consensus"),
                crate::tr!(self.lang, "report-dont-know")
            );
            let _ = writeln!(out, "|---|--:|---|--:|--:|--:|---|--:|");
            for (st, stats) in challenge.statements.iter().zip(&result.statements) {
                if stats.withheld {
                    let _ = writeln!(
                        out,
                        "| {} | – | {} | – | – | – | – | – |",
                        cell(&format!("{} ({})", st.text.get(lang), st.source)),
                        crate::tr!(lang, "report-withheld", count = self.a.threshold)
                    );
                    continue;
                }
                let dist: Vec<String> = stats.counts.iter().map(|(_, c)| c.to_string()).collect();
                let consensus = super::format::consensus(lang, stats.consensus);
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

    pub(super) fn roles(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "## {}\n",
            crate::tr!(self.lang, "report-differences-between-roles")
        );
        let any_roles = self.a.challenges.iter().any(|c| !c.role_means.is_empty());
        if !any_roles {
            let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-roles-none"));
            let _ = writeln!(
                out,
                "{}\n",
                super::privacy_note(self.lang, self.s.privacy().min_group())
            );
            return;
        }
        let _ = writeln!(
            out,
            "{} {}\n",
            crate::tr!(self.lang, "report-roles-intro"),
            super::privacy_note(self.lang, self.s.privacy().min_group())
        );
        let groups: Vec<_> = {
            let mut g: Vec<_> = self
                .a
                .challenges
                .iter()
                .flat_map(|c| c.role_means.iter().map(|(g, _)| *g))
                .collect();
            g.sort();
            g.dedup();
            g
        };
        let _ = write!(out, "| {} |", crate::tr!(self.lang, "report-role"));
        for c in &self.a.challenges {
            let _ = write!(out, " {} |", self.name(&c.id));
        }
        let _ = writeln!(out, "\n|---|{}", "--:|".repeat(self.a.challenges.len()));
        for g in groups {
            let _ = write!(out, "| {} |", md(&g.label(lang)));
            for c in &self.a.challenges {
                let mean = c.role_means.iter().find(|(x, _)| *x == g).map(|(_, m)| *m);
                let _ = write!(out, " {} |", opt(lang, mean, 1));
            }
            out.push('\n');
        }
        out.push('\n');
        for note in super::points::role_comparison_notes(self.s, self.m, self.a, lang) {
            let _ = writeln!(out, "{}\n", md(&note));
        }
        if !self.a.divergences.is_empty() {
            let rows = super::points::divergence_rows(self.m, self.a, lang);
            out.push_str(&super::format::md_table(
                &super::points::divergence_headers(lang),
                &["---", "---", "---", "--:"],
                &rows,
            ));
            out.push('\n');
            // What the report found about roles on a challenge where this group's
            // roles differ too: the model's words, with their source.
            for c in &self.m.challenges {
                let differs = self.a.divergences.iter().any(|d| d.challenge == c.id);
                if let (true, Some(note)) = (differs, &c.role_note) {
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
}
