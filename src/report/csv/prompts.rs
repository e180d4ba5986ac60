//! The group's written answers' rows: one a shown answer text, with its set,
//! prompt, theme (blank under none), how many wrote it and how many writers'
//! answers the set shows, so that a spreadsheet can count them without
//! reading the report's prose. A set with nothing shown has no rows. The
//! columns are only in a file whose report has shown answers, so every other
//! file keeps the columns it had.

use super::{Col, Table};
use crate::report::document::PromptsFinding;
use crate::text::Lang;

pub(super) fn rows(t: &mut Table, p: &PromptsFinding, lang: Lang) {
    for set in &p.sets {
        for prompt in &set.prompts {
            let (s, q) = (&set.set, &prompt.prompt);
            let source = crate::report::document::sourced(&q.source, q.own, lang);
            let themed = (prompt.themes.iter())
                .flat_map(|theme| theme.answers.iter().map(|a| (theme.name.clone(), a)));
            let unthemed = prompt.unthemed.iter().map(|a| (String::new(), a));
            for (theme, answer) in themed.chain(unthemed) {
                t.row(
                    crate::tr!(lang, "csv-section-written-answer"),
                    vec![
                        (Col::PromptSetId, s.id.clone()),
                        (Col::PromptSet, s.name.get(lang).to_owned()),
                        (Col::PromptId, q.id.clone()),
                        (Col::Prompt, q.text.get(lang).to_owned()),
                        (Col::Theme, theme),
                        (Col::AnswerText, answer.text.clone()),
                        (Col::TimesWritten, answer.count.to_string()),
                        (Col::WritersShown, set.writers.to_string()),
                        (Col::Source, source.clone()),
                    ],
                );
            }
        }
    }
}
