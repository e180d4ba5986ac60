//! The keys that apply now: an open overlay's alone, otherwise the screen's and
//! then the ones every screen shares, which give way to the screen's own.

use super::steps::can_go;
use crate::tui::bindings::{self, Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::screens::Shares;
use crate::tui::state::{Overlay, State};
use crossterm::event::KeyCode;

/// Every binding that applies now, in the order keys are looked up: the overlay's
/// alone when one is open, otherwise the screen's and then the shared ones.
pub fn bindings(state: &State) -> Vec<Binding> {
    if !state.shared.fits() {
        let lang = state.shared.lang;
        return vec![
            Binding::new(&[Key::ch('q')], Msg::Quit, crate::tr!(lang, "tui-quit")).footer(0),
            force_quit(state),
        ];
    }
    match &state.overlay {
        Some(overlay) => overlay_bindings(state, overlay),
        None => screen_bindings(state),
    }
}

/// What the help lists: the keys of whatever is beneath it, then its own.
pub fn help_bindings(state: &State) -> Vec<Binding> {
    let mut list = match &state.overlay {
        Some(Overlay::Help(Some(under))) => overlay_bindings(state, under),
        Some(Overlay::Help(None)) | None => screen_bindings(state),
        Some(other) => overlay_bindings(state, other),
    };
    if let Some(help @ Overlay::Help(_)) = &state.overlay {
        for b in overlay_bindings(state, help) {
            if !list.iter().any(|l| l.keys == b.keys) {
                list.push(b);
            }
        }
    }
    list
}

fn screen_bindings(state: &State) -> Vec<Binding> {
    let page = state.screen.page();
    let mut list = page.bindings(&state.shared);
    // A key the screen binds is the screen's: the shared binding keeps only its
    // other keys, so that the footer and help never promise what a key won't do.
    let taken: Vec<Key> = list
        .iter()
        .flat_map(|b| b.keys.iter().map(|(k, _)| *k))
        .collect();
    for mut b in shared_bindings(state, page.shares()) {
        b.keys.retain(|(k, _)| !taken.contains(k));
        if !b.keys.is_empty() {
            list.push(b);
        }
    }
    list
}

fn shared_bindings(state: &State, shares: Shares) -> Vec<Binding> {
    let lang = state.shared.lang;
    let step = state.step();
    let letters = shares == Shares::All;
    let mut list = Vec::new();
    if letters {
        list.push(
            Binding::new(
                &[Key::ch('n'), Key::Code(KeyCode::PageDown)],
                Msg::NextStep,
                crate::tr!(lang, "tui-next-step"),
            )
            .footer(0)
            .when(can_go(
                state,
                step.next_in(state.screen.model(&state.shared)),
            )),
        );
        list.push(
            Binding::new(
                &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::PageUp)],
                Msg::PrevStep,
                crate::tr!(lang, "tui-previous-step"),
            )
            .short(crate::tr!(lang, "tui-back"))
            .footer(0)
            .when(can_go(
                state,
                step.prev_in(state.screen.model(&state.shared)),
            )),
        );
        // The room stays open on other steps: its key is always in the footer.
        list.push(
            Binding::new(
                &[Key::ch('o')],
                Msg::BackToRoom,
                crate::tr!(lang, "tui-back-to-open-room"),
            )
            .short(crate::tr!(lang, "tui-short-back-to-open-room"))
            .footer(0)
            .when(state.shared.room.is_some() && step != crate::tui::state::Step::Scoring),
        );
        list.push(
            Binding::new(
                &[Key::ch('?'), Key::Code(KeyCode::F(1))],
                Msg::Help,
                crate::tr!(lang, "tui-help"),
            )
            .footer(0),
        );
        let quit = if state.screen.page().in_round() {
            crate::tr!(lang, "tui-quit-asks-first")
        } else {
            crate::tr!(lang, "tui-quit")
        };
        list.push(Binding::new(&[Key::ch('q')], Msg::Quit, quit).footer(7));
    } else {
        list.push(help_key(lang));
    }
    list.extend(super::clock::bindings(state, letters));
    list.push(
        Binding::new(
            &[Key::Ctrl('s')],
            Msg::SaveAs,
            crate::tr!(lang, "tui-save-as-another-place"),
        )
        .when(state.shared.work.is_some()),
    );
    list.push(force_quit(state));
    list
}

/// F1 opens help where letters are typed or answered.
fn help_key(lang: crate::text::Lang) -> Binding {
    Binding::new(
        &[Key::Code(KeyCode::F(1))],
        Msg::Help,
        crate::tr!(lang, "tui-help"),
    )
    .footer(0)
}

/// Ctrl-C: at once while everything is saved; while saves fail it asks first.
fn force_quit(state: &State) -> Binding {
    let lang = state.shared.lang;
    let help = if state.shared.unsaved() {
        crate::tr!(lang, "tui-quit-asks-not-saved")
    } else {
        crate::tr!(lang, "tui-quit-at-once-all-is-saved")
    };
    Binding::new(&[Key::Ctrl('c')], Msg::ForceQuit, help)
}

fn overlay_bindings(state: &State, overlay: &Overlay) -> Vec<Binding> {
    let lang = state.shared.lang;
    let mut list = match overlay {
        Overlay::Help(_) => vec![
            Binding::new(
                &[
                    Key::Code(KeyCode::Esc),
                    Key::ch('?'),
                    Key::ch('q'),
                    Key::Code(KeyCode::Enter),
                    Key::Code(KeyCode::F(1)),
                ],
                Msg::Help,
                crate::tr!(lang, "tui-close-help"),
            )
            .footer(0),
        ],
        Overlay::Ask(_) => {
            // Each language answers with its own word's letter; Enter always says
            // yes and Esc no.
            let letters = |keys: String, last: KeyCode| -> Vec<Key> {
                keys.split_whitespace()
                    .filter_map(|k| k.chars().next())
                    .map(Key::ch)
                    .chain([Key::Code(last)])
                    .collect()
            };
            let yes = letters(crate::tr!(lang, "tui-yes-keys"), KeyCode::Enter);
            let no = letters(crate::tr!(lang, "tui-no-keys"), KeyCode::Esc);
            vec![
                Binding::new(&yes, Msg::Yes, crate::tr!(lang, "tui-yes")).footer(0),
                Binding::new(&no, Msg::No, crate::tr!(lang, "tui-no")).footer(1),
                help_key(lang),
            ]
        }
        Overlay::Agenda(view) => view.bindings(&state.shared),
        Overlay::SaveAs(field) => {
            let mut list = vec![
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-save-here"),
                )
                .footer(0),
                Binding::new(
                    &[Key::Code(KeyCode::Esc)],
                    Msg::Back,
                    crate::tr!(lang, "tui-cancel"),
                )
                .footer(1),
            ];
            list.extend(bindings::form(lang, Some(field)).into_iter().skip(1));
            list.push(help_key(lang));
            list
        }
    };
    list.push(force_quit(state));
    list
}
