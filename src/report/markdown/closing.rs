//! The report's second half: the circle, the recommendations, the action plan,
//! the level, and the notes.

use super::Markdown;
use crate::report::document::{
    CircleFindings, LevelFinding, Notes, PlannedAction, RecommendationGroup,
};
use crate::report::format::{bar, cell, md, paragraph};
use crate::report::uncertain;
use std::fmt::Write;

impl Markdown<'_> {
    pub(super) fn circle(&self, out: &mut String, circle: &CircleFindings) {
        let Some(causal) = circle.causal else {
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
        for (link, result, strongest) in circle.links() {
            let strength = result.strength.map_or_else(
                || "–".to_owned(),
                |s| format!("`{}` {}", bar(s), uncertain::severity(s, result.uncertain)),
            );
            let mark = if strongest { " **◀**" } else { "" };
            let _ = writeln!(
                out,
                "| {} → {}{mark} | {strength} | {} |",
                self.name(&link.from),
                self.name(&link.to),
                cell(&crate::report::link_how(link, lang))
            );
        }
        out.push('\n');
        if let Some(strength) = circle.result.loop_strength {
            let _ = writeln!(
                out,
                "**{}:** {} ({})\n",
                crate::tr!(self.lang, "report-strength-circle"),
                uncertain::severity(strength, self.d.any_uncertain()),
                crate::tr!(self.lang, "report-circle-strength-explained")
            );
        }
        if let Some(verdict) = &circle.verdict {
            let _ = writeln!(out, "{}\n", md(verdict));
        }
    }

    pub(super) fn recommendations(&self, out: &mut String, groups: &[RecommendationGroup]) {
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
        if self.d.any_uncertain() {
            let _ = writeln!(out, "{}\n", uncertain::legend(lang));
        }
        for group in groups {
            let principle = group.principle;
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
            for item in &group.recommendations {
                let (rec, ranked) = (item.recommendation, &item.ranked);
                let reason = item
                    .reason
                    .clone()
                    .unwrap_or_else(|| crate::tr!(lang, "report-no-scored-challenges"));
                let adopted = if item.adopted { " ✔" } else { "" };
                let _ = writeln!(
                    out,
                    "{}. **{}**{adopted}  \n   {} {} ({}). {}: {}.",
                    item.place,
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

    pub(super) fn plan(&self, out: &mut String, plan: &[PlannedAction]) {
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", crate::tr!(self.lang, "report-action-plan"));
        if plan.is_empty() {
            let _ = writeln!(out, "{}\n", crate::tr!(self.lang, "report-plan-none"));
            return;
        }
        let rows = crate::report::points::plan_rows(plan, lang);
        out.push_str(&crate::report::format::md_table(
            &crate::report::points::plan_headers(lang),
            &["---"; 5],
            &rows,
        ));
        out.push('\n');
    }

    pub(super) fn level(&self, out: &mut String, level: &LevelFinding) {
        let Some(ladder) = level.ladder else {
            return;
        };
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", md(ladder.name.get(lang)));
        let Some(here) = level.here else {
            let _ = writeln!(out, "{}\n", crate::tr!(lang, "report-level-none"));
            return;
        };
        for (key, step) in std::iter::once((crate::tr!(lang, "report-now-level"), here)).chain(
            level
                .next
                .map(|next| (crate::tr!(lang, "report-next-step-level"), next)),
        ) {
            let _ = writeln!(
                out,
                "**{} {}: {}.** {} ({})\n",
                key,
                step.level,
                md(step.name.get(lang)),
                md(step.description.get(lang)),
                md(&ladder.source)
            );
        }
        if level.next.is_none() {
            let _ = writeln!(out, "{}\n", crate::tr!(lang, "report-level-top"));
        }
    }

    pub(super) fn notes(&self, out: &mut String, notes: &Notes) {
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", crate::tr!(lang, "report-notes"));
        if notes.shown.is_empty() {
            let _ = writeln!(out, "{}\n", crate::tr!(lang, "report-no-notes"));
        }
        for (c, note) in &notes.shown {
            let _ = writeln!(out, "### {}\n\n{}\n", md(c.name.get(lang)), paragraph(note));
        }
    }
}
