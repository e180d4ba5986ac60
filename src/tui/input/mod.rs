//! A one-line text field that counts in graphemes, so that å, ä, ö (precomposed or
//! not) and wide characters move the cursor one step and take their true width.
//! Each field is of a [`Kind`], which bounds its length: typing past the limit is
//! refused and pasted text is cut there, and the form is told so it can say so.

mod kind;

pub use kind::{GRAPHEME_CHARS, Kind};

use crate::tui::msg::Msg;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A text field's value, cursor and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField {
    value: String,
    /// Cursor position in graphemes from the start.
    cursor: usize,
    /// What the field holds, and so how long it may be.
    kind: Kind,
    /// The whole text is selected, as a spreadsheet selects a suggested value:
    /// typing or deleting replaces all of it, a cursor key ends the selection.
    selected: bool,
}

/// What an editing message did to a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Not an editing message: the form handles it.
    Ignored,
    /// The cursor moved, or nothing happened; the text is as it was.
    Moved,
    /// The text changed.
    Changed,
    /// Something typed or pasted did not fit: what fitted was taken (the text
    /// may have changed), the rest was not.
    Full,
}

impl Edit {
    /// True when the text may have changed.
    pub fn typed(self) -> bool {
        matches!(self, Edit::Changed | Edit::Full)
    }
}

impl TextField {
    /// A field of `kind` holding `value`, with the cursor at the end. A value
    /// longer than the kind allows (from an older session file) is kept whole.
    pub fn new(kind: Kind, value: &str) -> TextField {
        TextField {
            value: value.to_owned(),
            cursor: value.graphemes(true).count(),
            kind,
            selected: false,
        }
    }

    /// A field of `kind` holding `value` with all of it selected, for a value
    /// the program suggests: the first key typed replaces it.
    pub fn suggested(kind: Kind, value: &str) -> TextField {
        TextField {
            selected: !value.is_empty(),
            ..TextField::new(kind, value)
        }
    }

    /// True while the whole text is selected.
    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// An empty field of `kind`.
    pub fn empty(kind: Kind) -> TextField {
        TextField::new(kind, "")
    }

    /// What the field holds.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The length in graphemes, the unit of the limit.
    pub fn len(&self) -> usize {
        self.value.graphemes(true).count()
    }

    /// True when the field holds no text.
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// The length and the limit, when the count should show beside the field.
    pub fn count(&self) -> Option<(usize, usize)> {
        let len = self.len();
        self.kind.shows_count(len).then_some((len, self.kind.max()))
    }

    /// The text.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// True when the cursor is at the start.
    pub fn at_start(&self) -> bool {
        self.cursor == 0
    }

    /// True when the cursor is at the end.
    pub fn at_end(&self) -> bool {
        self.cursor >= self.len()
    }

    /// True when the text is a date written YYYY-MM-DD.
    pub fn is_date(&self) -> bool {
        self.trimmed().parse::<jiff::civil::Date>().is_ok()
    }

    /// The text, trimmed.
    pub fn trimmed(&self) -> &str {
        self.value.trim()
    }

    fn byte_at(&self, grapheme: usize) -> usize {
        self.value
            .grapheme_indices(true)
            .nth(grapheme)
            .map_or(self.value.len(), |(i, _)| i)
    }

    /// Inserts a character at the cursor. A combining mark joins the grapheme
    /// before it. Returns false, leaving the text as it was, when the character
    /// does not fit: it would make the text longer than its kind allows, or pile
    /// more than [`GRAPHEME_CHARS`] code points on one grapheme. Control
    /// characters are never text and are dropped.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() {
            return true;
        }
        let before = self.len();
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        let after = self.len();
        // A text already over the limit (from an older file) may still take a
        // mark on a letter, but never grow.
        let too_long = after > self.kind.max() && after > before;
        if too_long || self.crowded(at) {
            self.value.replace_range(at..at + c.len_utf8(), "");
            return false;
        }
        if after > before {
            self.cursor += 1;
        }
        true
    }

    /// True when the grapheme holding byte `at` has more code points than one may.
    fn crowded(&self, at: usize) -> bool {
        self.value
            .grapheme_indices(true)
            .find(|(i, g)| *i <= at && at < i + g.len())
            .is_some_and(|(_, g)| g.chars().count() > GRAPHEME_CHARS)
    }

    /// Inserts pasted text at the cursor, up to the first character that does
    /// not fit. The field has one line: line breaks and tabs become spaces, other
    /// control characters are dropped. Returns false when the text was cut.
    pub fn paste(&mut self, text: &str) -> bool {
        let text = text.replace("\r\n", "\n");
        for c in text.chars() {
            let c = if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            };
            if !self.insert(c) {
                return false;
            }
        }
        true
    }

    /// Deletes the grapheme before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor - 1), self.byte_at(self.cursor));
        self.value.replace_range(from..to, "");
        self.cursor -= 1;
    }

    /// Deletes the grapheme under the cursor.
    pub fn delete(&mut self) {
        if self.cursor >= self.len() {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor), self.byte_at(self.cursor + 1));
        self.value.replace_range(from..to, "");
    }

    /// Moves the cursor one grapheme left.
    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// Moves the cursor one grapheme right.
    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    /// Moves the cursor to the start.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves the cursor to the end.
    pub fn end(&mut self) {
        self.cursor = self.len();
    }

    /// Where the word before the cursor starts: past any spaces, then to the
    /// start of the word (in graphemes, so åäö count as letters).
    fn word_start(&self) -> usize {
        let graphemes: Vec<&str> = self.value.graphemes(true).collect();
        let blank = |g: &str| g.chars().all(char::is_whitespace);
        let mut i = self.cursor;
        while i > 0 && blank(graphemes[i - 1]) {
            i -= 1;
        }
        while i > 0 && !blank(graphemes[i - 1]) {
            i -= 1;
        }
        i
    }

    /// Where the word after the cursor ends.
    fn word_end(&self) -> usize {
        let graphemes: Vec<&str> = self.value.graphemes(true).collect();
        let blank = |g: &str| g.chars().all(char::is_whitespace);
        let mut i = self.cursor;
        while i < graphemes.len() && blank(graphemes[i]) {
            i += 1;
        }
        while i < graphemes.len() && !blank(graphemes[i]) {
            i += 1;
        }
        i
    }

    /// Deletes the word before the cursor (Ctrl-W).
    pub fn delete_word(&mut self) {
        let start = self.word_start();
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.value.replace_range(from..to, "");
        self.cursor = start;
    }

    /// Empties the field (Ctrl-U).
    pub fn clear(&mut self) {
        self.value.clear();
        self.cursor = 0;
    }

    /// Applies an editing message (typing, pasting, deleting, moving the
    /// cursor) and says what it did; [`Edit::Ignored`] for messages that are not
    /// editing, so the form can handle them.
    pub fn edit(&mut self, msg: &Msg) -> Edit {
        let before = self.value.clone();
        if std::mem::take(&mut self.selected) {
            match msg {
                // What is typed or deleted replaces the selection.
                Msg::Char(_)
                | Msg::Paste(_)
                | Msg::Backspace
                | Msg::Delete
                | Msg::DeleteWord
                | Msg::ClearField => self.clear(),
                // A cursor key ends it where the key points.
                Msg::Left | Msg::Home | Msg::WordLeft => self.home(),
                Msg::Right | Msg::End | Msg::WordRight => self.end(),
                _ => self.selected = true,
            }
            if !matches!(msg, Msg::Char(_) | Msg::Paste(_)) {
                return if self.value != before {
                    Edit::Changed
                } else if self.selected {
                    Edit::Ignored
                } else {
                    Edit::Moved
                };
            }
        }
        let fitted = match msg {
            Msg::Char(c) => self.insert(*c),
            Msg::Paste(text) => self.paste(text),
            other => {
                match other {
                    Msg::Backspace => self.backspace(),
                    Msg::Delete => self.delete(),
                    Msg::Left => self.left(),
                    Msg::Right => self.right(),
                    Msg::Home => self.home(),
                    Msg::End => self.end(),
                    Msg::WordLeft => self.cursor = self.word_start(),
                    Msg::WordRight => self.cursor = self.word_end(),
                    Msg::DeleteWord => self.delete_word(),
                    Msg::ClearField => self.clear(),
                    _ => return Edit::Ignored,
                }
                true
            }
        };
        if !fitted {
            Edit::Full
        } else if self.value != before {
            Edit::Changed
        } else {
            Edit::Moved
        }
    }

    /// The display width of the text before the cursor: the cursor's column.
    pub fn cursor_column(&self) -> usize {
        self.value[..self.byte_at(self.cursor)].width()
    }

    /// The part of the text to show in `width` columns so that the cursor stays
    /// visible, and the cursor's column within it.
    pub fn window(&self, width: usize) -> (String, usize) {
        let width = width.max(1);
        let col = self.cursor_column();
        let start = col.saturating_sub(width - 1);
        let (mut x, mut skipped) = (0, 0);
        let mut shown = String::new();
        for g in self.value.graphemes(true) {
            let w = g.width();
            if x < start {
                x += w;
                skipped = x;
                continue;
            }
            if x + w - skipped > width {
                break;
            }
            shown.push_str(g);
            x += w;
        }
        (shown, col - skipped)
    }
}

#[cfg(test)]
mod tests;
