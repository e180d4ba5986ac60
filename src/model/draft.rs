//! Text typed into a form and not yet saved with it. The session keeps it while
//! the form is open, so that a crash, a kill or a power cut loses at most the
//! last moment of typing; saving or closing the form clears it.

use crate::model::session::{MeasureRef, Status};
use serde::{Deserialize, Serialize};

/// An open form's text as typed, and the field the cursor was in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The form and what was typed into it.
    pub form: DraftForm,
    /// The field that had the cursor, counted from the form's first.
    #[serde(default)]
    pub focus: usize,
}

/// A form of the workbench with every field as it stood, typed or chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum DraftForm {
    /// The session's details, changed on the setup screen.
    Setup {
        /// The organisation's name.
        organisation: String,
        /// The facilitator.
        facilitator: String,
        /// The date as typed (it may not be a date yet).
        date: String,
        /// The municipality code as typed; absent from drafts written before it.
        #[serde(default)]
        kommunkod: String,
    },
    /// A participant being added (`id` none) or edited.
    Participant {
        /// The participant edited, or none for a new one.
        id: Option<u32>,
        /// The alias.
        alias: String,
        /// The group chosen, when one is: written `role: Politik`, as drafts
        /// have always named a role (see [`DraftForm::participant`]).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            serialize_with = "crate::model::group_words::write_some",
            deserialize_with = "crate::model::group_words::read_some"
        )]
        role: Option<String>,
        /// The groups chosen, when none or more than one is.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        groups: Vec<String>,
    },
    /// The agreed score of a challenge.
    Agreed {
        /// The challenge's id.
        challenge: String,
        /// The severity as typed.
        severity: String,
        /// Why.
        rationale: String,
        /// Notes on the challenge.
        notes: String,
    },
    /// The action for an adopted recommendation, or for a measure of the
    /// chosen alternative.
    Action {
        /// The recommendation's id; empty, and not written, for a measure's
        /// action, as in the item itself.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        recommendation: String,
        /// The measure, for a measure's action.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        measure: Option<MeasureRef>,
        /// The effektmål.
        effect_goal: String,
        /// Who owns it.
        owner: String,
        /// The due date as typed.
        due: String,
        /// The status chosen.
        status: Status,
    },
    /// An area of the collaboration being placed in a phase, with a note.
    Placement {
        /// The area's id.
        area: String,
        /// The phase chosen, by its id.
        phase: String,
        /// The note as typed.
        note: String,
    },
    /// The reason for choosing one of the model's alternatives.
    Choice {
        /// The alternative's id.
        alternative: String,
        /// The reason as typed.
        reason: String,
    },
    /// The note on a row of the discussion queue, written during the
    /// conversation after a reveal.
    TopicNote {
        /// The row: a challenge or one of its statements.
        topic: crate::model::discussion::Topic,
        /// The note as typed.
        note: String,
    },
}

impl DraftForm {
    /// The participant form with `groups` chosen.
    pub fn participant(id: Option<u32>, alias: String, mut groups: Vec<String>) -> DraftForm {
        let role = (groups.len() == 1).then(|| groups.remove(0));
        DraftForm::Participant {
            id,
            alias,
            role,
            groups,
        }
    }

    /// The groups chosen on a participant form; none on another form.
    pub fn groups(&self) -> Vec<String> {
        match self {
            DraftForm::Participant { role, groups, .. } => {
                role.iter().chain(groups).cloned().collect()
            }
            _ => Vec::new(),
        }
    }
}
