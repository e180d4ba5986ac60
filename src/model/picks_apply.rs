//! The session's side of the private votes (src/model/picks.rs): checking
//! and making their changes, as the commands and a file's replay do.

use super::picks::{Pick, PickChange, Picks, Poll, Polls, choice_kind, choices};
use crate::error::{ConstructFault, Problem};
use crate::model::assessment::Assessment;
use crate::model::session::Session;

impl Session {
    /// Every poll the group has voted in.
    pub fn polls(&self) -> &Polls {
        &self.polls
    }

    /// The picks of `poll`, if anyone has voted in it.
    pub fn picks(&self, poll: &Poll) -> Option<&Picks> {
        self.polls.get(poll)
    }

    /// The change [`crate::model::Command::Pick`] makes, checked.
    pub(in crate::model) fn pick(
        &self,
        model: &Assessment,
        poll: Poll,
        voter: u32,
        pick: Pick,
    ) -> Result<PickChange, Problem> {
        if !self.is_voter(voter) {
            return Err(Problem::DanglingId {
                kind: "participant",
                id: voter.to_string(),
            });
        }
        let change = PickChange::Picked { poll, voter, pick };
        self.check_picks(model, &change)?;
        Ok(change)
    }

    /// The change [`crate::model::Command::ShowPicks`] makes: none when
    /// nothing waits, or fewer voters wait than may be shown together.
    pub(in crate::model) fn show_picks(
        &self,
        model: &Assessment,
        poll: Poll,
    ) -> Result<Option<PickChange>, Problem> {
        choices(model, self, &poll)?;
        let waiting = self.picks(&poll).map_or(0, |p| p.waiting.total());
        if waiting == 0 || waiting < self.min_writers() as u64 {
            return Ok(None);
        }
        Ok(Some(PickChange::Shown { poll }))
    }

    /// Checks `change` against the model and the session as it is.
    fn check_picks(&self, model: &Assessment, change: &PickChange) -> Result<(), Problem> {
        match change {
            PickChange::Picked { poll, voter, pick } => {
                let choices = choices(model, self, poll)?;
                if let Pick::Choice(id) = pick
                    && !choices.contains(id)
                {
                    return Err(Problem::DanglingId {
                        kind: choice_kind(poll),
                        id: id.clone(),
                    });
                }
                if self.picks(poll).is_some_and(|p| p.has_voted(*voter)) {
                    return Err(ConstructFault::AlreadyPicked.into());
                }
            }
            PickChange::Shown { poll } => {
                choices(model, self, poll)?;
            }
            PickChange::Reopened { poll } => {
                choices(model, self, poll)?;
                let picks = self.picks(poll);
                let shown = picks.is_some_and(|p| !p.shown.is_empty());
                let waiting = picks.is_some_and(|p| !p.waiting.is_empty());
                if !shown || waiting {
                    return Err(ConstructFault::ReopenNeedsShown.into());
                }
            }
        }
        Ok(())
    }

    /// The change [`crate::model::Command::ReopenPoll`] makes, checked.
    pub(in crate::model) fn reopen_poll(
        &self,
        model: &Assessment,
        poll: Poll,
    ) -> Result<PickChange, Problem> {
        let change = PickChange::Reopened { poll };
        self.check_picks(model, &change)?;
        Ok(change)
    }

    /// Makes `change`, checked as a command's or a file's is.
    pub(in crate::model) fn picks_changed(
        &mut self,
        model: &Assessment,
        change: &PickChange,
    ) -> Result<(), Problem> {
        self.check_picks(model, change)?;
        let self_assessment = self.is_self_assessment();
        match change {
            PickChange::Picked { poll, voter, pick } => {
                let picks = self.polls.entry(poll);
                picks.voters.insert(*voter);
                picks.waiting.add(pick);
                // One person's own pick is theirs to see at once.
                if self_assessment {
                    picks.show();
                }
            }
            PickChange::Shown { poll } => self.polls.entry(poll).show(),
            PickChange::Reopened { poll } => {
                let picks = self.polls.entry(poll);
                let shown = std::mem::take(&mut picks.shown);
                picks.earlier.push(shown);
                picks.voters.clear();
            }
        }
        Ok(())
    }

    /// Forgets that participant `id` voted: their pick stays counted, as a
    /// counted ballot's does when its voter leaves.
    pub(in crate::model) fn forget_picker(&mut self, id: u32) {
        if let Some(picks) = &mut self.polls.alternatives {
            picks.voters.remove(&id);
        }
        for picks in self.polls.areas.values_mut() {
            picks.voters.remove(&id);
        }
    }
}
