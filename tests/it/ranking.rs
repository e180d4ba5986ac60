//! What the group's scores are used for beyond the severities: ranking the
//! recommendations, and marking what rests on too little to read with confidence.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::Command;

#[test]
fn recommendations_rank_by_the_mean_severity_of_their_challenges() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 2]);
    agree_all(&mut s, &m, &[2, 2, 5, 2, 2, 4]);
    let a = analyse(&s, &m);
    for group in &a.ranking {
        for pair in group.recommendations.windows(2) {
            assert!(pair[0].relevance >= pair[1].relevance);
        }
        for r in &group.recommendations {
            let rec = m.recommendation(&r.id).unwrap();
            let severities: Vec<f64> = rec
                .addresses
                .iter()
                .map(|c| a.challenge(c).unwrap().severity().unwrap().round())
                .collect();
            approx(
                r.relevance,
                severities.iter().sum::<f64>() / severities.len() as f64,
            );
            assert_eq!(r.reason.len(), rec.addresses.len());
        }
    }
    let overarching = &a.ranking[0];
    assert_eq!(overarching.principle, None);
    // Styrkedjan addresses vaghet alone (100) and now outranks riktning och takt,
    // which addresses vaghet (100) and hot (75): being mapped to more challenges
    // no longer ranks a recommendation higher by construction.
    assert_eq!(overarching.recommendations[0].id, "overgripande.styrkedjan");
    approx(overarching.recommendations[0].relevance, 100.0);
    let top = &overarching.recommendations[1];
    assert_eq!(top.id, "overgripande.riktning-och-takt");
    approx(top.relevance, 87.5);
    assert_eq!(
        top.reason,
        vec![("vaghet".to_string(), 100.0), ("hot".to_string(), 75.0)]
    );
}

#[test]
fn a_relevance_agrees_with_the_whole_numbers_printed_beside_it() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK; 5]);
    // vaghet's statements at 3,3,3,3,4 → mean 3.2 → severity 55; hot's at 3,3,4,4
    // → mean 3.5 → 62.5, printed as 63. The relevance is (55 + 63) / 2 = 59, not
    // the 58.75 of the unrounded severities.
    for (c, values) in [("vaghet", [3, 3, 3, 3, 4]), ("hot", [3, 3, 4, 4, 4])] {
        let challenge = m.challenge(c).unwrap();
        let per_statement: Vec<i32> = values.to_vec();
        for (st, v) in challenge
            .statements
            .iter()
            .zip(per_statement.iter().cycle())
        {
            vote(&mut s, &st.id, &[*v; 5]);
        }
    }
    let a = analyse(&s, &m);
    let r = a.ranking[0]
        .recommendations
        .iter()
        .find(|r| r.id == "overgripande.riktning-och-takt")
        .unwrap();
    approx(r.reason[1].1, 62.5);
    approx(r.relevance, 59.0);
}

#[test]
fn few_answers_or_many_vet_ej_make_a_severity_uncertain_and_its_ranking_too() {
    let m = halmstad();
    let statements: Vec<String> = m.challenges[0]
        .statements
        .iter()
        .map(|s| s.id.clone())
        .collect();
    // Five answers on every statement: a sure basis.
    let mut s = session_with(&m, &[groups_ids::POLITIK; 5]);
    for st in &statements {
        vote(&mut s, st, &[3, 4, 4, 5, 3]);
    }
    let a = analyse(&s, &m);
    assert!(!a.challenges[0].uncertain);
    // One person answers vet ej on one statement: 4 on the scale, 20 % vet ej.
    vote(&mut s, &statements[0], &[0]);
    let a = analyse(&s, &m);
    assert!(!a.challenges[0].knowledge_gap);
    assert!(a.challenges[0].uncertain, "four answers is few");
    assert!(
        a.ranking
            .iter()
            .flat_map(|g| &g.recommendations)
            .filter(|r| r.reason.iter().any(|(c, _)| c == "otydlighet"))
            .all(|r| r.uncertain),
        "every relevance built on otydlighet is marked"
    );
    // Two of five answering vet ej is a knowledge gap, and so uncertain too.
    let mut s = session_with(&m, &[groups_ids::POLITIK; 5]);
    for st in &statements {
        vote(&mut s, st, &[3, 4, 4, 0, 0]);
    }
    let a = analyse(&s, &m);
    assert!(a.challenges[0].knowledge_gap && a.challenges[0].uncertain);
}

#[test]
fn a_self_assessment_is_not_uncertain_for_being_one_person() {
    let m = halmstad();
    let mut s = session_with(&m, &[groups_ids::POLITIK]);
    privacy(&mut s, &m, |_, _, own| *own = true);
    for st in &m.challenges[0].statements {
        vote(&mut s, &st.id, &[4]);
    }
    let a = analyse(&s, &m);
    assert!(a.challenges[0].computed.is_some());
    assert!(!a.challenges[0].uncertain);
}

#[test]
fn a_voter_is_found_by_place_as_the_list_of_voters_orders_them() {
    let m = halmstad();
    let named = session_with(&m, &[groups_ids::POLITIK, groups_ids::BOLAG]);
    let mut seats = session_with(&m, &[]);
    let count = Command::CountHeads { headcount: Some(3) };
    give(&mut seats, &m, count);
    for s in [named, seats] {
        let list = s.voters();
        assert_eq!(s.voter_count(), list.len());
        for (i, (id, _)) in list.iter().enumerate() {
            assert_eq!(s.voter_id(i), Some(*id));
        }
        assert_eq!(s.voter_id(list.len()), None);
    }
}

/// Before anything the recommendations rest on is assessed, the reason for a
/// relevance says so; it never reads "mean of" nothing.
#[test]
fn a_relevance_with_nothing_assessed_says_so() {
    for id in ["halmstad", "matteby"] {
        let m = common::models::embedded(id);
        let s = klarhet::model::Session::new(&m, "Testkommun", date(), klarhet::text::Lang::SV);
        let a = analyse(&s, &m);
        for r in a.ranking.iter().flat_map(|g| &g.recommendations) {
            for lang in [klarhet::text::Lang::SV, klarhet::text::Lang::EN] {
                let said = klarhet::report::uncertain::relevance_reason(r, &a, &m, lang);
                assert!(!said.trim().is_empty(), "{id}: {}", r.id);
                assert!(
                    !said.contains("medel av") && !said.contains("mean of"),
                    "{id}: {said}"
                );
            }
        }
    }
}
