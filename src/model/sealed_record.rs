//! A ballot sealed as a record: passing the last statement of a round counts
//! the ballot, and the change kept for it is [`Change::Sealed`], the ballot's
//! answers counted together with no voter, so that the journal that keeps it
//! can be written again without the lines that tied them to the voter (see
//! `store::sealing`).

use crate::error::Problem;
use crate::model::assessment::{Assessment, Challenge};
use crate::model::journal::{Change, on_scale};
use crate::model::pending::Pending;
use crate::model::session::{Answer, Session};

impl Session {
    /// Passes `voter` on to `count` statements of `c`, as [`Session::pass_in`]
    /// does, and gives the change that keeps it: how far they got while their
    /// ballot is open, or, when this seals it, the ballot as it leaves them.
    pub(in crate::model) fn pass_recorded(
        &mut self,
        c: &Challenge,
        voter: u32,
        count: usize,
    ) -> Change {
        let round = self.current_round(&c.id);
        if self.finished(c, voter) || count < self.round_len(c) {
            self.pass_in(c, voter, count);
            return Change::Passed {
                challenge: c.id.clone(),
                voter,
                count,
                round,
            };
        }
        let answers: Vec<(String, Answer)> = c
            .statements
            .iter()
            .filter_map(|s| Some((s.id.clone(), self.responses.open_answer(&s.id, voter)?)))
            .collect();
        let mut waiting = Pending::default();
        waiting.add(&answers);
        self.pass_in(c, voter, count);
        Change::Sealed {
            challenge: c.id.clone(),
            voters: vec![voter],
            waiting,
            round,
        }
    }

    /// Counts `voters`' sealed ballots, `waiting`, in: each voter finished,
    /// any open answer of theirs to `c` gone (it is in `waiting`). Checked as a
    /// file's waiting ballots are; a record whose voters are all finished
    /// already is in the file when `replaying`, and refused otherwise.
    pub(super) fn take_sealed(
        &mut self,
        model: &Assessment,
        c: &Challenge,
        voters: &[u32],
        waiting: &Pending,
        replaying: bool,
    ) -> Result<(), Problem> {
        let in_order = voters.windows(2).all(|w| w[0] < w[1]);
        let statements_of_c = waiting.answers.iter().all(|(s, t)| {
            c.statements.iter().any(|x| x.id == *s) && t.total() as usize <= voters.len()
        });
        if voters.is_empty()
            || !in_order
            || waiting.voters as usize != voters.len()
            || !statements_of_c
        {
            return Err(Problem::DamagedRecord);
        }
        for (statement, tally) in &waiting.answers {
            for value in tally.counts.keys() {
                on_scale(model, statement, Answer::Value(*value))?;
            }
            if tally.unknown > 0 {
                on_scale(model, statement, Answer::Unknown)?;
            }
        }
        let finished = voters.iter().filter(|v| self.finished(c, **v)).count();
        if finished == voters.len() && replaying {
            return Ok(());
        }
        if finished > 0 {
            return Err(Problem::AlreadyCounted {
                challenge: c.id.clone(),
            });
        }
        for voter in voters {
            for s in &c.statements {
                self.responses.take(&s.id, *voter);
            }
            self.pass(&c.id, *voter, self.round_len(c));
        }
        self.settle(&c.id);
        self.pending.entry(c.id.clone()).or_default().join(waiting);
        self.note_people();
        Ok(())
    }
}
