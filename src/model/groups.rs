//! The participants' groups a model offers: one or more groupings (the roles in
//! a group of municipal companies, the partner municipalities, the level of leadership), each
//! a list of groups. A participant is in at most one group of each grouping;
//! a session copies the default groups and may add its own to an open
//! grouping (docs/model-format.md, "Groups").

use crate::text::Text;
use serde::{Deserialize, Serialize};

fn yes() -> bool {
    true
}

/// One way of dividing the room into groups.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grouping {
    /// Stable id, unique among the model's groupings.
    pub id: String,
    /// What the grouping divides by, as a heading ("Role", "Partner municipality").
    pub name: Text,
    /// Where in the report the grouping comes from. Required by the
    /// validator; defaulted so that a file without it gets klarhet's message.
    #[serde(default)]
    pub source: String,
    /// Its groups, in the order they are shown.
    pub groups: Vec<Group>,
    /// A session may add groups of its own to this grouping.
    #[serde(default = "yes")]
    pub open: bool,
}

/// One group of a grouping.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable id, unique across every grouping of the model, without
    /// whitespace: a session's participant line starts with it.
    pub id: String,
    /// The id CSV and JSON give the group where it must differ from `id`:
    /// exports that have named a group in one way keep naming it so (a
    /// consultant's table across sessions has one value per group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_id: Option<String>,
    /// The group's name.
    pub name: Text,
    /// Who belongs to it, where the name alone does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Where in the report the group comes from (or, `own`, what it rests on).
    #[serde(default)]
    pub source: String,
    /// Suggested for a new session: a session starts with these.
    #[serde(default = "yes")]
    pub default: bool,
    /// True when the report does not name the group and it is klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

impl Grouping {
    /// The group with `id`, if it is this grouping's.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
}

impl Group {
    /// The id exports give the group.
    pub fn export_id(&self) -> &str {
        self.export_id.as_deref().unwrap_or(&self.id)
    }
}

/// True for a group id a session file can name the group by: one word of
/// letters, digits and `_`, starting with a letter or `_` (a participant's
/// line starts with it, and a counted box is keyed by it as a name).
pub fn is_group_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// What joins one participant's groups (one per grouping) in a session file.
pub const GROUP_JOIN: char = '+';

/// A group id made from the name a facilitator typed: lower case, åäö as a
/// and o, every run of other signs one `_`, a leading `g_` where it would start
/// with no letter, and `_2`, `_3` … after it while `taken` says the id is.
pub fn id_from_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = String::new();
    for c in name.trim().to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    let id = id.trim_end_matches('_');
    let id = match id.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => id.to_owned(),
        _ => format!("g_{id}").trim_end_matches('_').to_owned(),
    };
    let mut unique = id.clone();
    let mut n = 2;
    while taken(&unique) {
        unique = format!("{id}_{n}");
        n += 1;
    }
    unique
}

#[cfg(test)]
#[path = "halmstad_groups_tests.rs"]
pub mod halmstad_ids;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_made_from_a_name_is_one_word_a_session_file_can_hold() {
        assert_eq!(id_from_name("Skolchefer", |_| false), "skolchefer");
        assert_eq!(
            id_from_name(" Äldre- och omsorg ", |_| false),
            "aldre_och_omsorg"
        );
        assert_eq!(id_from_name("2:a linjen", |_| false), "g_2_a_linjen");
        assert_eq!(id_from_name("!!", |_| false), "g");
        let taken = |id: &str| id == "rektorer" || id == "rektorer_2";
        assert_eq!(id_from_name("Rektorer", taken), "rektorer_3");
        for name in [
            "Skolchefer",
            "Äldre- och omsorg",
            "2:a linjen",
            "!!",
            "日本",
        ] {
            assert!(is_group_id(&id_from_name(name, |_| false)), "{name}");
        }
    }

    #[test]
    fn a_group_id_is_one_word() {
        for ok in ["Politik", "politisk", "storre", "_x", "ab_12", "större"] {
            assert!(is_group_id(ok), "{ok}");
        }
        for bad in ["", "a b", "1a", "a+b", "a-b", "a.b", " a"] {
            assert!(!is_group_id(bad), "{bad}");
        }
    }
}

/// What the report found about the groups on one dimension, shown beside a
/// difference between the groups the session's own scores show on it
/// (docs/model-format.md, "Dimensions"). Format 1 called it `role_note`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupNote {
    /// The text.
    pub text: crate::text::Text,
    /// Where in the report it comes from.
    pub source: String,
    /// True when the text goes beyond the report: klarhet's, built on
    /// `source`, and always shown as klarhet's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
    /// The grouping whose groups the note speaks of, by id: shown only when
    /// the session breaks its figures down by that grouping (a note on larger
    /// and smaller municipalities says nothing of a breakdown by level). None:
    /// beside any breakdown, as a model with one grouping needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grouping: Option<String>,
}

impl GroupNote {
    /// True when the note may stand beside a breakdown by `grouping`.
    pub fn fits(&self, grouping: Option<&str>) -> bool {
        self.grouping.is_none() || self.grouping.as_deref() == grouping
    }
}
