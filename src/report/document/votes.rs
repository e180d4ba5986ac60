//! The group's private votes in the report (src/model/picks.rs): on the
//! alternatives, and on each area's phase. Only what was shown to the group
//! is reported, never what waits, nor how many have voted: two exports taken
//! before and after one more vote would otherwise differ by that one vote.

use crate::model::picks::{Counts, Picks};
use crate::text::Lang;

/// One vote's shown picks, as a report states them: a poll's first vote, or
/// one taken again after talking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Votes {
    /// Its place among the poll's votes, from 1.
    pub round: usize,
    /// How many votes were shown.
    pub shown: u64,
    /// Each choice in the model's order, as (id, name, votes).
    pub choices: Vec<(String, String, u32)>,
    /// How many could not say.
    pub unsure: u32,
}

impl Votes {
    /// Every vote of `picks` with something shown, oldest first, over the
    /// choices `named` (id, name), in order; none while nothing is shown.
    pub fn of(picks: Option<&Picks>, named: &[(String, String)]) -> Vec<Votes> {
        let Some(picks) = picks else {
            return Vec::new();
        };
        (picks.earlier.iter().chain(std::iter::once(&picks.shown)))
            .enumerate()
            .filter(|(_, shown)| shown.total() > 0)
            .map(|(i, shown): (usize, &Counts)| Votes {
                round: i + 1,
                shown: shown.total(),
                choices: (named.iter())
                    .map(|(id, name)| (id.clone(), name.clone(), shown.of(id)))
                    .collect(),
                unsure: shown.unsure,
            })
            .collect()
    }

    /// A count's share of the shown votes, in whole percent.
    pub fn percent(&self, n: u32) -> u64 {
        crate::text::whole_percent(u64::from(n), self.shown)
    }

    /// "2 (29 %)": a count with its share.
    fn counted(&self, lang: Lang, n: u32) -> String {
        crate::tr!(
            lang,
            "report-votes-count",
            votes = n,
            percent = self.percent(n)
        )
    }

    /// Each choice, then "cannot say", with its count and share, as
    /// (name, "2 (29 %)").
    pub fn lines(&self, lang: Lang) -> Vec<(String, String)> {
        let unsure = (crate::tr!(lang, "report-votes-unsure"), self.unsure);
        (self.choices.iter())
            .map(|(_, name, n)| (name.clone(), *n))
            .chain(std::iter::once(unsure))
            .map(|(name, n)| (name, self.counted(lang, n)))
            .collect()
    }

    /// Each choice with its count and share, in one line.
    fn list(&self, lang: Lang) -> String {
        let list: Vec<String> = (self.lines(lang).into_iter())
            .map(|(name, counted)| format!("{name} {counted}"))
            .collect();
        list.join(", ")
    }
}

/// A poll's votes in one sentence: "Gruppens enskilda röster före beslutet
/// (7 röster): A 2 (29 %), B 4 (57 %), vet ej 1 (14 %).", or, when the group
/// voted again, each vote in turn, so that a reader sees whether minds moved.
pub fn sentence(votes: &[Votes], lang: Lang) -> String {
    match votes {
        [one] if one.round == 1 => crate::tr!(
            lang,
            "report-votes-sentence",
            count = one.shown,
            list = one.list(lang)
        ),
        _ => {
            let rounds: Vec<String> = (votes.iter())
                .map(|v| {
                    crate::tr!(
                        lang,
                        "report-votes-round",
                        number = v.round as u64,
                        count = v.shown,
                        list = v.list(lang)
                    )
                })
                .collect();
            crate::tr!(lang, "report-votes-rounds", list = rounds.join("; "))
        }
    }
}
