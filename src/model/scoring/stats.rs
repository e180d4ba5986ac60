//! Statistics of one statement's answers. Every function works from the counts,
//! so a thousand votes cost no more than five.

use crate::model::assessment::{Pole, Scale};
use crate::model::ballots::Tally;
use crate::text::Lang;

/// Arithmetic mean of the answers on the scale: μ = Σ xᵢ·cᵢ / n, where cᵢ is the
/// count at value xᵢ and n = Σ cᵢ. `None` when n = 0.
pub fn mean(t: &Tally) -> Option<f64> {
    let n = t.n();
    if n == 0 {
        return None;
    }
    let sum: f64 = t
        .counts
        .iter()
        .map(|(v, c)| f64::from(*v) * f64::from(*c))
        .sum();
    Some(sum / f64::from(n))
}

/// The k-th smallest answer (0-based), read off the counts.
fn nth_value(t: &Tally, k: u32) -> Option<f64> {
    let mut seen = 0;
    for (v, c) in &t.counts {
        seen += c;
        if k < seen {
            return Some(f64::from(*v));
        }
    }
    None
}

/// The q-quantile by linear interpolation between order statistics (the method of
/// R's default and Excel's QUARTILE.INC): h = (n − 1)·q, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎),
/// with x₍k₎ the answers sorted ascending from index 0.
pub fn quantile(t: &Tally, q: f64) -> Option<f64> {
    let n = t.n();
    if n == 0 {
        return None;
    }
    let h = f64::from(n - 1) * q.clamp(0.0, 1.0);
    let lo = h.floor();
    // h lies in 0..=n−1, so the cast is exact.
    let lo_k = lo as u32;
    let a = nth_value(t, lo_k)?;
    let b = nth_value(t, (lo_k + 1).min(n - 1))?;
    Some(a + (h - lo) * (b - a))
}

/// Median: the 0.5-quantile (the mean of the two middle answers when n is even).
pub fn median(t: &Tally) -> Option<f64> {
    quantile(t, 0.5)
}

/// Interquartile range: IQR = Q₀.₇₅ − Q₀.₂₅, with quantiles as in [`quantile`].
pub fn iqr(t: &Tally) -> Option<f64> {
    Some(quantile(t, 0.75)? - quantile(t, 0.25)?)
}

/// Tastle & Wierman (2007) consensus: Cns = 1 + Σᵢ pᵢ·log₂(1 − |Xᵢ − μ| / d), where
/// pᵢ is the share of answers at value Xᵢ, μ is the mean and d = max − min is the
/// width of the scale (4 on 1–5). 1 when everyone gives the same answer, 0 when the
/// answers split evenly between the two ends. `None` when n = 0.
pub fn consensus(t: &Tally, scale: &Scale) -> Option<f64> {
    let mu = mean(t)?;
    let d = scale.width();
    if d <= 0.0 {
        return Some(1.0);
    }
    let n = f64::from(t.n());
    let sum: f64 = t
        .counts
        .iter()
        .filter(|(_, c)| **c > 0)
        .map(|(v, c)| {
            let p = f64::from(*c) / n;
            p * (1.0 - (f64::from(*v) - mu).abs() / d).log2()
        })
        .sum();
    Some((1.0 + sum).clamp(0.0, 1.0))
}

/// Vet-ej share: vet_ej / (n + vet_ej). `None` when nobody answered.
pub fn unknown_share(t: &Tally) -> Option<f64> {
    let total = t.total();
    (total > 0).then(|| f64::from(t.unknown) / f64::from(total))
}

/// A vet-ej share at or above this is flagged as a knowledge gap. klarhet's
/// threshold; the method appendix says so.
pub const KNOWLEDGE_GAP: f64 = 0.25;

/// Fewer answers on the scale than this make a statement's mean an uncertain
/// basis: with four answers one person moves the mean by a whole step on 1–5.
/// klarhet's threshold; the method appendix says so.
pub const FEW_ANSWERS: u32 = 5;

/// Fewer answers (on the scale or vet ej) than this share of the room's people
/// are flagged where n is shown: the figures may not speak for the room.
/// klarhet's threshold; the help and the method appendix say so.
pub const FEW_OF_ROOM: f64 = 0.5;

/// True when `answers` are fewer than [`FEW_OF_ROOM`] of a room of `room`.
pub fn few_of_room(answers: u32, room: u32) -> bool {
    room > 0 && f64::from(answers) < FEW_OF_ROOM * f64::from(room)
}

/// Consensus at or above this reads "samstämmigt"; klarhet's band, not Tastle
/// and Wierman's, who give the measure but no words for it.
pub const AGREEMENT_BAND: f64 = 0.8;

/// Consensus at or above this (and below [`AGREEMENT_BAND`]) reads "delat";
/// below it, "splittrat". klarhet's band.
pub const DIVIDED_BAND: f64 = 0.6;

/// The plain word for a consensus value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Cns ≥ 0.8.
    Samstammigt,
    /// 0.6 ≤ Cns < 0.8.
    Delat,
    /// Cns < 0.6.
    Splittrat,
}

impl Agreement {
    /// Samstämmigt (≥ 0.8), delat (0.6–0.8) or splittrat (< 0.6).
    pub fn of(cns: f64) -> Agreement {
        if cns >= AGREEMENT_BAND {
            Agreement::Samstammigt
        } else if cns >= DIVIDED_BAND {
            Agreement::Delat
        } else {
            Agreement::Splittrat
        }
    }

    /// The word.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Agreement::Samstammigt => {
                crate::tr!(lang, "agreement-samstammigt")
            }
            Agreement::Delat => crate::tr!(lang, "agreement-delat"),
            Agreement::Splittrat => crate::tr!(lang, "agreement-splittrat"),
        }
    }
}

/// Each shown role group's count per option of a categorical statement, in
/// the scale's order.
pub type GroupCounts = Vec<(crate::model::ballot_box::RoleGroup, Vec<(i32, u32)>)>;

/// Everything revealed about one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementStats {
    /// The statement's id.
    pub statement: String,
    /// Count per scale option, in the scale's order, zeros included.
    pub counts: Vec<(i32, u32)>,
    /// Answers on the scale.
    pub n: u32,
    /// Vet-ej answers.
    pub unknown: u32,
    /// See [`unknown_share`].
    pub unknown_share: Option<f64>,
    /// See [`mean`].
    pub mean: Option<f64>,
    /// See [`median`].
    pub median: Option<f64>,
    /// See [`iqr`].
    pub iqr: Option<f64>,
    /// See [`consensus`].
    pub consensus: Option<f64>,
    /// The statement's score 0–100 from its concern values,
    /// `(mean concern value − min) / width · 100`; `None` on a categorical
    /// scale and without answers.
    pub score: Option<f64>,
    /// True when its scale is categorical: then `counts` and [`Self::share`]
    /// are all there is, and mean, median, IQR, consensus and score are `None`.
    pub categorical: bool,
    /// True when fewer people answered by ballot than the session's threshold: then
    /// nothing of the answers is shown (no counts, no figures), only that too few
    /// answered, because each of a few voters could subtract their own ballot.
    pub withheld: bool,
    /// The mean per role group, in the same groups as its challenge's (see
    /// `groups::role_means`); empty where the privacy rules show none.
    pub role_means: Vec<(crate::model::ballot_box::RoleGroup, f64)>,
    /// On a categorical scale, each shown group's count per option, in the
    /// scale's order; empty where the privacy rules show none.
    pub group_counts: GroupCounts,
}

impl StatementStats {
    /// Computes all of a statement's statistics from its counts on `scale`,
    /// `pole` being the end that means a concern for it (its score only).
    pub fn of(statement: &str, t: &Tally, scale: &Scale, pole: Pole) -> StatementStats {
        let categorical = scale.is_categorical();
        // A categorical scale's values are codes: no figure is computed on them.
        let ordinal = |x: Option<f64>| x.filter(|_| !categorical);
        let mean = ordinal(mean(t));
        StatementStats {
            statement: statement.to_owned(),
            counts: scale
                .options
                .iter()
                .map(|o| (o.value, t.counts.get(&o.value).copied().unwrap_or(0)))
                .collect(),
            n: t.n(),
            unknown: t.unknown,
            // A scale without vet ej has no share of it (not a share of 0).
            unknown_share: unknown_share(t).filter(|_| scale.unknown.is_some()),
            mean,
            median: ordinal(median(t)),
            iqr: ordinal(iqr(t)),
            consensus: ordinal(consensus(t, scale)),
            score: mean.map(|m| scale.score(pole, m)),
            categorical,
            withheld: false,
            role_means: Vec::new(),
            group_counts: Vec::new(),
        }
    }

    /// A statement whose answers are not shown: see [`StatementStats::withheld`].
    pub fn withheld(statement: &str) -> StatementStats {
        StatementStats {
            statement: statement.to_owned(),
            counts: Vec::new(),
            n: 0,
            unknown: 0,
            unknown_share: None,
            mean: None,
            median: None,
            iqr: None,
            consensus: None,
            score: None,
            categorical: false,
            withheld: true,
            role_means: Vec::new(),
            group_counts: Vec::new(),
        }
    }

    /// The share of the answers on the scale that gave `value`: count / n.
    /// `None` when n = 0. On a categorical scale it is what a reveal shows.
    pub fn share(&self, value: i32) -> Option<f64> {
        let count = self.counts.iter().find(|(v, _)| *v == value)?.1;
        (self.n > 0).then(|| f64::from(count) / f64::from(self.n))
    }

    /// True when the vet-ej share is at least [`KNOWLEDGE_GAP`].
    pub fn knowledge_gap(&self) -> bool {
        self.unknown_share.is_some_and(|s| s >= KNOWLEDGE_GAP)
    }

    /// True when the shown figures rest on an uncertain basis: a knowledge gap,
    /// or fewer than [`FEW_ANSWERS`] answers on the scale. Trollhättan's DiMiOS
    /// report (Lindroth, Torell & Magnusson 2023) reads items with many vet ej
    /// "with great caution". A self-assessment is one person's view, not a
    /// sample, so its count alone makes nothing uncertain.
    pub fn uncertain(&self, self_assessment: bool) -> bool {
        !self.withheld
            && (self.knowledge_gap() || (!self_assessment && self.n > 0 && self.n < FEW_ANSWERS))
    }
}

/// Geometric mean, (Π xᵢ)^(1/k), computed through logarithms; 0 if any xᵢ is 0.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    if values.iter().any(|v| *v <= 0.0) {
        return Some(0.0);
    }
    let k = values.len() as f64;
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / k).exp())
}
