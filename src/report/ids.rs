//! The ids exports give enums: English and snake_case, one language whatever the
//! session's, so that a consultant's table of Swedish and English sessions has
//! one value per group or agreement band. The names a person reads are exported
//! beside them, in the session's language, from the catalogue.

use crate::model::Assessment;
use crate::model::scoring::{Agreement, RoleGroup};

/// A group's id as exports give it: the model group's `export_id` (the embedded
/// model's roles keep the English ids exports have always given them, e.g.
/// `municipal_management`), a group the session added by its id, and
/// `merged` for groups too small to show alone.
pub fn group(model: &Assessment, g: &RoleGroup) -> String {
    match g {
        RoleGroup::Role(id) => (model.groupings.iter())
            .find_map(|x| x.group(id))
            .map_or_else(|| id.clone(), |x| x.export_id().to_owned()),
        RoleGroup::Merged => MERGED.to_owned(),
    }
}

/// The id of the groups merged for privacy.
pub const MERGED: &str = "merged";

/// An agreement band's id.
pub fn agreement(a: Agreement) -> &'static str {
    match a {
        Agreement::Samstammigt => "in_agreement",
        Agreement::Delat => "divided",
        Agreement::Splittrat => "split",
    }
}

/// A round's channel's id, as CSV and JSON give it.
pub fn channel(c: crate::model::round::Channel) -> &'static str {
    match c {
        crate::model::round::Channel::Keyboard => "keyboard",
        crate::model::round::Channel::Hands => "hands",
        crate::model::round::Channel::Room => "room",
    }
}
