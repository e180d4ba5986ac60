//! The report's second half: the circle, the recommendations, the action plan,
//! the level, and the notes.

use super::format::{bar, cell, md, paragraph};
use super::markdown::Report;
use super::uncertain;
use std::fmt::Write;

impl Report<'_> {
    pub(super) fn circle(&self, out: &mut String) {
        let (Some(causal), Some(circle)) = (&self.m.causal, &self.a.circle) else {
            return;
        };
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", md(causal.name.get(lang)));
        let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-circle-intro"));
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            crate::tr!(self.lang, "report-link"),
            crate::tr!(self.lang, "report-strength"),
            crate::tr!(self.lang, "report-how")
        );
        let _ = writeln!(out, "|---|---|---|");
        for (i, (link, result)) in causal.links.iter().zip(&circle.links).enumerate() {
            let strength = result.strength.map_or_else(
                || "–".to_owned(),
                |s| format!("`{}` {}", bar(s), uncertain::severity(s, result.uncertain)),
            );
            let mark = if circle.strongest_tied.contains(&i) {
                " **◀**"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "| {} → {}{mark} | {strength} | {} |",
                self.name(&link.from),
                self.name(&link.to),
                cell(&super::link_how(link, lang))
            );
        }
        out.push('\n');
        if let Some(strength) = circle.loop_strength {
            let _ = writeln!(
                out,
                "**{}:** {} ({})\n",
                crate::tr!(self.lang, "report-strength-circle"),
                uncertain::severity(strength, uncertain::any(self.a)),
                crate::tr!(self.lang, "report-circle-strength-explained")
            );
        }
        if let Some(verdict) = super::circle_verdict(self.a, self.m, lang) {
            let _ = writeln!(out, "{}\n", md(&verdict));
        }
    }

    pub(super) fn recommendations(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "## {}\n",
            crate::tr!(self.lang, "report-recommendations")
        );
        let _ = writeln!(
            out,
            "{}\n",
            crate::tr!(self.lang, "report-recommendations-intro")
        );
        if uncertain::any(self.a) {
            let _ = writeln!(out, "{}\n", uncertain::legend(lang));
        }
        for group in &self.a.ranking {
            let principle = group.principle.as_deref().and_then(|p| self.m.principle(p));
            let title = principle.map_or_else(
                || crate::tr!(self.lang, "report-overarching"),
                |p| p.name.get(lang).to_owned(),
            );
            let _ = writeln!(out, "### {}\n", md(&title));
            if let Some(p) = principle {
                let _ = writeln!(
                    out,
                    "*{}* ({})\n",
                    cell(p.description.get(lang)),
                    md(&p.source)
                );
                if let Some(priority) = &p.priority {
                    let _ = writeln!(
                        out,
                        "**{}** ({})\n",
                        cell(priority.text.get(lang)),
                        md(&priority.source)
                    );
                }
            }
            for (i, ranked) in group.recommendations.iter().enumerate() {
                let Some(rec) = self.m.recommendation(&ranked.id) else {
                    continue;
                };
                let reason = if ranked.reason.is_empty() {
                    crate::tr!(self.lang, "report-no-scored-challenges").to_owned()
                } else {
                    uncertain::relevance_reason(ranked, self.a, self.m, lang)
                };
                let adopted = if self.s.adopted().contains(&rec.id) {
                    " ✔"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "{}. **{}**{adopted}  \n   {} {} ({}). {}: {}.",
                    i + 1,
                    cell(rec.text.get(lang)),
                    crate::tr!(self.lang, "report-relevance"),
                    uncertain::severity(ranked.relevance, ranked.uncertain),
                    md(&reason),
                    crate::tr!(self.lang, "report-source"),
                    md(&rec.source)
                );
                for step in &rec.steps {
                    let _ = writeln!(
                        out,
                        "   - {} ({})",
                        cell(step.text.get(lang)),
                        md(&step.source)
                    );
                }
                if let Some(note) = &rec.note {
                    let _ = writeln!(
                        out,
                        "   - *{}:* {}",
                        crate::tr!(self.lang, "report-klarhet-note"),
                        cell(note.get(lang))
                    );
                }
            }
            out.push('\n');
        }
    }

    pub(super) fn plan(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-action-plan"));
        if self.s.actions().is_empty() {
            let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-plan-none"));
            return;
        }
        let rows = super::points::plan_rows(self.s, self.m, lang);
        out.push_str(&super::format::md_table(
            &super::points::plan_headers(lang),
            &["---"; 5],
            &rows,
        ));
        out.push('\n');
    }

    pub(super) fn level(&self, out: &mut String) {
        let Some(ladder) = &self.m.levels else {
            return;
        };
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", md(ladder.name.get(lang)));
        let current = self
            .s
            .level()
            .and_then(|l| ladder.steps.iter().position(|s| s.level == l));
        let Some(i) = current else {
            let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-level-none"));
            return;
        };
        let here = &ladder.steps[i];
        let _ = writeln!(
            out,
            "**{} {}: {}.** {} ({})\n",
            crate::tr!(self.lang, "report-now-level"),
            here.level,
            md(here.name.get(lang)),
            md(here.description.get(lang)),
            md(&ladder.source)
        );
        match ladder.steps.get(i + 1) {
            Some(next) => {
                let _ = writeln!(
                    out,
                    "**{} {}: {}.** {} ({})\n",
                    crate::tr!(self.lang, "report-next-step-level"),
                    next.level,
                    md(next.name.get(lang)),
                    md(next.description.get(lang)),
                    md(&ladder.source)
                );
            }
            None => {
                let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-level-top"));
            }
        }
    }

    pub(super) fn notes(&self, out: &mut String) {
        let lang = self.lang;
        let notes: Vec<_> = self
            .m
            .challenges
            .iter()
            .filter_map(|c| {
                self.s
                    .notes()
                    .get(&c.id)
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| (c, n))
            })
            .collect();
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-notes"));
        if notes.is_empty() {
            let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-no-notes"));
        }
        for (c, note) in notes {
            let _ = writeln!(out, "### {}\n\n{}\n", md(c.name.get(lang)), paragraph(note));
        }
    }
}
