//! A statement's rounds side by side: each round that asked it, with the
//! figures it may show, so that a reveal and every report can show how the
//! group moved after talking. The same rule as for the one round shown
//! ([`super::shown`]) is applied to each round on its own: a ballot round's
//! figures are shown only when at least the threshold of its ballots were
//! revealed together, a show of hands is public. A round whose ballots were
//! never revealed shows nothing and is left out. No figure is made from two
//! rounds together: they are separate votes, each shown as its own whole.

use super::StatementStats;
use crate::model::assessment::{Assessment, Challenge};
use crate::model::round::{Channel, RoundNo};
use crate::model::session::Session;

/// One round's figures for one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundFigures {
    /// The round's number within its challenge.
    pub round: RoundNo,
    /// How its answers were given.
    pub channel: Channel,
    /// Its statistics, or withheld (too few ballots revealed to show).
    pub stats: StatementStats,
}

/// Per statement of `c`, in the model's order, its rounds that show anything,
/// oldest first; empty for a statement fewer than two rounds have shown.
pub(super) fn statement_rounds(
    session: &Session,
    model: &Assessment,
    c: &Challenge,
) -> Vec<Vec<RoundFigures>> {
    let views = session.rounds_of(c);
    let k = u32::try_from(session.disclosure_threshold()).unwrap_or(u32::MAX);
    let current = session.current_round(&c.id);
    c.statements
        .iter()
        .map(|s| {
            let rounds: Vec<RoundFigures> = views
                .iter()
                .filter(|v| v.round.statements.contains(&s.id))
                .filter_map(|v| {
                    let tally = session.round_tally(&c.id, v.number, &s.id);
                    if tally.total() == 0 {
                        return None;
                    }
                    let by_hands = if v.number == current {
                        session.responses.is_tally(&s.id)
                    } else {
                        v.round
                            .closed
                            .as_ref()
                            .is_some_and(|k| k.hands.contains_key(&s.id))
                    };
                    let stats = if by_hands || tally.total() >= k {
                        StatementStats::of(
                            &s.id,
                            &tally,
                            model.statement_scale(c, s),
                            model.pole_of(c, s),
                        )
                    } else {
                        StatementStats::withheld(&s.id)
                    };
                    Some(RoundFigures {
                        round: v.number,
                        channel: v.round.channel,
                        stats,
                    })
                })
                .collect();
            if rounds.len() > 1 { rounds } else { Vec::new() }
        })
        .collect()
}

/// How a statement moved from one round to a later one, on the figures both
/// show: (before, after) of each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shift {
    /// The earlier round's number and the later one's.
    pub rounds: (RoundNo, RoundNo),
    /// Consensus (Tastle–Wierman), when both rounds have one.
    pub consensus: Option<(f64, f64)>,
    /// The median, when both rounds have one.
    pub median: Option<(f64, f64)>,
}

impl Shift {
    /// From the first round shown to the latest, of a statement's rounds; none
    /// when fewer than two of them show figures.
    pub fn across(rounds: &[RoundFigures]) -> Option<Shift> {
        let mut shown = rounds.iter().filter(|r| !r.stats.withheld);
        let first = shown.next()?;
        let last = shown.next_back()?;
        let both = |f: fn(&StatementStats) -> Option<f64>| f(&first.stats).zip(f(&last.stats));
        Some(Shift {
            rounds: (first.round, last.round),
            consensus: both(|s| s.consensus),
            median: both(|s| s.median),
        })
    }
}
