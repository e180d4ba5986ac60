//! The field's editing, measuring and limits.

use super::*;

#[test]
fn words_move_and_go_as_in_a_terminal() {
    let mut f = TextField::new(Kind::Notes, "Höörs kommun  är här");
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
    let mut f = TextField::new(Kind::Notes, "Höör");
    assert_eq!(f.cursor_column(), 4);
    f.backspace();
    f.insert('r');
    f.home();
    f.right();
    f.delete();
    assert_eq!(f.value(), "Hör");
    let mut f = TextField::new(Kind::Notes, "漢字");
    assert_eq!(f.cursor_column(), 4);
    f.left();
    assert_eq!(f.cursor_column(), 2);
    // An "a" followed by a combining ring is one grapheme, one column.
    let mut f = TextField::empty(Kind::Notes);
    f.insert('a');
    f.insert('\u{30a}');
    assert_eq!(f.cursor_column(), 1);
    f.backspace();
    assert_eq!(f.value(), "");
}

#[test]
fn the_window_keeps_the_cursor_visible() {
    let f = TextField::new(Kind::Notes, "Älvkarleby kommun");
    let (shown, cursor) = f.window(8);
    assert_eq!(shown, " kommun");
    assert_eq!(cursor, 7);
    let mut f = TextField::new(Kind::Notes, "Älvkarleby kommun");
    f.home();
    assert_eq!(f.window(8), ("Älvkarle".to_owned(), 0));
}

#[test]
fn typing_stops_at_the_limit_and_says_so() {
    let mut f = TextField::empty(Kind::Alias);
    for _ in 0..Kind::Alias.max() {
        assert_eq!(f.edit(&Msg::Char('å')), Edit::Changed);
    }
    assert_eq!(f.len(), 40);
    assert_eq!(f.edit(&Msg::Char('x')), Edit::Full);
    assert_eq!(f.len(), 40, "nothing past the limit is kept");
    assert!(!f.value().contains('x'));
    // Deleting makes room again, anywhere in the text.
    f.home();
    assert_eq!(f.edit(&Msg::Delete), Edit::Changed);
    assert_eq!(f.edit(&Msg::Char('Ö')), Edit::Changed);
    assert!(f.value().starts_with('Ö'));
    assert_eq!(f.edit(&Msg::Left), Edit::Moved);
    assert_eq!(f.edit(&Msg::Confirm), Edit::Ignored);
}

#[test]
fn a_paste_is_cut_at_the_limit_on_one_line() {
    let mut f = TextField::new(Kind::Organisation, "Höörs ");
    let long = "kommun\r\noch\tregion ".repeat(20);
    assert_eq!(f.edit(&Msg::Paste(long)), Edit::Full);
    assert_eq!(f.len(), 80);
    assert!(f.value().starts_with("Höörs kommun och region kommun"));
    assert!(!f.value().contains(['\r', '\n', '\t']));
    let mut f = TextField::empty(Kind::Organisation);
    assert_eq!(f.edit(&Msg::Paste("Åre kommun".into())), Edit::Changed);
    assert_eq!(f.value(), "Åre kommun");
}

#[test]
fn the_limit_counts_what_a_reader_sees_as_characters() {
    // A decomposed å (a + combining ring) and a wide 漢 count one each.
    let mut f = TextField::empty(Kind::Alias);
    for _ in 0..20 {
        f.paste("a\u{30a}漢");
    }
    assert_eq!(f.len(), 40);
    assert_eq!(f.value().chars().count(), 60);
    assert_eq!(f.cursor_column(), 60, "20 × (1 column + 2 columns)");
    assert!(!f.insert('b'));
    // A mark may still join the last letter, but marks cannot pile up for ever.
    assert!(f.insert('\u{301}'));
    let mut pile = 0;
    while f.insert('\u{301}') {
        pile += 1;
    }
    assert!(pile < GRAPHEME_CHARS, "{pile} marks on one letter");
    assert_eq!(f.len(), 40);
}

#[test]
fn a_text_already_too_long_is_kept_but_does_not_grow() {
    let old = "x".repeat(Kind::Owner.max() + 20);
    let mut f = TextField::new(Kind::Owner, &old);
    assert_eq!(f.value(), old, "an older session's text is never cut");
    assert_eq!(f.count(), Some((100, 80)));
    assert_eq!(f.edit(&Msg::Char('y')), Edit::Full);
    assert_eq!(f.edit(&Msg::Backspace), Edit::Changed);
    assert_eq!(f.len(), 99);
}

#[test]
fn the_count_shows_from_four_fifths_of_the_limit_and_only_for_prose() {
    let f = TextField::new(Kind::Organisation, &"ä".repeat(63));
    assert_eq!(f.count(), None);
    let f = TextField::new(Kind::Organisation, &"ä".repeat(64));
    assert_eq!(f.count(), Some((64, 80)));
    let f = TextField::new(Kind::Date, "2026-11-22");
    assert_eq!(f.count(), None, "a date is checked in words, not counted");
}
