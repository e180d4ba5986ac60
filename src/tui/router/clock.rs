//! The agenda's clock, which every step shares: its keys (start, pause and
//! resume; five minutes more; the next item; the agenda), the commands they
//! hand the domain with the moment from [`Shared::now`], the clock following
//! the workshop from item to item, and its tick, pending only while the clock
//! runs and is on screen, so that a paused or stopped clock costs no wakeups.
//!
//! [`Shared::now`]: crate::tui::shared::Shared::now

use super::commands::{carry_out, persist};
use crate::model::agenda::{Agenda, EXTEND_MINUTES};
use crate::model::command::Command;
use crate::tui::agenda::AgendaView;
use crate::tui::bindings::{Binding, Key};
use crate::tui::msg::{Effect, Msg, Timer};
use crate::tui::notice::Notice;
use crate::tui::state::{Overlay, State, Step};
use crossterm::event::KeyCode;
use std::time::Duration;

/// The clock's keys, once the session has an agenda, where letters are free;
/// the agenda's F2 everywhere (setup types into fields, and the agenda is
/// planned there).
pub fn bindings(state: &State, letters: bool) -> Vec<Binding> {
    let lang = state.shared.lang;
    let agenda = agenda(state);
    let mut list = Vec::new();
    if letters && agenda.is_some() {
        let toggle = match agenda {
            Some(a) if a.running() => crate::tr!(lang, "tui-clock-pause"),
            Some(a) if a.current.is_some() => crate::tr!(lang, "tui-clock-resume"),
            _ => crate::tr!(lang, "tui-clock-start"),
        };
        list.push(
            Binding::new(&[Key::ch('t')], Msg::ClockToggle, toggle)
                .short(crate::tr!(lang, "tui-clock-short"))
                .footer(3)
                .when(agenda.is_some_and(|a| !a.items.is_empty())),
        );
        list.push(
            Binding::new(
                &[Key::ch('+')],
                Msg::ClockExtend,
                crate::tr!(
                    lang,
                    "tui-clock-extend",
                    minutes = u64::from(EXTEND_MINUTES)
                ),
            )
            .short(crate::tr!(
                lang,
                "tui-clock-extend-short",
                minutes = u64::from(EXTEND_MINUTES)
            ))
            .footer(5)
            .when(agenda.is_some_and(|a| a.current.is_some())),
        );
        list.push(
            Binding::new(
                &[Key::ch('T')],
                Msg::ClockNext,
                crate::tr!(lang, "tui-clock-next"),
            )
            .when(agenda.is_some_and(|a| next_item(a).is_some())),
        );
    }
    let open = Binding::new(
        &[Key::Code(KeyCode::F(2))],
        Msg::OpenAgenda,
        crate::tr!(lang, "tui-agenda-open"),
    )
    .short(crate::tr!(lang, "tui-agenda-open-short"))
    .when(state.shared.work.is_some());
    // In setup, where the agenda is planned, its key is in the footer.
    list.push(if state.step() == Step::Setup {
        open.footer(1)
    } else {
        open
    });
    list
}

/// Carries out a clock key, or opens the agenda.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    if msg == Msg::OpenAgenda {
        if state.shared.work.is_some() {
            state.overlay = Some(Overlay::Agenda(AgendaView::new(&state.shared)));
        }
        return Vec::new();
    }
    let now = moment(state);
    let Some(a) = agenda(state) else {
        return Vec::new();
    };
    let command = match msg {
        Msg::ClockToggle if a.running() => Command::PauseClock { at: now },
        Msg::ClockToggle => match place_item(state, a).or(a.current) {
            Some(item) => Command::StartItem { item, at: now },
            // Never run, and nothing on the agenda for this place: starting
            // its first item would count that item's time while the group
            // does something else, with nothing on screen to say so.
            None => {
                state.shared.notice = Some(Notice::NoAgendaItemHere);
                return Vec::new();
            }
        },
        Msg::ClockExtend => Command::ExtendItem {
            minutes: EXTEND_MINUTES,
        },
        Msg::ClockNext => match next_item(a) {
            Some(item) => Command::StartItem { item, at: now },
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    run(state, vec![command])
}

/// Hands `commands` to the session and gives the effect that keeps what they
/// changed; a refused one is said on the status line.
pub fn run(state: &mut State, commands: Vec<Command>) -> Vec<Effect> {
    let Some(work) = &mut state.shared.work else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    if let Err(problem) = carry_out(work, commands, &mut changes) {
        state.shared.notice = Some(Notice::Refused(problem));
    }
    if !changes.is_empty() && work.read_only.is_some() {
        work.unsaved = true;
    }
    persist(&work.session, &work.model, &changes, false)
        .into_iter()
        .collect()
}

/// Where the workshop is: the step and the challenge in focus.
pub fn place(state: &State) -> (Step, Option<usize>) {
    (
        state.step(),
        state.shared.work.as_ref().map(|w| w.challenge),
    )
}

/// What the clock does after every message: while it runs, it follows the
/// workshop to the item of the place the message moved it to (the item keys
/// chose stays chosen while the workshop stays put), and its tick is kept
/// pending while it runs and is on screen, and dropped when it stops.
pub fn after(state: &mut State, before: (Step, Option<usize>)) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Some(a) = agenda(state)
        && a.running()
        && place(state) != before
        && let Some(item) = place_item(state, a).filter(|i| Some(*i) != a.current)
    {
        let at = moment(state);
        effects.extend(run(state, vec![Command::StartItem { item, at }]));
    }
    let running = agenda(state).is_some_and(Agenda::running);
    let want = running && state.shared.fits();
    if want {
        effects.push(Effect::after(
            Timer::Clock,
            until_next_second(state),
            Msg::ClockTick,
        ));
    } else if state.shared.ticking {
        effects.push(Effect::Cancel(Timer::Clock));
    }
    state.shared.ticking = want;
    effects
}

/// The open session's agenda.
fn agenda(state: &State) -> Option<&Agenda> {
    state.shared.work.as_ref()?.session.agenda()
}

/// The item that covers where the workshop is.
fn place_item(state: &State, agenda: &Agenda) -> Option<usize> {
    let work = state.shared.work.as_ref()?;
    let challenge = work.current().map(|c| c.id.as_str());
    agenda.item_for(state.step().key_in(&work.model), challenge)
}

/// The item after the one the clock is on (the first, before it started).
fn next_item(agenda: &Agenda) -> Option<usize> {
    let next = agenda.current.map_or(0, |c| c + 1);
    (next < agenda.items.len()).then_some(next)
}

/// How long until the clock's next whole second: time used is counted in
/// whole seconds of the clock, so the header's seconds change then.
fn until_next_second(state: &State) -> Duration {
    let into = state.shared.now.as_millisecond().rem_euclid(1000);
    Duration::from_millis(u64::try_from(1000 - into).unwrap_or(1000))
}

/// The moment a command carries: the clock's time in whole seconds, which is
/// what time used is counted in.
fn moment(state: &State) -> jiff::Timestamp {
    jiff::Timestamp::from_second(state.shared.now.as_second()).unwrap_or(state.shared.now)
}
