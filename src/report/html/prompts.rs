//! The group's answers in HTML: per set its name, intro and how many writers'
//! answers are shown, then per prompt its answers under each theme and then
//! those under none; a set with nothing shown in one line. Every text a
//! participant or the facilitator typed is escaped.

use super::{Html, esc, h3, para, section};
use crate::report::document::{PromptsFinding, WrittenAnswers};
use std::fmt::Write;

/// A prompt's heading. The stylesheet keeps only `h2` and `h3` with what
/// follows on a printed page, and changing it would change every report's
/// bytes; a prompt's heading is kept with its answers here instead.
const H4: &str = "<h4 style=\"break-after: avoid\">";

impl WrittenAnswers for Html<'_> {
    fn prompts(&self, out: &mut String, p: &PromptsFinding) {
        let lang = self.lang;
        section(
            out,
            "gruppens-svar",
            esc(&crate::tr!(lang, "report-prompts")),
        );
        para(
            out,
            esc(&crate::tr!(
                lang,
                "report-prompts-intro",
                min = p.min_writers
            )),
        );
        for set in &p.sets {
            h3(out, esc(&set.title(lang)));
            if set.writers == 0 {
                para(out, esc(&set.shown(lang)));
                continue;
            }
            if let Some(intro) = set.intro(lang) {
                para(out, esc(&intro));
            }
            para(out, esc(&set.shown(lang)));
            for prompt in &set.prompts {
                let _ = writeln!(out, "{H4}{}</h4>", esc(&prompt.title(lang)));
                para(out, esc(&prompt.counted(lang)));
                for (theme, answers) in prompt.groups(lang) {
                    if let Some(theme) = theme {
                        para(out, format!("<strong>{}</strong>", esc(&theme)));
                    }
                    out.push_str("<ul>\n");
                    for answer in answers {
                        let _ = writeln!(out, "<li>{}</li>", answer.words(esc));
                    }
                    out.push_str("</ul>\n");
                }
            }
        }
        out.push_str("</section>\n");
    }
}
