//! The queue's rules for a statement on a categorical scale (see the
//! [`queue`](super::queue) module's rules): a split, groups' shares far
//! apart, many vet ej. Its values are codes, so no mean-based rule applies.

use super::queue::{EXTREMES_SHARE, Reason, widest};
use super::{RoleGroup, StatementStats};
use crate::model::assessment::Scale;
use crate::model::scoring::stats::KNOWLEDGE_GAP;
use crate::text::Lang;

/// The label of the option `value` of `scale`, or the value for none.
pub(super) fn label(scale: &Scale, value: i32, lang: Lang) -> String {
    scale
        .option(value)
        .map_or_else(|| value.to_string(), |o| o.label.get(lang).to_owned())
}

/// Two shown groups' shares of one option of a categorical statement this far
/// apart (25 percentage points) put it in the queue. klarhet's own threshold,
/// as [`AGREED_GAP`] is a quarter of its range.
pub const SHARES_APART: f64 = 0.25;

/// A categorical statement's option with more than this share of n is a
/// majority, and no split. klarhet's own threshold.
pub const MAJORITY: f64 = 0.5;

/// The reasons of a statement on a categorical scale: a split, groups' shares
/// far apart, many vet ej. Its values are codes, so nothing else applies.
pub(super) fn categorical_reasons(st: &StatementStats) -> Vec<Reason> {
    if st.withheld {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut shares: Vec<(i32, f64)> = (st.counts.iter())
        .filter_map(|(v, _)| Some((*v, st.share(*v)?)))
        .collect();
    // Stable: equal shares keep the scale's order.
    shares.sort_by(|a, b| b.1.total_cmp(&a.1));
    if let [first, second, ..] = shares[..]
        && first.1 <= MAJORITY + 1e-9
        && second.1 >= EXTREMES_SHARE - 1e-9
    {
        out.push(Reason::Split { first, second });
    }
    let mut apart: Option<Reason> = None;
    for (value, _) in &st.counts {
        let of = |counts: &Vec<(i32, u32)>| {
            let n: u32 = counts.iter().map(|(_, c)| c).sum();
            let k = counts
                .iter()
                .find(|(v, _)| v == value)
                .map_or(0, |(_, c)| *c);
            (n > 0).then(|| f64::from(k) / f64::from(n))
        };
        let groups: Vec<(RoleGroup, f64)> = (st.group_counts.iter())
            .filter_map(|(g, counts)| Some((*g, of(counts)?)))
            .collect();
        if let Some(Reason::Groups { high, low }) = widest(&groups, SHARES_APART)
            && apart
                .as_ref()
                .is_none_or(|a| a.weight_apart() < high.1 - low.1)
        {
            apart = Some(Reason::SharesApart {
                option: *value,
                high,
                low,
            });
        }
    }
    out.extend(apart);
    if let Some(share) = st.unknown_share.filter(|s| *s >= KNOWLEDGE_GAP) {
        out.push(Reason::Unknown { share });
    }
    out
}

impl Reason {
    /// How far apart a [`Reason::SharesApart`]'s groups are; 0 for others.
    fn weight_apart(&self) -> f64 {
        match self {
            Reason::SharesApart { high, low, .. } => high.1 - low.1,
            _ => 0.0,
        }
    }
}
