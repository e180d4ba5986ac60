//! Transition tests for the commands each screen hands the domain: messages go
//! through a screen's own `update` with no I/O, and the test asserts on the
//! commands it returns; the same messages through the router give the effects
//! that keep the changes, and the session as the commands left it.

use crate::common;
use crate::common::groups_ids;
use common::tui::{commands_and_effects, fresh, send, state_at as at};
use common::{halmstad, session_with};
use klarhet::model::command::Command;
use klarhet::model::session::{ActionItem, Status};
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::state::{State, Step, Work};

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn session(s: &State) -> &klarhet::model::Session {
    &s.shared.work.as_ref().expect("a session").session
}

#[test]
fn the_level_screen_places_the_group_on_the_ladder() {
    let mut s = at(Step::Level);
    let model = halmstad();
    let ladder = model.levels.as_ref().expect("a ladder");
    send(&mut s, &[Msg::Down]);
    let level = ladder.steps[1].level;
    assert_eq!(
        commands_and_effects(&mut s, Msg::Confirm),
        (
            vec![Command::PlaceLevel { level: Some(level) }],
            vec![Effect::Save]
        )
    );
    assert_eq!(session(&s).level(), Some(level));
}

#[test]
fn the_recommendations_screen_adopts_and_drops() {
    let mut s = at(Step::Recommendations);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Toggle);
    let [Command::Adopt { recommendation }] = commands.as_slice() else {
        panic!("{commands:?}");
    };
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).adopted(), std::slice::from_ref(recommendation));
    let (commands, _) = commands_and_effects(&mut s, Msg::Toggle);
    assert_eq!(
        commands,
        [Command::DropAdoption {
            recommendation: recommendation.clone()
        }]
    );
    assert!(session(&s).adopted().is_empty());
}

#[test]
fn the_plan_screen_plans_an_action_when_its_form_is_saved() {
    let model = halmstad();
    let mut session_ = session_with(&model, &[groups_ids::POLITIK]);
    let rec = model.recommendations[0].id.clone();
    let adopt = Command::Adopt {
        recommendation: rec.clone(),
    };
    common::give(&mut session_, &model, adopt);
    let mut s = fresh().at(Work::new(session_, model, None), Step::Plan);
    update(&mut s, Msg::Edit);
    send(&mut s, &typed("Färre överlämningar"));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("KLK"));
    send(&mut s, &[Msg::Next, Msg::Next]);
    // Typing hands nothing: the form is not saved yet.
    let (commands, _) = commands_and_effects(&mut s, Msg::Right);
    assert_eq!(commands, []);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    let [
        Command::PlanAction(ActionItem {
            recommendation,
            effect_goal,
            owner,
            status: Status::Started,
            ..
        }),
    ] = commands.as_slice()
    else {
        panic!("{commands:?}");
    };
    assert_eq!(
        (recommendation, effect_goal.as_str(), owner.as_str()),
        (&rec, "Färre överlämningar", "KLK")
    );
    // The form's draft goes with it: one whole save.
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).actions().len(), 1);
}

#[test]
fn the_agreed_score_form_hands_the_agreement_when_saved() {
    let mut s = at(Step::Scoring);
    let challenge = halmstad().challenges[0].id.clone();
    send(&mut s, &[Msg::Agree, Msg::ClearField]);
    send(&mut s, &typed("80"));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("Ingen äger frågan"));
    send(&mut s, &[Msg::Next]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Char('x'));
    assert_eq!(commands, [], "typing is not saving");
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::Agree {
            challenge: challenge.clone(),
            severity: 80.0,
            rationale: "Ingen äger frågan".into(),
            notes: "x".into(),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    let session = session(&s);
    assert_eq!(session.agreed()[&challenge].severity, Some(80.0));
    assert_eq!(session.notes()[&challenge], "x");
}

#[test]
fn the_participants_screen_adds_edits_and_removes_people() {
    let mut s = at(Step::Participants);
    update(&mut s, Msg::Add);
    send(&mut s, &typed("Åsa"));
    send(&mut s, &[Msg::Next, Msg::Right]);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::AddParticipant {
            alias: "Åsa".into(),
            groups: vec![groups_ids::KOMMUNLEDNING.into()],
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    let added = session(&s).participants().last().expect("added").clone();
    assert_eq!((added.id, added.alias.as_str()), (4, "Åsa"));
    // The new participant is selected: the next keys act on them.
    let (commands, _) = commands_and_effects(&mut s, Msg::CycleRole);
    assert_eq!(
        commands,
        [Command::EditParticipant {
            id: 4,
            alias: "Åsa".into(),
            groups: vec![groups_ids::FORVALTNING.into()],
        }]
    );
    update(&mut s, Msg::Remove);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Yes);
    assert_eq!(commands, [Command::RemoveParticipant { id: 4 }]);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).participants().len(), 3);
}

#[test]
fn a_refused_head_count_leaves_its_field_open_and_says_why() {
    let mut s = at(Step::Participants);
    // Nobody named: a room of four, and seat 4 votes.
    for _ in 0..3 {
        update(&mut s, Msg::Remove);
        update(&mut s, Msg::Yes);
    }
    update(&mut s, Msg::HeadCount);
    send(&mut s, &typed("4"));
    assert_eq!(update(&mut s, Msg::Confirm), [Effect::Save]);
    let work = s.shared.work.as_mut().expect("work");
    let c = work.model.challenges[0].clone();
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 4,
        answer: klarhet::model::session::Answer::Value(2),
    };
    work.session.apply(&work.model, cast).expect("seat 4 votes");
    update(&mut s, Msg::HeadCount);
    send(&mut s, &[Msg::Backspace]);
    send(&mut s, &typed("3"));
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(commands, [Command::CountHeads { headcount: Some(3) }]);
    assert_eq!(effects, []);
    assert_eq!(session(&s).headcount(), Some(4));
    assert_eq!(
        s.shared.notice,
        Some(klarhet::tui::notice::Notice::Refused(
            klarhet::error::Problem::SeatInUse { seat: 4 }
        ))
    );
    let screen = common::tui::drawn(&s, 100, 30);
    assert!(
        screen.contains("Antal i rummet"),
        "the field is open with the count: {screen}"
    );
}

#[test]
fn the_summary_remembers_where_the_report_went() {
    use klarhet::report::Format;
    let mut s = at(Step::Summary);
    update(&mut s, Msg::Edit);
    send(&mut s, &[Msg::ClearField]);
    send(&mut s, &typed("/srv/rapporter/halmstad.csv"));
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::RememberExport {
            path: Some("/srv/rapporter/halmstad.csv".into())
        }]
    );
    assert_eq!(
        effects,
        [
            Effect::Export {
                format: Format::Csv,
                path: "/srv/rapporter/halmstad.csv".into(),
                overwrite: false,
            },
            Effect::Save
        ]
    );
    // Another format keeps the folder and the name.
    let (commands, effects) = commands_and_effects(&mut s, Msg::CycleFormat);
    let [Command::RememberExport { path: Some(path) }] = commands.as_slice() else {
        panic!("{commands:?}");
    };
    assert!(path.starts_with("/srv/rapporter/halmstad."), "{path}");
    assert_ne!(path, "/srv/rapporter/halmstad.csv");
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).resume().export.as_ref(), Some(path));
}

#[test]
fn setting_up_describes_the_session_and_makes_the_privacy_choices() {
    // On an open session: the details change, nothing else does.
    let mut s = at(Step::Participants);
    update(&mut s, Msg::PrevStep);
    assert_eq!(s.step(), Step::Setup);
    send(&mut s, &[Msg::ClearField]);
    send(&mut s, &typed("Åre kommun"));
    let mut commands = Vec::new();
    for _ in 0..8 {
        let (mut handed, _) = commands_and_effects(&mut s, Msg::Confirm);
        commands.append(&mut handed);
    }
    let [
        Command::Describe {
            organisation,
            language,
            ..
        },
        Command::ChoosePrivacy {
            min_group,
            show_names: false,
            self_assessment: false,
        },
    ] = commands.as_slice()
    else {
        panic!("{commands:?}");
    };
    assert_eq!(organisation, "Åre kommun");
    assert_eq!(*language, klarhet::text::Lang::SV);
    assert_eq!(*min_group, session(&s).privacy().min_group);
    assert_eq!(s.step(), Step::Participants);
    assert_eq!(session(&s).organisation(), "Åre kommun");
    assert_eq!(session(&s).participants().len(), 3);
}

#[test]
fn a_ballot_hands_each_answer_and_each_step_and_the_reveal_at_the_end() {
    use klarhet::model::session::Answer;
    let mut s = at(Step::Scoring);
    let c = halmstad().challenges[0].clone();
    let k = c.statements.len();
    send(&mut s, &[Msg::StartBallot, Msg::Confirm]);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Answer(Answer::Value(4)));
    let cast = |statement: usize, voter: u32, answer: Answer| Command::Cast {
        challenge: c.id.clone(),
        statement: c.statements[statement].id.clone(),
        voter,
        answer,
    };
    let pass = |voter: u32, count: usize| Command::Pass {
        challenge: c.id.clone(),
        voter,
        count,
    };
    assert_eq!(commands, [cast(0, 1, Answer::Value(4)), pass(1, 1)]);
    // The first vote also remembers that the workshop is at scoring: saved whole.
    assert_eq!(effects, [Effect::Save]);
    // A skip hands only the step; a vote now is a journal line.
    let (commands, effects) = commands_and_effects(&mut s, Msg::Skip);
    assert_eq!(commands, [pass(1, 2)]);
    let [Effect::Record(changes)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(changes.len(), 1);
    // Voter 1 goes on where they are; the others after the hand-over.
    for (voter, from) in [(1u32, 2), (2, 0), (3, 0)] {
        if voter > 1 {
            update(&mut s, Msg::Confirm);
        }
        for statement in from..k {
            let (commands, effects) = commands_and_effects(&mut s, Msg::Answer(Answer::Value(3)));
            let mut expected = vec![
                cast(statement, voter, Answer::Value(3)),
                pass(voter, statement + 1),
            ];
            let last = statement + 1 == k;
            if last && voter == 3 {
                expected.push(Command::Reveal {
                    challenge: c.id.clone(),
                    // The workbench's clock: the state's day, at midnight.
                    at: "2026-11-22T00:00:00Z".parse().unwrap(),
                });
            }
            assert_eq!(commands, expected, "voter {voter}, statement {statement}");
            // A counted ballot is kept as a sealed record that names no
            // voter's answers (see store::sealing); the reveal after the last
            // voter is saved whole.
            if last && voter == 3 {
                assert_eq!(effects, [Effect::Save]);
            } else if last {
                use klarhet::model::journal::Change;
                assert!(
                    matches!(&effects[..], [Effect::Record(changes)]
                        if matches!(changes.last(), Some(Change::Sealed { voters, .. }) if *voters == [voter])
                        && !changes.iter().any(|c| matches!(c, Change::Passed { .. }))),
                    "voter {voter}: {effects:?}"
                );
            }
        }
    }
    assert!(matches!(
        s.screen.phase(),
        Some(klarhet::tui::screens::Phase::Reveal { .. })
    ));
    assert_eq!(session(&s).revealed()[&c.id].voters(), 3);
}

#[test]
fn a_show_of_hands_hands_its_count() {
    use klarhet::model::session::Tally;
    let mut s = at(Step::Scoring);
    let model = halmstad();
    let statement = model.challenges[0].statements[0].id.clone();
    send(&mut s, &[Msg::StartHands, Msg::Char('3')]);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    let tally = Tally {
        counts: [(model.scale.min(), 3)].into_iter().collect(),
        unknown: 0,
    };
    assert_eq!(
        commands,
        [Command::CountHands {
            statement: statement.clone(),
            tally: tally.clone()
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).responses().tally(&statement), tally);
}

#[test]
fn the_room_opens_with_its_token_frees_seats_and_keeps_phones_votes_in_the_journal() {
    use klarhet::room::desk::Request;
    use klarhet::tui::msg::RoomAddress;
    let mut s = at(Step::Scoring);
    update(&mut s, Msg::OpenRoom { choose: false });
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/RUM/".into(),
        token: "RUM".into(),
    };
    update(&mut s, Msg::RoomOpened(Ok(address)));
    assert_eq!(
        session(&s).room().as_ref().map(|r| r.token.as_str()),
        Some("RUM")
    );
    let claim = Request::Claim {
        seat: 2,
        token: "telefon".into(),
        held: None,
    };
    let effects = update(&mut s, Msg::RoomCalls(vec![claim]));
    assert!(
        matches!(effects.as_slice(), [Effect::Record(changes), Effect::RoomReplies(_)] if changes.len() == 1),
        "{effects:?}"
    );
    let (commands, effects) = commands_and_effects(&mut s, Msg::FreeSeat);
    assert_eq!(commands, [Command::FreeSeat { seat: 2 }]);
    assert_eq!(effects, [Effect::Save]);
    assert!(session(&s).room().as_ref().unwrap().seats().is_empty());
}

#[test]
fn the_router_sees_for_itself_where_the_workshop_is_and_what_was_typed() {
    use klarhet::tui::msg::DRAFT_DELAY;
    let mut s = at(Step::Scoring);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Right);
    assert_eq!(commands, []);
    assert_eq!(
        effects,
        [Effect::Save],
        "the challenge in focus is remembered"
    );
    assert_eq!(session(&s).resume().challenge, 1);
    // Opening a form is not typing; typing in it keeps a draft once it pauses.
    let (_, effects) = commands_and_effects(&mut s, Msg::Agree);
    assert_eq!(effects, []);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Char('+'));
    assert_eq!(commands, []);
    assert_eq!(
        effects,
        [Effect::after(
            klarhet::tui::msg::Timer::Draft,
            DRAFT_DELAY,
            klarhet::tui::msg::Msg::DraftDue
        )]
    );
    let (_, effects) = commands_and_effects(&mut s, Msg::Next);
    assert_eq!(effects, [], "moving between fields is not typing");
}
