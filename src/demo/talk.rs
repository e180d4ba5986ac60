//! The conversation after the demo's reveals, so that the demo shows a whole
//! workshop: the discussion queue partly worked through (rows opened, marked
//! discussed, noted), a second round on two statements of obalans that moves
//! the room, and the two-hour agenda with the time each item took.
//!
//! Everything is given as the facilitator's screens give it, by commands; the
//! clock's moments are fixed on the workshop's date, so the demo is the same
//! every time and never reads a clock.

use super::give;
use crate::model::Command;
use crate::model::assessment::Assessment;
use crate::model::discussion::Topic;
use crate::model::round::Channel;
use crate::model::session::{Answer, Session};
use crate::text::Lang;
use jiff::Timestamp;
use jiff::civil::Date;

/// The statements voted on again after the talk, with each participant's
/// answer in the second round, in the participants' order (politik ×3,
/// kommunledning, förvaltning, bolag ×3). Mandates: in the first round politik
/// and kommunledning saw them as clear (2) and the companies did not (4); the
/// talk showed that nobody could say who decides on shared systems, and the
/// room moved towards the companies. Different views of trust and control: the
/// talk made the difference itself plain, and more agreed that it is there.
/// The companies still score higher on both, as in the report's own finding.
const AGAIN: [(&str, [i32; 8]); 2] = [
    ("obalans.mandat", [3, 3, 3, 3, 3, 4, 5, 4]),
    ("obalans.olika-syn", [4, 3, 4, 4, 3, 5, 5, 5]),
];

/// The challenge voted on again.
const AGAIN_CHALLENGE: &str = "obalans";

/// The queue's rows the group took up, in the order it did, each with whether
/// it got to the end of it (marked discussed). The last, ägarstyrning, is
/// where the group got to: opened and noted, not finished.
const TALKED: [(&str, &str, bool); 3] = [
    ("obalans", "obalans.mandat", true),
    ("obalans", "obalans.olika-syn", true),
    ("desintegration", "desintegration.agarstyrning", false),
];

/// The group's note on a row it took up.
fn note(statement: &str, lang: Lang) -> String {
    match statement {
        "obalans.mandat" => crate::tr!(lang, "demo-topic-mandates"),
        "obalans.olika-syn" => crate::tr!(lang, "demo-topic-views"),
        _ => crate::tr!(lang, "demo-topic-owner-directives"),
    }
}

/// The two-hour agenda's seconds used per item, in its order: the last, the
/// summary, is where the clock was paused. Obalans ran over, with five
/// minutes added, because of its second round; the conversation after the
/// reveals (the queue) took a minute more than planned.
const USED: [i64; 13] = [
    250, 750, 580, 1100, 665, 495, 650, 720, 660, 540, 760, 700, 200,
];

/// The agenda the demo follows, and the item five minutes are added to.
const AGENDA: &str = "two-hours";
const EXTENDED_ITEM: usize = 3;

/// The moment `seconds` after 12:00 UTC (13:00 in Sweden in winter) on `date`.
pub(super) fn at(date: Date, seconds: i64) -> Timestamp {
    let noon = date
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_or(Timestamp::UNIX_EPOCH, |z| z.timestamp());
    noon.checked_add(jiff::SignedDuration::from_secs(seconds))
        .unwrap_or(noon)
}

fn topic(challenge: &str, statement: &str) -> Topic {
    Topic::Statement {
        challenge: challenge.into(),
        statement: statement.into(),
    }
}

/// The group works through the queue after the first round's reveals: it
/// opens each row it takes up, notes it, and marks the ones it finished. The
/// statements it finished are voted on again at the keyboard and revealed.
pub(super) fn conversation(s: &mut Session, model: &Assessment, date: Date, lang: Lang) {
    for (challenge, statement, finished) in TALKED {
        let topic = topic(challenge, statement);
        give(
            s,
            model,
            Command::ReachTopic {
                topic: topic.clone(),
            },
        );
        let note = Command::NoteTopic {
            topic: topic.clone(),
            note: note(statement, lang),
        };
        give(s, model, note);
        if finished {
            let mark = Command::MarkDiscussed {
                topic,
                discussed: true,
            };
            give(s, model, mark);
        }
    }
    second_round(s, model, date);
}

/// Obalans's second round: the statements in [`AGAIN`], at the keyboard, by
/// everyone, then revealed beside the first.
fn second_round(s: &mut Session, model: &Assessment, date: Date) {
    let open = Command::OpenRound {
        challenge: AGAIN_CHALLENGE.into(),
        statements: AGAIN.iter().map(|(id, _)| (*id).to_owned()).collect(),
        channel: Channel::Keyboard,
        at: at(date, 1500),
    };
    give(s, model, open);
    let voters: Vec<u32> = s.participants().iter().map(|p| p.id).collect();
    for (i, voter) in voters.into_iter().enumerate() {
        for (statement, answers) in AGAIN {
            let Some(value) = answers.get(i) else {
                continue;
            };
            let cast = Command::Cast {
                challenge: AGAIN_CHALLENGE.into(),
                statement: statement.into(),
                voter,
                answer: Answer::Value(*value),
            };
            give(s, model, cast);
        }
        let pass = Command::Pass {
            challenge: AGAIN_CHALLENGE.into(),
            voter,
            count: AGAIN.len(),
        };
        give(s, model, pass);
    }
    let reveal = Command::Reveal {
        challenge: AGAIN_CHALLENGE.into(),
        at: at(date, 1500 + 600),
    };
    give(s, model, reveal);
}

/// The two-hour agenda, each item started when the one before it ended and
/// the clock paused on the last: the times the report records.
pub(super) fn clock(s: &mut Session, model: &Assessment, date: Date) {
    let choose = Command::ChooseAgenda {
        template: Some(AGENDA.into()),
    };
    give(s, model, choose);
    let mut moment = 0;
    for (item, used) in USED.iter().enumerate() {
        let start = Command::StartItem {
            item,
            at: at(date, moment),
        };
        give(s, model, start);
        if item == EXTENDED_ITEM {
            let extend = Command::ExtendItem {
                minutes: crate::model::agenda::EXTEND_MINUTES,
            };
            give(s, model, extend);
        }
        moment += used;
    }
    give(
        s,
        model,
        Command::PauseClock {
            at: at(date, moment),
        },
    );
}
