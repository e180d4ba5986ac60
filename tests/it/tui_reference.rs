//! The report's own figures under the reveal of the statement they stand
//! beside, as a facilitator shows them on the projector: whole at 120×40, and
//! at 80×24 as much as fits under the group's figures, with a word that the
//! rest is in the report. A statement without a reference shows no box.

use crate::common;
use common::models::{embedded, workshop};
use common::tui::{drawn, fresh};
use klarhet::text::Lang;
use klarhet::tui::msg::Msg;
use klarhet::tui::router::update;
use klarhet::tui::screens::Phase;
use klarhet::tui::state::{Step, Work};

fn revealed(statement: usize) -> klarhet::tui::state::State {
    let m = embedded("wihlborg");
    let session = workshop(&m, Lang::SV);
    let mut s = fresh().at(Work::new(session, m, None), Step::Scoring);
    update(&mut s, Msg::Reveal);
    for _ in 0..statement {
        update(&mut s, Msg::Right);
    }
    assert!(
        matches!(s.screen.phase(), Some(Phase::Reveal { statement: at }) if *at == statement),
        "{:?}",
        s.screen.phase()
    );
    s
}

#[test]
fn the_presidias_figures_stand_under_the_groups_own_with_their_caution() {
    let s = revealed(0);
    let wide = drawn(&s, 120, 40);
    for said in [
        "Som jämförelse, inte som mål",
        "Ja 40,7 % (44) · Osäker 33,3 % (36) · Nej 25,9 % (28)",
        "n = 108 · insamlat 2019-11/2019-12",
        "Att tänka på: Frågan gällde att leda fullmäktige",
        "läsningen av §4.5 mot §4.2 är klarhets)",
    ] {
        assert!(wide.contains(said), "{said:?} not in:\n{wide}");
    }
    assert!(!wide.contains("resten står i rapporten"), "{wide}");
    // The group's own figures come first, above the box.
    assert!(
        wide.find("Ja       ") < wide.find("Som jämförelse"),
        "{wide}"
    );

    let small = drawn(&s, 80, 24);
    for said in [
        "Som jämförelse, inte som mål",
        "Ja 40,7 % (44) · Osäker 33,3 % (36) · Nej 25,9 % (28)",
        "… resten står i rapporten",
        "n 6 av 6",
    ] {
        assert!(small.contains(said), "{said:?} not in:\n{small}");
    }
}

#[test]
fn a_statement_without_a_reference_shows_no_box() {
    let s = revealed(1);
    let shown = drawn(&s, 120, 40);
    assert!(!shown.contains("Som jämförelse"), "{shown}");
}
