//! Tests of rounds: a challenge voted on again keeps every round, and the
//! methods of one round per challenge act on the current one.

use super::*;
use crate::model::Assessment;
use crate::model::ballots::Answer;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::journal::Change;
use crate::model::rounds::Revealed;
use crate::model::session::Participant;
use crate::text::Lang;
use std::path::Path;

const AT: &str = "2026-12-06T09:30:00Z";

fn at() -> Timestamp {
    AT.parse().unwrap()
}

/// Six participants, three politicians and three from the companies.
fn six(model: &Assessment) -> Session {
    let mut s = Session::new(model, "Kommun", jiff::civil::date(2026, 12, 6), Lang::SV);
    let roles = [groups_ids::POLITIK, groups_ids::BOLAG];
    s.participants = (1..=6u32)
        .map(|id| Participant {
            id,
            alias: format!("P{id}"),
            groups: vec![roles[(id % 2) as usize].to_owned()],
        })
        .collect();
    s
}

/// `voter` answers `value` to every statement the current round asks, and finishes.
fn vote(s: &mut Session, c: &Challenge, voter: u32, value: i32) {
    let asked: Vec<String> = s
        .round_statements(c)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for st in &asked {
        s.cast(c, st, voter, Answer::Value(value)).unwrap();
    }
    s.pass_in(c, voter, asked.len());
}

/// Reads `src` as a session file and checks it against `model`, giving the
/// fault in words.
fn check(src: &str, model: &Assessment) -> Result<(), String> {
    let path = Path::new("s.ron");
    let s = Session::parse(src, path).map_err(|e| format!("{e:?}"))?;
    s.check_against(model, src, path)
        .map_err(|e| format!("{e:?}"))
}

/// Reveals `c`, noting `at` as when its current round was revealed, as
/// `Command::Reveal` does when it shows something.
fn reveal_at(s: &mut Session, model: &Assessment, c: &str, at: Timestamp) -> Revealed {
    let revealed = s.reveal(c);
    if let Some(challenge) = model.challenge(c) {
        s.note_revealed(challenge, at);
    }
    revealed
}

fn reopen(s: &Session) -> Session {
    Session::parse(&s.to_ron(), Path::new("s.ron")).unwrap()
}

#[test]
fn a_first_vote_opens_round_one_by_its_channel() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    assert_eq!(s.current_round(&c.id), 1);
    assert!(s.rounds_of(c).is_empty(), "no vote, no round");
    s.cast(c, &c.statements[0].id, 1, Answer::Value(2)).unwrap();
    let rounds = s.rounds_of(c);
    assert_eq!(rounds.len(), 1);
    assert_eq!(rounds[0].number, 1);
    assert_eq!(rounds[0].round.channel, Channel::Keyboard);
    assert_eq!(rounds[0].round.statements.len(), c.statements.len());
    let hands = &model.challenges[1];
    let mut t = Tally::default();
    t.add(Answer::Value(3));
    s.count_hands(hands, &hands.statements[0].id, t).unwrap();
    assert_eq!(s.rounds_of(hands)[0].round.channel, Channel::Hands);
}

#[test]
fn a_voter_who_finished_votes_again_in_a_second_round_and_both_are_kept() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    for voter in 1..=6 {
        vote(&mut s, c, voter, 2);
    }
    assert_eq!(s.reveal(&c.id), Revealed::All);
    let first = c.statements[0].id.clone();
    assert_eq!(s.shown_tally(&c.id, &first).counts.get(&2), Some(&6));
    // Finished: a vote of round 1 is refused.
    assert!(matches!(
        s.cast(c, &first, 1, Answer::Value(5)),
        Err(Problem::AlreadyCounted { .. })
    ));

    let second = s
        .open_round(c, std::slice::from_ref(&first), Channel::Room, at())
        .unwrap();
    assert_eq!(second, 2);
    assert_eq!(s.current_round(&c.id), 2);
    assert_eq!(s.round_len(c), 1);
    // Until round 2 is revealed, what is shown is round 1's.
    assert_eq!(s.shown_tally(&c.id, &first).counts.get(&2), Some(&6));
    assert!(matches!(
        s.cast(c, &c.statements[1].id, 1, Answer::Value(5)),
        Err(Problem::NotInRound { round: 2, .. })
    ));
    for voter in 1..=6 {
        vote(&mut s, c, voter, 4);
    }
    assert_eq!(s.counted(&c.id), 6);
    assert_eq!(reveal_at(&mut s, &model, &c.id, at()), Revealed::All);

    let reopened = reopen(&s);
    assert_eq!(reopened, s);
    assert_eq!(reopened.shown_tally(&c.id, &first).counts.get(&4), Some(&6));
    assert_eq!(
        reopened.round_tally(&c.id, 1, &first).counts.get(&2),
        Some(&6)
    );
    assert_eq!(
        reopened.round_tally(&c.id, 2, &first).counts.get(&4),
        Some(&6)
    );
    // A statement round 2 did not ask still shows round 1's figures.
    let other = &c.statements[1].id;
    assert_eq!(reopened.shown_tally(&c.id, other).counts.get(&2), Some(&6));
    assert_eq!(reopened.round_tally(&c.id, 2, other).total(), 0);
    let rounds = reopened.rounds_of(c);
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0].round.channel, Channel::Keyboard);
    assert_eq!(rounds[0].round.closed.as_ref().map(|k| k.reveals), Some(1));
    assert_eq!(rounds[1].round.opened, Some(at()));
    assert_eq!(rounds[1].round.revealed, Some(at()));
    assert!(rounds[1].round.closed.is_none());
}

#[test]
fn a_closed_round_keeps_counts_and_never_who_voted() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    for voter in 1..=6 {
        vote(&mut s, c, voter, 3);
    }
    s.reveal(&c.id);
    let ids: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    s.open_round(c, &ids, Channel::Keyboard, at()).unwrap();
    assert!(
        !s.progress.contains_key(&c.id),
        "round 2 starts with no voter"
    );
    let text = ron::to_string(&s.rounds[&c.id][0]).unwrap();
    assert!(!text.contains("progress"), "{text}");
    // The closed round's ballots still count as two people's for privacy.
    assert!(s.closed_two_ballots());
}

#[test]
fn a_round_does_not_open_over_answers_not_yet_counted() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    let ids: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    s.cast(c, &ids[0], 1, Answer::Value(3)).unwrap();
    let before = s.clone();
    assert!(matches!(
        s.open_round(c, &ids, Channel::Hands, at()),
        Err(Problem::RoundUnfinished { .. })
    ));
    assert_eq!(s, before, "refused, nothing changed");
    assert!(matches!(
        s.open_round(c, &["finns-inte".to_owned()], Channel::Hands, at()),
        Err(Problem::DanglingId { .. })
    ));
    assert!(matches!(
        s.open_round(c, &[], Channel::Hands, at()),
        Err(Problem::NoStatements { .. })
    ));
}

#[test]
fn a_second_round_by_hands_counts_apart_from_the_first() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[2];
    let st = c.statements[0].id.clone();
    let hands = |v: i32, n: u32| Tally {
        counts: [(v, n)].into(),
        unknown: 0,
    };
    s.count_hands(c, &st, hands(1, 5)).unwrap();
    s.open_round(c, std::slice::from_ref(&st), Channel::Hands, at())
        .unwrap();
    assert_eq!(
        s.shown_tally(&c.id, &st),
        hands(1, 5),
        "round 1 until counted"
    );
    s.count_hands(c, &st, hands(4, 6)).unwrap();
    let s = reopen(&s);
    assert_eq!(s.shown_tally(&c.id, &st), hands(4, 6));
    assert_eq!(s.round_tally(&c.id, 1, &st), hands(1, 5));
    assert_eq!(s.rounds_of(c)[0].round.channel, Channel::Hands);
}

#[test]
fn passing_the_last_statement_of_a_shorter_round_seals_and_is_not_journalled() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    let first = c.statements[0].id.clone();
    s.open_round(c, std::slice::from_ref(&first), Channel::Keyboard, at())
        .unwrap();
    assert_eq!(s.current_round(&c.id), 1, "nothing voted: it is round 1");
    assert_eq!(s.round_len(c), 1);
    let passed = Change::Passed {
        challenge: c.id.clone(),
        voter: 1,
        count: 1,
        round: 1,
    };
    assert!(passed.journalled(&model), "the whole challenge has more");
    assert!(
        !passed.journalled_in(&s, &model),
        "it seals this round's ballot"
    );
    s.cast(c, &first, 1, Answer::Value(2)).unwrap();
    s.pass_in(c, 1, 1);
    assert!(s.finished(c, 1));
    assert_eq!(s.counted(&c.id), 1);
}

#[test]
fn a_journal_line_without_a_round_is_round_one() {
    let line = r#"Cast(challenge: "otydlighet", statement: "otydlighet.malbild", voter: 2, answer: Value(3))"#;
    let change: Change = ron::from_str(line).unwrap();
    assert_eq!(change.round(), Some(1));
    let passed: Change =
        ron::from_str(r#"Passed(challenge: "otydlighet", voter: 2, count: 1)"#).unwrap();
    assert_eq!(passed.round(), Some(1));
}

#[test]
fn a_vote_of_a_closed_round_is_skipped_on_replay_and_refused_live() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    for voter in 1..=3 {
        vote(&mut s, c, voter, 3);
    }
    s.reveal(&c.id);
    let ids: Vec<String> = c.statements.iter().map(|s| s.id.clone()).collect();
    s.open_round(c, &ids, Channel::Keyboard, at()).unwrap();
    let cast = |round| Change::Cast {
        challenge: c.id.clone(),
        statement: ids[0].clone(),
        voter: 4,
        answer: Answer::Value(1),
        round,
    };
    let old = cast(1);
    let before = s.clone();
    s.replay(&model, &old, true).unwrap();
    assert_eq!(s, before, "replayed: already in the closed round");
    assert!(matches!(
        s.replay(&model, &old, false),
        Err(Problem::AlreadyCounted { .. })
    ));
    let later = cast(3);
    assert!(matches!(
        s.replay(&model, &later, true),
        Err(Problem::DanglingId { kind: "round", .. })
    ));
    let now = cast(2);
    s.replay(&model, &now, false).unwrap();
    assert_eq!(s.answer_count(&c.id, &ids[0]), 1);
}

#[test]
fn rounds_read_from_a_file_are_checked() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    vote(&mut s, c, 1, 3);
    let good = s.to_ron();
    check(&good, &model).unwrap();
    let stranger = good.replacen("\"otydlighet.definition\"", "\"obalans.mandat\"", 1);
    assert!(stranger.contains("rounds"));
    let fault = check(&stranger, &model).unwrap_err();
    assert!(
        fault.contains("DanglingId") && fault.contains("obalans.mandat"),
        "{fault}"
    );
    let mut closed = s.clone();
    closed.rounds.get_mut(&c.id).unwrap()[0].closed = Some(Counts::default());
    let fault = check(&closed.to_ron(), &model).unwrap_err();
    assert!(fault.contains("LatestRoundClosed"), "{fault}");
    let mut agreed = s.clone();
    agreed.agreed.insert(
        c.id.clone(),
        crate::model::decisions::Agreed {
            score: 3,
            rationale: String::new(),
            severity: None,
            round: Some(2),
        },
    );
    let fault = check(&agreed.to_ron(), &model).unwrap_err();
    assert!(fault.contains(r#"kind: "round""#), "{fault}");
}

#[test]
fn role_means_are_the_round_shown_while_a_later_round_is_open() {
    let model = Assessment::halmstad().unwrap();
    let mut s = six(&model);
    let c = &model.challenges[0];
    // Politicians (even ids) answer 2, the companies 4.
    for voter in 1..=6 {
        vote(&mut s, c, voter, if voter % 2 == 0 { 2 } else { 4 });
    }
    s.reveal(&c.id);
    let means = |s: &Session| {
        crate::model::scoring::analyse(s, &model)
            .challenge(&c.id)
            .unwrap()
            .role_means
            .clone()
    };
    let first = means(&s);
    assert_eq!(first.len(), 2, "{first:?}");
    let ids = vec![c.statements[0].id.clone()];
    s.open_round(c, &ids, Channel::Keyboard, at()).unwrap();
    assert_eq!(means(&s), first, "round 1 is still the round shown");
    // Round 2: everyone answers 3; revealed, its own means are shown.
    for voter in 1..=6 {
        vote(&mut s, c, voter, 3);
    }
    s.reveal(&c.id);
    let second = means(&s);
    assert_eq!(second.len(), 2, "{second:?}");
    assert!(
        second.iter().all(|(_, m)| (*m - 3.0).abs() < 1e-9),
        "{second:?}"
    );
}
