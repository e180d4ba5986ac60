//! The prompts screen's keys in each of its modes: the same list handles the
//! keys, fills the footer and the help.

use super::{Mode, Prompts};
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;

/// The screen's bindings in its current mode.
pub(super) fn bindings(screen: &Prompts, shared: &Shared) -> Vec<Binding> {
    let lang = shared.lang;
    let enter = |msg: Msg, help: String| Binding::new(&[Key::Code(KeyCode::Enter)], msg, help);
    let esc = |help: String| Binding::new(&[Key::Code(KeyCode::Esc)], Msg::Back, help);
    match &screen.mode {
        Mode::Overview => {
            let rows = screen.rows(shared);
            let waiting = screen
                .answers(shared)
                .is_some_and(|a| a.waiting_writers > 0);
            let on_theme = rows.get(screen.cursor).is_some_and(|r| r.theme.is_some());
            vec![
                Binding::new(
                    &[Key::Code(KeyCode::Enter), Key::ch('w')],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-prompts-next-writer"),
                )
                .footer(0)
                .when(!screen.open_writers(shared).is_empty()),
                Binding::new(
                    &[Key::ch('r')],
                    Msg::Reveal,
                    crate::tr!(lang, "tui-prompts-show"),
                )
                // First in the footer once there is something to show.
                .footer(if waiting { 0 } else { 1 }),
                if rows.is_empty() {
                    up_down(crate::tr!(lang, "tui-prompts-scroll")).footer(3)
                } else {
                    up_down(crate::tr!(lang, "tui-prompts-move"))
                        .footer(3)
                        .when(rows.len() > 1)
                },
                Binding::new(
                    &[Key::ch(' ')],
                    Msg::Toggle,
                    crate::tr!(lang, "tui-prompts-mark"),
                )
                .footer(4)
                .when(!rows.is_empty()),
                Binding::new(
                    &[Key::ch('t')],
                    Msg::Edit,
                    crate::tr!(lang, "tui-prompts-theme"),
                )
                // In the footer before showing once nothing more waits.
                .footer(if waiting { 2 } else { 0 })
                .when(!rows.is_empty()),
                Binding::new(
                    &[Key::ch('x')],
                    Msg::Remove,
                    crate::tr!(lang, "tui-prompts-untheme"),
                )
                .footer(5)
                .when(on_theme || !screen.marked.is_empty()),
                // Once open, the room has this set: `go` puts every set shown
                // while it is open to the phones.
                Binding::new(
                    &[Key::ch('o')],
                    Msg::OpenRoom { choose: false },
                    crate::tr!(lang, "tui-prompts-open-room"),
                )
                .footer(6)
                .when(shared.room.is_none()),
            ]
        }
        Mode::Choosing(_) => vec![
            enter(Msg::Confirm, crate::tr!(lang, "tui-prompts-let-write")).footer(0),
            esc(crate::tr!(lang, "tui-prompts-to-overview")).footer(1),
            up_down(crate::tr!(lang, "tui-prompts-choose-writer")).footer(2),
        ],
        Mode::Writing(turn) => {
            let enter_does = if turn.on_hand_in() {
                crate::tr!(lang, "tui-prompts-hand-in")
            } else {
                crate::tr!(lang, "tui-next-field")
            };
            let mut list = vec![
                Binding::new(
                    &[Key::Ctrl('s')],
                    Msg::HandIn,
                    crate::tr!(lang, "tui-prompts-hand-in"),
                )
                .footer(0),
                enter(Msg::Confirm, enter_does).footer(1),
                Binding::each(
                    vec![
                        (Key::Code(KeyCode::PageDown), Msg::PageDown),
                        (Key::Code(KeyCode::PageUp), Msg::PageUp),
                    ],
                    crate::tr!(lang, "tui-prompts-other-prompt"),
                )
                .footer(3),
                esc(crate::tr!(lang, "tui-prompts-stop-writing")).footer(5),
            ];
            match turn.field() {
                Some(field) => list.extend(bindings::form(lang, Some(field))),
                // On the hand-in stop there is nothing to type: only the way
                // back to the fields.
                None => list.extend(
                    bindings::form(lang, None)
                        .into_iter()
                        .filter(|b| b.keys.iter().any(|(_, m)| *m == Msg::Next)),
                ),
            }
            list
        }
        Mode::HandOver => vec![
            enter(Msg::Confirm, crate::tr!(lang, "tui-prompts-next-writer")).footer(0),
            esc(crate::tr!(lang, "tui-prompts-to-overview")).footer(1),
        ],
        Mode::Naming(field) => {
            let mut list = vec![
                enter(Msg::Confirm, crate::tr!(lang, "tui-prompts-keep-theme")).footer(0),
                esc(crate::tr!(lang, "tui-close-without-saving")).footer(1),
                // Arrows only: letters are typed into the name.
                Binding::each(
                    vec![
                        (Key::Code(KeyCode::Up), Msg::Up),
                        (Key::Code(KeyCode::Down), Msg::Down),
                    ],
                    crate::tr!(lang, "tui-prompts-pick-theme"),
                )
                .footer(2)
                .when(!screen.theme_names(shared).is_empty()),
            ];
            // One field: ↑↓ pick a theme, and Tab has no other field to go to.
            list.extend(
                bindings::form(lang, Some(field))
                    .into_iter()
                    .filter(|b| !b.keys.iter().any(|(_, m)| *m == Msg::Next)),
            );
            list
        }
    }
}
