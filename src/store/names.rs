//! File names made from a session: short enough for the file system with every
//! suffix klarhet adds, cut between letters, with åäö kept.
//!
//! A file name may have at most [`NAME_MAX`] bytes (ext4, btrfs, XFS, APFS; NTFS
//! counts UTF-16 units, never more than the bytes). An organisation's name has no
//! such bound, and "ö" takes two bytes, so each name is given a budget for the
//! organisation's part that leaves room for the date and the longest suffix.

use jiff::civil::Date;
use std::path::{Path, PathBuf};
use unicode_segmentation::UnicodeSegmentation;

/// The longest file name, in bytes, that the common file systems take.
pub const NAME_MAX: usize = 255;

/// The most klarhet adds after a session's stem: `-k` when the name is taken (k
/// is a `u32`), then the longest name it keeps beside the session,
/// `.ron.journal.unmatched` (the others are `.ron`, `.ron.bak`, `.ron.journal`).
/// Temporary files (`.klarhet-<name>.XXXXXX.tmp`) cut a name that would not fit
/// (see `super::stray`); the lock is on the session file itself.
const AFTER_SESSION_STEM: usize = "-4294967295".len() + ".ron.journal.unmatched".len();

/// The longest extension of an export (`html`, `json`): the TUI swaps the
/// extension of a remembered path when the format changes.
const LONGEST_EXPORT_EXTENSION: usize = "html".len();

/// The stem of a new session's file, e.g. `2026-11-22-sjohamra-kommun`: with
/// `-k`, `.ron` and every name klarhet keeps beside it, within [`NAME_MAX`].
pub fn session_stem(date: Date, organisation: &str) -> String {
    let date = date.to_string();
    let room = NAME_MAX.saturating_sub(AFTER_SESSION_STEM + date.len() + "-".len());
    format!("{date}-{}", slug_within(organisation, room))
}

/// The default name of an export, e.g. `sjohamra-kommun-2026-11-22.html`,
/// within [`NAME_MAX`] for every format's extension.
pub fn export_name(organisation: &str, date: Date, extension: &str) -> String {
    let date = date.to_string();
    let room =
        NAME_MAX.saturating_sub("-".len() + date.len() + ".".len() + LONGEST_EXPORT_EXTENSION);
    format!("{}-{date}.{extension}", slug_within(organisation, room))
}

/// A file-name-safe form of `name` that keeps åäö: lower case, words joined by `-`,
/// with path separators and other punctuation dropped.
pub fn slug(name: &str) -> String {
    slug_within(name, usize::MAX)
}

/// [`slug`] in at most `max` bytes, cut between two letters (never inside a
/// UTF-8 sequence or a letter made of several characters). `session` when
/// nothing is left.
pub fn slug_within(name: &str, max: usize) -> String {
    let mut full = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            full.push(c);
        } else if !full.ends_with('-') && !full.is_empty() {
            full.push('-');
        }
    }
    let mut out = String::new();
    for letter in full.graphemes(true) {
        if out.len() + letter.len() > max {
            break;
        }
        out.push_str(letter);
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "session".to_owned()
    } else {
        out.to_owned()
    }
}

/// The file `suffix` names beside `path` (`.bak`): `<name><suffix>`. A
/// session named before names were kept short may leave no room for the suffix;
/// its name is then cut between letters and marked with a hash of the whole
/// name, so that two long names alike at the start stay apart.
pub(super) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    let mut plain = name.clone();
    plain.push(suffix);
    if plain.len() <= NAME_MAX {
        return path.with_file_name(plain);
    }
    let tag = format!("~{:016x}", fnv1a(name.as_encoded_bytes()));
    let room = NAME_MAX.saturating_sub(tag.len() + suffix.len());
    let mut cut = String::new();
    for c in name.to_string_lossy().chars() {
        if cut.len() + c.len_utf8() > room {
            break;
        }
        cut.push(c);
    }
    path.with_file_name(format!("{cut}{tag}{suffix}"))
}

/// FNV-1a, 64 bits: a hash that stays the same across builds and platforms, so
/// that a long session keeps the same backup's name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_swedish_letters_and_drop_separators() {
        assert_eq!(slug("Höörs kommun"), "höörs-kommun");
        assert_eq!(slug("  Ånge / Älvdalen  "), "ånge-älvdalen");
        assert_eq!(slug("../.."), "session");
    }

    #[test]
    fn a_slug_is_cut_between_letters() {
        assert_eq!(slug_within("ööö", 5), "öö");
        assert_eq!(slug_within("ab cd", 3), "ab");
        // A Devanagari syllable of two characters stays whole.
        assert_eq!(slug_within("कि", 3), "session");
        assert_eq!(slug_within("ö", 1), "session");
    }

    #[test]
    fn the_longest_names_fit() {
        let date = jiff::civil::date(-9999, 1, 1);
        let stem = session_stem(date, &"ö".repeat(500));
        assert!(
            stem.len() + AFTER_SESSION_STEM <= NAME_MAX,
            "{}",
            stem.len()
        );
        let export = export_name(&"漢".repeat(500), date, "html");
        assert!(export.len() <= NAME_MAX, "{}", export.len());
        let long = Path::new("/x").join(format!("{}.ron", "ö".repeat(125)));
        let backup = beside(&long, ".bak");
        assert!(backup.file_name().unwrap().len() <= NAME_MAX);
        assert_ne!(
            backup,
            beside(
                &Path::new("/x").join(format!("{}ä.ron", "ö".repeat(125))),
                ".bak"
            )
        );
        assert_eq!(
            beside(Path::new("/x/a.ron"), ".bak"),
            Path::new("/x/a.ron.bak")
        );
    }
}
