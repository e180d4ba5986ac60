//! Counts no session can hold, keys given twice and voters who are not there:
//! each refused where the file is read, with exit code 2, the file's line and
//! column and a message in the user's language, and the file left as it was.

use crate::common;
use common::{run_sv as klarhet, stderr};
use klarhet::model::session::{Answer, Session, Tally};

/// A session with a bit of everything a count can be in: a show of hands, an
/// open ballot and a round in progress, a counted and revealed challenge, and a
/// room with a claimed seat.
fn session() -> String {
    let model = common::halmstad();
    let mut s = klarhet::demo::crowd(&model, 4, false);
    let [first, second, third, ..] = &model.challenges[..] else {
        panic!("the model has six challenges")
    };
    let hands = Tally {
        counts: [(3, 2)].into(),
        unknown: 1,
    };
    let count = klarhet::model::Command::CountHands {
        statement: first.statements[0].id.clone(),
        tally: hands,
    };
    common::give(&mut s, &model, count);
    let first_answer = &second.statements[0].id;
    common::cast(&mut s, &model, second, first_answer, 1, Answer::Value(2));
    common::pass(&mut s, &model, second, 1, 1);
    for p in 1..=4 {
        for st in &third.statements {
            common::cast(&mut s, &model, third, &st.id, p, Answer::Value(2));
        }
        common::pass(&mut s, &model, third, p, third.statements.len());
    }
    common::reveal(&mut s, &model, third);
    let open = klarhet::model::Command::OpenRoom {
        token: "rum".into(),
    };
    common::give(&mut s, &model, open);
    let seat = klarhet::model::Command::TakeSeat {
        seat: 2,
        hash: klarhet::model::room::seat_hash("a"),
    };
    common::give(&mut s, &model, seat);
    let text = s.to_ron();
    // The session as written is valid: each test changes one thing in it.
    Session::parse(&text, std::path::Path::new("s.ron")).unwrap();
    text
}

/// The 1-based line of the first `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in {text}"));
    text[..at].lines().count().max(1) + usize::from(text[..at].ends_with('\n'))
}

/// Writes `text` as a session, and checks that `validate` and `report` refuse it
/// with exit code 2 at `line` saying `says`, and leave it untouched.
fn refused(text: &str, line: usize, says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fel.ron");
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap();
    for args in [["validate", path], ["report", path]] {
        let o = klarhet(dir.path(), &args);
        let err = stderr(&o).split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(&format!("fel.ron:{line}:")), "{line}: {err}");
        assert!(err.contains(says), "{says}: {err}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "untouched");
}

fn once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

#[test]
fn a_show_of_hands_beyond_what_a_count_holds_is_refused() {
    let s = session();
    let hands = "Tally(Tally(counts: {3: 2}, unknown: 1))";
    for (counts, says) in [
        // Wraps to a wrong n if read: refused.
        ("{3: 4294967295}", "räknar 4294967296 händer"),
        // Each fits a number, their sum does not.
        ("{3: 3000000000, 4: 3000000000}", "räknar 6000000001 händer"),
        // Fits, but more than the session could ever have had.
        ("{3: 20000}", "räknar 20001 händer"),
    ] {
        let text = once(
            &s,
            hands,
            &format!("Tally(Tally(counts: {counts}, unknown: 1))"),
        );
        refused(&text, line_of(&text, "\"otydlighet.definition\""), says);
    }
}

/// The session with the ballot box as files from before waiting ballots were
/// kept apart also held it, as `sealed` (still read, and checked as strictly).
fn with_old_sealed_box(s: &str) -> String {
    let at = s.find("    revealed: {\n").expect("a revealed box");
    let line_end = s[at..].find("},\n    },\n").expect("its end") + at + "},\n    },\n".len();
    let block =
        s[at..line_end]
            .replacen("revealed", "sealed", 1)
            .replacen("on_scale: 0", "on_scale: 4", 1);
    format!("{}{block}{}", &s[..at], &s[at..])
}

#[test]
fn a_ballot_box_with_more_voters_or_answers_than_there_can_be_is_refused() {
    let s = with_old_sealed_box(&session());
    for (field, from, to, says) in [
        (
            "sealed",
            "voters: 4,",
            "voters: 4294967295,",
            "4294967295 personer",
        ),
        ("revealed", "voters: 4,", "voters: 20000,", "20000 personer"),
        (
            "sealed",
            "on_scale: 4,",
            "on_scale: 5,",
            "5 som röstade med svar",
        ),
        (
            "sealed",
            "counts: {2: 4}",
            "counts: {2: 5}",
            "5 svar från 4 röstande",
        ),
        (
            "sealed",
            "counts: {2: 4}",
            "counts: {2: 4294967295, 3: 4294967295}",
            "8589934590 svar från 4 röstande",
        ),
    ] {
        let at = s
            .find(&format!("    {field}: {{"))
            .unwrap_or_else(|| panic!("{s}"));
        let (head, tail) = s.split_at(at);
        let text = format!("{head}{}", once(tail, from, to));
        let line =
            line_of(&text[at..], "\"vaghet\"") + line_of(&text, &format!("    {field}: {{")) - 1;
        refused(&text, line, says);
    }
}

#[test]
fn a_key_given_twice_in_any_map_is_refused_where_it_is_given_again() {
    let s = session();
    for (from, to, again) in [
        (
            "notes: {}",
            "notes: {\"hot\": \"a\",\n \"hot\": \"b\"}",
            "\"hot\": \"b\"",
        ),
        (
            "agreed: {}",
            "agreed: {\"hot\": (score: 2, rationale: \"\"),\n \"hot\": (score: 3, rationale: \"\")}",
            "\"hot\": (score: 3",
        ),
        (
            "\"otydlighet.definition\": Tally(",
            "\"otydlighet.definition\": Tally(Tally(counts: {}, unknown: 0)),\n \"otydlighet.definition\": Tally(",
            "\"otydlighet.definition\": Tally(Tally(counts: {3",
        ),
        (
            "{1: Value(2)}",
            "{1: Value(2),\n 1: Value(3)}",
            "1: Value(3)",
        ),
        (
            "\"obalans\": {1: 1}",
            "\"obalans\": {1: 1,\n 1: 2}",
            "1: 2}",
        ),
        (
            "\"obalans\": {1: 1},",
            "\"obalans\": {1: 1},\n \"obalans\": {2: 1},",
            "\"obalans\": {2",
        ),
        ("counts: {2: 4}", "counts: {2: 4,\n 2: 1}", "2: 1}"),
        (
            "{Merged: Sealed(",
            "{Merged: Sealed(voters: 0, on_scale: 0, answers: {}),\n Merged: Sealed(",
            "Merged: Sealed(voters: 4",
        ),
        (
            "\"vaghet\": 1,",
            "\"vaghet\": 1,\n \"vaghet\": 2,",
            "\"vaghet\": 2",
        ),
        ("seats: {2: ", "seats: {2: \"\",\n 2: ", "2: \"c"),
    ] {
        let text = once(&s, from, to);
        refused(
            &text,
            line_of(&text, again),
            "finns två gånger i samma tabell",
        );
    }
}

#[test]
fn progress_for_someone_who_is_not_in_the_session_is_refused() {
    let s = session();
    for (from, to, place, says) in [
        (
            "\"obalans\": {1: 1}",
            "\"obalans\": {1: 1, 9: 1}",
            "\"obalans\": {1",
            "okänt id \"9\": förväntade id för en befintlig deltagare",
        ),
        (
            "\"obalans\": {1: 1}",
            "\"obalans\": {1: 1}, \"ingen\": {1: 1}",
            "\"ingen\"",
            "okänt id \"ingen\": förväntade id för en befintlig utmaning",
        ),
        (
            "seats: {2: ",
            "seats: {9: ",
            "seats:",
            "okänt id \"9\": förväntade id för en befintlig deltagare",
        ),
        (
            "seats: {2: ",
            "passed: {\"hot\": {9: 1}},\n        seats: {2: ",
            "passed:",
            "okänt id \"9\": förväntade id för en befintlig deltagare",
        ),
    ] {
        let text = once(&s, from, to);
        refused(&text, line_of(&text, place), says);
    }
}

/// The session the workbench holds, as it would be written and read again.
fn reopens(state: &klarhet::tui::state::State) -> Result<(), klarhet::error::Error> {
    let work = state.shared.work.as_ref().expect("a session");
    let text = work.session.to_ron();
    let path = std::path::Path::new("s.ron");
    Session::parse(&text, path)?.check_against(&work.model, &text, path)
}

mod workbench {
    //! What the workbench writes is never what the checks above refuse: it
    //! refuses the change instead, or takes everything of the person along.
    use super::common::tui::{fresh, send};
    use super::common::{halmstad, session_with};
    use super::reopens;
    use crate::common::groups_ids;
    use klarhet::model::room::seat_hash;
    use klarhet::model::session::{Answer, Session};
    use klarhet::text::Lang;
    use klarhet::tui::msg::{Effect, Msg};
    use klarhet::tui::notice::Notice;
    use klarhet::tui::router::update;
    use klarhet::tui::state::{Step, Work};

    fn at(session: Session, step: Step) -> klarhet::tui::state::State {
        fresh().at(Work::new(session, halmstad(), None), step)
    }

    #[test]
    fn a_participant_who_answered_on_a_phone_leaves_with_their_seat() {
        let model = halmstad();
        let mut session = session_with(
            &model,
            &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
        );
        let c = &model.challenges[0];
        let open = klarhet::model::Command::OpenRoom {
            token: "rum".into(),
        };
        super::common::give(&mut session, &model, open);
        let seat = klarhet::model::Command::TakeSeat {
            seat: 2,
            hash: seat_hash("telefon"),
        };
        super::common::give(&mut session, &model, seat);
        let phone = klarhet::model::Command::AnswerInRoom {
            challenge: c.id.clone(),
            statement: c.statements[0].id.clone(),
            seat: 2,
            answer: Some(Answer::Value(3)),
            passed: 1,
        };
        super::common::give(&mut session, &model, phone);
        let mut s = at(session, Step::Participants);
        send(&mut s, &[Msg::Down, Msg::Remove]);
        assert_eq!(update(&mut s, Msg::Yes), vec![Effect::Save]);
        let work = s.shared.work.as_ref().unwrap();
        assert!(work.session.participants().iter().all(|p| p.id != 2));
        reopens(&s).expect("the session opens again");
    }

    #[test]
    fn the_head_count_cannot_drop_below_a_seat_that_has_voted() {
        let model = halmstad();
        let mut session = Session::new(&model, "Rummet", super::common::date(), Lang::SV);
        let count = klarhet::model::Command::CountHeads { headcount: Some(5) };
        super::common::give(&mut session, &model, count);
        let c = &model.challenges[0];
        let first = &c.statements[0].id;
        super::common::cast(&mut session, &model, c, first, 5, Answer::Value(2));
        super::common::pass(&mut session, &model, c, 5, 1);
        let mut s = at(session, Step::Participants);
        send(&mut s, &[Msg::HeadCount, Msg::Backspace, Msg::Char('3')]);
        assert_eq!(update(&mut s, Msg::Confirm), vec![]);
        assert!(
            matches!(s.shared.notice, Some(Notice::Refused(_))),
            "{:?}",
            s.shared.notice
        );
        assert_eq!(s.shared.work.as_ref().unwrap().session.headcount(), Some(5));
        reopens(&s).expect("the session opens again");
        // Above the seat, the count can change.
        send(
            &mut s,
            &[Msg::Back, Msg::HeadCount, Msg::Backspace, Msg::Char('6')],
        );
        assert_eq!(update(&mut s, Msg::Confirm), vec![Effect::Save]);
        assert_eq!(s.shared.work.as_ref().unwrap().session.headcount(), Some(6));
    }

    #[test]
    fn names_cannot_be_added_to_a_room_that_voted_without_them() {
        let model = halmstad();
        let mut session = Session::new(&model, "Rummet", super::common::date(), Lang::SV);
        let count = klarhet::model::Command::CountHeads { headcount: Some(4) };
        super::common::give(&mut session, &model, count);
        let c = &model.challenges[0];
        for st in &c.statements {
            super::common::cast(&mut session, &model, c, &st.id, 3, Answer::Value(2));
        }
        super::common::pass(&mut session, &model, c, 3, c.statements.len());
        let mut s = at(session, Step::Participants);
        let mut msgs = vec![Msg::Add];
        msgs.extend("Kim".chars().map(Msg::Char));
        msgs.extend([Msg::Confirm, Msg::Confirm]);
        send(&mut s, &msgs);
        assert!(
            matches!(s.shared.notice, Some(Notice::Refused(_))),
            "{:?}",
            s.shared.notice
        );
        assert!(
            s.shared
                .work
                .as_ref()
                .unwrap()
                .session
                .participants()
                .is_empty()
        );
        reopens(&s).expect("the session opens again");
    }

    #[test]
    fn a_show_of_hands_beyond_what_a_session_can_count_is_refused() {
        let model = halmstad();
        let session = session_with(
            &model,
            &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
        );
        let mut s = at(session, Step::Scoring);
        update(&mut s, Msg::StartHands);
        // 9,999 hands for each of the five values and vet ej, and yes to saving.
        for _ in 0..6 {
            send(&mut s, &"9999".chars().map(Msg::Char).collect::<Vec<_>>());
            update(&mut s, Msg::Down);
        }
        assert_eq!(update(&mut s, Msg::Yes), vec![]);
        assert!(
            matches!(s.shared.notice, Some(Notice::Refused(_))),
            "{:?}",
            s.shared.notice
        );
        reopens(&s).expect("the session opens again");
    }
}
