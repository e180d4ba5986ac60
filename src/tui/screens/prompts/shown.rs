//! The shown list as the screen walks it: per prompt, each theme's answers
//! under it, then the answers without a theme, each text once with how many
//! wrote it. The order is the domain's (sorted by text), never the order of
//! writing, so that nothing on the screen ties an answer to its writer.

use crate::model::open_answers::SetAnswers;
use crate::model::prompts::PromptSet;

/// One shown answer, where the list puts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// The prompt, by its place in the set.
    pub prompt: usize,
    /// The answer's text.
    pub text: &'a str,
    /// How many wrote it.
    pub count: u32,
    /// The theme it is under, if any.
    pub theme: Option<&'a str>,
}

/// Every shown answer to `set`, in the order the screen lists them.
pub fn rows<'a>(set: &'a PromptSet, answers: Option<&'a SetAnswers>) -> Vec<Row<'a>> {
    let Some(answers) = answers else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (at, prompt) in set.prompts.iter().enumerate() {
        let shown = answers.shown_to(&prompt.id);
        let count_of = |text: &str| {
            shown
                .iter()
                .find(|(t, _)| *t == text)
                .map_or(0, |(_, n)| *n)
        };
        for theme in answers.themes_of(&prompt.id) {
            rows.extend(theme.answers.iter().map(|text| Row {
                prompt: at,
                text,
                count: count_of(text),
                theme: Some(theme.name.as_str()),
            }));
        }
        rows.extend(
            shown
                .iter()
                .filter(|(text, _)| answers.theme_of(&prompt.id, text).is_none())
                .map(|(text, count)| Row {
                    prompt: at,
                    text,
                    count: *count,
                    theme: None,
                }),
        );
    }
    rows
}
