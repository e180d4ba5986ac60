//! The commands on a session's groups: a participant's groups are the
//! model's or the session's, one of each grouping at most; a session adds a
//! group of its own to an open grouping; and the breakdown is chosen before
//! anything is revealed, never after (two partitions of one room shown one
//! after the other can give away a person where each alone would not).

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::groups::is_group_id;
use crate::model::journal::Change;
use crate::model::session::Session;
use crate::model::session_groups::OwnGroup;

impl Session {
    /// Refuses groups that are neither the model's nor the session's, and two
    /// groups of one grouping.
    pub(in crate::model) fn check_groups(
        &self,
        model: &Assessment,
        groups: &[String],
    ) -> Result<(), Problem> {
        let mut seen: Vec<&str> = Vec::new();
        for g in groups {
            let Some(grouping) = self.grouping_of(model, g) else {
                let (kind, id) = ("group", g.clone());
                return Err(Problem::DanglingId { kind, id });
            };
            if seen.contains(&grouping.id.as_str()) {
                let grouping = grouping.id.clone();
                return Err(Problem::Group(crate::error::GroupProblem::TwoGroups {
                    grouping,
                }));
            }
            seen.push(&grouping.id);
        }
        Ok(())
    }

    /// The change [`crate::model::Command::AddGroup`] makes, checked.
    pub(in crate::model) fn add_group(
        &self,
        model: &Assessment,
        grouping: String,
        id: String,
        name: String,
    ) -> Result<Change, Problem> {
        let group = OwnGroup {
            grouping,
            id: id.trim().to_owned(),
            name: name.trim().to_owned(),
        };
        self.may_add_group(model, &group)?;
        Ok(Change::GroupAdded(group))
    }

    /// Checks a group the session would add.
    fn may_add_group(&self, model: &Assessment, group: &OwnGroup) -> Result<(), Problem> {
        let (grouping, id, name) = (&group.grouping, &group.id, &group.name);
        let Some(of) = model.groupings.iter().find(|g| &g.id == grouping) else {
            let (kind, id) = ("grouping", grouping.to_owned());
            return Err(Problem::DanglingId { kind, id });
        };
        if !of.open {
            let grouping = grouping.to_owned();
            return Err(Problem::Group(crate::error::GroupProblem::ClosedGrouping {
                grouping,
            }));
        }
        if !is_group_id(id) {
            return Err(Problem::Group(crate::error::GroupProblem::BadGroupId {
                id: id.to_owned(),
            }));
        }
        if self.grouping_of(model, id).is_some() {
            let (kind, id) = ("group", id.to_owned());
            return Err(Problem::DuplicateId { kind, id });
        }
        if name.is_empty() {
            return Err(Problem::EmptyId { kind: "group" });
        }
        Ok(())
    }

    /// Replays [`Change::GroupAdded`]: checked as the command was, and added
    /// once, so that replaying it again changes nothing.
    pub(in crate::model) fn group_added(
        &mut self,
        model: &Assessment,
        group: &OwnGroup,
    ) -> Result<(), Problem> {
        if self.groups.contains(group) {
            return Ok(());
        }
        self.may_add_group(model, group)?;
        self.groups.push(group.clone());
        self.know_groups(model);
        Ok(())
    }

    /// The change [`crate::model::Command::ChooseBreakdown`] makes, checked.
    pub(in crate::model) fn choose_breakdown(
        &self,
        model: &Assessment,
        grouping: String,
    ) -> Result<Change, Problem> {
        self.may_choose_breakdown(model, &grouping)?;
        Ok(Change::BreakdownChosen(grouping))
    }

    fn may_choose_breakdown(&self, model: &Assessment, grouping: &str) -> Result<(), Problem> {
        if !model.groupings.iter().any(|g| g.id == grouping) {
            let (kind, id) = ("grouping", grouping.to_owned());
            return Err(Problem::DanglingId { kind, id });
        }
        let same = self.breakdown(model).is_some_and(|g| g.id == grouping);
        if !same && self.anything_revealed() {
            return Err(Problem::Group(crate::error::GroupProblem::BreakdownFixed));
        }
        Ok(())
    }

    /// Replays [`Change::BreakdownChosen`].
    pub(in crate::model) fn breakdown_chosen(
        &mut self,
        model: &Assessment,
        grouping: &str,
    ) -> Result<(), Problem> {
        self.may_choose_breakdown(model, grouping)?;
        // The model's first is the breakdown unless another is chosen: choosing
        // it writes nothing, so that the file stays as it was.
        let first = model.groupings.first().is_some_and(|g| g.id == grouping);
        self.breakdown = (!first).then(|| grouping.to_owned());
        self.know_groups(model);
        Ok(())
    }

    /// True once any figures have been shown: a reveal, or a round closed
    /// with shown ballots.
    fn anything_revealed(&self) -> bool {
        !self.revealed.is_empty()
            || self.reveals.values().any(|n| *n > 0)
            || (self.rounds.values().flatten())
                .any(|r| r.closed.as_ref().is_some_and(|k| k.revealed.voters() > 0))
    }
}
