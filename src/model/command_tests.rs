//! `Session::apply`: each command makes the changes it reports, and replaying
//! those changes on the session as it was makes the same session (what a
//! journal or a follower relies on); a refused command changes nothing.

use crate::error::Problem;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::groups::halmstad_ids as groups_ids;
use crate::model::journal::Change;
use crate::model::session::{ActionItem, Answer, Draft, DraftForm, Session, Status};
use crate::text::Lang;
use jiff::civil::date;

pub(super) fn session(model: &Assessment) -> Session {
    Session::new(model, "Halmstads kommun", date(2026, 3, 1), Lang::SV)
}

/// Applies `command` to `s`, and checks that replaying the changes it gave on
/// the session as it was, twice, makes the same session.
pub(super) fn applied(model: &Assessment, s: &mut Session, command: Command) -> Vec<Change> {
    let before = s.clone();
    let changes = s.apply(model, command).expect("the command is accepted");
    let mut again = before;
    for _ in 0..2 {
        for change in &changes {
            again
                .replay(model, change, true)
                .expect("its changes replay");
        }
    }
    assert_eq!(again, *s, "replaying {changes:?} made another session");
    changes
}

/// Applies `command`, which must be refused with `problem` and change nothing.
pub(super) fn refused(model: &Assessment, s: &mut Session, command: Command, problem: Problem) {
    let before = s.clone();
    assert_eq!(s.apply(model, command), Err(problem));
    assert_eq!(*s, before);
}

#[test]
fn the_groups_decisions_are_made_and_replayed() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let c = m.challenges[1].id.clone();
    let rec = m.recommendations[0].id.clone();
    applied(
        &m,
        &mut s,
        Command::Agree {
            challenge: c.clone(),
            severity: 100.0,
            rationale: "Alla vet".into(),
            notes: "Åtgärda".into(),
        },
    );
    assert_eq!(s.agreed[&c].score, m.scale.max());
    assert_eq!(s.notes[&c], "Åtgärda");
    let notes_gone = Command::Agree {
        challenge: c.clone(),
        severity: 0.0,
        rationale: String::new(),
        notes: String::new(),
    };
    applied(&m, &mut s, notes_gone);
    assert_eq!(s.agreed[&c].score, m.scale.min());
    assert!(!s.notes.contains_key(&c));
    applied(
        &m,
        &mut s,
        Command::Adopt {
            recommendation: rec.clone(),
        },
    );
    applied(
        &m,
        &mut s,
        Command::Adopt {
            recommendation: rec.clone(),
        },
    );
    assert_eq!(s.adopted, std::slice::from_ref(&rec));
    let action = ActionItem {
        recommendation: rec.clone(),
        measure: None,
        effect_goal: "Färre överlämningar".into(),
        owner: "KLK".into(),
        due: date(2027, 1, 31),
        status: Status::Planned,
    };
    applied(&m, &mut s, Command::PlanAction(action.clone()));
    let started = ActionItem {
        status: Status::Started,
        ..action
    };
    applied(&m, &mut s, Command::PlanAction(started.clone()));
    assert_eq!(s.actions, [started]);
    applied(
        &m,
        &mut s,
        Command::RemoveAction {
            recommendation: rec.clone(),
            measure: None,
        },
    );
    assert!(s.actions.is_empty());
    applied(
        &m,
        &mut s,
        Command::DropAdoption {
            recommendation: rec,
        },
    );
    assert!(s.adopted.is_empty());
    let level = m.levels.as_ref().unwrap().steps[1].level;
    applied(&m, &mut s, Command::PlaceLevel { level: Some(level) });
    assert_eq!(s.level, Some(level));
}

#[test]
fn what_the_model_does_not_have_is_refused() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let missing = |kind: &'static str, id: &str| Problem::DanglingId {
        kind,
        id: id.into(),
    };
    let agree = Command::Agree {
        challenge: "finns-inte".into(),
        severity: 50.0,
        rationale: String::new(),
        notes: String::new(),
    };
    refused(&m, &mut s, agree, missing("challenge", "finns-inte"));
    let off = Command::Agree {
        challenge: m.challenges[0].id.clone(),
        severity: 101.0,
        rationale: String::new(),
        notes: String::new(),
    };
    let score = m.scale.max();
    let problem = Problem::AgreedOffScale {
        challenge: m.challenges[0].id.clone(),
        score,
    };
    refused(&m, &mut s, off, problem);
    let adopt = Command::Adopt {
        recommendation: "nej".into(),
    };
    refused(&m, &mut s, adopt, missing("recommendation", "nej"));
    let remove = Command::RemoveAction {
        recommendation: m.recommendations[0].id.clone(),
        measure: None,
    };
    refused(
        &m,
        &mut s,
        remove,
        missing("action", &m.recommendations[0].id),
    );
    let level = Command::PlaceLevel { level: Some(99) };
    refused(&m, &mut s, level, Problem::LevelOffLadder { level: 99 });
    let edit = Command::EditParticipant {
        id: 7,
        alias: "Eva".into(),
        groups: vec![groups_ids::BOLAG.into()],
    };
    refused(&m, &mut s, edit, missing("participant", "7"));
}

#[test]
fn people_come_and_go_by_commands() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    for alias in ["Åsa", "Örjan"] {
        let add = Command::AddParticipant {
            alias: alias.into(),
            groups: vec![groups_ids::POLITIK.into()],
        };
        applied(&m, &mut s, add);
    }
    assert_eq!(
        s.participants.iter().map(|p| p.id).collect::<Vec<_>>(),
        [1, 2]
    );
    let edit = Command::EditParticipant {
        id: 2,
        alias: "Örjan B".into(),
        groups: vec![groups_ids::BOLAG.into()],
    };
    applied(&m, &mut s, edit);
    assert_eq!(s.participants[1].groups, [groups_ids::BOLAG]);
    applied(&m, &mut s, Command::RemoveParticipant { id: 1 });
    let add = Command::AddParticipant {
        alias: "Ny".into(),
        groups: vec![groups_ids::OVRIGT.into()],
    };
    applied(&m, &mut s, add);
    // Numbers are never given twice while their holder is there.
    assert_eq!(
        s.participants.iter().map(|p| p.id).collect::<Vec<_>>(),
        [2, 3]
    );
}

#[test]
fn names_cannot_come_into_a_room_that_voted_without_them() {
    let m = Assessment::halmstad().unwrap();
    let c = &m.challenges[0];
    let mut s = session(&m);
    applied(&m, &mut s, Command::CountHeads { headcount: Some(5) });
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 3,
        answer: Answer::Value(2),
    };
    applied(&m, &mut s, cast);
    let add = Command::AddParticipant {
        alias: "Eva".into(),
        groups: vec![groups_ids::POLITIK.into()],
    };
    refused(&m, &mut s, add, Problem::VotedWithoutNames);
    let fewer = Command::CountHeads { headcount: Some(2) };
    refused(&m, &mut s, fewer, Problem::SeatInUse { seat: 3 });
}

#[test]
fn the_setup_the_draft_and_the_place_are_kept() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let describe = Command::Describe {
        organisation: "Region Halland".into(),
        facilitator: "Åke".into(),
        date: date(2026, 4, 2),
        language: Lang::EN,
        kommunkod: Some("1380".into()),
    };
    applied(&m, &mut s, describe);
    assert_eq!(
        (s.organisation.as_str(), s.language),
        ("Region Halland", Lang::EN)
    );
    let privacy = Command::ChoosePrivacy {
        min_group: 5,
        show_names: true,
        self_assessment: true,
    };
    applied(&m, &mut s, privacy);
    assert_eq!(s.privacy.min_group(), 5);
    let draft = Draft {
        form: DraftForm::participant(None, "Ing".into(), vec![groups_ids::BOLAG.into()]),
        focus: 0,
    };
    applied(&m, &mut s, Command::KeepDraft(draft.clone()));
    // The same draft again, or a place already remembered, changes nothing.
    assert_eq!(applied(&m, &mut s, Command::KeepDraft(draft)), []);
    assert_eq!(applied(&m, &mut s, Command::DropDraft).len(), 1);
    assert_eq!(applied(&m, &mut s, Command::DropDraft), []);
    let place = || Command::RememberPlace {
        step: "scoring".into(),
        challenge: 2,
    };
    assert_eq!(applied(&m, &mut s, place()).len(), 1);
    assert_eq!(applied(&m, &mut s, place()), []);
    let export = Command::RememberExport {
        path: Some("rapport.html".into()),
    };
    applied(&m, &mut s, export);
    assert_eq!(s.resume.export.as_deref(), Some("rapport.html"));
}

#[test]
fn a_list_of_people_is_enrolled_in_its_order_after_those_already_there() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let add = Command::AddParticipant {
        alias: "Först".into(),
        groups: vec![groups_ids::POLITIK.into()],
    };
    applied(&m, &mut s, add);
    let people = vec![
        ("Åsa".into(), vec![groups_ids::BOLAG.into()]),
        ("Örjan".into(), vec![groups_ids::OVRIGT.into()]),
    ];
    applied(&m, &mut s, Command::Enrol { people });
    let listed: Vec<(u32, &str)> = s
        .participants
        .iter()
        .map(|p| (p.id, p.alias.as_str()))
        .collect();
    assert_eq!(listed, [(1, "Först"), (2, "Åsa"), (3, "Örjan")]);
}

#[test]
fn notes_are_written_without_an_agreed_score_and_leave_one_as_it_was() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let c = m.challenges[0].id.clone();
    let note = |notes: &str| Command::Note {
        challenge: c.clone(),
        notes: notes.into(),
    };
    let changes = applied(&m, &mut s, note("Ordet betyder olika saker"));
    assert_eq!(changes.len(), 1);
    assert_eq!(s.notes()[&c], "Ordet betyder olika saker");
    assert!(s.agreed().is_empty());
    // The same notes again change nothing, so nothing is saved.
    assert!(applied(&m, &mut s, note("Ordet betyder olika saker")).is_empty());
    applied(
        &m,
        &mut s,
        Command::Agree {
            challenge: c.clone(),
            severity: 50.0,
            rationale: "Alla känner igen det".into(),
            notes: "Före".into(),
        },
    );
    let agreed = s.agreed()[&c].clone();
    applied(&m, &mut s, note("Efter"));
    assert_eq!(s.notes()[&c], "Efter");
    assert_eq!(s.agreed()[&c], agreed);
    applied(&m, &mut s, note(""));
    assert!(!s.notes().contains_key(&c));
    assert_eq!(s.agreed()[&c], agreed);
    let nowhere = Command::Note {
        challenge: "finns-inte".into(),
        notes: "x".into(),
    };
    let missing = Problem::DanglingId {
        kind: "challenge",
        id: "finns-inte".into(),
    };
    refused(&m, &mut s, nowhere, missing);
}

/// A later round is opened by a command: its change is kept with the whole
/// session, never in a journal, replays to the same session, and is refused
/// while the current round has answers not yet counted.
#[test]
fn a_later_round_is_opened_by_a_command_and_kept_whole() {
    use crate::model::round::Channel;
    let m = Assessment::halmstad().unwrap();
    let mut s = crate::demo::crowd(&m, 4, false);
    let c = &m.challenges[0];
    let at: jiff::Timestamp = "2026-12-06T13:00:00Z".parse().unwrap();
    let open = |statements: Vec<String>| Command::OpenRound {
        challenge: c.id.clone(),
        statements,
        channel: Channel::Room,
        at,
    };
    let first = c.statements[0].id.clone();
    applied(
        &m,
        &mut s,
        Command::Cast {
            challenge: c.id.clone(),
            statement: first.clone(),
            voter: 1,
            answer: Answer::Value(3),
        },
    );
    refused(
        &m,
        &mut s,
        open(vec![first.clone()]),
        Problem::RoundUnfinished {
            challenge: c.id.clone(),
        },
    );
    for voter in 1..=4 {
        applied(
            &m,
            &mut s,
            Command::Pass {
                challenge: c.id.clone(),
                voter,
                count: c.statements.len(),
            },
        );
    }
    let changes = applied(&m, &mut s, open(vec![first.clone()]));
    assert!(matches!(changes[..], [Change::RoundOpened { .. }]));
    assert!(!changes[0].journalled(&m) && !changes[0].journalled_in(&s, &m));
    assert_eq!(s.current_round(&c.id), 2);
    assert_eq!(s.round_statements(c), [first.as_str()]);
    assert!(s.room_may_ask(c), "a round for phones is the room's");
}
