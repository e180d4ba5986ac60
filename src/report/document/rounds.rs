//! The rounds section of the document: every statement the group voted on
//! more than once, with each round's figures and the shift in words, and the
//! round each agreed score followed. Built only when there is such a statement,
//! so that a session with one round has the document it had before rounds.

use super::*;
use crate::model::Session;
use crate::model::round::RoundNo;
use crate::model::scoring::{RoundFigures, Shift};

/// The statements voted on in more than one round.
#[derive(Debug)]
pub struct RoundsFinding<'a> {
    /// Each such statement, in the model's order.
    pub statements: Vec<StatementRounds<'a>>,
    /// Per challenge with more than one round and an agreed score, the round
    /// that score followed.
    pub agreed_after: Vec<(&'a Challenge, RoundNo)>,
}

/// One statement's rounds.
#[derive(Debug)]
pub struct StatementRounds<'a> {
    pub challenge: &'a Challenge,
    pub statement: &'a Statement,
    /// Its rounds that show anything, oldest first, each by the rules of one.
    pub rounds: Vec<RoundFigures>,
    /// From the first round shown to the latest, when two show figures.
    pub shift: Option<Shift>,
    /// The shift in words, in the report's language.
    pub words: Option<String>,
}

/// The section, when any statement was voted on in more than one round.
pub(super) fn rounds<'a>(
    s: &Session,
    m: &'a Assessment,
    a: &Analysis,
    lang: Lang,
) -> Option<RoundsFinding<'a>> {
    let statements: Vec<StatementRounds<'a>> = m
        .challenges
        .iter()
        .zip(&a.challenges)
        .flat_map(|(c, r)| {
            c.statements
                .iter()
                .zip(&r.rounds)
                .filter(|(_, rounds)| !rounds.is_empty())
                .map(move |(statement, rounds)| {
                    let shift = Shift::across(rounds);
                    StatementRounds {
                        challenge: c,
                        statement,
                        rounds: rounds.clone(),
                        shift,
                        words: shift.and_then(|x| crate::report::shift::words(lang, &x)),
                    }
                })
        })
        .collect();
    if statements.is_empty() {
        return None;
    }
    let agreed_after = m
        .challenges
        .iter()
        .filter(|c| s.rounds_of(c).len() > 1)
        .filter_map(|c| Some((c, s.agreed().get(&c.id)?.followed())))
        .collect();
    Some(RoundsFinding {
        statements,
        agreed_after,
    })
}

impl RoundsFinding<'_> {
    /// The columns of a statement's rounds, in every format that shows them.
    pub fn headings(lang: Lang) -> [String; 7] {
        [
            crate::tr!(lang, "report-round-heading"),
            crate::tr!(lang, "report-round-how"),
            "n".to_owned(),
            crate::tr!(lang, "report-distribution"),
            crate::tr!(lang, "report-median"),
            crate::tr!(lang, "report-consensus"),
            crate::tr!(lang, "report-dont-know"),
        ]
    }

    /// One round's cells under [`RoundsFinding::headings`]: a withheld round
    /// gives only its name, its channel and why it shows nothing.
    pub fn cells(lang: Lang, r: &RoundFigures) -> [String; 7] {
        let name = crate::report::shift::round_name(lang, r.round);
        let how = crate::report::shift::channel_name(lang, r.channel);
        let s = &r.stats;
        if s.withheld {
            let dash = || "–".to_owned();
            let why = crate::tr!(lang, "report-round-withheld");
            return [name, how, dash(), why, dash(), dash(), dash()];
        }
        let dist: Vec<String> = s.counts.iter().map(|(_, c)| c.to_string()).collect();
        [
            name,
            how,
            s.n.to_string(),
            dist.join("·"),
            crate::report::format::opt(lang, s.median, 1),
            crate::report::format::consensus(lang, s.consensus),
            s.unknown_share
                .map_or_else(|| "–".to_owned(), |u| crate::text::percent(lang, u)),
        ]
    }
}
