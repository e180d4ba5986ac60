//! The report document keeps the privacy rules where it is built: two sessions
//! that differ only in what may not be shown (ballots of a round not revealed,
//! ballots of a round with too few voters, the participants' names when the
//! session does not show them) give the same document, so no format rendered
//! from it can tell them apart.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::model::{Assessment, Session};
use klarhet::report::Format;
use klarhet::report::document::Document;
use proptest::prelude::*;

const ROLES: [&str; 6] = [
    groups_ids::POLITIK,
    groups_ids::POLITIK,
    groups_ids::POLITIK,
    groups_ids::BOLAG,
    groups_ids::BOLAG,
    groups_ids::BOLAG,
];

/// A session with one challenge revealed in full, one revealed with only two
/// voters (fewer than any group may be), and one with every ballot cast but
/// not revealed: `hidden` are the ballots nobody may learn, `aliases` the names.
fn session(m: &Assessment, hidden: &Hidden, aliases: &[String], show_names: bool) -> Session {
    let mut s = session_with(m, &ROLES);
    for (p, alias) in s.participants().clone().into_iter().zip(aliases) {
        let edit = klarhet::model::Command::EditParticipant {
            id: p.id,
            alias: alias.clone(),
            groups: p.groups.clone(),
        };
        give(&mut s, m, edit);
    }
    privacy(&mut s, m, |_, names, _| *names = show_names);
    for st in &m.challenges[2].statements {
        vote(&mut s, &st.id, &[4, 5, 3, 2, 4, 5]);
    }
    for (st, pair) in m.challenges[1].statements.iter().zip(&hidden.few) {
        vote(&mut s, &st.id, pair);
    }
    common::close_rounds(&mut s, m);
    for (st, ballots) in m.challenges[0].statements.iter().zip(&hidden.unrevealed) {
        vote(&mut s, &st.id, ballots);
    }
    s
}

#[derive(Debug, Clone)]
struct Hidden {
    /// Two voters per statement of a revealed round.
    few: Vec<[i32; 2]>,
    /// Six voters per statement of a round not revealed.
    unrevealed: Vec<[i32; 6]>,
}

fn hidden() -> impl Strategy<Value = Hidden> {
    (
        proptest::collection::vec(proptest::array::uniform2(0i32..=5), 4),
        proptest::collection::vec(proptest::array::uniform6(0i32..=5), 4),
    )
        .prop_map(|(few, unrevealed)| Hidden { few, unrevealed })
}

fn aliases() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec("[A-ZÅÄÖ][a-zåäö]{3,8}", 6)
}

/// Every export of a document, with a fixed export.
fn rendered(doc: &Document) -> Vec<String> {
    Format::ALL
        .into_iter()
        .map(|f| f.render_document(doc, &export()))
        .collect()
}

proptest! {
    #![proptest_config(common::cases::cases(32))]

    #[test]
    fn what_the_document_withholds_no_format_can_show(
        a in hidden(),
        b in hidden(),
        names_a in aliases(),
        names_b in aliases(),
    ) {
        let m = halmstad();
        let one = session(&m, &a, &names_a, false);
        let other = session(&m, &b, &names_b, false);
        let (doc_one, doc_other) = (Document::build(&one, &m), Document::build(&other, &m));
        // The document is all a renderer gets: equal documents, equal reports.
        prop_assert_eq!(format!("{doc_one:?}"), format!("{doc_other:?}"));
        prop_assert_eq!(rendered(&doc_one), rendered(&doc_other));
        let text = format!("{doc_one:?}");
        for alias in &names_a {
            prop_assert!(!text.contains(alias.as_str()), "{alias} is in the document");
        }
    }

    #[test]
    fn names_are_in_the_document_only_when_the_session_shows_them(names in aliases()) {
        let m = halmstad();
        let none = Hidden { few: vec![[3, 3]; 4], unrevealed: vec![[3; 6]; 4] };
        let shown = Document::build(&session(&m, &none, &names, true), &m);
        for alias in &names {
            let listed = shown.identity.names.iter().filter(|n| n.starts_with(alias.as_str())).count();
            prop_assert!(listed >= 1, "{alias} missing from {:?}", shown.identity.names);
        }
    }
}

#[test]
fn the_document_shows_the_revealed_round_and_withholds_the_others() {
    let m = halmstad();
    let names: Vec<String> = (1..=6).map(|i| format!("Person{i}")).collect();
    let none = Hidden {
        few: vec![[1, 5]; 4],
        unrevealed: vec![[1, 2, 3, 4, 5, 0]; 4],
    };
    let doc = Document::build(&session(&m, &none, &names, false), &m);
    let shown: Vec<bool> = doc
        .challenges()
        .map(|c| c.statements().any(|(_, st)| st.mean.is_some()))
        .collect();
    assert_eq!(&shown[..3], &[false, false, true]);
    for view in doc.challenges().take(2) {
        for (_, st) in view.statements() {
            assert!(st.withheld, "{st:?}");
            assert!(st.counts.is_empty() && st.n == 0, "{st:?}");
        }
    }
    assert!(doc.identity.names.is_empty());
}
