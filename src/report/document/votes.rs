//! The group's private votes in the report (src/model/picks.rs): on the
//! alternatives, and on each area's phase. Only what was shown to the group
//! is reported, never what waits, nor how many have voted: two exports taken
//! before and after one more vote would otherwise differ by that one vote.

use crate::model::picks::{Counts, Picks};
use crate::text::Lang;

/// One poll's shown votes, as a report states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Votes {
    /// How many votes were shown.
    pub shown: u64,
    /// Each choice in the model's order, as (id, name, votes).
    pub choices: Vec<(String, String, u32)>,
    /// How many could not say.
    pub unsure: u32,
}

impl Votes {
    /// The shown votes of `picks` over the choices `named` (id, name), in
    /// order; none while nothing is shown.
    pub fn of(picks: Option<&Picks>, named: Vec<(String, String)>) -> Option<Votes> {
        let shown: &Counts = &picks?.shown;
        (shown.total() > 0).then(|| Votes {
            shown: shown.total(),
            choices: (named.into_iter())
                .map(|(id, name)| {
                    let n = shown.of(&id);
                    (id, name, n)
                })
                .collect(),
            unsure: shown.unsure,
        })
    }

    /// A count's share of the shown votes, in whole percent.
    pub fn percent(&self, n: u32) -> u64 {
        (u64::from(n) * 100 + self.shown / 2) / self.shown.max(1)
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

    /// The whole in one sentence: "Gruppens enskilda röster före beslutet
    /// (7 röster): A 2 (29 %), B 4 (57 %), vet ej 1 (14 %)."
    pub fn sentence(&self, lang: Lang) -> String {
        let list: Vec<String> = (self.lines(lang).into_iter())
            .map(|(name, counted)| format!("{name} {counted}"))
            .collect();
        crate::tr!(
            lang,
            "report-votes-sentence",
            count = self.shown,
            list = list.join(", ")
        )
    }
}
