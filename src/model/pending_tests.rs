//! Tests of waiting ballots: what the session file holds of a finished ballot
//! that has not been shown, and how it joins the ballot box.

use crate::model::assessment::{Assessment, Challenge};
use crate::model::ballot_box::RoleGroup;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::session::{Answer, Participant, Session};
use crate::text::Lang;
use std::path::Path;

fn group(model: &Assessment, roles: &[&'static str]) -> Session {
    let mut s = Session::new(model, "Kommun", jiff::civil::date(2026, 12, 6), Lang::SV);
    s.participants = roles
        .iter()
        .zip(1u32..)
        .map(|(role, id)| Participant {
            id,
            alias: format!("P{id}"),
            groups: vec![(*role).to_owned()],
        })
        .collect();
    s
}

const SIX: [&str; 6] = [
    groups_ids::POLITIK,
    groups_ids::POLITIK,
    groups_ids::BOLAG,
    groups_ids::BOLAG,
    groups_ids::POLITIK,
    groups_ids::BOLAG,
];

fn vote(s: &mut Session, c: &Challenge, voter: u32, values: &[i32]) {
    for (st, v) in c.statements.iter().zip(values.iter().cycle()) {
        s.cast(c, &st.id, voter, Answer::Value(*v)).unwrap();
    }
    s.pass_in(c, voter, c.statements.len());
}

fn reopen(s: &Session) -> Session {
    let model = crate::model::Assessment::halmstad().unwrap();
    Session::parse(&s.to_ron(), Path::new("s.ron"))
        .unwrap()
        .upgraded(&model)
}

fn role_groups(s: &Session, model: &Assessment) -> Vec<RoleGroup> {
    let analysis = crate::model::scoring::analyse(s, model);
    analysis.challenges[0]
        .role_means
        .iter()
        .map(|(g, _)| g.clone())
        .collect()
}

/// Issue 23: the file held a waiting latecomer's ballot under their role group,
/// beside what was shown. Two latecomers, a politician and one from bolag:
/// the file holds their answers as one count, with no role group.
#[test]
fn waiting_ballots_are_one_count_without_role_or_order() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX);
    for voter in 1..=4 {
        vote(&mut s, c, voter, &[3]);
    }
    s.reveal(&c.id);
    vote(&mut s, c, 5, &[1]);
    vote(&mut s, c, 6, &[5]);
    s.reveal(&c.id);
    assert_eq!(s.waiting(&c.id), 2);
    let file = s.to_ron();
    assert!(!file.contains("sealed"), "{file}");
    let pending = &reopen(&s).pending[&c.id];
    assert_eq!(pending.voters, 2);
    let first = &c.statements[0].id;
    assert_eq!(pending.tally(first).counts.len(), 2, "1 and 5, not whose");
    // Finishing in the other order writes the same file.
    let mut other = group(&model, &SIX);
    for voter in 1..=4 {
        vote(&mut other, c, voter, &[3]);
    }
    other.reveal(&c.id);
    vote(&mut other, c, 6, &[5]);
    vote(&mut other, c, 5, &[1]);
    other.reveal(&c.id);
    assert_eq!(other.to_ron(), file);
}

/// What the box holds is what was shown: after any reveal, the box's counts
/// are the shown counts, and everything else waits.
#[test]
fn the_box_holds_only_what_was_shown() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX);
    for voter in 1..=6 {
        vote(&mut s, c, voter, &[voter as i32 % 5 + 1]);
        s.reveal(&c.id);
        let shown: u32 = c
            .statements
            .iter()
            .map(|st| s.shown_tally(&c.id, &st.id).total())
            .sum();
        let boxed: u32 = c
            .statements
            .iter()
            .map(|st| s.revealed.get(&c.id).map_or(0, |b| b.tally(&st.id).total()))
            .sum();
        assert_eq!(shown, boxed);
        assert_eq!(s.counted(&c.id), voter);
        for st in &c.statements {
            assert_eq!(s.answer_count(&c.id, &st.id), voter);
        }
    }
}

/// The first reveal still shows role groups when the round was given in one
/// sitting: the roles were kept in memory, never in the file.
#[test]
fn a_first_reveal_shows_role_groups_of_a_round_given_in_one_sitting() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX);
    for (voter, role) in (1..=6).zip(SIX) {
        vote(
            &mut s,
            c,
            voter,
            &[if role == groups_ids::POLITIK { 2 } else { 5 }],
        );
        assert!(!s.to_ron().contains("Politik):"), "no role beside a ballot");
    }
    s.reveal(&c.id);
    let groups = role_groups(&s, &model);
    assert_eq!(
        groups,
        [
            RoleGroup::Role(groups_ids::POLITIK.into()),
            RoleGroup::Role(groups_ids::BOLAG.into())
        ]
    );
    assert_eq!(role_groups(&reopen(&s), &model), groups);
}

/// A round interrupted by closing klarhet waits without roles: its reveal
/// counts every ballot, as one group.
#[test]
fn a_round_resumed_after_reopening_is_counted_whole_without_role_groups() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX);
    for voter in 1..=3 {
        vote(&mut s, c, voter, &[2]);
    }
    let mut s = reopen(&s);
    for voter in 4..=6 {
        vote(&mut s, c, voter, &[5]);
    }
    s.reveal(&c.id);
    assert_eq!(s.counted(&c.id), 6);
    assert_eq!(s.shown_tally(&c.id, &c.statements[0].id).total(), 6);
    assert!(role_groups(&s, &model).is_empty());
}

/// A role cell the exports withhold (two of three politicians answered a
/// statement) is not kept in the file: the box keeps only the groups shown.
#[test]
fn a_role_group_not_shown_is_not_kept() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX);
    for voter in 1..=6 {
        for st in &c.statements[..] {
            if voter == 2 && st.id == c.statements[1].id {
                continue;
            }
            s.cast(c, &st.id, voter, Answer::Value(voter as i32 % 5 + 1))
                .unwrap();
        }
        s.pass_in(c, voter, c.statements.len());
    }
    s.reveal(&c.id);
    assert!(role_groups(&s, &model).is_empty());
    let groups: Vec<RoleGroup> = s.revealed[&c.id].groups().map(|(g, _)| g.clone()).collect();
    assert_eq!(groups, [RoleGroup::Merged]);
    assert_eq!(s.revealed[&c.id].voters(), 6);
    assert_eq!(s.revealed[&c.id].groups().next().unwrap().1.on_scale, 0);
}

/// A file written before waiting ballots were kept apart reads as it did, and
/// is written the new way: a latecomer's ballot waits without its role group,
/// and a challenge not yet revealed keeps its role groups for its reveal.
#[test]
fn a_file_from_before_reads_the_same_and_is_written_without_roles() {
    let model = Assessment::halmstad().unwrap();
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/session-v2-waiting.ron"
    ));
    let src = std::fs::read_to_string(path).unwrap();
    let old = Session::parse(&src, path).unwrap();
    old.check_against(&model, &src, path).unwrap();
    let (first, second) = (&model.challenges[0], &model.challenges[1]);
    assert_eq!(old.waiting(&first.id), 1, "the latecomer waits");
    assert_eq!(old.counted(&first.id), 6);
    assert_eq!(old.counted(&second.id), 2);
    let before = crate::model::scoring::analyse(&old, &model);
    let new = reopen(&old);
    assert_eq!(crate::model::scoring::analyse(&new, &model), before);
    assert!(new.sealed.is_empty());
    assert_eq!(new.pending[&first.id].voters, 1);
    let file = new.to_ron();
    assert!(!file.contains("Role("), "no role group is kept: {file}");
    for st in &first.statements {
        assert_eq!(
            new.answer_count(&first.id, &st.id),
            old.answer_count(&first.id, &st.id)
        );
    }
    // The challenge half-voted before the change keeps its roles while open.
    let mut open = old.clone();
    // As opening it does (`Session::upgraded`): sealing needs the breakdown.
    open.know_groups(&model);
    for voter in [2, 3, 5, 6] {
        vote(&mut open, second, voter, &[voter as i32 % 5 + 1]);
    }
    open.reveal(&second.id);
    let analysis = crate::model::scoring::analyse(&open, &model);
    assert_eq!(analysis.challenges[1].role_means.len(), 2);
}

/// A reveal that shows some statements and leaves others waiting (a voter
/// skipped them, so they have fewer answers than the threshold) keeps those
/// answers waiting with no waiting ballot: the ballots are counted among the
/// shown voters. The file must open again, not be refused as holding more
/// answers than ballots.
#[test]
fn a_file_with_answers_waiting_after_a_partial_reveal_opens_again() {
    let model = Assessment::halmstad().unwrap();
    let c = &model.challenges[0];
    let mut s = group(&model, &SIX[..3]);
    vote(&mut s, c, 1, &[2]);
    vote(&mut s, c, 3, &[4]);
    // Voter 2 answers the first statement only and skips the rest.
    s.cast(c, &c.statements[0].id, 2, Answer::Value(3)).unwrap();
    s.pass_in(c, 2, c.statements.len());
    s.reveal(&c.id);
    let second = &c.statements[1].id;
    assert_eq!(s.pending_of(&c.id).voters, 0);
    assert_eq!(s.pending_of(&c.id).tally(second).total(), 2);
    let text = s.to_ron();
    let opened = reopen(&s);
    opened
        .check_against(&model, &text, Path::new("s.ron"))
        .expect("the session opens again");
    assert_eq!(opened.pending_of(&c.id).tally(second).total(), 2);
    // More answers waiting than the shown and waiting ballots together is refused.
    let mut forged = opened.clone();
    let tally = forged.pending.get_mut(&c.id).unwrap();
    tally.answers.get_mut(second).unwrap().counts.insert(1, 5);
    let text = forged.to_ron();
    assert!(
        forged
            .check_against(&model, &text, Path::new("s.ron"))
            .is_err()
    );
}
