//! What the group did with the discussion queue: which topics (a challenge, or
//! one statement of it) it has discussed, its note on each, and where it got to.
//! The queue itself is computed from the revealed figures
//! ([`crate::model::scoring::queue`]); only what the group decided is kept.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use serde::{Deserialize, Serialize};

/// A row of the discussion queue: a whole challenge, or one of its statements.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Topic {
    /// The challenge as a whole (its role groups, its agreed score).
    Challenge {
        /// The challenge's id.
        challenge: String,
    },
    /// One statement of a challenge.
    Statement {
        /// The challenge's id.
        challenge: String,
        /// The statement's id.
        statement: String,
    },
}

impl Topic {
    /// The challenge the topic belongs to.
    pub fn challenge(&self) -> &str {
        match self {
            Topic::Challenge { challenge } | Topic::Statement { challenge, .. } => challenge,
        }
    }

    /// The statement, for a statement's topic.
    pub fn statement(&self) -> Option<&str> {
        match self {
            Topic::Challenge { .. } => None,
            Topic::Statement { statement, .. } => Some(statement),
        }
    }

    /// Refused unless `model` has the challenge, and the statement within it.
    pub fn check(&self, model: &Assessment) -> Result<(), Problem> {
        let c = crate::model::journal::challenge_of(model, self.challenge())?;
        match self.statement() {
            Some(s) if !c.statements.iter().any(|x| x.id == s) => Err(Problem::DanglingId {
                kind: "statement",
                id: s.to_owned(),
            }),
            _ => Ok(()),
        }
    }
}

/// The group's mark and note on one topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discussed {
    /// The topic.
    pub topic: Topic,
    /// True once the group has discussed it.
    #[serde(default)]
    pub discussed: bool,
    /// The group's note on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The group's work through the queue. Absent from a file until the group has
/// marked, noted or opened a topic, so that older sessions are written as before.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discussion {
    /// Every topic marked or noted, in the order the group first touched it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Discussed>,
    /// The topic the group last opened: the queue opens there again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Topic>,
}

impl Discussion {
    /// True when nothing has been kept: the session's file then has no field for it.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.at.is_none()
    }

    /// The group's mark and note on `topic`, if any.
    pub fn get(&self, topic: &Topic) -> Option<&Discussed> {
        self.topics.iter().find(|d| d.topic == *topic)
    }

    /// True once the group has discussed `topic`.
    pub fn is_discussed(&self, topic: &Topic) -> bool {
        self.get(topic).is_some_and(|d| d.discussed)
    }

    /// The note on `topic`, if any.
    pub fn note(&self, topic: &Topic) -> Option<&str> {
        self.get(topic).and_then(|d| d.note.as_deref())
    }

    /// The entry for `topic`, made (at the end: the order it was touched) if new.
    fn entry(&mut self, topic: &Topic) -> &mut Discussed {
        let at = match self.topics.iter().position(|d| d.topic == *topic) {
            Some(i) => i,
            None => {
                self.topics.push(Discussed {
                    topic: topic.clone(),
                    discussed: false,
                    note: None,
                });
                self.topics.len() - 1
            }
        };
        &mut self.topics[at]
    }

    /// Marks `topic` discussed, or not; an entry left with neither mark nor
    /// note goes, so that undoing a mark leaves the file as it was.
    pub(crate) fn mark(&mut self, topic: &Topic, discussed: bool) {
        self.entry(topic).discussed = discussed;
        self.tidy();
    }

    /// Sets the note on `topic`; none (or blank) removes it.
    pub(crate) fn set_note(&mut self, topic: &Topic, note: Option<&str>) {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        self.entry(topic).note = note.map(str::to_owned);
        self.tidy();
    }

    fn tidy(&mut self) {
        self.topics.retain(|d| d.discussed || d.note.is_some());
    }
}
