//! The rounds section in HTML: per statement voted on again, a table of its
//! rounds and the shift in words.

use super::{Html, esc, h3, para, section, table};
use crate::report::document::{RoundsFinding, Shifts};
use std::fmt::Write;

impl Shifts for Html<'_> {
    fn rounds(&self, out: &mut String, f: &RoundsFinding) {
        let lang = self.lang;
        section(out, "omgangar", esc(&crate::tr!(lang, "report-rounds")));
        para(
            out,
            esc(&crate::tr!(
                lang,
                "report-rounds-intro",
                words = &self.d.words
            )),
        );
        for s in &f.statements {
            h3(
                out,
                esc(&format!(
                    "{}: {} ({})",
                    s.challenge.name.get(lang),
                    s.statement.text.get(lang),
                    s.statement.source
                )),
            );
            let rows: Vec<Vec<String>> = s
                .rounds
                .iter()
                .map(|r| RoundsFinding::cells(lang, r).into_iter().collect())
                .collect();
            out.push_str(&table(&RoundsFinding::headings(lang), &rows));
            if let Some(words) = &s.words {
                para(
                    out,
                    format!(
                        "<strong>{}:</strong> {}.",
                        esc(&crate::tr!(lang, "report-shift")),
                        esc(words)
                    ),
                );
            }
        }
        if !f.agreed_after.is_empty() {
            out.push_str("<ul>\n");
            for (c, round) in &f.agreed_after {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> {}</li>",
                    esc(c.name.get(lang)),
                    esc(&crate::tr!(
                        lang,
                        "report-agreed-after-round",
                        round = u64::from(*round)
                    ))
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
}
