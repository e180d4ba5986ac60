//! The bindings many screens share: lists, tabs, typed numbers and forms.

use super::{Binding, Key};
use crate::text::Lang;
use crate::tui::input::TextField;
use crate::tui::msg::Msg;
use crossterm::event::KeyCode;

/// `↑↓` (and `k`/`j`) for a list.
pub fn up_down(help: impl Into<String>) -> Binding {
    Binding::each(
        vec![
            (Key::Code(KeyCode::Up), Msg::Up),
            (Key::Code(KeyCode::Down), Msg::Down),
            (Key::ch('k'), Msg::Up),
            (Key::ch('j'), Msg::Down),
        ],
        help,
    )
}

/// `←→` (and `h`/`l`) for tabs or challenges.
pub fn left_right(help: impl Into<String>) -> Binding {
    Binding::each(
        vec![
            (Key::Code(KeyCode::Left), Msg::Left),
            (Key::Code(KeyCode::Right), Msg::Right),
            (Key::ch('h'), Msg::Left),
            (Key::ch('l'), Msg::Right),
        ],
        help,
    )
}

/// The keys of a number being typed (a head count, a show of hands): digits and ⌫.
pub fn count(lang: Lang) -> Vec<Binding> {
    vec![
        Binding::new(
            &[Key::Digit],
            Msg::Char('0'),
            crate::tr!(lang, "tui-type-the-count"),
        )
        .footer(2),
        Binding::new(
            &[Key::Code(KeyCode::Backspace)],
            Msg::Backspace,
            crate::tr!(lang, "tui-delete-digit"),
        ),
    ]
}

/// The keys of a form that saves on its last field: Enter goes to the next field
/// or, on the last one, does `save`; Esc closes without saving; then the keys of
/// the focused field (see [`form`]).
pub fn form_with_save(
    lang: Lang,
    last: bool,
    save: String,
    field: Option<&TextField>,
) -> Vec<Binding> {
    let enter = if last {
        save
    } else {
        crate::tr!(lang, "tui-next-field")
    };
    let mut list = vec![
        Binding::new(&[Key::Code(KeyCode::Enter)], Msg::Confirm, enter).footer(0),
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            crate::tr!(lang, "tui-close-without-saving"),
        )
        .footer(1),
    ];
    list.extend(form(lang, field));
    list
}

/// The keys of a form with text fields: fields, cursor, deleting and typing.
/// `field` is the focused text field, or `None` when a choice is focused (←→
/// change it). Keys that would do nothing where the cursor is are disabled.
pub fn form(lang: Lang, field: Option<&TextField>) -> Vec<Binding> {
    use KeyCode as K;
    let choice = field.is_none();
    // A selected text takes every key: each one ends the selection somehow.
    let (start, end) = field.map_or((true, true), |f| {
        (
            f.at_start() && !f.is_selected(),
            f.at_end() && !f.is_selected(),
        )
    });
    let arrows = if choice {
        crate::tr!(lang, "tui-change-the-choice")
    } else {
        crate::tr!(lang, "tui-move-the-cursor")
    };
    vec![
        Binding::each(
            vec![
                (Key::Code(K::Tab), Msg::Next),
                (Key::Code(K::Down), Msg::Next),
                (Key::Code(K::BackTab), Msg::Prev),
                (Key::Code(K::Up), Msg::Prev),
            ],
            crate::tr!(lang, "tui-change-field"),
        )
        .footer(2),
        Binding::each(
            vec![
                (Key::Code(K::Left), Msg::Left),
                (Key::Code(K::Right), Msg::Right),
            ],
            arrows,
        )
        // On a choice the arrows are how it is made: they go before changing field.
        .footer(if choice { 1 } else { 4 })
        .when(choice || !(start && end)),
        Binding::new(
            &[Key::Code(K::Backspace)],
            Msg::Backspace,
            crate::tr!(lang, "tui-delete-back"),
        )
        .when(!start),
        Binding::new(
            &[Key::Code(K::Delete)],
            Msg::Delete,
            crate::tr!(lang, "tui-delete-forward"),
        )
        .when(!end),
        Binding::new(
            &[Key::Code(K::Home)],
            Msg::Home,
            crate::tr!(lang, "tui-to-the-start"),
        )
        .when(!start),
        Binding::new(
            &[Key::Code(K::End)],
            Msg::End,
            crate::tr!(lang, "tui-to-the-end"),
        )
        .when(!end),
        Binding::each(
            vec![
                (Key::CtrlCode(K::Left), Msg::WordLeft),
                (Key::CtrlCode(K::Right), Msg::WordRight),
            ],
            crate::tr!(lang, "tui-by-word"),
        )
        .when(!(choice || start && end)),
        Binding::new(
            &[Key::Ctrl('w')],
            Msg::DeleteWord,
            crate::tr!(lang, "tui-delete-word"),
        )
        .when(!start),
        Binding::new(
            &[Key::Ctrl('u')],
            Msg::ClearField,
            crate::tr!(lang, "tui-clear-field"),
        )
        .when(!(start && end)),
        Binding::new(
            &[Key::Text],
            Msg::Char(' '),
            crate::tr!(lang, "tui-type-into-the-field"),
        )
        .when(!choice),
    ]
}
