//! Scales belong to the model: lookups, concern values and the statistics a
//! categorical scale has (and has not).

use crate::model::assessment::{Assessment, Pole};
use crate::model::ballots::Tally;
use crate::model::scoring::StatementStats;
use std::path::Path;

const SCALES_RON: &str = include_str!("../../tests/fixtures/models/scales.ron");

fn model() -> Assessment {
    Assessment::parse(SCALES_RON, Path::new("scales.ron")).expect("the test model of scales")
}

fn tally(counts: &[(i32, u32)], unknown: u32) -> Tally {
    Tally {
        counts: counts.iter().copied().collect(),
        unknown,
    }
}

#[test]
fn each_statement_finds_its_own_scale_then_its_challenges_then_the_models() {
    let m = model();
    let id = |s: &str| m.scale_of_id(s).id.clone();
    assert_eq!(id("ledning.mal"), "instammer");
    assert_eq!(id("ledning.hinder"), "fyra");
    assert_eq!(id("ledning.kompetens"), "ja-osaker-nej");
    // Named by its challenge only.
    assert_eq!(id("kunskap.egen"), "ja-osaker-nej");
    assert!(m.has_ordinal(m.challenge("ledning").unwrap()));
    assert!(!m.has_ordinal(m.challenge("kunskap").unwrap()));
    let used: Vec<&str> = m.scales_in_use().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(used, ["instammer", "fyra", "ja-osaker-nej"]);
}

#[test]
fn a_strength_scale_and_a_reversed_statement_turn_into_concern_values() {
    let m = model();
    let c = m.challenge("ledning").unwrap();
    let pole = |i: usize| m.pole_of(c, &c.statements[i]);
    // high: Strength; reversed on it, a concern; the 1–4 scale's own default.
    assert_eq!(
        [pole(0), pole(1), pole(2)],
        [Pole::Strength, Pole::Concern, Pole::Concern]
    );
    let five = &m.scale;
    // 5 on "we have shared goals" is no concern at all, 1 the most.
    assert_eq!(five.score(Pole::Strength, 5.0), 0.0);
    assert_eq!(five.score(Pole::Strength, 1.0), 100.0);
    assert_eq!(five.score(Pole::Concern, 4.0), 75.0);
    // The inverse gives the value back, on either pole.
    assert_eq!(five.value_of(Pole::Strength, 25.0), 4.0);
    assert_eq!(crate::model::nearest_value(five, 25.0), 4);
}

#[test]
fn a_categorical_statement_has_counts_and_shares_and_nothing_computed() {
    let m = model();
    let scale = m.scale_of_id("ledning.kompetens");
    let t = tally(&[(1, 4), (2, 3), (3, 1)], 0);
    let st = StatementStats::of("ledning.kompetens", &t, scale, Pole::Concern);
    assert!(st.categorical);
    assert_eq!(st.counts, [(1, 4), (2, 3), (3, 1)]);
    assert_eq!(st.n, 8);
    assert_eq!(st.share(2), Some(3.0 / 8.0));
    assert_eq!(
        (st.mean, st.median, st.iqr, st.consensus, st.score),
        (None, None, None, None, None)
    );
    // The same counts on an ordinal scale have every figure.
    let five = StatementStats::of("ledning.mal", &t, &m.scale, Pole::Strength);
    assert!(five.mean.is_some() && five.consensus.is_some());
    // Mean 1,625 on a strength scale: concern 1 + 5 − 1,625 = 4,375, (4,375 − 1) / 4 · 100.
    assert!((five.score.unwrap() - 84.375).abs() < 1e-9);
}

#[test]
fn the_consensus_uses_the_scales_own_width() {
    let m = model();
    let four = m.scale_of_id("ledning.hinder");
    // Half at each end of 1–4 is no consensus at all; on 1–5's width it
    // would read as some.
    let t = tally(&[(1, 2), (4, 2)], 0);
    let on_four = StatementStats::of("ledning.hinder", &t, four, Pole::Concern);
    assert!(on_four.consensus.unwrap().abs() < 1e-9);
    let on_five = StatementStats::of("ledning.hinder", &t, &m.scale, Pole::Concern);
    assert!(on_five.consensus.unwrap() > 0.1);
}

#[test]
fn a_model_with_scales_writes_back_what_it_read_and_halmstad_writes_no_new_field() {
    let m = model();
    let again = ron::to_string(&m).expect("written");
    let back: Assessment = ron::from_str(&again).expect("read back");
    assert_eq!(format!("{back:?}"), format!("{m:?}"));
    let halmstad = ron::to_string(&Assessment::halmstad().unwrap()).unwrap();
    for field in ["scales:", "kind:", "high:", "reverse:", "id:\"default\""] {
        assert!(!halmstad.contains(field), "{field} written for Halmstad");
    }
}
