//! A participant: a number, an alias and their groups, at most one of each of
//! the model's groupings (see [`crate::model::groups`]).

use serde::{Deserialize, Serialize};

/// A participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Form", into = "Form")]
pub struct Participant {
    /// Number, unique within the session; ballots refer to it.
    pub id: u32,
    /// Alias (need not be a real name).
    pub alias: String,
    /// The ids of their groups, in the order of the groupings: none, or one
    /// group of each grouping at most.
    pub groups: Vec<String>,
}

impl Participant {
    /// True when `group` is one of theirs.
    pub fn is_in(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group)
    }
}

/// A participant as the struct form writes one (a journal's lines, files
/// from before the map form): one group as `role: Politik`, as every file
/// has named a role, and none or several as `groups: [...]`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Participant")]
struct Form {
    id: u32,
    alias: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::model::group_words::write_some",
        deserialize_with = "crate::model::group_words::read_some"
    )]
    role: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    groups: Vec<String>,
}

impl From<Form> for Participant {
    fn from(f: Form) -> Participant {
        Participant {
            id: f.id,
            alias: f.alias,
            groups: f.role.into_iter().chain(f.groups).collect(),
        }
    }
}

impl From<Participant> for Form {
    fn from(p: Participant) -> Form {
        let one = p.groups.len() == 1;
        let mut groups = p.groups;
        Form {
            id: p.id,
            alias: p.alias,
            role: if one { groups.pop() } else { None },
            groups,
        }
    }
}
