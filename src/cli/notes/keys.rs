//! The notes' keys as one table: it handles the keys and writes the footer,
//! so the two cannot drift apart.

use crate::text::Lang;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Leave the notes.
    Quit,
    /// One line up or down.
    Line(isize),
    /// One screen up or down.
    Page(isize),
    /// To the top.
    Top,
}

/// The keys, what each does, and its words (`None`: not in the footer, as a
/// second key for what another already says).
const TABLE: [(KeyCode, Act, Option<&str>); 7] = [
    (KeyCode::Char('q'), Act::Quit, Some("quit")),
    (KeyCode::Esc, Act::Quit, None),
    (KeyCode::Down, Act::Line(1), Some("scroll")),
    (KeyCode::Up, Act::Line(-1), None),
    (KeyCode::PageDown, Act::Page(1), Some("page")),
    (KeyCode::PageUp, Act::Page(-1), None),
    (KeyCode::Home, Act::Top, None),
];

/// What `key` does, if anything. Ctrl-C quits too: in the raw mode the notes
/// run in it arrives as a key, not as a signal.
pub fn act(key: &KeyEvent) -> Option<Act> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Some(Act::Quit);
    }
    if ctrl || key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    TABLE
        .iter()
        .find(|(code, _, _)| *code == key.code)
        .map(|(_, act, _)| *act)
}

/// The footer's entries: the keys of each act that has words, and the words.
pub fn footer(ui: Lang) -> Vec<(String, String)> {
    TABLE
        .iter()
        .filter_map(|(_, act, words)| {
            let words = (*words)?;
            let keys: Vec<String> = TABLE
                .iter()
                .filter(|(_, a, _)| std::mem::discriminant(a) == std::mem::discriminant(act))
                .map(|(code, _, _)| name(*code, ui))
                .collect();
            Some((keys.join("/"), help(words, ui)))
        })
        .collect()
}

fn name(code: KeyCode, ui: Lang) -> String {
    crate::tui::bindings::Key::Code(code).name(ui)
}

fn help(words: &str, ui: Lang) -> String {
    match words {
        "quit" => crate::tr!(ui, "notes-key-quit"),
        "scroll" => crate::tr!(ui, "notes-key-scroll"),
        _ => crate::tr!(ui, "notes-key-page"),
    }
}
