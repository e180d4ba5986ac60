//! The room's pages, as a phone gets them.

use super::*;

fn item(id: &str, passed: bool, answer: Option<Answer>) -> Item {
    Item {
        id: id.into(),
        challenge: "Otydlighet".into(),
        text: format!("Påstående {id}"),
        passed,
        answer,
        open: true,
        slot: crate::room::desk::Slot {
            challenge: 0,
            statement: 0,
            round: 1,
        },
    }
}

#[test]
fn the_closing_list_marks_answers_with_a_tick_and_says_skips_are_skips() {
    let items = [
        item("a", true, Some(Answer::Value(4))),
        item("b", true, None),
        item("c", true, Some(Answer::Unknown)),
    ];
    let html = render(
        &Reply::Done {
            items: items.into(),
        },
        Lang::SV,
        None,
    )
    .html;
    assert!(html.contains("<li>✓ <a href=\"./?s=a\">"), "{html}");
    assert!(html.contains("<li>✓ <a href=\"./?s=c\">"), "{html}");
    assert!(
        html.contains(
            "<li><a href=\"./?s=b\">Påstående b</a> <span class=meta>(Otydlighet · överhoppat)"
        ),
        "{html}"
    );
    let skipped = render(
        &Reply::Done { items: vec![] },
        Lang::SV,
        Some(Note::Skipped),
    )
    .html;
    assert!(
        skipped.contains("Överhoppat") && !skipped.contains("✓"),
        "{skipped}"
    );
}
