//! The phases step (issue 28, seed 000 §4): shown after the circle only for a
//! model with phases; it opens on what the phases are and are not; the screen
//! hands `AddArea` and `PlaceArea` and never writes the session itself; a
//! placement moved keeps the earlier; and the screen drawn at 80×24 on the
//! embedded model is pinned.

use crate::common;
use common::tui::{commands_and_effects, drawn, send};
use klarhet::model::Assessment;
use klarhet::model::command::Command;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::notice::Notice;
use klarhet::tui::state::{State, Step};

/// The embedded model of seed 000, which has four phases.
fn with_phases() -> Assessment {
    common::models::embedded("matteby")
}

fn at(step: Step) -> State {
    common::models::fresh_at("matteby", step)
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn phase_ids() -> Vec<String> {
    let phases = with_phases().phases.expect("phases");
    phases.steps.into_iter().map(|p| p.id).collect()
}

fn area_ids() -> Vec<String> {
    let phases = with_phases().phases.expect("phases");
    phases.areas.into_iter().map(|a| a.id).collect()
}

fn placement(s: &State, area: &str) -> Option<klarhet::model::placement::Placement> {
    let work = s.shared.work.as_ref().expect("a session");
    work.session.placement(area).cloned()
}

#[test]
fn the_step_comes_after_the_circle_only_when_the_model_has_phases() {
    let model = with_phases();
    let steps = Step::list(Some(&model));
    assert!(steps.contains(&Step::Phases));
    let here = steps.iter().position(|s| *s == Step::Phases);
    let after = steps[..here.expect("the step")]
        .last()
        .copied()
        .expect("a step before it");
    // After the circle, or after the scoring's queue when the model has no circle.
    assert!(
        matches!(after, Step::Circle | Step::Queue),
        "after {after:?}"
    );
    assert!(!Step::list(Some(&common::halmstad())).contains(&Step::Phases));
    assert!(model.step_keys().contains(&"phases"));
    let mut s = at(after);
    send(&mut s, &[Msg::NextStep]);
    assert_eq!(s.step(), Step::Phases);
}

#[test]
fn the_screen_opens_on_what_the_phases_are_and_are_not() {
    let s = at(Step::Phases);
    let model = with_phases();
    let phases = model.phases.as_ref().expect("phases");
    let shown = drawn(&s, 120, 40);
    for about in &phases.about {
        let start: String = about
            .text
            .get(klarhet::text::Lang::SV)
            .chars()
            .take(25)
            .collect();
        assert!(shown.contains(&start), "{start} missing:\n{shown}");
    }
    assert!(shown.contains("inte placerat"), "{shown}");
    assert!(shown.contains("0 av 4 placerade"), "{shown}");
}

#[test]
fn placing_hands_the_command_with_the_phase_and_note_and_moving_keeps_the_earlier() {
    let mut s = at(Step::Phases);
    let (phases, areas) = (phase_ids(), area_ids());
    // On the phase model's own row Enter places nothing.
    let (commands, effects) = commands_and_effects(&mut s, Msg::Edit);
    assert_eq!((commands, effects), (vec![], vec![]));
    // The first area, the second phase by ←→, with a note.
    send(&mut s, &[Msg::Down, Msg::Edit, Msg::Right, Msg::Next]);
    send(&mut s, &typed("Styrgruppen finns"));
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::PlaceArea {
            area: areas[0].clone(),
            phase: phases[1].clone(),
            note: Some("Styrgruppen finns".into()),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    // Moved back to the first phase by its digit, without a note.
    send(&mut s, &[Msg::Edit, Msg::Next, Msg::ClearField, Msg::Prev]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Char('1'));
    assert_eq!(commands, []);
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::PlaceArea {
            area: areas[0].clone(),
            phase: phases[0].clone(),
            note: None,
        }]
    );
    let kept = placement(&s, &areas[0]).expect("placed");
    assert_eq!(kept.phase, phases[0]);
    assert_eq!(kept.earlier.len(), 1);
    assert_eq!(kept.earlier[0].phase, phases[1]);
    let shown = drawn(&s, 120, 40);
    assert!(shown.contains("Stod tidigare i: Fas 2"), "{shown}");
    // A digit on the list opens the form on that phase; Esc hands nothing.
    send(&mut s, &[Msg::Down, Msg::Char('4')]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Back);
    assert_eq!(commands, []);
    assert!(placement(&s, &areas[1]).is_none());
}

#[test]
fn an_area_of_the_sessions_own_is_added_by_name_and_can_be_placed() {
    let mut s = at(Step::Phases);
    send(&mut s, &[Msg::Add]);
    send(&mut s, &typed("   "));
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(commands, []);
    assert_eq!(s.shared.notice, Some(Notice::AreaNameMissing));
    send(&mut s, &typed("Äldreomsorgens larm"));
    let (commands, effects) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::AddArea {
            id: "aldreomsorgens_larm".into(),
            name: "Äldreomsorgens larm".into(),
        }]
    );
    assert_eq!(effects, [Effect::Save]);
    // The focus is on the new area: Enter and a digit place it.
    send(&mut s, &[Msg::Char('3')]);
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::PlaceArea {
            area: "aldreomsorgens_larm".into(),
            phase: phase_ids()[2].clone(),
            note: None,
        }]
    );
    // The same name again is refused by the session, in words.
    send(&mut s, &[Msg::Add]);
    send(&mut s, &typed("äldreomsorgens larm"));
    send(&mut s, &[Msg::Confirm]);
    assert!(
        matches!(s.shared.notice, Some(Notice::Refused(_))),
        "{:?}",
        s.shared.notice
    );
}

#[test]
fn the_screen_at_80x24() {
    let mut s = at(Step::Phases);
    insta::assert_snapshot!("phases_about_80x24", drawn(&s, 80, 24));
    send(&mut s, &[Msg::Down, Msg::Edit, Msg::Right, Msg::Next]);
    send(&mut s, &typed("Styrgruppen finns"));
    insta::assert_snapshot!("phases_place_80x24", drawn(&s, 80, 24));
    send(&mut s, &[Msg::Confirm]);
    insta::assert_snapshot!("phases_placed_80x24", drawn(&s, 80, 24));
    insta::assert_snapshot!("phases_placed_120x40", drawn(&s, 120, 40));
}

#[test]
fn the_screen_says_no_phase_is_next_or_higher() {
    // The ladder's words have no place on this screen, in either language.
    let mut s = at(Step::Phases);
    send(&mut s, &[Msg::Down, Msg::Char('2'), Msg::Confirm]);
    for lang in [klarhet::text::Lang::SV, klarhet::text::Lang::EN] {
        s.shared.lang = lang;
        let next = klarhet::tr!(lang, "tui-level-next-step-title");
        let shown = drawn(&s, 120, 40);
        assert!(!shown.contains(&next), "{shown}");
    }
}

#[test]
fn the_screen_survives_every_small_size() {
    let mut s = at(Step::Phases);
    for focus in 0..4 {
        for w in 1..=90 {
            for h in 1..=30 {
                let shown =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drawn(&s, w, h)));
                assert!(shown.is_ok(), "focus {focus} panicked at {w}×{h}");
            }
        }
        send(&mut s, &[Msg::Down]);
        if focus == 1 {
            send(&mut s, &[Msg::Char('2'), Msg::Confirm]);
        }
        if focus == 2 {
            send(&mut s, &[Msg::Edit]);
        }
    }
}

/// The rows of `shown` holding `needle`.
fn rows_with<'a>(shown: &'a str, needle: &str) -> Vec<&'a str> {
    shown.lines().filter(|l| l.contains(needle)).collect()
}

#[test]
fn the_model_screen_shows_the_phases_as_a_row_of_cards_arrows_both_ways() {
    let s = at(Step::Model);
    let model = with_phases();
    let phases = model.phases.as_ref().expect("phases");
    let shown = drawn(&s, 80, 24);
    // Every phase is a card with the report's number as its name, all on one
    // row, and its name under it, all on the next.
    let titles = rows_with(&shown, "╭ Fas 1 ");
    assert_eq!(titles.len(), 1, "{shown}");
    let names = shown
        .lines()
        .skip_while(|l| !l.contains("╭ Fas 1 "))
        .nth(1)
        .expect("the names' row");
    for phase in &phases.steps {
        let title = format!("╭ Fas {} ", phase.number);
        assert!(titles[0].contains(&title), "{title}:\n{shown}");
        assert!(
            names.contains(phase.name.get(klarhet::text::Lang::SV)),
            "{names}"
        );
    }
    // Between neighbours an arrow both ways, no number on it, and nothing
    // drawn one way only.
    assert_eq!(
        names.matches('⇄').count(),
        phases.steps.len() - 1,
        "{names}"
    );
    for one_way in ['→', '←', '▶', '◀', '>'] {
        assert!(!names.contains(one_way), "{one_way} in {names}");
    }
    // Over the row, that the phases are not a schedule, from the model's
    // first text on them, with its source.
    let about = &phases.about[0];
    let start: String = about
        .text
        .get(klarhet::text::Lang::SV)
        .chars()
        .take(30)
        .collect();
    let note = rows_with(&shown, &start);
    assert_eq!(note.len(), 1, "{shown}");
    assert!(
        note[0].ends_with(&format!("({})", about.source)),
        "{}",
        note[0]
    );
    insta::assert_snapshot!("model_phase_cards_80x24", shown);
    insta::assert_snapshot!("model_phase_cards_120x40", drawn(&s, 120, 40));
}

#[test]
fn every_phase_card_is_drawn_alike_so_none_reads_as_higher() {
    // One style for every card's name and border: a colour per phase would
    // read as a scale.
    let s = at(Step::Model);
    let model = with_phases();
    let phases = model.phases.as_ref().expect("phases");
    let buffer = common::tui::render_state(&s, 120, 40);
    let shown = drawn(&s, 120, 40);
    let styles: Vec<_> = phases
        .steps
        .iter()
        .map(|p| {
            let name = p.name.get(klarhet::text::Lang::SV);
            let (y, line) = shown
                .lines()
                .enumerate()
                .find(|(_, l)| l.contains(&format!("│ {name}")))
                .expect("the card's name");
            let col = line[..line.find(name).expect("name")].chars().count() as u16;
            let name_style = buffer[(col, y as u16)].style();
            let border_style = buffer[(col - 2, y as u16)].style();
            (name_style, border_style)
        })
        .collect();
    assert!(styles.windows(2).all(|w| w[0] == w[1]), "{styles:?}");
}

#[test]
fn a_model_without_phases_has_no_cards() {
    let s = common::tui::state_at(Step::Model);
    let shown = drawn(&s, 80, 24);
    assert!(!shown.contains('⇄'), "{shown}");
    assert!(!shown.contains("╭ Fas "), "{shown}");
}

/// The note typed while placing an area is kept as the session's draft once
/// the typing pauses, with the phase chosen, and both come back in the form,
/// on the area, when the session is opened again after a crash.
#[test]
fn a_placement_being_written_is_kept_as_a_draft_and_opens_again() {
    use klarhet::model::session::{Draft, DraftForm};
    let mut s = at(Step::Phases);
    let (phases, areas) = (phase_ids(), area_ids());
    send(&mut s, &[Msg::Down, Msg::Edit, Msg::Right, Msg::Next]);
    send(&mut s, &typed("Styrgruppen finns, mandatet saknas"));
    let kept = Draft {
        form: DraftForm::Placement {
            area: areas[0].clone(),
            phase: phases[1].clone(),
            note: "Styrgruppen finns, mandatet saknas".into(),
        },
        focus: 1,
    };
    let model = with_phases();
    let text = common::drafts::kept_after_a_pause(&mut s, &model, &kept);
    // An area or a phase the session and model lack is refused.
    for (kind, from) in [("area", &areas[0]), ("phase", &phases[1])] {
        let (problem, _, _) = common::drafts::refused_with(
            &model,
            &text,
            &format!("{kind}: \"{from}\""),
            &format!("{kind}: \"finns-inte\""),
        );
        assert_eq!(
            problem,
            klarhet::error::Problem::DanglingId {
                kind,
                id: "finns-inte".into()
            }
        );
    }
    // Opened again: the form on the area, the phase chosen, the note held.
    s.screen = klarhet::tui::screens::Screen::restored(&kept, &mut s.shared)
        .expect("the phases restore the placement");
    assert_eq!(s.step(), Step::Phases);
    let shown = drawn(&s, 80, 24);
    // The field is narrow at 80 columns: it shows the note's end, at the cursor.
    assert!(shown.contains("mandatet saknas"), "{shown}");
    assert!(shown.contains("Fas 2: Mobilisering"), "{shown}");
    let (commands, _) = commands_and_effects(&mut s, Msg::Confirm);
    assert_eq!(
        commands,
        [Command::PlaceArea {
            area: areas[0].clone(),
            phase: phases[1].clone(),
            note: Some("Styrgruppen finns, mandatet saknas".into()),
        }]
    );
    let work = s.shared.work.as_ref().expect("a session");
    assert_eq!(work.session.draft(), &None);
}
