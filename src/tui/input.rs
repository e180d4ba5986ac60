//! A one-line text field that counts in graphemes, so that å, ä, ö (precomposed or
//! not) and wide characters move the cursor one step and take their true width.

use crate::tui::msg::Msg;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A text field's value and cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    value: String,
    /// Cursor position in graphemes from the start.
    cursor: usize,
}

impl TextField {
    /// A field holding `value`, with the cursor at the end.
    pub fn new(value: &str) -> TextField {
        TextField {
            value: value.to_owned(),
            cursor: value.graphemes(true).count(),
        }
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

    fn len(&self) -> usize {
        self.value.graphemes(true).count()
    }

    /// Inserts a character at the cursor. A combining mark joins the grapheme before it.
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        let before = self.len();
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        if self.len() > before {
            self.cursor += 1;
        }
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

    /// Applies an editing message (typing, deleting, moving the cursor). Returns
    /// false for messages that are not editing, so the form can handle them.
    pub fn edit(&mut self, msg: &Msg) -> bool {
        match msg {
            Msg::Char(c) => self.insert(*c),
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
            _ => return false,
        }
        true
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
mod tests {
    use super::*;

    #[test]
    fn words_move_and_go_as_in_a_terminal() {
        let mut f = TextField::new("Höörs kommun  är här");
        f.edit(&Msg::WordLeft);
        assert_eq!(f.cursor, 17);
        f.edit(&Msg::WordLeft);
        assert_eq!(f.cursor, 14);
        f.edit(&Msg::DeleteWord);
        assert_eq!(f.value(), "Höörs är här");
        assert_eq!(f.cursor, 6);
        f.edit(&Msg::WordRight);
        assert_eq!(f.cursor, 8);
        f.edit(&Msg::ClearField);
        assert_eq!((f.value(), f.cursor), ("", 0));
    }

    #[test]
    fn swedish_and_wide_characters_move_and_measure_correctly() {
        let mut f = TextField::new("Höör");
        assert_eq!(f.cursor_column(), 4);
        f.backspace();
        f.insert('r');
        f.home();
        f.right();
        f.delete();
        assert_eq!(f.value(), "Hör");
        let mut f = TextField::new("漢字");
        assert_eq!(f.cursor_column(), 4);
        f.left();
        assert_eq!(f.cursor_column(), 2);
        // An "a" followed by a combining ring is one grapheme, one column.
        let mut f = TextField::new("");
        f.insert('a');
        f.insert('\u{30a}');
        assert_eq!(f.cursor_column(), 1);
        f.backspace();
        assert_eq!(f.value(), "");
    }

    #[test]
    fn the_window_keeps_the_cursor_visible() {
        let f = TextField::new("Älvkarleby kommun");
        let (shown, cursor) = f.window(8);
        assert_eq!(shown, " kommun");
        assert_eq!(cursor, 7);
        let mut f = TextField::new("Älvkarleby kommun");
        f.home();
        assert_eq!(f.window(8), ("Älvkarle".to_owned(), 0));
    }
}
