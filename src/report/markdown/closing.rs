//! The report's close: the action plan, the level, the notes and the method
//! appendix.

use super::{Markdown, heading, para};
use crate::report::document::{
    AgendaRecord, AlternativesFinding, Closing, DiscussedTopics, LevelFinding, Method, Notes,
    PlannedAction,
};
use crate::report::format::{md, md_table, paragraph};
use crate::report::format::{plan_headings, plan_measure_headings};
use crate::report::points::{plan_measure_rows, plan_rows};
use std::fmt::Write;

impl Closing for Markdown<'_> {
    /// The question, each alternative with its source, then the group's
    /// choice and reason (or that it chose none), and what it chose before.
    fn alternatives(&self, out: &mut String, a: &AlternativesFinding) {
        let lang = self.lang;
        let all = a.alternatives;
        heading(out, 2, md(all.name.get(lang)));
        para(
            out,
            format!("{} ({})", md(all.question.get(lang)), md(&all.source)),
        );
        let mark = crate::tr!(lang, "report-alternatives-chosen-mark");
        for row in a.rows(lang) {
            let chosen = if row.chosen {
                format!(" ✔ {mark}")
            } else {
                String::new()
            };
            let source = md(&row.alternative.source);
            let (label, name) = (md(row.label), md(row.name));
            let _ = writeln!(out, "- **{label}** {name} ({source}){chosen}");
        }
        out.push('\n');
        if !a.votes.is_empty() {
            para(
                out,
                md(&crate::report::document::votes_sentence(&a.votes, lang)),
            );
        }
        para(out, format!("**{}**", md(&a.decision(lang))));
        if let Some(reason) = a.reason() {
            let label = crate::tr!(lang, "report-alternatives-reason");
            para(out, format!("{label}: {}", paragraph(reason)));
        }
        let earlier = a.earlier(lang);
        if !earlier.is_empty() {
            para(out, crate::tr!(lang, "report-alternatives-earlier"));
            for line in earlier {
                let _ = writeln!(out, "- {}", md(&line));
            }
            out.push('\n');
        }
    }

    fn plan(&self, out: &mut String, plan: &[PlannedAction]) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(self.lang, "report-action-plan"));
        if plan.is_empty() {
            para(out, crate::tr!(self.lang, "report-plan-none"));
            return;
        }
        let rows = plan_rows(plan, lang);
        if !rows.is_empty() {
            out.push_str(&md_table(&plan_headings(lang), &["---"; 5], &rows));
            out.push('\n');
        }
        let measures = plan_measure_rows(plan, lang);
        if !measures.is_empty() {
            heading(out, 3, crate::tr!(lang, "report-plan-measures"));
            para(out, crate::tr!(lang, "report-plan-measures-intro"));
            let headings = plan_measure_headings(lang);
            out.push_str(&md_table(&headings, &["---"; 6], &measures));
            out.push('\n');
        }
    }

    fn level(&self, out: &mut String, level: &LevelFinding) {
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

    fn notes(&self, out: &mut String, notes: &Notes) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-notes"));
        if notes.shown.is_empty() {
            para(out, crate::tr!(lang, "report-no-notes"));
        }
        for (c, note) in &notes.shown {
            let _ = writeln!(out, "### {}\n\n{}\n", md(c.name.get(lang)), paragraph(note));
        }
    }

    /// What the group discussed, in the queue's order, each with its reasons
    /// and its note.
    fn discussed(&self, out: &mut String, topics: &DiscussedTopics) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-discussed"));
        para(out, crate::tr!(lang, "report-discussed-intro"));
        for row in &topics.rows {
            let _ = writeln!(out, "### {}\n", md(&row.title(lang, &self.d.words)));
            para(out, md(&row.line(lang)));
            if let Some(note) = &row.note {
                para(out, paragraph(note));
            }
        }
    }

    fn agenda(&self, out: &mut String, agenda: &AgendaRecord) {
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

    fn method(&self, out: &mut String, method: &Method) {
        crate::report::method::markdown(&method.blocks, out);
    }
}
