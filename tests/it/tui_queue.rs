//! The discussion queue's screen: reached from the reveal, it lists what most
//! needs talk with its reasons, opens a row at its reveal, marks it discussed,
//! keeps a note on it and remembers where the group got to; every change is a
//! command the router applies and saves.

use crate::common;
use crate::common::groups_ids;
use common::tui::{drawn, fresh, send};
use klarhet::model::Assessment;
use klarhet::model::command::Command;
use klarhet::model::discussion::Topic;
use klarhet::model::session::{Answer, Session};
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::state::{State, Step, Work};

/// Six people, three politicians and three from the companies, split on
/// otydlighet's first statement (1 1 2 against 5 5 4) and agreed on the rest;
/// revealed.
fn split(model: &Assessment) -> Session {
    let mut s = Session::new(model, "Testkommun", common::date(), klarhet::text::Lang::SV);
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
    ];
    for (i, role) in roles.iter().enumerate() {
        let add = Command::AddParticipant {
            alias: format!("P{}", i + 1),
            groups: vec![(*role).into()],
        };
        s.apply(model, add).unwrap();
    }
    let c = &model.challenges[0];
    for (voter, first) in (1..).zip([1, 1, 2, 5, 5, 4]) {
        for (i, st) in c.statements.iter().enumerate() {
            let answer = Answer::Value(if i == 0 { first } else { 3 });
            common::cast(&mut s, model, c, &st.id, voter, answer);
        }
        common::pass(&mut s, model, c, voter, c.statements.len());
    }
    common::reveal(&mut s, model, c);
    s
}

fn at(step: Step) -> State {
    let model = common::halmstad();
    let session = split(&model);
    fresh().at(Work::new(session, model, None), step)
}

fn session(s: &State) -> &Session {
    &s.shared.work.as_ref().expect("a session").session
}

fn first_statement(s: &State) -> Topic {
    let c = &s.shared.work.as_ref().unwrap().model.challenges[0];
    Topic::Statement {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
    }
}

/// The commands the screen hands for `msg` (from a copy), and the router's
/// effects for it (which applies them to `s`).
fn commands_and_effects(s: &mut State, msg: Msg) -> (Vec<Command>, Vec<Effect>) {
    let mut probe = s.clone();
    let reply = probe
        .screen
        .page_mut()
        .update(&mut probe.shared, msg.clone());
    (reply.commands, update(s, msg))
}

#[test]
fn the_reveal_and_the_overview_lead_to_the_queue_which_is_a_step() {
    let mut s = at(Step::Scoring);
    send(&mut s, &[Msg::Reveal]);
    assert_eq!(update(&mut s, Msg::Discuss), vec![Effect::Save]);
    assert_eq!(s.step(), Step::Queue);
    assert_eq!(session(&s).resume().step, "queue");
    let mut s = at(Step::Scoring);
    send(&mut s, &[Msg::Discuss]);
    assert_eq!(s.step(), Step::Queue);
    send(&mut s, &[Msg::NextStep]);
    assert_eq!(s.step(), Step::Circle);
    send(&mut s, &[Msg::PrevStep, Msg::PrevStep]);
    assert_eq!(s.step(), Step::Scoring);
}

#[test]
fn the_queue_lists_the_split_statement_with_its_reasons_and_nothing_agreed() {
    let s = at(Step::Queue);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("En rad i kön, 0 diskuterade."), "{shown}");
    assert!(shown.contains("Otydlighet 1."), "{shown}");
    assert!(
        shown.contains("50 % på 1–2 och 50 % på 4–5; bolag 4,7 mot politik 1,3"),
        "{shown}"
    );
    // The statements everyone answered 3 on are not in the queue.
    assert!(!shown.contains("Otydlighet 2."), "{shown}");
}

#[test]
fn a_row_is_opened_marked_discussed_and_noted_through_commands() {
    let mut s = at(Step::Queue);
    let topic = first_statement(&s);
    // Enter opens the row at its reveal; the session remembers the place.
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::ReachTopic {
            topic: topic.clone()
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).discussion().at.as_ref(), Some(&topic));
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("Rad 1 av 1"), "{shown}");
    assert!(shown.contains("n 6 av 6"), "{shown}");
    // Space marks it discussed, and again undoes it.
    let (commands, _) = commands_and_effects(&mut s, Msg::Toggle);
    let mark = |discussed| Command::MarkDiscussed {
        topic: topic.clone(),
        discussed,
    };
    assert_eq!(commands, [mark(true)]);
    assert!(session(&s).discussion().is_discussed(&topic));
    assert!(drawn(&s, 80, 24).contains("✔ diskuterad"));
    let (commands, _) = commands_and_effects(&mut s, Msg::Toggle);
    assert_eq!(commands, [mark(false)]);
    send(&mut s, &[Msg::Toggle]);
    // e writes a note; Enter saves it.
    send(&mut s, &[Msg::Back, Msg::Edit]);
    send(
        &mut s,
        &"Ta upp i ägardialogen"
            .chars()
            .map(Msg::Char)
            .collect::<Vec<_>>(),
    );
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::NoteTopic {
            topic: topic.clone(),
            note: "Ta upp i ägardialogen".into()
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(
        session(&s).discussion().note(&topic),
        Some("Ta upp i ägardialogen")
    );
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("✎ Ta upp i ägardialogen"), "{shown}");
    assert!(shown.contains("En rad i kön, en diskuterad."), "{shown}");
}

#[test]
fn a_note_closed_with_esc_is_not_saved() {
    let mut s = at(Step::Queue);
    send(&mut s, &[Msg::Edit, Msg::Char('x')]);
    let (commands, effects) = commands_and_effects(&mut s, Msg::Back);
    assert!(commands.is_empty() && effects.is_empty(), "{commands:?}");
    assert!(session(&s).discussion().is_empty());
}

#[test]
fn the_help_says_the_rule_its_thresholds_and_its_sources() {
    let mut s = at(Step::Queue);
    send(&mut s, &[Msg::Help]);
    // Whole at 80×24 too: the rule ends the help, above its bottom border.
    for (w, h) in [(80, 24), (120, 40)] {
        // Read as the wrapped text reads: borders out, spaces and lines as one space.
        let shown = drawn(&s, w, h).replace('│', " ");
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        for part in [
            "Tastle & Wierman 2007",
            "RAND/UCLA",
            "Fitch m.fl. 2001",
            "⅓ på 1–2 och ⅓ på 4–5",
            "1,0 isär",
            "25 % vet ej",
            "är klarhets.",
        ] {
            assert!(shown.contains(part), "{part} at {w}×{h}:\n{shown}");
        }
    }
}

/// A note being written in the queue is kept as the session's draft once the
/// typing pauses, as every other form's text is: a crash or a kill in the
/// middle of the conversation loses at most the last moment of typing. The
/// session opened again opens the queue with the note's field holding it.
#[test]
fn a_note_being_written_is_kept_as_a_draft_and_opens_again() {
    use klarhet::model::session::{Draft, DraftForm};
    use klarhet::tui::msg::Timer;
    let mut s = at(Step::Queue);
    let topic = first_statement(&s);
    send(&mut s, &[Msg::Edit]);
    let effects = update(&mut s, Msg::Char('Ä'));
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::After {
                timer: Timer::Draft,
                ..
            }
        )),
        "{effects:?}"
    );
    send(
        &mut s,
        &"gardialogen i mars"
            .chars()
            .map(Msg::Char)
            .collect::<Vec<_>>(),
    );
    let kept = Draft {
        form: DraftForm::TopicNote {
            topic: topic.clone(),
            note: "Ägardialogen i mars".into(),
        },
        focus: 0,
    };
    let model = common::halmstad();
    let text = common::drafts::kept_after_a_pause(&mut s, &model, &kept);
    // A draft on a statement the model lacks is refused, at the draft.
    let statement = match &topic {
        Topic::Statement { statement, .. } => statement.clone(),
        Topic::Challenge { .. } => unreachable!("the first row is a statement"),
    };
    let (problem, pos, edited) = common::drafts::refused_with(
        &model,
        &text,
        &format!("statement: \"{statement}\"), note"),
        "statement: \"finns-inte\"), note",
    );
    assert_eq!(
        problem,
        klarhet::error::Problem::DanglingId {
            kind: "statement",
            id: "finns-inte".into()
        }
    );
    // The text before `draft:` ends in its line's indent: that line counts.
    let draft_line = edited[..edited.find("draft:").expect("the draft")]
        .lines()
        .count();
    assert_eq!(pos.map(|p| p.line), Some(draft_line));
    // Opened again, the queue is open with the note's field holding the text.
    let screen = klarhet::tui::screens::Screen::restored(&kept, &mut s.shared)
        .expect("the queue restores the note");
    s.screen = screen;
    assert_eq!(s.step(), Step::Queue);
    assert!(drawn(&s, 80, 24).contains("Ägardialogen i mars"));
    // Enter saves it as the row's note, and the draft is gone.
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::NoteTopic {
            topic: topic.clone(),
            note: "Ägardialogen i mars".into()
        }]
    );
    assert_eq!(session(&s).draft(), &None);
}
