//! The group's answers in Markdown: per set its name, intro and how many
//! writers' answers are shown, then per prompt its answers under each theme
//! and then those under none; a set with nothing shown in one line.

use super::{Markdown, heading, para};
use crate::report::document::{PromptsFinding, WrittenAnswers};
use crate::report::format::{cell, md};
use std::fmt::Write;

impl WrittenAnswers for Markdown<'_> {
    fn prompts(&self, out: &mut String, p: &PromptsFinding) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(lang, "report-prompts"));
        para(
            out,
            crate::tr!(lang, "report-prompts-intro", min = p.min_writers),
        );
        for set in &p.sets {
            heading(out, 3, md(&set.title(lang)));
            if set.writers == 0 {
                para(out, set.shown(lang));
                continue;
            }
            if let Some(intro) = set.intro(lang) {
                para(out, md(&intro));
            }
            para(out, set.shown(lang));
            for prompt in &set.prompts {
                heading(out, 4, md(&prompt.title(lang)));
                para(out, prompt.counted(lang));
                for (theme, answers) in prompt.groups(lang) {
                    if let Some(theme) = theme {
                        para(out, format!("**{}**", typed(&theme)));
                    }
                    for answer in answers {
                        let _ = writeln!(out, "- {}", answer.words(typed));
                    }
                    out.push('\n');
                }
            }
        }
    }
}

/// Text a participant or the facilitator typed, made to read as typed in a
/// list item or between `**`: on one line and inert ([`cell`]), with `*`, `_`
/// and `~` escaped so that no emphasis or strikethrough is made, and a mark
/// that would open a block (a heading, a quote, a list, a rule) escaped where
/// it starts the text.
fn typed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for c in cell(text).chars() {
        if matches!(c, '*' | '_' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    if out.starts_with(['#', '>', '-', '+', '=']) {
        out.insert(0, '\\');
    }
    // "1. " or "1) " would start a numbered list inside the item.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::typed;

    #[test]
    fn typed_text_makes_no_emphasis_no_block_and_no_cell_break() {
        assert_eq!(typed("*viktigt* och _så_"), "\\*viktigt\\* och \\_så\\_");
        assert_eq!(typed("# rubrik"), "\\# rubrik");
        assert_eq!(typed("- lista"), "\\- lista");
        assert_eq!(typed("12. punkt"), "12\\. punkt");
        assert_eq!(typed("a | b"), "a \\| b");
        assert_eq!(typed("<script>"), "&lt;script&gt;");
        assert_eq!(typed("2026 års budget"), "2026 års budget");
    }
}
