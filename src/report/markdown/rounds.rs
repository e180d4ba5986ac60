//! The rounds section in Markdown: per statement voted on again, a table of
//! its rounds and the shift in words.

use super::{Markdown, heading, para};
use crate::report::document::{RoundsFinding, Shifts};
use crate::report::format::{cell, md, md_table};
use std::fmt::Write;

impl Shifts for Markdown<'_> {
    fn rounds(&self, out: &mut String, f: &RoundsFinding) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-rounds"));
        para(
            out,
            crate::tr!(lang, "report-rounds-intro", words = &self.d.words),
        );
        for s in &f.statements {
            heading(
                out,
                3,
                format!(
                    "{}: {} ({})",
                    md(s.challenge.name.get(lang)),
                    cell(s.statement.text.get(lang)),
                    md(&s.statement.source)
                ),
            );
            let rows: Vec<Vec<String>> = s
                .rounds
                .iter()
                .map(|r| RoundsFinding::cells(lang, r).into_iter().collect())
                .collect();
            let align = ["---", "---", "--:", "---", "--:", "---", "--:"];
            out.push_str(&md_table(&RoundsFinding::headings(lang), &align, &rows));
            out.push('\n');
            if let Some(words) = &s.words {
                let _ = writeln!(
                    out,
                    "**{}:** {}.\n",
                    crate::tr!(lang, "report-shift"),
                    md(words)
                );
            }
        }
        for (c, round) in &f.agreed_after {
            let _ = writeln!(
                out,
                "- **{}** {}",
                md(c.name.get(lang)),
                crate::tr!(lang, "report-agreed-after-round", round = u64::from(*round))
            );
        }
        if !f.agreed_after.is_empty() {
            out.push('\n');
        }
    }
}
