//! Every formula against values worked out by hand.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::Command;
use klarhet::model::ballots::Tally;
use klarhet::model::scoring::stats::{consensus, iqr, mean, median, quantile, unknown_share};
use klarhet::model::scoring::{Agreement, RoleGroup, geometric_mean};

fn tally(pairs: &[(i32, u32)], unknown: u32) -> Tally {
    Tally {
        counts: pairs.iter().copied().collect(),
        unknown,
    }
}

#[test]
fn consensus_is_one_when_everyone_agrees() {
    let m = halmstad();
    for v in 1..=5 {
        approx(consensus(&tally(&[(v, 7)], 0), &m.scale).unwrap(), 1.0);
    }
}

#[test]
fn consensus_is_zero_when_votes_split_between_the_ends() {
    let m = halmstad();
    approx(
        consensus(&tally(&[(1, 4), (5, 4)], 0), &m.scale).unwrap(),
        0.0,
    );
}

#[test]
fn consensus_of_a_uniform_spread_matches_hand_computation() {
    // μ = 3; Cns = 1 + 0.2·(2·log₂(1 − 2/4) + 2·log₂(1 − 1/4) + log₂ 1)
    //           = 1 + 0.2·(−2 − 0.830075) = 0.433985
    let m = halmstad();
    let c = consensus(
        &tally(&[(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)], 0),
        &m.scale,
    )
    .unwrap();
    assert!((c - 0.433_985).abs() < 1e-6, "{c}");
    // Two at 4, two at 5: μ = 4.5; Cns = 1 + 2·0.5·log₂(1 − 0.5/4) = 1 + log₂ 0.875 = 0.807355
    let c = consensus(&tally(&[(4, 2), (5, 2)], 0), &m.scale).unwrap();
    assert!((c - 0.807_355).abs() < 1e-6, "{c}");
    assert_eq!(Agreement::of(c), Agreement::Samstammigt);
}

#[test]
fn consensus_words_follow_the_thresholds() {
    assert_eq!(Agreement::of(0.8), Agreement::Samstammigt);
    assert_eq!(Agreement::of(0.799), Agreement::Delat);
    assert_eq!(Agreement::of(0.6), Agreement::Delat);
    assert_eq!(Agreement::of(0.599), Agreement::Splittrat);
}

#[test]
fn mean_median_and_iqr_match_hand_computation() {
    let t = tally(&[(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)], 3);
    approx(mean(&t).unwrap(), 3.0);
    approx(median(&t).unwrap(), 3.0);
    approx(iqr(&t).unwrap(), 2.0);
    // [2, 4]: median 3; Q1 at h = 0.25 → 2.5, Q3 at h = 0.75 → 3.5.
    let t = tally(&[(2, 1), (4, 1)], 0);
    approx(median(&t).unwrap(), 3.0);
    approx(quantile(&t, 0.25).unwrap(), 2.5);
    approx(iqr(&t).unwrap(), 1.0);
    // [3,4,4,4,4,4,5,5]: mean 33/8; Q1 (h = 1.75) = 4, Q3 (h = 5.25) = 4.25.
    let t = tally(&[(3, 1), (4, 5), (5, 2)], 0);
    approx(mean(&t).unwrap(), 33.0 / 8.0);
    approx(iqr(&t).unwrap(), 0.25);
    assert_eq!(mean(&Tally::default()), None);
}

#[test]
fn vet_ej_share_counts_against_all_answers() {
    approx(unknown_share(&tally(&[(3, 6)], 2)).unwrap(), 0.25);
    assert_eq!(unknown_share(&Tally::default()), None);
}

#[test]
fn severity_is_the_mean_of_statement_means_on_0_to_100() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 4]);
    let st: Vec<String> = m.challenges[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect();
    vote(&mut s, &st[0], &[4, 4, 4, 4]); // mean 4
    vote(&mut s, &st[1], &[3, 3, 2, 4]); // mean 3
    let a = analyse(&s, &m);
    let c = &a.challenges[0];
    // (3.5 − 1) / 4 · 100 = 62.5; unanswered statements are left out.
    approx(c.computed.unwrap(), 62.5);
    approx(c.severity().unwrap(), 62.5);
    // Lowest consensus is the second statement's: μ = 3, p = (¼ at 2, ½ at 3, ¼ at 4),
    // Cns = 1 + ½·log₂(1 − 1/4) = 0.792481.
    assert!((c.min_consensus.unwrap() - 0.792_481).abs() < 1e-6);
    assert!(!c.knowledge_gap);
}

#[test]
fn an_agreed_score_takes_precedence() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 3]);
    let id = m.challenges[1].statements[0].id.clone();
    vote(&mut s, &id, &[2, 2, 2]);
    let agree = |severity: f64| Command::Agree {
        challenge: m.challenges[1].id.clone(),
        severity,
        rationale: "samtal".into(),
        notes: String::new(),
    };
    give(&mut s, &m, agree(75.0));
    let a = analyse(&s, &m);
    approx(a.challenges[1].computed.unwrap(), 25.0);
    approx(a.challenges[1].severity().unwrap(), 75.0);
    // An agreed severity is taken as it is, not rounded to the scale.
    give(&mut s, &m, agree(69.4));
    let a = analyse(&s, &m);
    approx(a.challenges[1].severity().unwrap(), 69.4);
}

#[test]
fn a_quarter_vet_ej_on_one_statement_is_a_knowledge_gap() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 8]);
    let id = m.challenges[4].statements[0].id.clone();
    vote(&mut s, &id, &[3, 3, 3, 3, 3, 3, 0, 0]);
    let a = analyse(&s, &m);
    assert!(a.challenges[4].knowledge_gap);
    vote(&mut s, &id, &[3, 3, 3, 3, 3, 3, 3, 0]);
    assert!(!analyse(&s, &m).challenges[4].knowledge_gap);
}

#[test]
fn roles_that_differ_by_one_or_more_are_flagged() {
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::FORVALTNING,
        groups_ids::FORVALTNING,
        groups_ids::FORVALTNING,
    ];
    let mut s = session_with(&m, &roles);
    let obalans = m.challenge("obalans").unwrap();
    for st in &obalans.statements {
        vote(&mut s, &st.id, &[2, 2, 2, 4, 4, 3, 3, 3, 3]);
    }
    let a = analyse(&s, &m);
    let c = a.challenge("obalans").unwrap();
    let mean_of = |g| c.role_means.iter().find(|(x, _)| *x == g).unwrap().1;
    approx(mean_of(RoleGroup::Role(groups_ids::POLITIK.into())), 2.0);
    approx(
        mean_of(RoleGroup::Role(groups_ids::BOLAG.into())),
        11.0 / 3.0,
    );
    // politik–bolag differ by 1.67 (flagged); politik–förvaltning by exactly 1.0 (flagged);
    // förvaltning–bolag by 0.67 (not flagged).
    let flagged: Vec<_> = a
        .divergences
        .iter()
        .map(|d| (d.high.0.clone(), d.low.0.clone()))
        .collect();
    assert_eq!(
        flagged,
        vec![
            (
                RoleGroup::Role(groups_ids::FORVALTNING.into()),
                RoleGroup::Role(groups_ids::POLITIK.into())
            ),
            (
                RoleGroup::Role(groups_ids::BOLAG.into()),
                RoleGroup::Role(groups_ids::POLITIK.into())
            ),
        ]
    );
}

#[test]
fn a_role_of_one_is_merged_never_shown_alone_nor_left_to_subtraction() {
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::OVRIGT,
    ];
    let mut s = session_with(&m, &roles);
    let id = m.challenges[0].statements[0].id.clone();
    vote(&mut s, &id, &[3, 3, 3, 4, 4, 4, 4, 1]);
    let a = analyse(&s, &m);
    let groups: Vec<_> = a.challenges[0].role_means.clone();
    // Övrigt alone is one answer; "övriga" of one would be the room minus politik
    // and bolag. So the smallest shown role, politik, is merged in too:
    // (3 + 3 + 3 + 1) / 4, and neither the one answer nor politik's 3 is shown.
    assert_eq!(
        groups.iter().map(|g| g.0.clone()).collect::<Vec<_>>(),
        vec![RoleGroup::Role(groups_ids::BOLAG.into()), RoleGroup::Merged]
    );
    approx(groups[0].1, 4.0);
    approx(groups[1].1, 2.5);
    // Counts per role follow the same rule.
    assert_eq!(
        klarhet::model::scoring::role_counts(&m, &s),
        vec![
            (RoleGroup::Role(groups_ids::BOLAG.into()), 4),
            (RoleGroup::Merged, 4)
        ]
    );
    // With only two roles, one of them too small, no breakdown is left at all.
    let mut s = session_with(&m, &roles[..5]);
    vote(&mut s, &id, &[3, 3, 3, 4, 4]);
    assert!(analyse(&s, &m).challenges[0].role_means.is_empty());
    assert!(klarhet::model::scoring::role_counts(&m, &s).is_empty());
}

#[test]
fn a_ballot_round_with_fewer_than_three_voters_shows_nothing() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK, groups_ids::BOLAG]);
    let c = &m.challenges[0];
    vote(&mut s, &c.statements[0].id, &[2, 5]);
    vote(&mut s, &c.statements[1].id, &[4]);
    let a = analyse(&s, &m);
    let r = &a.challenges[0];
    assert!(r.statements[0].withheld && r.statements[1].withheld);
    assert!(r.statements[0].counts.is_empty() && r.statements[0].mean.is_none());
    assert_eq!(r.computed, None);
    assert_eq!(r.unknown_share, None);
    // One voter, said to be a self-assessment: shown. Two people cannot be one.
    privacy(&mut s, &m, |_, _, own| *own = true);
    assert!(analyse(&s, &m).challenges[0].statements[0].withheld);
    let mut alone = session_with(&m, &[groups_ids::POLITIK]);
    privacy(&mut alone, &m, |_, _, own| *own = true);
    vote(&mut alone, &c.statements[0].id, &[4]);
    let a = analyse(&alone, &m);
    assert!(!a.challenges[0].statements[0].withheld);
    approx(a.challenges[0].computed.unwrap(), 75.0);
    privacy(&mut alone, &m, |_, _, own| *own = false);
    assert!(analyse(&alone, &m).challenges[0].statements[0].withheld);
}

#[test]
fn a_shown_statement_does_not_carry_a_withheld_ones_answers() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 3]);
    let c = &m.challenges[0];
    vote(&mut s, &c.statements[0].id, &[2, 2, 2]);
    // Two answer the second statement: withheld, and left out of the severity,
    // which would otherwise be the mean of the two minus the first statement.
    vote(&mut s, &c.statements[1].id, &[5, 5]);
    let a = analyse(&s, &m);
    approx(a.challenges[0].computed.unwrap(), 25.0);
}

#[test]
fn the_circle_uses_square_roots_and_a_geometric_mean() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 2]);
    // Agreed scores 5,4,3,2,5,4 → severities 100, 75, 50, 25, 100, 75.
    agree_all(&mut s, &m, &[5, 4, 3, 2, 5, 4]);
    let a = analyse(&s, &m);
    let circle = a.circle.unwrap();
    approx(circle.links[0].strength.unwrap(), (100.0f64 * 75.0).sqrt());
    approx(circle.links[5].strength.unwrap(), (75.0f64 * 100.0).sqrt());
    let gm = (100.0f64 * 75.0 * 50.0 * 25.0 * 100.0 * 75.0).powf(1.0 / 6.0);
    approx(circle.loop_strength.unwrap(), gm);
    // Three links tie at √(100·75) ≈ 86.6 (otydlighet → obalans, desintegration → hot,
    // hot → otydlighet); the first in the model's order is named.
    assert_eq!(circle.strongest, Some(0));
    approx(geometric_mean(&[4.0, 9.0]).unwrap(), 6.0);
    approx(geometric_mean(&[0.0, 9.0]).unwrap(), 0.0);
}

#[test]
fn by_default_a_role_needs_three_respondents_and_the_floor_is_three() {
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::OVRIGT,
    ];
    let mut s = session_with(&m, &roles);
    let id = m.challenges[0].statements[0].id.clone();
    vote(&mut s, &id, &[2, 2, 2, 5, 4, 1]);
    let groups = |s: &klarhet::model::Session| analyse(s, &m).challenges[0].role_means.clone();
    // politik (3) alone; bolag (2) and övrigt (1) merged into three.
    let g = groups(&s);
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].0, RoleGroup::Role(groups_ids::POLITIK.into()));
    assert_eq!(g[1].0, RoleGroup::Merged);
    approx(g[1].1, 10.0 / 3.0);
    // A threshold of 1 or 2 is taken up to 3: bolag's two are not shown alone.
    for low in [1, 2] {
        privacy(&mut s, &m, |min, _, _| *min = low);
        assert_eq!(groups(&s), g);
    }
    // With four, politik is merged too: the merged group of six is the whole
    // room, which the room's own figures already show, so no breakdown is left.
    privacy(&mut s, &m, |min, _, _| *min = 4);
    assert_eq!(groups(&s), vec![]);
}

#[test]
fn ties_are_reported_as_ties() {
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    // Every statement scored 4 by all: every challenge 75, every link 75.
    for (_, st) in m.statements() {
        vote(&mut s, &st.id, &[4, 4, 4]);
    }
    let a = analyse(&s, &m);
    let circle = a.circle.as_ref().expect("a circle");
    assert_eq!(circle.strongest_tied.len(), 6);
    assert!(circle.is_tie());
    let verdict = klarhet::report::circle_verdict(&a, &m, klarhet::text::Lang::SV).unwrap();
    assert!(
        verdict.contains("6 länkar har samma, högsta styrka"),
        "{verdict}"
    );
    assert!(!verdict.contains("mest värd"), "{verdict}");
    assert!(verdict.ends_with('?'), "a tie is a question too: {verdict}");
    // The summary's "most severe" names all six, not the first two.
    common::close_rounds(&mut s, &m);
    let report = klarhet::report::markdown(&s, &m);
    let line = report
        .lines()
        .find(|l| l.contains("Allvarligast"))
        .unwrap_or_else(|| panic!("no most-severe line in:\n{report}"));
    for c in &m.challenges {
        assert!(
            line.contains(&c.name.in_language("sv").unwrap().to_lowercase()),
            "{} missing from {line}",
            c.id
        );
    }
    // Hot scored higher: its two links lead together, and still tie.
    let mut s = session_with(
        &m,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    for (c, st) in m.statements() {
        let v = if c.id == "hot" { 5 } else { 4 };
        vote(&mut s, &st.id, &[v, v, v]);
    }
    let a = analyse(&s, &m);
    let circle = a.circle.as_ref().expect("a circle");
    assert_eq!(circle.strongest_tied.len(), 2, "{circle:?}");
    // And with one challenge alone at the top, no tie.
    let mut s = session_with(
        &m,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    for (c, st) in m.statements() {
        let v = match c.id.as_str() {
            "hot" => 5,
            "otydlighet" => 3,
            _ => 2,
        };
        vote(&mut s, &st.id, &[v, v, v]);
    }
    let a = analyse(&s, &m);
    let circle = a.circle.as_ref().expect("a circle");
    assert!(!circle.is_tie(), "{circle:?}");
    let verdict = klarhet::report::circle_verdict(&a, &m, klarhet::text::Lang::SV).unwrap();
    assert!(verdict.contains("från hot till otydlighet"), "{verdict}");
}
