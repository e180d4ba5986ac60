//! The report's section on what the group discussed from the queue: in the
//! queue's order, with the reasons in words and the notes, in every format that
//! people read and in JSON; and the queue's rule in the method appendix of such
//! a report, while a report with nothing discussed stays as it was.

use crate::common;
use common::*;
use klarhet::model::command::Command;
use klarhet::model::scoring::{analyse, queue::queue};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

/// The demo with its queue's marks and notes taken back by commands, as the
/// group would undo them: nothing discussed, the rest of the workshop as it is.
fn undiscussed(m: &klarhet::model::Assessment) -> klarhet::model::Session {
    let mut s = klarhet::demo::session(m, date(), Lang::SV);
    let topics: Vec<_> = (s.discussion().topics.iter())
        .map(|d| d.topic.clone())
        .collect();
    for topic in topics {
        let unmark = Command::MarkDiscussed {
            topic: topic.clone(),
            discussed: false,
        };
        give(&mut s, m, unmark);
        let unnote = Command::NoteTopic {
            topic,
            note: String::new(),
        };
        give(&mut s, m, unnote);
    }
    assert!(s.discussion().topics.is_empty());
    s
}

#[test]
fn the_discussed_topics_are_reported_in_queue_order_with_their_notes() {
    let m = halmstad();
    let mut s = undiscussed(&m);
    let plain = Format::Md.render(&s, &m, &export());
    let rows = queue(&m, &analyse(&s, &m));
    assert!(rows.len() >= 3, "{rows:?}");
    // The third row is taken up first, then the first; the second only noted.
    let marked = [&rows[2], &rows[0]];
    for row in marked {
        let mark = Command::MarkDiscussed {
            topic: row.topic.clone(),
            discussed: true,
        };
        s.apply(&m, mark).unwrap();
    }
    let note = Command::NoteTopic {
        topic: rows[1].topic.clone(),
        note: "Bolagen tar med frågan till ägardialogen.".into(),
    };
    s.apply(&m, note).unwrap();

    let md = Format::Md.render(&s, &m, &export());
    let at = md.find("## Det gruppen diskuterade").expect("the section");
    let section = &md[at..md[at..].find("## Metodbilaga").map_or(md.len(), |i| at + i)];
    let places: Vec<usize> = (1..=3)
        .map(|n| {
            section
                .find(&format!("Plats {n} i kön"))
                .expect("each place")
        })
        .collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{section}");
    assert!(section.contains(&rows[0].words(&m, Lang::SV)), "{section}");
    assert!(section.contains("Bolagen tar med frågan till ägardialogen."));
    assert_eq!(section.matches("Diskuterad.").count(), 2, "{section}");
    assert_eq!(section.matches("Inte markerad som diskuterad.").count(), 1);
    // The rule is in the method appendix, with its sources; not in a report
    // where nothing was discussed.
    for text in [&md, &plain] {
        let method = &text[text.find("## Metodbilaga").expect("the appendix")..];
        let has = method.contains("RAND/UCLA") && method.contains("Tastle & Wierman 2007");
        assert_eq!(has, std::ptr::eq(text, &md), "{method}");
    }

    let html = Format::Html.render(&s, &m, &export());
    assert!(html.contains("Det gruppen diskuterade</h2>"), "no heading");
    assert!(html.contains("Bolagen tar med frågan till ägardialogen."));

    let json: Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
    let discussed = json["discussed"].as_array().expect("discussed");
    assert_eq!(discussed.len(), 3);
    assert_eq!(discussed[0]["place"], 1);
    assert_eq!(discussed[0]["discussed"], true);
    assert_eq!(
        discussed[1]["note"],
        "Bolagen tar med frågan till ägardialogen."
    );
    assert_eq!(discussed[1]["discussed"], false);
    assert_eq!(discussed[0]["challenge"], rows[0].topic.challenge());
    assert!(!discussed[0]["rules"].as_array().unwrap().is_empty());
    // Nothing discussed: no field at all, as before the queue.
    let before = undiscussed(&m);
    let json: Value = serde_json::from_str(&Format::Json.render(&before, &m, &export())).unwrap();
    assert!(json.get("discussed").is_none());
}
