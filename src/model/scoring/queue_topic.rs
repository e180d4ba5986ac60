//! What a queue row is about: its label, and the scale its figures are on.

use crate::model::assessment::{Assessment, Scale};
use crate::model::discussion::Topic;
use crate::text::Lang;

/// The scale a queue row's figures are on: its statement's, or its challenge's.
pub fn topic_scale<'m>(model: &'m Assessment, topic: &Topic) -> &'m Scale {
    let Some(c) = model.challenge(topic.challenge()) else {
        return &model.scale;
    };
    match topic
        .statement()
        .and_then(|id| c.statements.iter().find(|s| s.id == id))
    {
        Some(s) => model.statement_scale(c, s),
        None => model.challenge_scale(c),
    }
}

/// "<Dimension> 2. <statement, shortened> …" or "<Dimension> (the whole dimension)".
pub fn topic_label(model: &Assessment, topic: &Topic, lang: Lang) -> String {
    let Some(c) = model.challenge(topic.challenge()) else {
        return topic.challenge().to_owned();
    };
    match topic.statement() {
        Some(id) => {
            let at = c.statements.iter().position(|s| s.id == id).unwrap_or(0);
            let text = c.statements.get(at).map_or("", |s| s.text.get(lang));
            format!("{} {}. {text}", c.name.get(lang), at + 1)
        }
        None => crate::tr!(
            lang,
            "queue-whole-challenge",
            words = model.words(lang),
            challenge = c.name.get(lang)
        ),
    }
}
