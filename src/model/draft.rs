//! Text typed into a form and not yet saved with it. The session keeps it while
//! the form is open, so that a crash, a kill or a power cut loses at most the
//! last moment of typing; saving or closing the form clears it.

use crate::model::session::{Role, Status};
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
        /// The role chosen.
        role: Role,
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
    /// The action for an adopted recommendation.
    Action {
        /// The recommendation's id.
        recommendation: String,
        /// The effektmål.
        effect_goal: String,
        /// Who owns it.
        owner: String,
        /// The due date as typed.
        due: String,
        /// The status chosen.
        status: Status,
    },
}
