//! The phases in Markdown: what they are and are not, then a table of the
//! areas with each one's phase, note and earlier phases, then the risk of each
//! phase an area stands in.

use super::{Markdown, heading, para};
use crate::report::document::{PhaseSection, PhasesFinding, phase_named};
use crate::report::format::{md, md_table};

impl PhaseSection for Markdown<'_> {
    fn phases(&self, out: &mut String, p: &PhasesFinding) {
        let lang = self.lang;
        let phases = p.phases;
        heading(out, 2, md(phases.name.get(lang)));
        for about in &phases.about {
            let from = crate::report::document::sourced(&about.source, about.own, lang);
            para(out, format!("{} ({})", md(about.text.get(lang)), md(&from)));
        }
        if p.areas.is_empty() {
            para(out, crate::tr!(lang, "report-phases-none-placed"));
            return;
        }
        let rows: Vec<[String; 4]> = p.areas.iter().map(|a| p.cells(a, lang)).collect();
        out.push_str(&md_table(&p.headings(lang), &["---"; 4], &rows));
        out.push('\n');
        for (area, sentence) in p.vote_sentences(lang) {
            para(out, format!("**{}:** {}", md(&area), md(&sentence)));
        }
        for phase in p.phases_in_use() {
            let Some(risk) = &phase.risk else { continue };
            let label = crate::tr!(lang, "report-phases-risk", phase = phase_named(phase, lang));
            let from = crate::report::document::sourced(&risk.source, risk.own, lang);
            para(
                out,
                format!(
                    "**{}:** {} ({})",
                    md(&label),
                    md(risk.text.get(lang)),
                    md(&from)
                ),
            );
        }
    }
}
