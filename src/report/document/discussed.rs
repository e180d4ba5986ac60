//! The section on what the group discussed: the topics of the discussion queue
//! it marked discussed or wrote a note on, in the queue's order, each with why
//! it was in the queue (in words, never by person) and the group's note.

use crate::model::assessment::{Assessment, Challenge, Statement};
use crate::model::discussion::Topic;
use crate::model::scoring::Analysis;
use crate::model::scoring::queue::queue;
use crate::text::Lang;

/// What the group discussed, as the report shows it.
#[derive(Debug)]
pub struct DiscussedTopics<'a> {
    /// The topics, in the queue's order; those no longer in the queue (a
    /// later round settled them) follow, in the order the group took them up.
    pub rows: Vec<DiscussedRow<'a>>,
}

/// One topic the group discussed or wrote a note on.
#[derive(Debug)]
pub struct DiscussedRow<'a> {
    /// The topic.
    pub topic: Topic,
    /// Its challenge.
    pub challenge: &'a Challenge,
    /// Its statement with its number in the challenge, for a statement's topic.
    pub statement: Option<(usize, &'a Statement)>,
    /// Its place in the queue now, from 1; none once it is no longer in it.
    pub place: Option<usize>,
    /// Why it is in the queue, in words; empty once it is no longer in it.
    pub reasons: String,
    /// The rules that put it there now, by key ([`crate::model::scoring::queue::Reason::key`]).
    pub rules: Vec<&'static str>,
    /// Its score in the queue now.
    pub score: Option<f64>,
    /// Marked discussed.
    pub discussed: bool,
    /// The group's note.
    pub note: Option<String>,
}

impl DiscussedRow<'_> {
    /// "<name>, påstående 2: …", or "<name> (hela utmaningen)" in the
    /// model's `words`.
    pub fn title(&self, lang: Lang, words: &crate::text::Words) -> String {
        let name = self.challenge.name.get(lang);
        match self.statement {
            Some((i, s)) => format!(
                "{name}, {}: {}",
                crate::tr!(lang, "report-discussed-statement", n = (i + 1)),
                s.text.get(lang)
            ),
            None => crate::tr!(
                lang,
                "queue-whole-challenge",
                words = words,
                challenge = name
            ),
        }
    }
}

impl DiscussedRow<'_> {
    /// Where it stands in the queue and why, and whether it was discussed:
    /// "Plats 2 i kön: splittrat 0,43. Diskuterad."
    pub fn line(&self, lang: Lang) -> String {
        let place = match self.place {
            Some(n) => crate::tr!(
                lang,
                "report-discussed-place",
                n = n,
                reasons = self.reasons.as_str()
            ),
            None => crate::tr!(lang, "report-discussed-left-queue"),
        };
        let mark = if self.discussed {
            crate::tr!(lang, "report-discussed-yes")
        } else {
            crate::tr!(lang, "report-discussed-no")
        };
        format!("{place} {mark}")
    }
}

/// The section for `discussion` on `model`, with the queue from `analysis`;
/// none when the group has marked and noted nothing.
pub(super) fn discussed<'a>(
    discussion: &crate::model::discussion::Discussion,
    model: &'a Assessment,
    analysis: &Analysis,
    lang: Lang,
) -> Option<DiscussedTopics<'a>> {
    if discussion.topics.is_empty() {
        return None;
    }
    let rows = queue(model, analysis);
    let place = |topic: &Topic| rows.iter().position(|r| r.topic == *topic);
    let mut kept: Vec<_> = discussion
        .topics
        .iter()
        .enumerate()
        .filter_map(|(touched, d)| {
            let challenge = model.challenge(d.topic.challenge())?;
            let statement = match d.topic.statement() {
                Some(id) => Some(
                    challenge
                        .statements
                        .iter()
                        .enumerate()
                        .find(|(_, s)| s.id == id)?,
                ),
                None => None,
            };
            let at = place(&d.topic);
            Some((
                (at.unwrap_or(usize::MAX), touched),
                DiscussedRow {
                    topic: d.topic.clone(),
                    challenge,
                    statement,
                    place: at.map(|i| i + 1),
                    reasons: at.map_or_else(String::new, |i| rows[i].words(model, lang)),
                    rules: at.map_or_else(Vec::new, |i| {
                        rows[i].reasons.iter().map(|r| r.key()).collect()
                    }),
                    score: at.map(|i| rows[i].score),
                    discussed: d.discussed,
                    note: d.note.clone(),
                },
            ))
        })
        .collect();
    kept.sort_by_key(|(order, _)| *order);
    Some(DiscussedTopics {
        rows: kept.into_iter().map(|(_, row)| row).collect(),
    })
}
