//! What can be wrong with a model's groupings or a session's groups (issue 28,
//! "Groups"), as values every language can put into words.

use crate::text::Lang;

/// A rule of the groups broken, in a model file, a session file or a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupProblem {
    /// A group id that is not one word a session file can name the group by.
    BadGroupId { id: String },
    /// A grouping without groups.
    EmptyGrouping { id: String },
    /// A participant given two groups of one grouping.
    TwoGroups { grouping: String },
    /// A group added to a grouping the model keeps closed.
    ClosedGrouping { grouping: String },
    /// The breakdown changed after figures were shown.
    BreakdownFixed,
}

impl GroupProblem {
    /// The problem in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            GroupProblem::BadGroupId { id } => {
                crate::tr!(lang, "problem-bad-group-id", id = id.as_str())
            }
            GroupProblem::EmptyGrouping { id } => {
                crate::tr!(lang, "problem-empty-grouping", id = id.as_str())
            }
            GroupProblem::TwoGroups { grouping } => {
                crate::tr!(lang, "problem-two-groups", grouping = grouping.as_str())
            }
            GroupProblem::ClosedGrouping { grouping } => {
                crate::tr!(
                    lang,
                    "problem-closed-grouping",
                    grouping = grouping.as_str()
                )
            }
            GroupProblem::BreakdownFixed => crate::tr!(lang, "problem-breakdown-fixed"),
        }
    }
}

impl From<GroupProblem> for super::Problem {
    fn from(p: GroupProblem) -> super::Problem {
        super::Problem::Group(p)
    }
}
