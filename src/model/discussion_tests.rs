//! The discussion queue's commands: marking a topic discussed, its note, and
//! where the group got to; each replayed as its change, kept in the file only
//! once used, and refused for a topic the model does not have.

use super::command_tests::{applied, refused, session};
use crate::error::Problem;
use crate::model::Assessment;
use crate::model::command::Command;
use crate::model::discussion::Topic;
use crate::model::journal::Change;
use crate::model::session::Session;
use std::path::Path;

fn topic(m: &Assessment, statement: usize) -> Topic {
    let c = &m.challenges[1];
    Topic::Statement {
        challenge: c.id.clone(),
        statement: c.statements[statement].id.clone(),
    }
}

#[test]
fn a_topic_is_marked_noted_and_reached_and_each_is_replayed() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let untouched = s.to_ron();
    assert!(!untouched.contains("discussion"), "{untouched}");
    let first = topic(&m, 0);
    let whole = Topic::Challenge {
        challenge: m.challenges[2].id.clone(),
    };
    let mark = |topic: &Topic, discussed| Command::MarkDiscussed {
        topic: topic.clone(),
        discussed,
    };
    let changes = applied(&m, &mut s, mark(&first, true));
    assert_eq!(
        changes,
        [Change::TopicMarked {
            topic: first.clone(),
            discussed: true
        }]
    );
    let note = Command::NoteTopic {
        topic: whole.clone(),
        note: "  Ägardialogen tar upp det i mars.  ".into(),
    };
    applied(&m, &mut s, note);
    applied(
        &m,
        &mut s,
        Command::ReachTopic {
            topic: whole.clone(),
        },
    );
    let d = s.discussion();
    assert!(d.is_discussed(&first) && !d.is_discussed(&whole));
    assert_eq!(d.note(&whole), Some("Ägardialogen tar upp det i mars."));
    assert_eq!(d.at.as_ref(), Some(&whole));
    // In the order first touched.
    let order: Vec<&Topic> = d.topics.iter().map(|x| &x.topic).collect();
    assert_eq!(order, [&first, &whole]);
    // The same again changes nothing and is no change.
    assert_eq!(s.apply(&m, mark(&first, true)), Ok(vec![]));
    assert_eq!(
        s.apply(
            &m,
            Command::ReachTopic {
                topic: whole.clone()
            }
        ),
        Ok(vec![])
    );
    // Kept in the file, and read back the same.
    let back = Session::parse(&s.to_ron(), Path::new("s.ron")).unwrap();
    assert_eq!(back.discussion(), s.discussion());
    back.check_against(&m, &s.to_ron(), Path::new("s.ron"))
        .unwrap();
    // Undone, the entries go; only the place stays.
    applied(&m, &mut s, mark(&first, false));
    let clear = Command::NoteTopic {
        topic: whole.clone(),
        note: String::new(),
    };
    applied(&m, &mut s, clear);
    assert!(s.discussion().topics.is_empty());
}

#[test]
fn a_topic_the_model_does_not_have_is_refused() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let stray = Topic::Statement {
        challenge: m.challenges[0].id.clone(),
        statement: m.challenges[1].statements[0].id.clone(),
    };
    refused(
        &m,
        &mut s,
        Command::MarkDiscussed {
            topic: stray.clone(),
            discussed: true,
        },
        Problem::DanglingId {
            kind: "statement",
            id: m.challenges[1].statements[0].id.clone(),
        },
    );
    let nowhere = Topic::Challenge {
        challenge: "nowhere".into(),
    };
    refused(
        &m,
        &mut s,
        Command::ReachTopic { topic: nowhere },
        Problem::DanglingId {
            kind: "challenge",
            id: "nowhere".into(),
        },
    );
    // Unchanged and refused alike: a mark that is already so is still checked.
    refused(
        &m,
        &mut s,
        Command::MarkDiscussed {
            topic: stray,
            discussed: false,
        },
        Problem::DanglingId {
            kind: "statement",
            id: m.challenges[1].statements[0].id.clone(),
        },
    );
}

#[test]
fn a_file_naming_a_topic_the_model_lacks_is_refused_at_load() {
    let m = Assessment::halmstad().unwrap();
    let mut s = session(&m);
    let note = Command::NoteTopic {
        topic: topic(&m, 0),
        note: "x".into(),
    };
    s.apply(&m, note).unwrap();
    let good = &m.challenges[1].statements[0].id;
    let src = s.to_ron().replace(good.as_str(), "obalans.finns-inte");
    let parsed = Session::parse(&src, Path::new("s.ron")).unwrap();
    let err = parsed
        .check_against(&m, &src, Path::new("s.ron"))
        .unwrap_err();
    assert!(err.to_string().contains("obalans.finns-inte"), "{err}");
}
