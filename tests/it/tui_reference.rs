//! The report's own figures under the reveal of the statement they stand
//! beside, as a facilitator shows them on the projector: whole at 120×40, and
//! at 80×24 as much as fits under the group's figures, with a word that the
//! rest is in the report. A statement without a reference shows no box. A
//! reference for one group says whom it concerns, and sets the workshop's own
//! group beside each figure where the privacy rules show it apart; the
//! report's own question is said with its source.

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
    let wide = unwrapped(&drawn(&s, 120, 40));
    for said in [
        "Som jämförelse, inte som mål",
        "Ja 40,7 % (44) · Osäker 33,3 % (36) · Nej 25,9 % (28)",
        "n = 108 · insamlat 2019-11/2019-12",
        "Gäller bara Förtroendevalda",
        "Rapportens fråga: Tycker du att du har tillräcklig kompetens för att leda KF/RF i en digital tid? (§4.2)",
        "Att tänka på: De som svarade hade själva kommit till föreläsningarna",
        "(§4.1; §4.2; §4.5; läsningen av §4.5 mot §4.2 är klarhets)",
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
        "Gäller bara Förtroendevalda",
        "Rapportens fråga: Tycker du att du har tillräcklig kompetens",
    ] {
        assert!(small.contains(said), "{said:?} not in:\n{small}");
    }
    // No one in this room is in a group: nothing of it beside the figures.
    assert!(!wide.contains("i workshoppen"), "{wide}");
    insta::assert_snapshot!("presidia_for_one_group_80x24", small);
}

/// The reveal of the presidia's statement in a room of elected members and
/// officials, with `min_group`.
fn by_role(min_group: u32) -> klarhet::tui::state::State {
    let (mut session, m) = common::models::wihlborg_by_role(Lang::SV);
    common::give(
        &mut session,
        &m,
        klarhet::model::Command::ChoosePrivacy {
            min_group,
            show_names: false,
            self_assessment: false,
        },
    );
    let mut s = fresh().at(Work::new(session, m, None), Step::Scoring);
    update(&mut s, Msg::Reveal);
    s
}

/// The screen's rows without the box's sides, joined by spaces: a line the
/// box wraps reads as one again.
fn unwrapped(screen: &str) -> String {
    let rows = screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '│' || c.is_whitespace()));
    rows.collect::<Vec<_>>().join(" ")
}

#[test]
fn the_rooms_elected_members_stand_beside_the_presidias_figures_when_shown_apart() {
    let wide = unwrapped(&drawn(&by_role(3), 120, 40));
    for said in [
        "Gäller bara Förtroendevalda",
        "Förtroendevalda: Ja 40,7 % (44) · i workshoppen 50 % (2 av 4 svar)",
        "Förtroendevalda: Osäker 33,3 % (36) · i workshoppen 25 % (1 av 4 svar)",
        "Förtroendevalda: Nej 25,9 % (28) · i workshoppen 25 % (1 av 4 svar)",
    ] {
        assert!(wide.contains(said), "{said:?} not in:\n{wide}");
    }
    // The officials' answers are nowhere beside the report's figures.
    assert!(!wide.contains("i workshoppen 0 %"), "{wide}");
    // Four are too few where the minimum group is five: only whom the
    // figures concern, and nothing of the room beside them.
    let merged = unwrapped(&drawn(&by_role(5), 120, 40));
    assert!(merged.contains("Gäller bara Förtroendevalda"), "{merged}");
    assert!(
        merged.contains("Ja 40,7 % (44) · Osäker 33,3 % (36) · Nej 25,9 % (28)"),
        "{merged}"
    );
    assert!(!merged.contains("i workshoppen"), "{merged}");
    assert!(!merged.contains("Förtroendevalda: Ja"), "{merged}");
}

#[test]
fn a_statement_without_a_reference_shows_no_box() {
    let s = revealed(1);
    let shown = drawn(&s, 120, 40);
    assert!(!shown.contains("Som jämförelse"), "{shown}");
}
