//! The statistics of one statement at their edges: one answer, an even count,
//! a zero count beside a unanimous answer, the thresholds themselves. Each
//! expected figure is worked out by hand from the formula beside its function.

use super::stats::*;
use crate::model::assessment::{Assessment, Pole, Scale};
use crate::model::ballots::Tally;
use crate::text::Lang;

fn tally(counts: &[(i32, u32)], unknown: u32) -> Tally {
    Tally {
        counts: counts.iter().copied().collect(),
        unknown,
    }
}

fn scale() -> Scale {
    Assessment::halmstad().expect("the shipped model").scale
}

fn close(a: Option<f64>, b: f64) {
    let a = a.expect("a figure");
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

#[test]
fn the_mean_counts_each_value_as_often_as_it_was_given_and_leaves_out_vet_ej() {
    assert_eq!(mean(&tally(&[], 0)), None);
    assert_eq!(
        mean(&tally(&[], 3)),
        None,
        "vet ej is no answer on the scale"
    );
    // (1 + 2 + 5 + 5) / 4
    close(mean(&tally(&[(1, 1), (2, 1), (5, 2)], 0)), 3.25);
    close(mean(&tally(&[(3, 2)], 5)), 3.0);
}

#[test]
fn one_answer_is_its_own_median_and_every_quantile_with_no_spread() {
    let one = tally(&[(4, 1)], 2);
    close(median(&one), 4.0);
    close(iqr(&one), 0.0);
    for q in [0.0, 0.25, 0.75, 1.0] {
        close(quantile(&one, q), 4.0);
    }
    assert_eq!(median(&tally(&[], 2)), None);
    assert_eq!(iqr(&tally(&[], 0)), None);
}

#[test]
fn quantiles_interpolate_between_the_answers_around_them() {
    // Two answers: h = 0.5, halfway between them.
    close(median(&tally(&[(1, 1), (2, 1)], 0)), 1.5);
    close(median(&tally(&[(1, 1), (3, 1)], 0)), 2.0);
    // 1, 2, 4, 5: Q₀.₂₅ at h = 0.75 is 1 + 0.75·1, the median at h = 1.5 is
    // 2 + 0.5·2, Q₀.₇₅ at h = 2.25 is 4 + 0.25·1.
    let spread = tally(&[(1, 1), (2, 1), (4, 1), (5, 1)], 0);
    close(quantile(&spread, 0.25), 1.75);
    close(median(&spread), 3.0);
    close(quantile(&spread, 0.75), 4.25);
    close(iqr(&spread), 2.5);
    close(quantile(&spread, 0.0), 1.0);
    close(quantile(&spread, 1.0), 5.0);
    // A value given several times is that many order statistics: 2, 2, 2, 5.
    let repeated = tally(&[(2, 3), (5, 1)], 0);
    close(median(&repeated), 2.0);
    close(quantile(&repeated, 0.75), 2.75);
}

#[test]
fn consensus_is_one_for_a_unanimous_answer_even_beside_a_zero_count() {
    let s = scale();
    assert_eq!(consensus(&tally(&[], 4), &s), None);
    close(consensus(&tally(&[(5, 3)], 0), &s), 1.0);
    // A count of zero at the far end (a file may hold one) weighs nothing; it
    // must not become 0 · log₂(0).
    close(consensus(&tally(&[(1, 0), (5, 3)], 0), &s), 1.0);
    close(consensus(&tally(&[(1, 3), (3, 0), (5, 0)], 0), &s), 1.0);
}

#[test]
fn consensus_follows_tastle_and_wierman_between_the_ends() {
    let s = scale();
    close(consensus(&tally(&[(1, 1), (5, 1)], 0), &s), 0.0);
    close(consensus(&tally(&[(1, 4), (5, 4)], 2), &s), 0.0);
    // 1, 2, 4, 5: μ = 3, d = 4, each p = ¼; |X − μ| / d is ½, ¼, ¼, ½.
    let expected = 1.0 + 0.5 * 0.5f64.log2() + 0.5 * 0.75f64.log2();
    close(
        consensus(&tally(&[(1, 1), (2, 1), (4, 1), (5, 1)], 0), &s),
        expected,
    );
    // 2, 2, 2, 5: μ = 2.75, p = ¾ and ¼.
    let expected = 1.0 + 0.75 * (1.0 - 0.75f64 / 4.0).log2() + 0.25 * (1.0 - 2.25f64 / 4.0).log2();
    close(consensus(&tally(&[(2, 3), (5, 1)], 0), &s), expected);
}

#[test]
fn the_vet_ej_share_is_of_every_answer_and_none_without_answers() {
    assert_eq!(unknown_share(&tally(&[], 0)), None);
    close(unknown_share(&tally(&[(3, 3)], 1)), 0.25);
    close(unknown_share(&tally(&[(2, 1), (4, 1)], 0)), 0.0);
    close(unknown_share(&tally(&[], 2)), 1.0);
}

#[test]
fn agreement_bands_include_their_lower_bounds() {
    assert_eq!(Agreement::of(1.0), Agreement::Samstammigt);
    assert_eq!(Agreement::of(AGREEMENT_BAND), Agreement::Samstammigt);
    assert_eq!(Agreement::of(0.799), Agreement::Delat);
    assert_eq!(Agreement::of(DIVIDED_BAND), Agreement::Delat);
    assert_eq!(Agreement::of(0.599), Agreement::Splittrat);
    assert_eq!(Agreement::of(0.0), Agreement::Splittrat);
    let words = |lang| {
        [
            Agreement::Samstammigt,
            Agreement::Delat,
            Agreement::Splittrat,
        ]
        .map(|a| a.label(lang))
    };
    assert_eq!(words(Lang::SV), ["samstämmigt", "delat", "splittrat"]);
    assert_eq!(words(Lang::EN), ["in agreement", "divided", "split"]);
}

#[test]
fn a_statements_figures_keep_every_scale_option_zeros_included() {
    let t = tally(&[(2, 1), (5, 2)], 1);
    let st = StatementStats::of("s", &t, &scale(), Pole::Concern);
    assert_eq!(st.statement, "s");
    assert_eq!(st.counts, vec![(1, 0), (2, 1), (3, 0), (4, 0), (5, 2)]);
    assert_eq!((st.n, st.unknown), (3, 1));
    close(st.unknown_share, 0.25);
    close(st.mean, 4.0);
    close(st.median, 5.0);
    close(st.iqr, 1.5);
    assert_eq!(st.consensus, consensus(&t, &scale()));
    assert!(!st.withheld);

    let hidden = StatementStats::withheld("s");
    assert_eq!(hidden.statement, "s");
    assert!(hidden.withheld && hidden.counts.is_empty());
    assert_eq!((hidden.n, hidden.mean, hidden.consensus), (0, None, None));
}

#[test]
fn a_knowledge_gap_starts_at_a_quarter_vet_ej() {
    let of = |counts: &[(i32, u32)], unknown| {
        StatementStats::of("s", &tally(counts, unknown), &scale(), Pole::Concern)
    };
    assert!(of(&[(3, 3)], 1).knowledge_gap(), "exactly 25 %");
    assert!(!of(&[(3, 4)], 1).knowledge_gap(), "20 %");
    assert!(!of(&[], 0).knowledge_gap(), "no answers, no share");
    assert!(of(&[], 1).knowledge_gap());
}

#[test]
fn fewer_than_five_answers_are_uncertain_except_in_a_self_assessment() {
    let of = |n: u32, unknown| {
        StatementStats::of("s", &tally(&[(3, n)], unknown), &scale(), Pole::Concern)
    };
    for n in 1..FEW_ANSWERS {
        assert!(of(n, 0).uncertain(false), "{n} answers");
        assert!(!of(n, 0).uncertain(true), "one person's {n} answers");
    }
    assert_eq!(FEW_ANSWERS, 5);
    assert!(!of(5, 0).uncertain(false));
    assert!(!of(12, 0).uncertain(false));
    // No answers on the scale: nothing shown, so nothing uncertain about it.
    assert!(!of(0, 0).uncertain(false));
    assert!(!of(0, 0).uncertain(true));
    // A knowledge gap is uncertain whoever answered.
    assert!(of(9, 3).uncertain(false));
    assert!(of(9, 3).uncertain(true));
    assert!(!StatementStats::withheld("s").uncertain(false));
    assert!(!StatementStats::withheld("s").uncertain(true));
}
