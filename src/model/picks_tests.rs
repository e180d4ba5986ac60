//! Picks: a private vote on the alternatives or an area's phase, kept without
//! its voter, shown only together with enough others (src/model/picks.rs).

use crate::error::{ConstructFault, Problem};
use crate::model::Assessment;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::picks::{Pick, Poll};
use crate::model::session::Session;

const NOW: &str = "opt-1-nulage";
const MORE: &str = "opt-2-forstarkning";
const AREA: &str = "styrning";
const FIRST: &str = "initiering";

fn model(id: &str) -> Assessment {
    let catalog = Catalog::embedded().expect("the embedded models read");
    catalog.get(id).expect("embedded").clone()
}

use crate::model::test_ballots::with_people;

fn pick(poll: &Poll, voter: u32, choice: Option<&str>) -> Command {
    Command::Pick {
        poll: poll.clone(),
        voter,
        pick: choice.map_or(Pick::Unsure, |c| Pick::Choice(c.to_owned())),
    }
}

fn show(s: &mut Session, m: &Assessment, poll: &Poll) -> Vec<Change> {
    let command = Command::ShowPicks { poll: poll.clone() };
    s.apply(m, command).expect("showing is never refused")
}

#[test]
fn picks_wait_until_the_minimum_group_has_voted_then_show_as_counts() {
    let m = model("trollhattan");
    let mut s = with_people(&m, 5);
    let poll = Poll::Alternatives;
    s.apply(&m, pick(&poll, 2, Some(MORE))).expect("picked");
    s.apply(&m, pick(&poll, 4, None))
        .expect("unsure is an answer");
    assert!(
        show(&mut s, &m, &poll).is_empty(),
        "two are fewer than three"
    );
    let picks = s.picks(&poll).expect("picks");
    assert!(picks.shown.is_empty());
    assert_eq!(picks.waiting.total(), 2);
    s.apply(&m, pick(&poll, 1, Some(MORE))).expect("picked");
    assert_eq!(show(&mut s, &m, &poll).len(), 1);
    let shown = &s.picks(&poll).expect("picks").shown;
    assert_eq!((shown.of(MORE), shown.of(NOW), shown.unsure), (2, 0, 1));
    // A fourth voter waits for two more: no two shown counts differ by one.
    s.apply(&m, pick(&poll, 3, Some(NOW))).expect("picked");
    assert!(show(&mut s, &m, &poll).is_empty());
    assert_eq!(s.picks(&poll).expect("picks").shown.total(), 3);
}

#[test]
fn the_file_is_the_same_whoever_picked_what() {
    let m = model("trollhattan");
    let picks = [Some(NOW), Some(MORE), None];
    let orders = [[0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]];
    let files: Vec<String> = orders
        .iter()
        .map(|order| {
            let mut s = with_people(&m, 3);
            for (voter, i) in [3u32, 1, 2].into_iter().zip(order) {
                let command = pick(&Poll::Alternatives, voter, picks[*i]);
                s.apply(&m, command).expect("picked");
            }
            s.to_ron()
        })
        .collect();
    assert!(files.iter().all(|f| *f == files[0]), "{files:#?}");
    assert!(files[0].contains(MORE) && files[0].contains("voters"));
}

#[test]
fn a_voter_votes_once_among_the_polls_own_choices() {
    let m = model("matteby");
    let mut s = with_people(&m, 3);
    let area = Poll::Area(AREA.to_owned());
    s.apply(&m, pick(&area, 1, Some(FIRST))).expect("picked");
    assert_eq!(
        s.apply(&m, pick(&area, 1, Some(FIRST))),
        Err(ConstructFault::AlreadyPicked.into())
    );
    // Another area is another vote.
    let other = Poll::Area("kompetens".to_owned());
    s.apply(&m, pick(&other, 1, None)).expect("picked");
    for (command, kind) in [
        (pick(&area, 9, Some(FIRST)), "participant"),
        (pick(&area, 2, Some(NOW)), "phase"),
        (pick(&Poll::Area("nej".to_owned()), 2, None), "area"),
    ] {
        let before = s.clone();
        assert!(
            matches!(s.apply(&m, command), Err(Problem::DanglingId { kind: k, .. }) if k == kind)
        );
        assert_eq!(s, before, "a refused command changes nothing");
    }
    assert_eq!(
        s.apply(&m, pick(&Poll::Alternatives, 2, None)),
        Err(ConstructFault::NoAlternatives.into())
    );
    let t = model("trollhattan");
    let mut s = with_people(&t, 3);
    assert_eq!(
        s.apply(&t, pick(&area, 2, None)),
        Err(ConstructFault::NoPhasesToPlace.into())
    );
}

#[test]
fn an_area_of_the_sessions_own_can_be_voted_on() {
    let m = model("matteby");
    let mut s = with_people(&m, 3);
    let add = Command::AddArea {
        id: "skola".to_owned(),
        name: "Skola".to_owned(),
    };
    s.apply(&m, add).expect("added");
    let poll = Poll::Area("skola".to_owned());
    for voter in 1..=3 {
        s.apply(&m, pick(&poll, voter, Some(FIRST)))
            .expect("picked");
    }
    show(&mut s, &m, &poll);
    assert_eq!(s.picks(&poll).expect("picks").shown.of(FIRST), 3);
}

#[test]
fn one_persons_self_assessment_shows_its_pick_at_once() {
    let m = model("trollhattan");
    let mut s = with_people(&m, 1);
    let privacy = Command::ChoosePrivacy {
        min_group: 3,
        show_names: false,
        self_assessment: true,
    };
    s.apply(&m, privacy).expect("a self-assessment");
    s.apply(&m, pick(&Poll::Alternatives, 1, Some(NOW)))
        .expect("picked");
    let picks = s.picks(&Poll::Alternatives).expect("picks");
    assert_eq!((picks.shown.of(NOW), picks.waiting.total()), (1, 0));
}

#[test]
fn a_file_with_picks_reads_back_and_a_tampered_one_is_refused_with_its_place() {
    let m = model("matteby");
    let mut s = with_people(&m, 3);
    let poll = Poll::Area(AREA.to_owned());
    for voter in 1..=3 {
        s.apply(&m, pick(&poll, voter, Some(FIRST)))
            .expect("picked");
    }
    show(&mut s, &m, &poll);
    let text = crate::model::test_ballots::reads_back(&s, &m);
    let path = std::path::Path::new("s.klarhet");
    for (from, to, problem) in [
        (
            "\"initiering\": 3",
            "\"ingenstans\": 3",
            Problem::DanglingId {
                kind: "phase",
                id: "ingenstans".to_owned(),
            },
        ),
        (
            "\"initiering\": 3",
            "\"initiering\": 2",
            ConstructFault::VotersOverCount.into(),
        ),
        (
            "voters: [1, 2, 3]",
            "voters: [1, 2, 7]",
            Problem::DanglingId {
                kind: "participant",
                id: "7".to_owned(),
            },
        ),
    ] {
        let tampered = text.replace(from, to);
        assert_ne!(tampered, text, "{from} is in the file: {text}");
        let read = Session::parse(&tampered, path).expect("parses");
        let err = crate::model::validate::session(&read, &m, &tampered, path)
            .expect_err("a tampered file is refused");
        let crate::error::Error::Invalid {
            pos, problem: p, ..
        } = err
        else {
            panic!("not a fault of the file: {err:?}");
        };
        assert_eq!(p, problem);
        assert!(pos.is_some(), "placed in the file");
    }
}

#[test]
fn a_participant_who_leaves_is_forgotten_as_a_voter_and_their_pick_stays() {
    let m = model("trollhattan");
    let mut s = with_people(&m, 3);
    s.apply(&m, pick(&Poll::Alternatives, 2, Some(NOW)))
        .expect("picked");
    s.apply(&m, Command::RemoveParticipant { id: 2 })
        .expect("leaves");
    let picks = s.picks(&Poll::Alternatives).expect("picks");
    assert!(!picks.has_voted(2));
    assert_eq!(picks.waiting.of(NOW), 1);
}

#[test]
fn picks_are_never_a_journal_line() {
    let m = model("trollhattan");
    let mut s = with_people(&m, 3);
    let changes = s
        .apply(&m, pick(&Poll::Alternatives, 1, Some(NOW)))
        .expect("picked");
    assert!(changes.iter().all(Change::kept_whole));
    assert!(changes.iter().all(|c| !c.journalled_in(&s, &m)));
}

#[test]
fn the_group_votes_again_after_the_votes_are_shown_and_the_first_vote_is_kept() {
    let m = model("trollhattan");
    let mut s = with_people(&m, 3);
    let poll = Poll::Alternatives;
    let again = Command::ReopenPoll { poll: poll.clone() };
    // Nothing shown yet: nothing to take again.
    assert_eq!(
        s.apply(&m, again.clone()),
        Err(ConstructFault::ReopenNeedsShown.into())
    );
    for voter in 1..=3 {
        s.apply(&m, pick(&poll, voter, Some(NOW))).expect("picked");
    }
    // Waiting votes are shown first.
    assert_eq!(
        s.apply(&m, again.clone()),
        Err(ConstructFault::ReopenNeedsShown.into())
    );
    show(&mut s, &m, &poll);
    let changes = s.apply(&m, again).expect("taken again");
    assert!(changes.iter().all(Change::kept_whole));
    let picks = s.picks(&poll).expect("picks");
    assert!(picks.voters.is_empty() && picks.shown.is_empty());
    assert_eq!(picks.earlier.len(), 1);
    assert_eq!(picks.earlier[0].of(NOW), 3);
    // Everyone votes afresh, and minds may have moved.
    for voter in 1..=3 {
        s.apply(&m, pick(&poll, voter, Some(MORE)))
            .expect("picked again");
    }
    show(&mut s, &m, &poll);
    let picks = s.picks(&poll).expect("picks");
    assert_eq!((picks.shown.of(MORE), picks.earlier[0].of(NOW)), (3, 3));
    crate::model::test_ballots::reads_back(&s, &m);
}
