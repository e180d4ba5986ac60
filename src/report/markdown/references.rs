//! The reference figures in Markdown: each reference with what it stands
//! beside, the one group it concerns and the report's own question where the
//! model gives them, its figures, whom and when they concern, and its caution.

use super::{Markdown, heading, para};
use crate::report::document::{Comparisons, ReferenceFinding};
use crate::report::format::md;
use std::fmt::Write;

impl Comparisons for Markdown<'_> {
    fn references(&self, out: &mut String, references: &[ReferenceFinding]) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-references"));
        para(out, crate::tr!(lang, "report-references-intro"));
        for f in references {
            let r = f.reference;
            heading(
                out,
                3,
                format!("{} ({})", md(r.name.get(lang)), md(&r.source)),
            );
            para(
                out,
                crate::tr!(lang, "report-reference-beside", beside = md(&f.beside)),
            );
            // Whom the figures concern and what the report asked, before
            // the figures, so that they are read as that group's answer to
            // that question.
            for line in [f.concerns(lang), f.asked(lang)].into_iter().flatten() {
                para(out, md(&line));
            }
            for figure in &f.figures {
                let _ = writeln!(out, "- {}", md(&figure.words(lang)));
            }
            out.push('\n');
            let facts = f.facts(lang);
            if !facts.is_empty() {
                para(out, md(&facts.join(" · ")));
            }
            para(
                out,
                format!(
                    "**{}:** {}",
                    crate::tr!(lang, "report-reference-population"),
                    md(r.population.get(lang))
                ),
            );
            para(
                out,
                format!(
                    "**{}:** {} ({})",
                    crate::tr!(lang, "report-reference-caution"),
                    md(r.caution.text.get(lang)),
                    md(&r.caution.source)
                ),
            );
        }
    }
}
