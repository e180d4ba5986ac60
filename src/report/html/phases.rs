//! The phases in HTML: what they are and are not, then a table of the areas
//! with each one's phase, note and earlier phases, then the risk of each
//! phase an area stands in. No phase has a colour or a class of its own: a
//! colour per phase would read as a scale, which the phases are not.

use super::{Html, esc, para, section};
use crate::report::document::{PhaseSection, PhasesFinding, phase_named};
use std::fmt::Write;

impl PhaseSection for Html<'_> {
    fn phases(&self, out: &mut String, p: &PhasesFinding) {
        let lang = self.lang;
        let phases = p.phases;
        section(out, "faser", esc(phases.name.get(lang)));
        for about in &phases.about {
            let from = crate::report::document::sourced(&about.source, about.own, lang);
            para(
                out,
                format!("{} ({})", esc(about.text.get(lang)), esc(&from)),
            );
        }
        if p.areas.is_empty() {
            para(out, esc(&crate::tr!(lang, "report-phases-none-placed")));
        } else {
            out.push_str("<table>\n<thead><tr>");
            for h in p.headings(lang) {
                let _ = write!(out, "<th>{}</th>", esc(&h));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for area in &p.areas {
                out.push_str("<tr>");
                for cell in p.cells(area, lang) {
                    let _ = write!(out, "<td>{}</td>", esc(&cell));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        for (area, sentence) in p.vote_sentences(lang) {
            para(
                out,
                format!("<strong>{}:</strong> {}", esc(&area), esc(&sentence)),
            );
        }
        for phase in p.phases_in_use() {
            let Some(risk) = &phase.risk else { continue };
            let label = crate::tr!(lang, "report-phases-risk", phase = phase_named(phase, lang));
            let from = crate::report::document::sourced(&risk.source, risk.own, lang);
            para(
                out,
                format!(
                    "<strong>{}:</strong> {} ({})",
                    esc(&label),
                    esc(risk.text.get(lang)),
                    esc(&from)
                ),
            );
        }
        out.push_str("</section>\n");
    }
}
