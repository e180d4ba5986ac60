//! The agenda's clock through `update`, with the clock in the state set by the
//! test (no sleeping): choosing an agenda, starting, ticking, pausing,
//! extending, running over, the next item, following the workshop from step to
//! step, and the tick pending only while the clock runs and is on screen.

use crate::common;
use common::tui::{drawn, send, state_at};
use klarhet::tui::msg::{Effect, Msg, Timer};
use klarhet::tui::router::update;
use klarhet::tui::state::{Overlay, State, Step};

/// The test's clock: `s` seconds after 2026-12-06 13:00 UTC.
fn at(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_796_562_000 + s).expect("a moment")
}

fn agenda(s: &State) -> &klarhet::model::agenda::Agenda {
    let work = s.shared.work.as_ref().expect("a session");
    work.session.agenda().expect("an agenda")
}

/// A session on `step` at 13:00 with the two-hour agenda chosen in the F2 overlay.
fn with_agenda(step: Step) -> State {
    let mut s = state_at(step);
    s.shared.now = at(0);
    let effects = send(&mut s, &[Msg::OpenAgenda]);
    assert!(effects.is_empty(), "opening the agenda changes nothing");
    assert!(matches!(s.overlay, Some(Overlay::Agenda(_))));
    // No agenda yet: the rows are the model's templates, the two-hour one first.
    let effects = send(&mut s, &[Msg::Confirm]);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(agenda(&s).template, "two-hours");
    send(&mut s, &[Msg::Back]);
    assert!(s.overlay.is_none());
    s
}

fn header(s: &State) -> String {
    drawn(s, 80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn tick_due(effects: &[Effect]) -> Option<std::time::Duration> {
    effects.iter().find_map(|e| match e {
        Effect::After {
            timer: Timer::Clock,
            delay,
            msg,
        } if **msg == Msg::ClockTick => Some(*delay),
        _ => None,
    })
}

#[test]
fn the_clock_starts_ticks_pauses_extends_runs_over_and_moves_on() {
    let mut s = with_agenda(Step::Model);
    assert!(!header(&s).contains('⏱'), "no clock before it starts");
    // `t` on the model step starts the model's item (the second, 10 minutes).
    let effects = update(&mut s, Msg::ClockToggle);
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    assert_eq!(tick_due(&effects), Some(std::time::Duration::from_secs(1)));
    assert_eq!(agenda(&s).current, Some(1));
    assert!(agenda(&s).running());
    // A tick 90.4 s later: the header says 1:30 used, 8:30 left, and the next
    // tick comes when the seconds turn.
    s.shared.now = at(90)
        .checked_add(jiff::SignedDuration::from_millis(400))
        .unwrap();
    let effects = update(&mut s, Msg::ClockTick);
    assert_eq!(
        tick_due(&effects),
        Some(std::time::Duration::from_millis(600))
    );
    assert!(!effects.contains(&Effect::Save), "a tick keeps nothing");
    assert!(header(&s).ends_with("⏱ 1:30 · 8:30 kvar"), "{}", header(&s));
    // Paused at 4:00: the tick is cancelled and the time stands still.
    s.shared.now = at(240);
    let effects = update(&mut s, Msg::ClockToggle);
    assert!(
        effects.contains(&Effect::Cancel(Timer::Clock)),
        "{effects:?}"
    );
    assert_eq!(tick_due(&effects), None);
    s.shared.now = at(3000);
    assert!(header(&s).ends_with("⏸ 4:00 · 6:00 kvar"), "{}", header(&s));
    // A key while paused asks for no tick: an idle workbench waits on keys alone.
    let effects = update(&mut s, Msg::Down);
    assert_eq!(tick_due(&effects), None);
    assert!(!effects.contains(&Effect::Cancel(Timer::Clock)));
    // Resumed at 3000 s and run 8 minutes more: two minutes over, said in words.
    update(&mut s, Msg::ClockToggle);
    s.shared.now = at(3480);
    update(&mut s, Msg::ClockTick);
    assert!(
        header(&s).ends_with("⏱ 12:00 · 2:00 över"),
        "{}",
        header(&s)
    );
    // Five minutes more: three left.
    let effects = update(&mut s, Msg::ClockExtend);
    assert!(effects.contains(&Effect::Save));
    assert_eq!(agenda(&s).items[1].extended, 5);
    assert!(
        header(&s).ends_with("⏱ 12:00 · 3:00 kvar"),
        "{}",
        header(&s)
    );
    // The next item (otydlighet): the model's item keeps its 12 minutes.
    s.shared.now = at(3500);
    update(&mut s, Msg::ClockNext);
    let a = agenda(&s);
    assert_eq!(a.current, Some(2));
    assert_eq!(a.items[1].used, 740);
    assert!(a.running());
}

#[test]
fn the_running_clock_follows_the_workshop_from_step_to_step() {
    let mut s = with_agenda(Step::Model);
    update(&mut s, Msg::ClockToggle);
    assert_eq!(agenda(&s).current, Some(1));
    // On to scoring at 10 minutes: the first challenge's item runs.
    s.shared.now = at(600);
    let effects = update(&mut s, Msg::NextStep);
    assert_eq!(s.step(), Step::Scoring);
    assert_eq!(agenda(&s).current, Some(2), "otydlighet's item");
    assert_eq!(agenda(&s).items[1].used, 600);
    assert!(effects.contains(&Effect::Save));
    // A paused clock stays where it is when the workshop moves.
    s.shared.now = at(700);
    update(&mut s, Msg::ClockToggle);
    update(&mut s, Msg::PrevStep);
    assert_eq!(agenda(&s).current, Some(2));
    assert!(!agenda(&s).running());
    // Started again on the model step, it takes the model's item.
    s.shared.now = at(800);
    update(&mut s, Msg::ClockToggle);
    assert_eq!(agenda(&s).current, Some(1));
}

#[test]
fn a_clock_off_screen_does_not_tick() {
    let mut s = with_agenda(Step::Model);
    let effects = update(&mut s, Msg::ClockToggle);
    assert!(tick_due(&effects).is_some());
    // A window too small to draw the workshop in shows no clock: no tick.
    let effects = update(&mut s, Msg::Resize(60, 20));
    assert_eq!(effects, [Effect::Cancel(Timer::Clock)]);
    let effects = update(&mut s, Msg::Resize(80, 24));
    assert!(tick_due(&effects).is_some());
}

#[test]
fn the_agenda_overlay_plans_minutes_and_runs_the_selected_item() {
    let mut s = with_agenda(Step::Setup);
    update(&mut s, Msg::OpenAgenda);
    // The third item is otydlighet, 10 minutes: 12 after two presses of →.
    send(&mut s, &[Msg::Down, Msg::Down, Msg::Right, Msg::Right]);
    assert_eq!(agenda(&s).items[2].planned, 12);
    send(&mut s, &[Msg::Left]);
    assert_eq!(agenda(&s).items[2].planned, 11);
    assert_eq!(agenda(&s).planned_minutes(), 121);
    let screen = drawn(&s, 80, 24);
    assert!(screen.contains("Workshop på två timmar"), "{screen}");
    assert!(screen.contains("punkterna och minuterna är"), "{screen}");
    assert!(
        screen.contains("  klarhets"),
        "the source says whose they are"
    );
    assert!(screen.contains("Otydlighet"), "{screen}");
    assert!(screen.contains("11 minuter"), "{screen}");
    // Enter runs the clock on the selected item.
    s.shared.now = at(60);
    let effects = update(&mut s, Msg::Confirm);
    assert!(effects.contains(&Effect::Save));
    assert_eq!(agenda(&s).current, Some(2));
    assert_eq!(agenda(&s).items[2].started, Some(at(60)));
    // Once the clock has run, the agenda is not removed by a key.
    let before = agenda(&s).clone();
    update(&mut s, Msg::Remove);
    assert_eq!(*agenda(&s), before);
}

#[test]
fn the_keys_are_in_the_footer_and_the_help_from_one_table() {
    let mut s = with_agenda(Step::Model);
    let keys = klarhet::tui::router::bindings(&s);
    let clock = keys
        .iter()
        .find(|b| b.keys.iter().any(|(_, m)| *m == Msg::ClockToggle))
        .expect("the clock's key");
    assert!(clock.enabled);
    assert_eq!(clock.help, "starta klockan");
    let extend = keys
        .iter()
        .find(|b| b.keys.iter().any(|(_, m)| *m == Msg::ClockExtend))
        .expect("the extend key");
    assert!(!extend.enabled, "nothing to extend before the clock starts");
    update(&mut s, Msg::ClockToggle);
    let keys = klarhet::tui::router::bindings(&s);
    let help: Vec<&str> = keys.iter().map(|b| b.help.as_str()).collect();
    assert!(help.contains(&"pausa klockan"), "{help:?}");
    assert!(help.contains(&"ge punkten 5 minuter till"), "{help:?}");
    // The commands the keys hand the domain carry the state's moment.
    let mut probe = s.clone();
    probe.shared.now = at(42);
    let effects = update(&mut probe, Msg::ClockToggle);
    assert!(effects.contains(&Effect::Save));
    let work = probe.shared.work.as_ref().unwrap();
    assert_eq!(work.session.agenda().unwrap().items[1].used, 42);
}

#[test]
fn the_header_with_the_clock_at_80x24() {
    let mut s = with_agenda(Step::Scoring);
    update(&mut s, Msg::ClockToggle);
    s.shared.now = at(7 * 60 + 12);
    update(&mut s, Msg::ClockTick);
    insta::assert_snapshot!("clock_header_80x24", drawn(&s, 80, 24));
    s.shared.now = at(11 * 60 + 5);
    update(&mut s, Msg::ClockTick);
    insta::assert_snapshot!("clock_header_over_80x24", header(&s));
}

#[test]
fn the_clock_started_in_the_conversation_runs_on_its_own_item() {
    // The model's agendas plan the conversation after the reveals (the queue):
    // started there, the clock runs on that item, not on the agenda's first.
    let mut s = with_agenda(Step::Queue);
    send(&mut s, &[Msg::ClockToggle]);
    let a = agenda(&s);
    let current = a.current.expect("an item runs");
    assert!(
        matches!(&a.items[current].part, klarhet::model::agenda::Part::Step(step) if step == "queue"),
        "{:?}",
        a.items[current].part
    );
    assert!(header(&s).contains("⏱ 0:00 · 10:00 kvar"), "{}", header(&s));
}

/// On a step the agenda has no item for, before the clock has ever run, `t`
/// used to start the agenda's first item without a word: the header then
/// counted down "Deltagare" while the group talked about something else. It
/// now starts nothing and says how to choose an item.
#[test]
fn a_step_without_an_item_does_not_start_the_clock_on_another_and_says_why() {
    let mut s = with_agenda(Step::Level);
    let effects = send(&mut s, &[Msg::ClockToggle]);
    assert!(!effects.contains(&Effect::Save), "{effects:?}");
    assert_eq!(tick_due(&effects), None);
    assert_eq!(agenda(&s).current, None);
    assert!(!agenda(&s).running());
    let screen = drawn(&s, 80, 24);
    assert!(!header(&s).contains('⏱'), "{screen}");
    assert!(
        screen.contains("Dagordningen har ingen punkt för det här steget"),
        "{screen}"
    );
    // T still starts the agenda's next item, its first, when asked.
    let effects = send(&mut s, &[Msg::ClockNext]);
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    assert_eq!(agenda(&s).current, Some(0));
    assert!(agenda(&s).running());
}
