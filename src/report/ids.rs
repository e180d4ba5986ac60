//! The ids exports give enums: English and snake_case, one language whatever the
//! session's, so that a consultant's table of Swedish and English sessions has
//! one value per role or agreement band. The names a person reads are exported
//! beside them, in the session's language, from the catalogue.

use crate::model::scoring::{Agreement, RoleGroup};
use crate::model::session::Role;

/// A role group's id, e.g. `municipal_management`, or `merged` for roles too
/// small to show alone.
pub fn group(g: RoleGroup) -> &'static str {
    match g {
        RoleGroup::Role(Role::Politik) => "politicians",
        RoleGroup::Role(Role::Kommunledning) => "municipal_management",
        RoleGroup::Role(Role::Forvaltning) => "administration",
        RoleGroup::Role(Role::Bolag) => "municipal_companies",
        RoleGroup::Role(Role::Ovrigt) => "other",
        RoleGroup::Merged => "merged",
    }
}

/// An agreement band's id.
pub fn agreement(a: Agreement) -> &'static str {
    match a {
        Agreement::Samstammigt => "in_agreement",
        Agreement::Delat => "divided",
        Agreement::Splittrat => "split",
    }
}

/// Every id [`group`] gives, for the schema's enum and the tests.
pub const GROUPS: [&str; 6] = [
    "politicians",
    "municipal_management",
    "administration",
    "municipal_companies",
    "other",
    "merged",
];

/// A round's channel's id, as CSV and JSON give it.
pub fn channel(c: crate::model::round::Channel) -> &'static str {
    match c {
        crate::model::round::Channel::Keyboard => "keyboard",
        crate::model::round::Channel::Hands => "hands",
        crate::model::round::Channel::Room => "room",
    }
}
