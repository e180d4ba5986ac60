//! Transitions of `update` with no I/O: each test sends messages straight to the
//! router and asserts on the effects it returns as well as on the state, as the
//! runtime would see them.

use crate::common;
use crate::common::groups_ids;
use common::tui::{fresh, send, state_at as at};
use common::{date, halmstad, session_with};
use klarhet::error::Error;
use klarhet::model::session::Answer;
use klarhet::report::Format;
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Failure, Msg, OpenFailed, Opened, SavedTo};
use klarhet::tui::notice::{Notice, Question};
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{Overlay, Step, Work};
use std::path::PathBuf;

fn failure(what: &str) -> Failure {
    Error::NoTheme {
        name: what.into(),
        built_in: Vec::new(),
    }
    .into()
}

#[test]
fn quitting_on_the_start_screen_is_an_effect_and_nothing_else() {
    let mut s = fresh();
    assert_eq!(update(&mut s, Msg::PrevStep), vec![]);
    assert_eq!(s.step(), Step::Start);
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Quit]);
}

#[test]
fn moving_a_step_remembers_it_in_the_session_and_saves() {
    let mut s = at(Step::Participants);
    assert_eq!(update(&mut s, Msg::NextStep), vec![Effect::Save]);
    assert_eq!(s.step(), Step::Model);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.resume().step, "model");
    // Going back from the participants leads to setup, which saves nothing yet.
    let mut s = at(Step::Participants);
    assert_eq!(update(&mut s, Msg::PrevStep), vec![]);
    assert_eq!(s.step(), Step::Setup);
}

#[test]
fn a_ballot_saves_every_answer_and_quitting_mid_round_asks_first() {
    let mut s = at(Step::Scoring);
    assert_eq!(send(&mut s, &[Msg::StartBallot, Msg::Confirm]), vec![]);
    assert!(matches!(
        s.screen.phase(),
        Some(Phase::Ballot { voter: 0, .. })
    ));
    assert_eq!(
        update(&mut s, Msg::Answer(Answer::Value(4))),
        vec![Effect::Save]
    );
    let work = s.shared.work.as_ref().expect("work");
    let first = &work.model.challenges[0].statements[0].id;
    assert_eq!(work.session.responses().tally(first).total(), 1);
    // The place in the workshop is remembered now; the next answer changes only
    // votes, and is kept by appending it to the journal: the cast and the step.
    let second = work.model.challenges[0].statements[1].id.clone();
    assert_eq!(
        update(&mut s, Msg::Answer(Answer::Value(2))),
        vec![Effect::Record(vec![
            klarhet::model::journal::Change::Cast {
                challenge: "otydlighet".into(),
                statement: second,
                voter: 1,
                answer: Answer::Value(2),
                round: 1,
            },
            klarhet::model::journal::Change::Passed {
                challenge: "otydlighet".into(),
                voter: 1,
                count: 2,
                round: 1,
            },
        ])]
    );
    // A value outside the scale is no answer and no save.
    assert_eq!(update(&mut s, Msg::Answer(Answer::Value(9))), vec![]);
    assert_eq!(update(&mut s, Msg::Quit), vec![]);
    assert_eq!(s.overlay, Some(Overlay::Ask(Question::QuitDuringRound)));
    assert_eq!(update(&mut s, Msg::No), vec![]);
    assert_eq!(s.overlay, None);
    assert_eq!(send(&mut s, &[Msg::Quit, Msg::Yes]), vec![Effect::Quit]);
}

#[test]
fn a_show_of_hands_refuses_a_challenge_that_has_ballots() {
    let model = halmstad();
    let mut session = session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    let first = model.challenges[0].statements[0].id.clone();
    common::vote(&mut session, &first, &[2]);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    assert_eq!(update(&mut s, Msg::StartHands), vec![]);
    assert_eq!(s.shared.notice, Some(Notice::HasBallots));
    assert_eq!(s.screen.phase(), Some(&Phase::Overview));
    // The next challenge has none: the counter opens, and a count saves.
    update(&mut s, Msg::Right);
    assert_eq!(s.shared.notice, None);
    update(&mut s, Msg::StartHands);
    assert!(matches!(s.screen.phase(), Some(Phase::Hands { .. })));
    assert_eq!(
        send(&mut s, &[Msg::Char('3'), Msg::Confirm]),
        vec![Effect::Save]
    );
}

#[test]
fn the_summary_exports_in_the_chosen_format_to_the_default_path() {
    let mut s = at(Step::Summary);
    let path = PathBuf::from("/srv/rapporter/testkommun-2026-11-22");
    assert_eq!(
        update(&mut s, Msg::Export),
        vec![Effect::Export {
            format: Format::Md,
            path: path.with_extension("md"),
            overwrite: false
        }]
    );
    assert_eq!(
        send(&mut s, &[Msg::CycleFormat, Msg::Export]),
        vec![Effect::Export {
            format: Format::Html,
            path: path.with_extension("html"),
            overwrite: false
        }]
    );
    // The result comes back as a message; the notice and the list say where it went.
    let written = path.with_extension("html");
    assert_eq!(
        update(&mut s, Msg::Exported(Ok((Format::Html, written.clone())))),
        vec![]
    );
    assert_eq!(
        s.shared.notice,
        Some(Notice::Exported(Format::Html, written.clone()))
    );
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.exports, vec![(Format::Html, written)]);
}

#[test]
fn a_failed_save_stays_on_screen_until_a_save_succeeds() {
    let mut s = at(Step::Participants);
    assert_eq!(update(&mut s, Msg::Saved(Err(failure("disk")))), vec![]);
    assert!(s.shared.save_error.is_some());
    // A key clears a notice but never the save error.
    update(&mut s, Msg::Down);
    assert!(s.shared.save_error.is_some());
    let saved = SavedTo {
        path: "/tmp/x.ron".into(),
        taken: false,
    };
    assert_eq!(update(&mut s, Msg::Saved(Ok(saved))), vec![]);
    assert!(s.shared.save_error.is_none());
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(
        work.path.as_deref(),
        Some(std::path::Path::new("/tmp/x.ron"))
    );
}

#[test]
fn an_unreadable_session_offers_its_backup_and_yes_opens_it() {
    let mut s = fresh();
    let backup = PathBuf::from("/tmp/s.ron.bak");
    let failed = OpenFailed {
        error: failure("bad"),
        backup: Some(backup.clone()),
    };
    assert_eq!(update(&mut s, Msg::Opened(Err(failed))), vec![]);
    assert_eq!(
        s.overlay,
        Some(Overlay::Ask(Question::OpenBackup(backup.clone())))
    );
    assert_eq!(update(&mut s, Msg::Yes), vec![Effect::OpenBackup(backup)]);
}

#[test]
fn an_opened_session_replaces_everything_of_the_one_before() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = at(Step::Summary);
    update(
        &mut s,
        Msg::Exported(Ok((Format::Md, dir.path().join("old.md")))),
    );
    let model = halmstad();
    let mut session = session_with(&model, &[groups_ids::POLITIK]);
    common::describe(&mut session, &model, |organisation, _, _, language, _| {
        *organisation = "Nykommun".into();
        *language = Lang::EN;
    });
    common::place(&mut session, &model, "circle");
    let path = dir.path().join("ny.ron");
    std::fs::write(&path, "").expect("file");
    let opened = Opened {
        session: Box::new(session),
        model: Box::new(model),
        path: path.clone(),
        read_only: None,
        replayed: 0,
    };
    assert_eq!(update(&mut s, Msg::Opened(Ok(opened))), vec![]);
    assert_eq!(s.step(), Step::Circle);
    assert_eq!(s.shared.lang, Lang::EN, "the screens follow the session");
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.organisation(), "Nykommun");
    assert!(
        work.exports.is_empty(),
        "the last session's exports are gone"
    );
    assert_eq!(work.path.as_deref(), Some(path.as_path()));
}

#[test]
fn a_new_session_is_made_in_setup_and_saved_on_the_way_to_participants() {
    let mut s = fresh();
    assert_eq!(update(&mut s, Msg::Confirm), vec![]);
    assert_eq!(s.step(), Step::Setup);
    let mut msgs: Vec<Msg> = "Åre kommun".chars().map(Msg::Char).collect();
    msgs.extend(std::iter::repeat_n(Msg::Confirm, 8));
    assert_eq!(send(&mut s, &msgs), vec![Effect::Save]);
    assert_eq!(s.step(), Step::Participants);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.organisation(), "Åre kommun");
    assert_eq!(work.session.resume().step, "participants");
}

#[test]
fn removing_a_participant_asks_then_saves() {
    let mut s = at(Step::Participants);
    assert_eq!(update(&mut s, Msg::Remove), vec![]);
    assert_eq!(s.overlay, Some(Overlay::Ask(Question::RemoveParticipant)));
    assert_eq!(update(&mut s, Msg::Yes), vec![Effect::Save]);
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(work.session.participants().len(), 2);
}

#[test]
fn help_takes_every_key_until_it_is_closed_and_save_as_asks_for_a_path() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Help);
    assert_eq!(update(&mut s, Msg::NextStep), vec![]);
    assert_eq!(s.step(), Step::Participants);
    update(&mut s, Msg::Help);
    assert_eq!(s.overlay, None);
    update(&mut s, Msg::SaveAs);
    assert!(matches!(s.overlay, Some(Overlay::SaveAs(_))));
    // Help over save-as comes back to the typed path.
    send(&mut s, &[Msg::Char('x'), Msg::Help, Msg::Help]);
    let Some(Overlay::SaveAs(field)) = &s.overlay else {
        panic!("save-as is not back: {:?}", s.overlay);
    };
    assert_eq!(field.value(), "/srv/rapporter/session.ronx");
    assert_eq!(
        send(&mut s, &[Msg::Backspace, Msg::Confirm]),
        vec![Effect::SaveAs("/srv/rapporter/session.ron".into())]
    );
}

#[test]
fn while_the_window_is_too_small_only_quitting_does_anything() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Resize(60, 20));
    for msg in [Msg::Add, Msg::NextStep, Msg::Remove, Msg::Help, Msg::SaveAs] {
        let before = format!("{s:?}");
        assert_eq!(update(&mut s, msg.clone()), vec![], "{msg:?}");
        assert_eq!(format!("{s:?}"), before, "{msg:?} changed the state");
    }
    let keys = klarhet::tui::router::bindings(&s);
    assert_eq!(keys.len(), 2, "only q and Ctrl-C: {keys:?}");
    // Even in the middle of a round, quitting is safe: every vote is saved.
    update(&mut s, Msg::Resize(80, 24));
    send(&mut s, &[Msg::NextStep, Msg::NextStep, Msg::StartBallot]);
    assert!(matches!(s.screen.phase(), Some(Phase::Handover { .. })));
    update(&mut s, Msg::Resize(79, 24));
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Quit]);
}

#[test]
fn a_wrong_date_is_said_when_its_field_is_left() {
    let mut s = fresh();
    update(&mut s, Msg::Confirm);
    let mut msgs: Vec<Msg> = "Kiruna".chars().map(Msg::Char).collect();
    msgs.extend([Msg::Next, Msg::Next, Msg::ClearField]);
    msgs.extend("2026-13-40".chars().map(Msg::Char));
    send(&mut s, &msgs);
    assert_eq!(update(&mut s, Msg::Next), vec![]);
    // Written as a date, but not one in the calendar: said so.
    assert_eq!(
        s.shared.notice,
        Some(Notice::NoSuchDate("2026-13-40".into()))
    );
    // The cursor stays in the date field: Ctrl-W and typing fix it.
    send(&mut s, &[Msg::DeleteWord]);
    send(
        &mut s,
        &"2026-12-01".chars().map(Msg::Char).collect::<Vec<_>>(),
    );
    update(&mut s, Msg::Next);
    assert_eq!(s.shared.notice, None);
}

#[test]
fn writing_over_a_file_asks_first_and_the_path_is_remembered_in_the_session() {
    let mut s = at(Step::Summary);
    // Edit the path: Ctrl-U empties it, the new path is typed, Enter exports.
    let mut msgs = vec![Msg::Edit, Msg::ClearField];
    msgs.extend("/tmp/årsrapport.html".chars().map(Msg::Char));
    msgs.push(Msg::Confirm);
    let effects = send(&mut s, &msgs);
    let target = PathBuf::from("/tmp/årsrapport.html");
    // The typed .html chooses HTML.
    assert!(effects.contains(&Effect::Export {
        format: Format::Html,
        path: target.clone(),
        overwrite: false
    }));
    assert!(
        effects.contains(&Effect::Save),
        "the path is saved in the session"
    );
    let work = s.shared.work.as_ref().expect("work");
    assert_eq!(
        work.session.resume().export.as_deref(),
        Some("/tmp/årsrapport.html")
    );
    // The file is there: the runtime says so, and the question comes first.
    assert_eq!(
        update(&mut s, Msg::ExportExists(Format::Html, target.clone())),
        vec![]
    );
    assert_eq!(
        s.overlay,
        Some(Overlay::Ask(Question::Overwrite(
            Format::Html,
            target.clone()
        )))
    );
    assert_eq!(
        update(&mut s, Msg::Yes),
        vec![Effect::Export {
            format: Format::Html,
            path: target,
            overwrite: true
        }]
    );
    // A session that remembers an .html path opens with HTML chosen.
    let work = s.shared.work.clone().expect("work");
    let again = Work::new(work.session, work.model, None);
    assert_eq!(again.format, Format::Html);
}

#[test]
fn quitting_while_saves_fail_asks_and_says_so() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Saved(Err(failure("disk full"))));
    for quit in [Msg::Quit, Msg::ForceQuit] {
        assert_eq!(update(&mut s, quit.clone()), vec![], "{quit:?}");
        assert_eq!(s.overlay, Some(Overlay::Ask(Question::QuitUnsaved)));
        update(&mut s, Msg::No);
    }
    let ctrl_c = klarhet::tui::router::bindings(&s)
        .into_iter()
        .find(|b| b.keys.iter().any(|(_, m)| *m == Msg::ForceQuit))
        .expect("Ctrl-C");
    assert!(!ctrl_c.help.contains("allt är sparat)"), "{}", ctrl_c.help);
    // Insisting quits with the changes lost, which the runtime reports as a failure.
    send(&mut s, &[Msg::Quit]);
    assert_eq!(update(&mut s, Msg::Yes), vec![Effect::QuitUnsaved]);
}

#[test]
fn a_head_count_beyond_what_a_session_holds_is_refused() {
    let model = halmstad();
    let session = klarhet::model::Session::new(&model, "Stora rummet", date(), Lang::SV);
    let mut s = fresh().at(Work::new(session, model, None), Step::Participants);
    update(&mut s, Msg::HeadCount);
    let digits: Vec<Msg> = "4000000000".chars().map(Msg::Char).collect();
    send(&mut s, &digits);
    assert_eq!(update(&mut s, Msg::Confirm), vec![]);
    assert!(matches!(s.shared.notice, Some(Notice::Refused(_))));
    assert_eq!(s.shared.work.as_ref().unwrap().session.headcount(), None);
    send(
        &mut s,
        &[Msg::Back, Msg::HeadCount, Msg::Char('3'), Msg::Char('0')],
    );
    assert_eq!(update(&mut s, Msg::Confirm), vec![Effect::Save]);
    assert_eq!(
        s.shared.work.as_ref().unwrap().session.headcount(),
        Some(30)
    );
}
