//! The HTML report's closing sections: the action plan, the level, the notes and
//! the method appendix.

use super::{Html, esc, h3, para, section};
use crate::report::document::{
    AgendaRecord, AlternativesFinding, Closing, DiscussedTopics, LevelFinding, Method, Notes,
    PlannedAction,
};
use crate::report::format::{plan_headings, plan_measure_headings};
use crate::report::points::{plan_measure_rows, plan_rows};
use std::fmt::Write;

impl Closing for Html<'_> {
    /// The question, each alternative with its source, then the group's
    /// choice and reason (or that it chose none), and what it chose before.
    fn alternatives(&self, out: &mut String, a: &AlternativesFinding) {
        let lang = self.lang;
        let all = a.alternatives;
        section(out, "alternativ", esc(all.name.get(lang)));
        para(
            out,
            format!("{} ({})", esc(all.question.get(lang)), esc(&all.source)),
        );
        let mark = crate::tr!(lang, "report-alternatives-chosen-mark");
        out.push_str("<ul>\n");
        for row in a.rows(lang) {
            let chosen = if row.chosen {
                format!(" ✔ {mark}")
            } else {
                String::new()
            };
            let source = esc(&row.alternative.source);
            let (label, name) = (esc(row.label), esc(row.name));
            let _ = writeln!(
                out,
                "<li><strong>{label}</strong> {name} ({source}){chosen}</li>"
            );
        }
        out.push_str("</ul>\n");
        if !a.votes.is_empty() {
            para(
                out,
                esc(&crate::report::document::votes_sentence(&a.votes, lang)),
            );
        }
        para(out, format!("<strong>{}</strong>", esc(&a.decision(lang))));
        if let Some(reason) = a.reason() {
            let label = crate::tr!(lang, "report-alternatives-reason");
            let lines: Vec<String> = reason.lines().map(esc).collect();
            para(out, format!("{label}: {}", lines.join("<br>")));
        }
        let earlier = a.earlier(lang);
        if !earlier.is_empty() {
            para(out, crate::tr!(lang, "report-alternatives-earlier"));
            out.push_str("<ul>\n");
            for line in earlier {
                let _ = writeln!(out, "<li>{}</li>", esc(&line));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }

    fn plan(&self, out: &mut String, plan: &[PlannedAction]) {
        let lang = self.lang;
        section(
            out,
            "handlingsplan",
            crate::tr!(self.lang, "report-action-plan"),
        );
        if plan.is_empty() {
            let _ = writeln!(
                out,
                "<p>{}</p>\n</section>",
                crate::tr!(self.lang, "report-plan-none")
            );
            return;
        }
        let rows = plan_rows(plan, lang);
        if !rows.is_empty() {
            out.push_str(&super::table(&plan_headings(lang), &rows));
        }
        let measures = plan_measure_rows(plan, lang);
        if !measures.is_empty() {
            h3(out, esc(&crate::tr!(lang, "report-plan-measures")));
            para(out, esc(&crate::tr!(lang, "report-plan-measures-intro")));
            out.push_str(&super::table(&plan_measure_headings(lang), &measures));
        }
        out.push_str("</section>\n");
    }

    fn level(&self, out: &mut String, level: &LevelFinding) {
        let Some(ladder) = level.ladder else {
            return;
        };
        let lang = self.lang;
        section(out, "niva", esc(ladder.name.get(lang)));
        for (label, step) in level.steps(lang) {
            let (name, what) = (step.name.get(lang), step.description.get(lang));
            let (name, what, source) = (esc(name), esc(what), esc(&ladder.source));
            let n = step.level;
            para(
                out,
                format!("<strong>{label} {n}: {name}.</strong> {what} ({source})"),
            );
        }
        if let Some(closing) = level.closing(lang) {
            para(out, closing);
        }
        out.push_str("</section>\n");
    }

    fn notes(&self, out: &mut String, notes: &Notes) {
        let lang = self.lang;
        section(out, "anteckningar", crate::tr!(lang, "report-notes"));
        for (c, note) in &notes.shown {
            let paragraphs: Vec<String> = note.lines().map(esc).collect();
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>{}</p>",
                esc(c.name.get(lang)),
                paragraphs.join("<br>")
            );
        }
        if notes.shown.is_empty() {
            para(out, crate::tr!(lang, "report-no-notes"));
        }
        out.push_str("</section>\n");
    }

    /// What the group discussed, in the queue's order, each with its reasons
    /// and its note.
    fn discussed(&self, out: &mut String, topics: &DiscussedTopics) {
        let lang = self.lang;
        section(out, "samtal", crate::tr!(lang, "report-discussed"));
        para(out, crate::tr!(lang, "report-discussed-intro"));
        for row in &topics.rows {
            let _ = writeln!(out, "<h3>{}</h3>", esc(&row.title(lang, &self.d.words)));
            para(out, esc(&row.line(lang)));
            if let Some(note) = &row.note {
                let paragraphs: Vec<String> = note.lines().map(esc).collect();
                para(out, paragraphs.join("<br>"));
            }
        }
        out.push_str("</section>\n");
    }

    fn agenda(&self, out: &mut String, agenda: &AgendaRecord) {
        let lang = self.lang;
        section(out, "dagordning", crate::tr!(lang, "report-agenda"));
        para(out, esc(&agenda.intro(lang)));
        let (headings, rows) = agenda.table(lang);
        out.push_str(&super::table(&headings, &rows));
        out.push_str("</section>\n");
    }

    fn method(&self, out: &mut String, method: &Method) {
        // The appendix is written once, in Markdown; its few constructs map directly.
        let mut md = String::new();
        crate::report::method::markdown(&method.blocks, &mut md);
        let _ = writeln!(out, "<section id=\"metod\">");
        let mut in_list = false;
        for line in md.lines() {
            if let Some(item) = line.strip_prefix("- ") {
                if !in_list {
                    out.push_str("<ul>\n");
                    in_list = true;
                }
                let _ = writeln!(out, "<li>{}</li>", inline(item));
                continue;
            }
            if in_list {
                out.push_str("</ul>\n");
                in_list = false;
            }
            if let Some(h) = line.strip_prefix("### ") {
                h3(out, esc(h));
            } else if let Some(h) = line.strip_prefix("## ") {
                let _ = writeln!(out, "<h2>{}</h2>", esc(h));
            } else if !line.trim().is_empty() {
                para(out, inline(line));
            }
        }
        if in_list {
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
}

/// Escapes a line and turns Markdown's `**bold**` and `*emphasis*` into tags.
fn inline(line: &str) -> String {
    let mut out = String::new();
    let escaped = esc(line);
    let mut rest = escaped.as_str();
    let mut bold = false;
    while let Some(i) = rest.find("**") {
        out.push_str(&rest[..i]);
        out.push_str(if bold { "</strong>" } else { "<strong>" });
        bold = !bold;
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    if bold {
        out.push_str("</strong>");
    }
    let mut final_out = String::new();
    let mut em = false;
    for c in out.chars() {
        if c == '*' {
            final_out.push_str(if em { "</em>" } else { "<em>" });
            em = !em;
        } else {
            final_out.push(c);
        }
    }
    if em {
        final_out.push_str("</em>");
    }
    final_out
}
