//! The report's second half: the circle, the recommendations, the action plan,
//! the level, and the notes.

use super::{Markdown, heading, para};
use crate::report::document::{
    AgendaRecord, CircleFindings, Details, LevelFinding, Notes, PlannedAction, RecommendationGroup,
};
use crate::report::format::plan_headings;
use crate::report::format::{bar, cell, link_headings, md, md_table, paragraph};
use crate::report::points::plan_rows;
use crate::report::uncertain;
use std::fmt::Write;

impl Markdown<'_> {
    pub(super) fn circle(&self, out: &mut String, circle: &CircleFindings) {
        let Some(causal) = circle.causal else {
            return;
        };
        let lang = self.lang;
        heading(out, 2, md(causal.name.get(lang)));
        para(out, crate::tr!(self.lang, "report-circle-intro"));
        let _ = writeln!(out, "| {} |", link_headings(lang).join(" | "));
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
            para(out, md(verdict));
        }
    }

    pub(super) fn recommendations(&self, out: &mut String, groups: &[RecommendationGroup]) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(self.lang, "report-recommendations"));
        para(out, crate::tr!(self.lang, "report-recommendations-intro"));
        if self.d.any_uncertain() {
            para(out, uncertain::legend(lang));
        }
        for group in groups {
            heading(out, 3, md(&group.title(lang)));
            let [description, priority] = group.principle_texts(lang);
            if let Some((text, source)) = description {
                para(out, format!("*{}* ({})", cell(text), md(source)));
            }
            if let Some((text, source)) = priority {
                para(out, format!("**{}** ({})", cell(text), md(source)));
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
                let Details { steps, note } = item.details(lang);
                for (text, source) in steps {
                    let _ = writeln!(out, "   - {} ({})", cell(text), md(source));
                }
                if let Some((label, note)) = note {
                    let _ = writeln!(out, "   - *{label}:* {}", cell(note));
                }
            }
            out.push('\n');
        }
    }

    pub(super) fn plan(&self, out: &mut String, plan: &[PlannedAction]) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(self.lang, "report-action-plan"));
        if plan.is_empty() {
            para(out, crate::tr!(self.lang, "report-plan-none"));
            return;
        }
        let rows = plan_rows(plan, lang);
        out.push_str(&md_table(&plan_headings(lang), &["---"; 5], &rows));
        out.push('\n');
    }

    pub(super) fn level(&self, out: &mut String, level: &LevelFinding) {
        let Some(ladder) = level.ladder else {
            return;
        };
        let lang = self.lang;
        heading(out, 2, md(ladder.name.get(lang)));
        for (label, step) in level.steps(lang) {
            let (name, what) = (step.name.get(lang), step.description.get(lang));
            let (name, what, source) = (md(name), md(what), md(&ladder.source));
            let n = step.level;
            para(out, format!("**{label} {n}: {name}.** {what} ({source})"));
        }
        if let Some(closing) = level.closing(lang) {
            para(out, closing);
        }
    }

    pub(super) fn notes(&self, out: &mut String, notes: &Notes) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-notes"));
        if notes.shown.is_empty() {
            para(out, crate::tr!(lang, "report-no-notes"));
        }
        for (c, note) in &notes.shown {
            let _ = writeln!(out, "### {}\n\n{}\n", md(c.name.get(lang)), paragraph(note));
        }
    }

    pub(super) fn agenda(&self, out: &mut String, agenda: &AgendaRecord) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-agenda"));
        para(out, md(&agenda.intro(lang)));
        let (headings, rows) = agenda.table(lang);
        out.push_str(&md_table(
            &headings,
            &["---", "---:", "---:", "---:", "---:"],
            &rows,
        ));
        out.push('\n');
    }
}
