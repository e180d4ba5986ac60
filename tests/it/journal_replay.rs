//! What a journal may do to a session when it is read back, and what the same
//! change may not do live: a journal older than a sealed ballot, or than a seat
//! that changed phones, replays without harm, while the change made live is
//! refused; and a line naming a statement of another challenge, an answer off
//! the scale, or a challenge or voter the session lacks is refused by file and
//! line, as a damaged file is, however it reached the journal.

use crate::common;
use crate::common::groups_ids;
use common::{halmstad, session_with};
use klarhet::error::{Error, Problem};
use klarhet::model::assessment::{Assessment, Catalog, Challenge};
use klarhet::model::journal::Change;
use klarhet::model::room::seat_hash;
use klarhet::model::session::{Answer, Session};
use klarhet::store::{self, Store, journal};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn cast(c: &Challenge, statement: &str, voter: u32, answer: Answer) -> Change {
    Change::Cast {
        challenge: c.id.clone(),
        statement: statement.to_owned(),
        voter,
        answer,
        round: 1,
    }
}

fn passed(challenge: &str, voter: u32, count: usize) -> Change {
    Change::Passed {
        challenge: challenge.to_owned(),
        voter,
        count,
        round: 1,
    }
}

fn from_phone(c: &Challenge, statement: &str, seat: u32, answer: Option<Answer>) -> Change {
    Change::RoomAnswer {
        challenge: c.id.clone(),
        statement: statement.to_owned(),
        seat,
        answer,
        passed: 1,
        round: 1,
    }
}

fn seated(seat: u32, token: &str) -> Change {
    Change::Seated {
        seat,
        hash: seat_hash(token),
    }
}

/// Three named participants and an open room.
fn room_session(m: &Assessment) -> Session {
    let mut s = session_with(
        m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    let open = klarhet::model::Command::OpenRoom {
        token: "rumsnyckel".into(),
    };
    common::give(&mut s, m, open);
    s
}

/// `s` saved as a file in `dir`, and `changes` journalled after it.
fn saved_with_journal(dir: &Path, s: &Session, changes: &[Change]) -> PathBuf {
    let path = Store::new(dir).create(s).unwrap();
    journal::append(&path, &common::saved::base(&path), changes).unwrap();
    path
}

fn open(path: &Path, catalog: &Catalog) -> Result<Session, Error> {
    store::open(path, catalog).map(|(s, _)| s)
}

/// Journals `bad` between two good casts after `s` and opens the session: the
/// open must be refused at the bad line (3: the header is line 1), and `bad`
/// made live must be refused the same way. Gives the problem named.
fn refused_in_journal(catalog: &Catalog, m: &Assessment, s: &Session, bad: Change) -> Problem {
    let dir = tempfile::tempdir().unwrap();
    let c = &m.challenges[0];
    let good = cast(c, &c.statements[0].id, 1, Answer::Value(3));
    let path = saved_with_journal(dir.path(), s, &[good.clone(), bad.clone(), good]);
    let problem = match open(&path, catalog) {
        Err(Error::UnmatchedJournal {
            journal: p,
            fault: Some(fault),
            ..
        }) => {
            let (pos, problem) = *fault;
            assert_eq!(p, journal::path_of(&path), "the journal is named");
            assert_eq!(pos.line, 3, "{problem:?} at its line");
            problem
        }
        Err(other) => panic!("{bad:?} refused, but not as bad input: {other}"),
        Ok(_) => panic!("a journal line {bad:?} was accepted"),
    };
    let mut live = s.clone();
    assert_eq!(live.replay(m, &bad, false), Err(problem.clone()));
    assert_eq!(&live, s, "a refused change changes nothing");
    problem
}

#[test]
fn a_journalled_cast_for_a_ballot_sealed_since_is_skipped_and_a_live_one_refused() {
    let m = halmstad();
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let mut s = room_session(&m);
    for st in &c.statements {
        s.replay(&m, &cast(c, &st.id, 1, Answer::Value(4)), false)
            .unwrap();
    }
    s.replay(&m, &passed(&c.id, 1, c.statements.len()), false)
        .unwrap();
    assert_eq!(s.pending_of(&c.id).voters, 1, "the ballot is sealed");

    // A journal older than the seal: the box already holds its cast.
    let dir = tempfile::tempdir().unwrap();
    let older = cast(c, first, 1, Answer::Value(1));
    let path = saved_with_journal(dir.path(), &s, std::slice::from_ref(&older));
    let opened = open(&path, &Catalog::embedded().unwrap()).expect("the cast is skipped");
    assert_eq!(
        opened.pending_of(&c.id).tally(first).counts,
        BTreeMap::from([(4, 1)])
    );
    assert_eq!(
        opened.answer_count(&c.id, first),
        1,
        "neither counted twice nor left open beside the voter"
    );

    // Live, the ballot is no longer the voter's to change.
    let mut live = s.clone();
    assert_eq!(
        live.replay(&m, &older, false),
        Err(Problem::AlreadyCounted {
            challenge: c.id.clone()
        })
    );
    assert_eq!(live, s);
}

#[test]
fn a_journalled_room_answer_for_a_ballot_sealed_since_is_skipped_and_a_live_one_refused() {
    let m = halmstad();
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let mut s = room_session(&m);
    s.replay(&m, &seated(2, "telefon"), false).unwrap();
    for st in &c.statements {
        s.replay(&m, &from_phone(c, &st.id, 2, Some(Answer::Value(2))), false)
            .unwrap();
    }
    // The results were shown: the phone's ballot counted.
    let reveal = klarhet::model::Command::Reveal {
        challenge: c.id.clone(),
        at: "2026-12-06T10:00:00Z".parse().unwrap(),
    };
    let shown = s.apply(&m, reveal).unwrap();
    assert_eq!(
        shown,
        [Change::Revealed {
            challenge: c.id.clone(),
            at: Some("2026-12-06T10:00:00Z".parse().unwrap()),
        }]
    );
    assert_eq!(s.counted(&c.id), 1, "the results were shown");

    let dir = tempfile::tempdir().unwrap();
    let older = from_phone(c, first, 2, Some(Answer::Value(5)));
    let path = saved_with_journal(dir.path(), &s, std::slice::from_ref(&older));
    let opened = open(&path, &Catalog::embedded().unwrap()).expect("the answer is skipped");
    assert_eq!(
        opened.pending_of(&c.id).tally(first).counts,
        BTreeMap::from([(2, 1)])
    );
    assert_eq!(opened.answer_count(&c.id, first), 1);

    let mut live = s.clone();
    assert_eq!(
        live.replay(&m, &older, false),
        Err(Problem::AlreadyCounted {
            challenge: c.id.clone()
        })
    );
    assert_eq!(live, s);
}

#[test]
fn a_seat_claimed_again_in_the_journal_goes_to_the_later_phone_but_live_it_stays_taken() {
    let m = halmstad();
    let s = room_session(&m);
    let dir = tempfile::tempdir().unwrap();
    // Freed and claimed again by another phone: the journal keeps both claims.
    let path = saved_with_journal(
        dir.path(),
        &s,
        &[seated(1, "första"), seated(1, "andra"), seated(2, "tredje")],
    );
    let opened = open(&path, &Catalog::embedded().unwrap()).expect("both claims replay");
    let room = opened.room().as_ref().expect("the room");
    assert_eq!(room.seat_of("andra"), Some(1), "the later phone holds it");
    assert_eq!(room.seat_of("första"), None);
    assert_eq!(room.seat_of("tredje"), Some(2));

    // Live, one phone per seat.
    let mut live = s.clone();
    live.replay(&m, &seated(1, "första"), false).unwrap();
    assert_eq!(
        live.replay(&m, &seated(1, "andra"), false),
        Err(Problem::SeatTaken { seat: 1 })
    );
    let room = live.room().as_ref().expect("the room");
    assert_eq!(room.seat_of("första"), Some(1), "the first phone keeps it");
    assert_eq!(room.seat_of("andra"), None);
}

#[test]
fn a_cast_naming_a_statement_of_another_challenge_is_refused() {
    let m = halmstad();
    let (c, other) = (&m.challenges[0], &m.challenges[1].statements[0].id);
    let catalog = Catalog::embedded().unwrap();
    let problem = refused_in_journal(
        &catalog,
        &m,
        &room_session(&m),
        cast(c, other, 2, Answer::Value(3)),
    );
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind: "statement",
            id: other.clone()
        }
    );
}

#[test]
fn an_answer_off_the_scale_in_a_journal_line_is_refused_from_the_keyboard_and_from_a_phone() {
    let m = halmstad();
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let catalog = Catalog::embedded().unwrap();
    let s = room_session(&m);
    for (bad, value) in [
        (cast(c, first, 2, Answer::Value(9)), 9),
        (cast(c, first, 2, Answer::Value(0)), 0),
        (from_phone(c, first, 2, Some(Answer::Value(6))), 6),
        (from_phone(c, first, 2, Some(Answer::Value(-1))), -1),
    ] {
        assert_eq!(
            refused_in_journal(&catalog, &m, &s, bad),
            Problem::AnswerOffScale {
                statement: first.clone(),
                answer: Some(value)
            }
        );
    }
    // Vet ej is on this scale, from either place; and a withdrawn answer is no answer.
    let dir = tempfile::tempdir().unwrap();
    let path = saved_with_journal(
        dir.path(),
        &s,
        &[
            cast(c, first, 2, Answer::Unknown),
            from_phone(c, first, 3, Some(Answer::Unknown)),
            from_phone(c, &c.statements[1].id, 1, None),
        ],
    );
    let opened = open(&path, &catalog).expect("vet ej is on the scale");
    assert_eq!(opened.responses().tally(first).unknown, 2);
}

#[test]
fn vet_ej_in_a_journal_line_is_refused_where_the_scale_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, m) = common::catalog_without_vet_ej(dir.path());
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let s = room_session(&m);
    for bad in [
        cast(c, first, 2, Answer::Unknown),
        from_phone(c, first, 2, Some(Answer::Unknown)),
    ] {
        assert_eq!(
            refused_in_journal(&catalog, &m, &s, bad),
            Problem::AnswerOffScale {
                statement: first.clone(),
                answer: None
            }
        );
    }
}

#[test]
fn a_journal_line_for_a_challenge_or_voter_the_session_lacks_is_refused() {
    let m = halmstad();
    let catalog = Catalog::embedded().unwrap();
    let s = room_session(&m);
    let c = &m.challenges[0];
    let first = &c.statements[0].id;
    let mut stranger = c.clone();
    stranger.id = "finns-inte".into();
    for bad in [
        cast(&stranger, first, 1, Answer::Value(3)),
        passed("finns-inte", 1, 1),
        from_phone(&stranger, first, 1, Some(Answer::Value(3))),
    ] {
        assert_eq!(
            refused_in_journal(&catalog, &m, &s, bad),
            Problem::DanglingId {
                kind: "challenge",
                id: "finns-inte".into()
            }
        );
    }
    for bad in [
        cast(c, first, 4, Answer::Value(3)),
        passed(&c.id, 4, 1),
        seated(4, "främling"),
        from_phone(c, first, 4, Some(Answer::Value(3))),
    ] {
        assert_eq!(
            refused_in_journal(&catalog, &m, &s, bad),
            Problem::DanglingId {
                kind: "participant",
                id: "4".into()
            }
        );
    }
}

#[test]
fn only_the_pass_that_seals_a_ballot_stays_out_of_the_journal() {
    let m = halmstad();
    let c = &m.challenges[0];
    let n = c.statements.len();
    let first = &c.statements[0].id;
    assert!(passed(&c.id, 1, 0).journalled(&m));
    assert!(passed(&c.id, 1, n - 1).journalled(&m));
    assert!(!passed(&c.id, 1, n).journalled(&m), "it seals the ballot");
    assert!(!passed(&c.id, 1, n + 1).journalled(&m));
    assert!(!passed("finns-inte", 1, 0).journalled(&m));
    assert!(cast(c, first, 1, Answer::Value(3)).journalled(&m));
    assert!(seated(1, "telefon").journalled(&m));
    assert!(from_phone(c, first, 1, Some(Answer::Value(3))).journalled(&m));
}

#[test]
fn a_journal_line_whose_seat_key_is_not_a_sha256_is_refused() {
    // Accepted, it would be folded into the file at the next whole save, and the
    // file would then be refused as damaged: the workshop would not open again.
    let m = halmstad();
    let catalog = Catalog::embedded().unwrap();
    let s = room_session(&m);
    for hash in ["inte-en-hash", &"g".repeat(64), &seat_hash("telefon")[1..]] {
        let bad = Change::Seated {
            seat: 1,
            hash: hash.to_owned(),
        };
        assert_eq!(
            refused_in_journal(&catalog, &m, &s, bad),
            Problem::BadRoomKey
        );
    }
}
