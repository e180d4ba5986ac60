//! Keeping a sealed ballot without writing the whole session: the journal is
//! written again, small, instead of the file, large.
//!
//! A ballot is sealed when its voter passes the last statement: its answers
//! leave the voter's id, and no file may tie them to the voter after that
//! (DESIGN.md §8). Until then the journal holds the voter's `Cast` records,
//! which do. Appending a seal behind them would keep the tie (by content and by
//! order), so the journal is rewritten instead, as one atomic replacement:
//! - every record that named one of the sealed voters with their answers or
//!   their progress in that challenge is left out;
//! - the ballots sealed since the file was written are one [`Change::Sealed`]
//!   per challenge: who finished, and their answers counted together with no
//!   voter and no order, which is how the session file itself keeps them.
//!
//! This is possible only when the session file holds none of the ballot's
//! answers (it was written before the voter began, as [`Base::open`] tells);
//! otherwise, or when the journal cannot be written, the caller writes the
//! session whole, as before. The rewrite costs what the journal holds (the open
//! ballots and the room's records since the file was written), never the size
//! of the session: one small file written and synced, renamed, and its folder
//! synced. A crash at any point leaves the old journal (nothing of the seal
//! was acknowledged) or the new one (all of it was).

use super::journal::{self, Base};
use crate::error::{Error, Problem, Result};
use crate::model::journal::Change;
use crate::model::pending::Pending;
use crate::model::round::RoundNo;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Keeps `changes`, at least one of which is [`Change::Sealed`], in the
/// journal of `session`, which continues `base`: the journal written again as
/// the module says. Refused (and nothing written) when the file holds an open
/// answer of a sealed ballot, or its open answers are not known, or the
/// journal continues another file: the caller then saves the session whole.
pub fn keep(session: &Path, base: &Base, changes: &[Change]) -> Result<()> {
    let path = journal::path_of(session);
    let refused = |problem| Error::Invalid {
        path: path.clone(),
        pos: None,
        problem,
        terms: None,
    };
    let Some(open) = &base.open else {
        return Err(refused(Problem::StaleJournal));
    };
    // Any open answer of a sealed voter in the file, to any challenge: the
    // file is written whole then (rarely: a round interrupted and resumed).
    let sealing: BTreeSet<u32> = changes
        .iter()
        .filter(|c| matches!(c, Change::Sealed { .. }))
        .flat_map(Change::voters)
        .collect();
    if open.iter().any(|(_, voter)| sealing.contains(voter)) {
        return Err(refused(Problem::StaleJournal));
    }
    let before = match journal::read(session)? {
        None => Vec::new(),
        Some(read) => match read.continues {
            Some(journal::Continues::File(b)) if b.same_file(base) => read.changes,
            // Nothing whole in it was ever acknowledged.
            None => Vec::new(),
            Some(_) => return Err(refused(Problem::StaleJournal)),
        },
    };
    let records = compact(
        before
            .into_iter()
            .map(|(_, c)| c)
            .chain(changes.iter().cloned()),
    );
    let mut text = base.header();
    for change in &records {
        text.push_str(&journal::line(change).map_err(|e| Error::io(&path, e))?);
    }
    super::write_atomic(&path, text.as_bytes())
}

/// The records, in order, less every one that ties a sealed voter to the
/// challenge they finished, with each challenge's sealed ballots as one record
/// at the end.
pub(super) fn compact(records: impl Iterator<Item = Change>) -> Vec<Change> {
    let records: Vec<Change> = records.collect();
    // Keyed by challenge and round: a journal never spans a round's opening (a
    // round opens with a whole save), but a record says which it was sealed in.
    let mut sealed: BTreeMap<(String, RoundNo), (BTreeSet<u32>, Pending)> = BTreeMap::new();
    for change in &records {
        if let Change::Sealed {
            challenge,
            voters,
            waiting,
            round,
        } = change
        {
            let (all, together) = sealed.entry((challenge.clone(), *round)).or_default();
            all.extend(voters);
            together.join(waiting);
        }
    }
    let is_sealed = |challenge: &String, voter: &u32| {
        sealed
            .iter()
            .any(|((c, _), (voters, _))| c == challenge && voters.contains(voter))
    };
    let mut kept: Vec<Change> = records
        .into_iter()
        .filter(|change| match change {
            Change::Cast {
                challenge, voter, ..
            }
            | Change::Passed {
                challenge, voter, ..
            } => !is_sealed(challenge, voter),
            Change::RoomAnswer {
                challenge, seat, ..
            } => !is_sealed(challenge, seat),
            Change::Sealed { .. } => false,
            // A seat, and the changes that are never journalled.
            _ => true,
        })
        .collect();
    kept.extend(
        sealed
            .into_iter()
            .map(|((challenge, round), (voters, waiting))| Change::Sealed {
                challenge,
                voters: voters.into_iter().collect(),
                waiting,
                round,
            }),
    );
    kept
}
