//! The group's choice among the model's alternatives, with its reason
//! (docs/model-format.md, "Alternatives"). A choice without a why is not what
//! the report asks for, so the reason is required. A later choice replaces the
//! earlier one as the group's, and the earlier ones are kept behind it in the
//! order they were made, so that the report and a reader of the file can see
//! that the group changed its mind, and from what.

use crate::error::{ConstructFault, Problem};
use crate::model::assessment::Assessment;
use crate::model::journal::Change;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};

/// One alternative chosen, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chosen {
    /// The alternative's id in the model.
    pub alternative: String,
    /// Why the group chose it, as the facilitator wrote it.
    pub reason: String,
}

/// The group's choice as it stands, and the choices it replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The alternative's id in the model.
    pub alternative: String,
    /// Why the group chose it.
    pub reason: String,
    /// The choices made before this one, oldest first. Absent until the group
    /// has chosen twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Chosen>,
}

impl Choice {
    /// The choice as it stands, without what it replaced.
    pub fn now(&self) -> Chosen {
        Chosen {
            alternative: self.alternative.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// Checks that `model` has the alternative `id`: refused when the model has no
/// alternatives at all, or none with that id.
pub(in crate::model) fn alternative_of(model: &Assessment, id: &str) -> Result<(), Problem> {
    let Some(alternatives) = &model.alternatives else {
        return Err(ConstructFault::NoAlternatives.into());
    };
    match alternatives.item(id) {
        Some(_) => Ok(()),
        None => Err(Problem::DanglingId {
            kind: "alternative",
            id: id.to_owned(),
        }),
    }
}

impl Session {
    /// The change [`crate::model::Command::Choose`] makes, checked; none when
    /// the group chose the same alternative for the same reason again.
    pub(in crate::model) fn choose(
        &self,
        model: &Assessment,
        alternative: String,
        reason: String,
    ) -> Result<Option<Change>, Problem> {
        // Kept as typed around its words: the report quotes it.
        let reason = reason.trim().to_owned();
        let chosen = Chosen {
            alternative,
            reason,
        };
        may_choose(model, &chosen)?;
        if self.choice.as_ref().map(Choice::now).as_ref() == Some(&chosen) {
            return Ok(None);
        }
        Ok(Some(Change::Chosen(chosen)))
    }

    /// Replays [`Change::Chosen`]: the choice becomes the group's, and the one
    /// it replaces is kept behind it. The choice that stands already is not
    /// made again, so replaying the change twice keeps one record of it.
    pub(in crate::model) fn chosen(
        &mut self,
        model: &Assessment,
        chosen: &Chosen,
    ) -> Result<(), Problem> {
        may_choose(model, chosen)?;
        match self.choice.take() {
            Some(choice) if choice.now() == *chosen => self.choice = Some(choice),
            replaced => {
                let earlier = match replaced {
                    Some(Choice {
                        alternative,
                        reason,
                        mut earlier,
                    }) => {
                        earlier.push(Chosen {
                            alternative,
                            reason,
                        });
                        earlier
                    }
                    None => Vec::new(),
                };
                self.choice = Some(Choice {
                    alternative: chosen.alternative.clone(),
                    reason: chosen.reason.clone(),
                    earlier,
                });
            }
        }
        Ok(())
    }
}

/// A choice names an alternative the model has, and gives a reason.
pub(in crate::model) fn may_choose(model: &Assessment, chosen: &Chosen) -> Result<(), Problem> {
    alternative_of(model, &chosen.alternative)?;
    if chosen.reason.trim().is_empty() {
        return Err(ConstructFault::NoReason {
            alternative: chosen.alternative.clone(),
        }
        .into());
    }
    Ok(())
}
