//! Ballot rounds over a session: casting, finishing (when a voter's answers leave
//! their name and wait, counted with the others not yet shown), and revealing,
//! which moves waiting answers into the ballot box only in steps of at least the
//! threshold of ballots.

use crate::error::Problem;
use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballot_box::{BallotBox, RoleGroup};
use crate::model::ballots::{Answer, Tally};
use crate::model::round::{Channel, RoundNo};
use crate::model::session::Session;
use crate::model::voter_map::VoterMap;

/// What a reveal did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revealed {
    /// Every counted ballot is now shown.
    All,
    /// Ballots counted since the last reveal that are not shown yet, because
    /// fewer than the threshold came in: showing them would show the difference.
    Waiting(u32),
}

impl Session {
    /// The ballot id of voter `index` in the order of [`Session::voters`],
    /// without building that list: a room of thousands asks this per row.
    pub fn voter_id(&self, index: usize) -> Option<u32> {
        if self.participants.is_empty() {
            let seat = u32::try_from(index).ok()?.checked_add(1)?;
            (seat <= self.headcount.unwrap_or(0)).then_some(seat)
        } else {
            self.participants.get(index).map(|p| p.id)
        }
    }

    /// How many vote in a ballot round, as [`Session::voters`] counts them.
    pub fn voter_count(&self) -> usize {
        if self.participants.is_empty() {
            self.headcount.unwrap_or(0) as usize
        } else {
            self.participants.len()
        }
    }

    /// Who votes in a ballot round: the participants, or in an anonymous room the
    /// numbered seats 1..=head count. Gives (ballot id, name to call out).
    pub fn voters(&self) -> Vec<(u32, String)> {
        if self.participants.is_empty() {
            (1..=self.headcount.unwrap_or(0))
                .map(|i| (i, format!("#{i}")))
                .collect()
        } else {
            self.participants
                .iter()
                .map(|p| (p.id, p.alias.clone()))
                .collect()
        }
    }

    /// How many statements of `challenge` `voter` has passed in a ballot round.
    pub fn passed(&self, challenge: &str, voter: u32) -> usize {
        self.progress
            .get(challenge)
            .and_then(|p| p.get(voter))
            .map_or(0, usize::from)
    }

    /// Records that `voter` has passed `count` statements of `challenge` (it only
    /// grows: going back to change an answer does not undo the progress).
    pub(in crate::model) fn pass(&mut self, challenge: &str, voter: u32, count: usize) {
        // No challenge has 65,535 statements: a count beyond means all of them.
        let count = u16::try_from(count).unwrap_or(u16::MAX);
        if !self.progress.contains_key(challenge) {
            self.progress
                .insert(challenge.to_owned(), VoterMap::default());
        }
        if let Some(passed) = self.progress.get_mut(challenge) {
            let before = passed.get(voter).unwrap_or(0);
            passed.insert(voter, before.max(count));
        }
    }

    /// Forgets a participant who leaves: their open answers and their progress.
    /// Their counted ballots stay counted. Someone who had begun to answer
    /// leaves a session that had more than its one person: it is no longer a
    /// self-assessment, whoever is left (see [`Session::note_people`]).
    pub(in crate::model) fn forget(&mut self, participant: u32) {
        let answered = self.progress.values().any(|p| p.contains(participant))
            || self.responses.has_any(participant);
        if answered {
            self.privacy.several = true;
        }
        self.responses.forget(participant);
        for voters in self.progress.values_mut() {
            voters.remove(participant);
        }
    }

    /// Casts `voter`'s answer to `statement` of challenge `c` in its current
    /// round (the first vote on `c` opens round 1). Refused once the voter has
    /// finished the round: their ballot is counted and no longer theirs to
    /// change; and for a statement the round does not ask.
    pub(in crate::model) fn cast(
        &mut self,
        c: &Challenge,
        statement: &str,
        voter: u32,
        answer: Answer,
    ) -> Result<(), Problem> {
        if self.finished(c, voter) {
            return Err(Problem::AlreadyCounted {
                challenge: c.id.clone(),
            });
        }
        if !self.in_round(c, statement) {
            return Err(Problem::NotInRound {
                statement: statement.to_owned(),
                round: self.current_round(&c.id),
            });
        }
        self.responses.cast(statement, voter, answer)?;
        self.note_round(c, Channel::Keyboard);
        self.note_people();
        Ok(())
    }

    /// Sets the show-of-hands counts of `statement` of challenge `c` in its
    /// current round (the first count opens round 1). Refused for a statement
    /// that has ballots, or that the round does not ask.
    pub(in crate::model) fn count_hands(
        &mut self,
        c: &Challenge,
        statement: &str,
        tally: Tally,
    ) -> Result<(), Problem> {
        if !self.in_round(c, statement) {
            return Err(Problem::NotInRound {
                statement: statement.to_owned(),
                round: self.current_round(&c.id),
            });
        }
        self.responses.set_tally(statement, tally)?;
        self.note_round(c, Channel::Hands);
        Ok(())
    }

    /// True when `voter` has passed every statement of `c`'s current round, so
    /// their ballot is counted.
    pub fn finished(&self, c: &Challenge, voter: u32) -> bool {
        self.passed(&c.id, voter) >= self.round_len(c)
    }

    /// Records that `voter` has passed `count` statements of `c`'s current
    /// round; when that is all of them, their answers are counted into the
    /// ballot box.
    pub(in crate::model) fn pass_in(&mut self, c: &Challenge, voter: u32, count: usize) {
        let was = self.finished(c, voter);
        self.note_round(c, Channel::Keyboard);
        self.pass(&c.id, voter, count);
        if !was && self.finished(c, voter) {
            self.seal(c, voter);
        }
    }

    /// Takes `voter`'s open answers to `c` from their id: the finished ballot
    /// waits, counted with the others not yet shown (see [`crate::model::pending`]),
    /// under their role group (a role with too few participants to show alone is
    /// counted as "övriga") for the first reveal's role groups.
    fn seal(&mut self, c: &Challenge, voter: u32) {
        let group = self.group_of(voter);
        self.seal_as(c, voter, group);
    }

    /// [`Session::seal`] with the voter's group already known.
    fn seal_as(&mut self, c: &Challenge, voter: u32, group: RoleGroup) {
        let answers: Vec<(String, Answer)> = c
            .statements
            .iter()
            .filter_map(|s| Some((s.id.clone(), self.responses.take(&s.id, voter)?)))
            .collect();
        self.wait(&c.id, group, &answers, self.straight_asked(c));
        self.note_people();
    }

    /// The group a voter's ballot is counted under.
    fn group_of(&self, voter: u32) -> RoleGroup {
        let shown = crate::model::privacy::counts_in(self, self.known_groups());
        self.counted_in(&shown, voter)
    }

    /// [`Session::group_of`] with the groups shown (`role_counts`) known.
    fn counted_in(&self, shown: &[(RoleGroup, usize)], voter: u32) -> RoleGroup {
        self.participants
            .by_id(voter)
            .and_then(|p| self.breakdown_group_of(p))
            .map(|g| RoleGroup::Role(g.to_owned()))
            .filter(|g| shown.iter().any(|(s, _)| s == g))
            .unwrap_or(RoleGroup::Merged)
    }

    /// Passes each of `voters` (ascending, each once) on to the end of `c`'s
    /// current round and counts their open answers to `c`, as
    /// [`Session::pass_in`] and [`Session::seal`] would one voter at a time,
    /// but taking everyone's answers in one walk over each statement's
    /// ballots: a reveal that counts a room of thousands costs what its seats
    /// do, not their square.
    pub(in crate::model) fn seal_many(&mut self, c: &Challenge, voters: &[u32]) {
        if voters.is_empty() {
            return;
        }
        let count = u16::try_from(self.round_len(c)).unwrap_or(u16::MAX);
        let progress = self.progress.entry(c.id.clone()).or_default();
        progress.update_many(voters, |before| before.unwrap_or(0).max(count));
        let taken: Vec<(String, VoterMap<Answer>)> = (c.statements.iter())
            .map(|s| (s.id.clone(), self.responses.take_many(&s.id, voters)))
            .collect();
        let shown = crate::model::privacy::counts_in(self, self.known_groups());
        let asked = self.straight_asked(c);
        for &voter in voters {
            let answers: Vec<(String, Answer)> = (taken.iter())
                .filter_map(|(id, open)| Some((id.clone(), open.get(voter)?)))
                .collect();
            let group = self.counted_in(&shown, voter);
            self.wait(&c.id, group, &answers, asked);
        }
        self.note_people();
    }

    /// Reveals challenge `c`'s counted ballots, statement by statement: a
    /// statement's waiting answers are shown when there are at least the
    /// threshold of them, otherwise they wait, and it is said how many. What was
    /// shown before always counts as shown (a self-assessment's one answer too,
    /// once others have joined), so that no two figures differ by fewer than the
    /// threshold. Counted per statement, because a voter may skip one: three new
    /// ballots can be two new answers.
    pub(in crate::model) fn reveal(&mut self, c: &str) -> Revealed {
        self.settle(c);
        let k = u32::try_from(self.disclosure_threshold()).unwrap_or(u32::MAX);
        let ready: Vec<String> = self
            .pending
            .get(c)
            .map(|p| {
                p.answers
                    .iter()
                    .filter(|(_, t)| t.total() >= k)
                    .map(|(id, _)| id.clone())
                    .collect()
            })
            .unwrap_or_default();
        if !ready.is_empty() {
            self.join_box(c, &ready);
        }
        match self.waiting(c) {
            0 => Revealed::All,
            n => Revealed::Waiting(n),
        }
    }

    /// The most answers to any statement of `c` counted since it was last shown
    /// and not shown yet. A statement never shown is not said to wait: it has
    /// too few answers to show.
    pub fn waiting(&self, c: &str) -> u32 {
        let Some(shown) = self.revealed.get(c) else {
            return 0;
        };
        let pending = self.pending_of(c);
        pending
            .answers
            .iter()
            .filter(|(s, _)| shown.tally(s).total() > 0)
            .map(|(_, t)| t.total())
            .max()
            .unwrap_or(0)
    }

    /// How many ballots of `c` are counted: shown or waiting, not open.
    pub fn counted(&self, c: &str) -> u32 {
        let shown = self.revealed.get(c).map_or(0, BallotBox::voters);
        shown.saturating_add(self.pending_of(c).voters)
    }

    /// Ends every round: each open ballot is counted, as if its voter had finished,
    /// and every challenge is revealed where the threshold allows. For sessions
    /// saved before ballots were counted apart from names, and for examples.
    pub(in crate::model) fn close_rounds(&mut self, model: &Assessment) {
        for c in &model.challenges {
            let ids = c.statements.iter().map(|s| s.id.as_str());
            let voters: Vec<u32> = self.responses.open_voters(ids).into_iter().collect();
            // Everyone at once: an old file of thousands opens in linear time.
            self.seal_many(c, &voters);
            self.reveal(&c.id);
        }
    }

    /// What screens and exports show of `statement` in challenge `c`: a show of
    /// hands as counted, a ballot round as far as it has been revealed; of the
    /// latest round that shows anything of it, so that a later round shows the
    /// earlier figures until its own are revealed.
    /// A round whose straight-lined ballots are left out shows its figures
    /// without them (see [`crate::model::careless`]).
    pub fn shown_tally(&self, c: &str, statement: &str) -> Tally {
        let (round, raw) = self.shown_round(c, statement);
        self.kept_tally(c, round, statement, raw)
    }

    /// The round whose figures of `statement` in `c` are shown, as
    /// [`Session::shown_tally`] picks it, with its tally as counted.
    pub fn shown_round(&self, c: &str, statement: &str) -> (RoundNo, Tally) {
        let now = self.current_tally(c, statement);
        if now.total() > 0 || self.responses.is_tally(statement) {
            return (self.current_round(c), now);
        }
        self.earlier_tally(c, statement)
            .unwrap_or((self.current_round(c), now))
    }

    /// How many answers `statement` of `c` has so far, counted or not, shown or
    /// not: a count for the facilitator's progress, never what was answered.
    pub fn answer_count(&self, c: &str, statement: &str) -> u32 {
        let shown = self
            .revealed
            .get(c)
            .map_or(0, |b| b.tally(statement).total());
        let waiting = self.pending_of(c).tally(statement).total();
        shown
            .saturating_add(waiting)
            .saturating_add(self.responses.tally(statement).total())
    }

    /// True when any ballot was cast on `c`, counted or open.
    pub fn has_ballots(&self, c: &Challenge) -> bool {
        self.counted(&c.id) > 0
            || !self.pending_of(&c.id).is_empty()
            || c.statements
                .iter()
                .any(|s| !self.responses.is_tally(&s.id) && self.responses.tally(&s.id).total() > 0)
    }
}
