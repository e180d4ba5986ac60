//! The reference figures in HTML: each reference with what it stands beside,
//! the one group it concerns and the report's own question where the model
//! gives them, its figures, whom and when they concern, and its caution.

use super::{Html, esc, h3, para, section};
use crate::report::document::{Comparisons, ReferenceFinding};
use std::fmt::Write;

impl Comparisons for Html<'_> {
    fn references(&self, out: &mut String, references: &[ReferenceFinding]) {
        let lang = self.lang;
        section(
            out,
            "jamforelse",
            esc(&crate::tr!(lang, "report-references")),
        );
        para(out, esc(&crate::tr!(lang, "report-references-intro")));
        for f in references {
            let r = f.reference;
            h3(out, esc(&format!("{} ({})", r.name.get(lang), r.source)));
            para(
                out,
                esc(&crate::tr!(
                    lang,
                    "report-reference-beside",
                    beside = f.beside.as_str()
                )),
            );
            // Whom the figures concern and what the report asked, before
            // the figures, so that they are read as that group's answer to
            // that question.
            for line in [f.concerns(lang), f.asked(lang)].into_iter().flatten() {
                para(out, esc(&line));
            }
            out.push_str("<ul>\n");
            for figure in &f.figures {
                let _ = writeln!(out, "<li>{}</li>", esc(&figure.words(lang)));
            }
            out.push_str("</ul>\n");
            let facts = f.facts(lang);
            if !facts.is_empty() {
                para(out, esc(&facts.join(" · ")));
            }
            para(
                out,
                format!(
                    "<strong>{}:</strong> {}",
                    esc(&crate::tr!(lang, "report-reference-population")),
                    esc(r.population.get(lang))
                ),
            );
            para(
                out,
                format!(
                    "<strong>{}:</strong> {} ({})",
                    esc(&crate::tr!(lang, "report-reference-caution")),
                    esc(r.caution.text.get(lang)),
                    esc(&r.caution.source)
                ),
            );
        }
        out.push_str("</section>\n");
    }
}
