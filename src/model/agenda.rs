//! The workshop's agenda and its clock. A model offers agenda templates (a
//! two-hour workshop, a half day: minutes per step or per challenge); a session
//! copies one, lets the facilitator change the minutes, and keeps, per item, the
//! time it was planned, extended and actually used, so that next year's
//! workshop can be planned from this one.
//!
//! The domain reads no clock: every command that starts or stops the clock
//! carries the moment it happened, and the time used is worked out against a
//! moment the caller gives.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::text::Text;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The most minutes one item may be planned or extended to: a whole day.
pub const MOST_MINUTES: u32 = 600;

/// How many minutes the extend key adds to the running item.
pub const EXTEND_MINUTES: u32 = 5;

/// An agenda the model offers, to be copied into a session.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaTemplate {
    /// Stable id, kept in sessions that chose it.
    pub id: String,
    /// Its name, e.g. "Workshop på två timmar".
    pub name: Text,
    /// Where it comes from; an agenda the report does not give says it is the
    /// model author's own.
    pub source: String,
    /// The items, in the order they are worked through.
    pub items: Vec<TemplateItem>,
}

/// One item of a template: a part of the workshop and its minutes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateItem {
    /// What the item is.
    pub part: Part,
    /// The minutes planned for it.
    pub minutes: u32,
}

/// What an agenda item covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// A whole step of the workshop, named as sessions name steps ("model").
    Step(String),
    /// The scoring and discussion of one dimension (a challenge), by its id. A
    /// format-2 model may write it `Dimension`; sessions keep `Challenge`.
    #[serde(alias = "Dimension")]
    Challenge(String),
    /// A break.
    Break,
}

/// A session's agenda: the items with their minutes, and the clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// The template it was copied from.
    pub template: String,
    /// The items, in order.
    pub items: Vec<Item>,
    /// The item the clock is on, once it has been started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<usize>,
    /// Since when the clock has run on the current item; none while it is
    /// paused or was never started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Timestamp>,
}

/// One item of a session's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// What it covers.
    pub part: Part,
    /// The minutes planned.
    pub planned: u32,
    /// The minutes added while it ran.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub extended: u32,
    /// The seconds used in the stretches the clock has closed on it (the
    /// running stretch is added by [`Agenda::used`]).
    #[serde(default, skip_serializing_if = "is_zero_u64")]
    pub used: u64,
    /// When the clock was first started on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Timestamp>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

impl Agenda {
    /// A fresh agenda from `template`: its minutes, no time used.
    pub fn from_template(template: &AgendaTemplate) -> Agenda {
        Agenda {
            template: template.id.clone(),
            items: (template.items.iter())
                .map(|t| Item {
                    part: t.part.clone(),
                    planned: t.minutes,
                    extended: 0,
                    used: 0,
                    started: None,
                })
                .collect(),
            current: None,
            since: None,
        }
    }

    /// True while the clock runs.
    pub fn running(&self) -> bool {
        self.current.is_some() && self.since.is_some()
    }

    /// The seconds item `i` has used by `now`, the running stretch included.
    pub fn used(&self, i: usize, now: Timestamp) -> u64 {
        let closed = self.items.get(i).map_or(0, |item| item.used);
        match (self.current, self.since) {
            (Some(c), Some(since)) if c == i => closed + seconds_between(since, now),
            _ => closed,
        }
    }

    /// The seconds item `i` is allowed: its planned and extended minutes.
    pub fn allowed(&self, i: usize) -> u64 {
        self.items
            .get(i)
            .map_or(0, |item| u64::from(item.planned + item.extended) * 60)
    }

    /// The seconds item `i` has left by `now`; negative once it has run over.
    pub fn left(&self, i: usize, now: Timestamp) -> i64 {
        let allowed = i64::try_from(self.allowed(i)).unwrap_or(i64::MAX);
        let used = i64::try_from(self.used(i, now)).unwrap_or(i64::MAX);
        allowed - used
    }

    /// The minutes planned for the whole agenda.
    pub fn planned_minutes(&self) -> u32 {
        self.items.iter().map(|i| i.planned).sum()
    }

    /// The seconds used on the whole agenda by `now`.
    pub fn used_total(&self, now: Timestamp) -> u64 {
        (0..self.items.len()).map(|i| self.used(i, now)).sum()
    }

    /// The first item that covers a place in the workshop: the challenge's own
    /// item on the scoring step, else the step's.
    pub fn item_for(&self, step: &str, challenge: Option<&str>) -> Option<usize> {
        let own = challenge.filter(|_| step == "scoring").and_then(|c| {
            (self.items.iter()).position(|i| matches!(&i.part, Part::Challenge(id) if id == c))
        });
        own.or_else(|| {
            (self.items.iter()).position(|i| matches!(&i.part, Part::Step(s) if s == step))
        })
    }

    /// Closes the running stretch at `at`, adding it to its item's time.
    fn close(&mut self, at: Timestamp) {
        if let (Some(c), Some(since)) = (self.current, self.since.take())
            && let Some(item) = self.items.get_mut(c)
        {
            item.used += seconds_between(since, at);
        }
    }

    /// Runs the clock on item `i` from `at`: the running stretch of any other
    /// item is closed first.
    pub(crate) fn start(&mut self, i: usize, at: Timestamp) {
        self.close(at);
        self.current = Some(i);
        self.since = Some(at);
        if let Some(item) = self.items.get_mut(i) {
            item.started.get_or_insert(at);
        }
    }

    /// Stops the clock at `at`, keeping the time used.
    pub(crate) fn pause(&mut self, at: Timestamp) {
        self.close(at);
    }

    /// Checks the agenda against `model`: every part names a step or a
    /// challenge there is, minutes are within a day, the current item exists.
    pub fn check(&self, model: &Assessment) -> Result<(), Problem> {
        for item in &self.items {
            check_part(model, &item.part)?;
            check_minutes(item.planned)?;
            if item.extended > MOST_MINUTES {
                check_minutes(item.extended)?;
            }
        }
        if let Some(c) = self.current.filter(|c| *c >= self.items.len()) {
            return Err(Problem::DanglingId {
                kind: "agenda-item",
                id: (c + 1).to_string(),
            });
        }
        Ok(())
    }
}

/// Whole seconds from `from` to `to`; none when `to` is earlier (a clock set
/// back between two commands never makes time used shrink).
fn seconds_between(from: Timestamp, to: Timestamp) -> u64 {
    u64::try_from(to.as_second() - from.as_second()).unwrap_or(0)
}

/// Refuses a part that names a step or a challenge `model` does not have.
pub fn check_part(model: &Assessment, part: &Part) -> Result<(), Problem> {
    match part {
        // A step the model's workshop lacks (a circle in a model without
        // links) is refused like one no workshop has: its time would never run.
        // The steps are the workshop's own list (`StepKey`), the queue's too.
        Part::Step(step) if !model.has_step(step) => Err(Problem::DanglingId {
            kind: "step",
            id: step.clone(),
        }),
        Part::Challenge(id) if model.challenge(id).is_none() => Err(Problem::DanglingId {
            kind: "challenge",
            id: id.clone(),
        }),
        _ => Ok(()),
    }
}

/// Refuses planned minutes outside 1 to [`MOST_MINUTES`]: an item with no
/// time is left out of the agenda rather than planned at nothing.
pub fn check_minutes(minutes: u32) -> Result<(), Problem> {
    if !(1..=MOST_MINUTES).contains(&minutes) {
        return Err(Problem::AgendaMinutes {
            minutes,
            most: MOST_MINUTES,
        });
    }
    Ok(())
}
