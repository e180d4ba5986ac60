//! Key bindings as data, built at runtime from the state: each screen lists its
//! own, the router adds the ones every screen shares. The same list handles the
//! keys, fills the footer and fills the `?` help, so none of them can drift from
//! the others; the labels are made from the bound keys themselves.

use crate::text::Lang;
use crate::tui::msg::Msg;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod kit;
mod widths;

pub use kit::{count, form, form_with_save, left_right, up_down};
use widths::widest;

/// A key, or a class of keys, that a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// One key without Ctrl or Alt (Shift is part of the character).
    Code(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Ctrl and a key that is not a letter (Ctrl-←).
    CtrlCode(KeyCode),
    /// Any printable character, which is typed: sends `Msg::Char`.
    Text,
    /// Any digit, which is typed: sends `Msg::Char`.
    Digit,
}

impl Key {
    /// A plain character key.
    pub const fn ch(c: char) -> Key {
        Key::Code(KeyCode::Char(c))
    }

    fn matches(self, key: &KeyEvent) -> Option<Option<char>> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match (self, key.code) {
            (Key::Ctrl(c), KeyCode::Char(k)) if ctrl && k.eq_ignore_ascii_case(&c) => Some(None),
            (Key::CtrlCode(code), k) if ctrl && code == k => Some(None),
            (Key::Code(code), k) if !ctrl && !alt && code == k => Some(None),
            (Key::Text, KeyCode::Char(c)) if !ctrl && !alt && !c.is_control() => Some(Some(c)),
            (Key::Digit, KeyCode::Char(c)) if !ctrl && !alt && c.is_ascii_digit() => Some(Some(c)),
            _ => None,
        }
    }

    /// How the key is written in the footer and the help.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::Enter => crate::tr!(lang, "tui-key-enter"),
                KeyCode::Esc => crate::tr!(lang, "tui-key-esc"),
                KeyCode::Tab => crate::tr!(lang, "tui-key-tab"),
                KeyCode::BackTab => format!("⇧{}", crate::tr!(lang, "tui-key-tab")),
                KeyCode::Backspace => "⌫".into(),
                KeyCode::Delete => crate::tr!(lang, "tui-key-delete"),
                KeyCode::Home => crate::tr!(lang, "tui-key-home"),
                KeyCode::End => crate::tr!(lang, "tui-key-end"),
                KeyCode::PageUp => crate::tr!(lang, "tui-key-page-up"),
                KeyCode::PageDown => crate::tr!(lang, "tui-key-page-down"),
                KeyCode::F(n) => format!("F{n}"),
                KeyCode::Char(' ') => crate::tr!(lang, "tui-space"),
                KeyCode::Char(c) => c.to_string(),
                other => format!("{other:?}"),
            },
            Key::CtrlCode(code) => {
                crate::tr!(lang, "tui-key-ctrl", key = Key::Code(code).name(lang))
            }
            Key::Ctrl(c) => crate::tr!(
                lang,
                "tui-key-ctrl",
                key = c.to_ascii_uppercase().to_string()
            ),
            Key::Text => crate::tr!(lang, "tui-characters"),
            Key::Digit => "0–9".into(),
        }
    }
}

/// How much a binding matters for the footer, which at 80 columns has room for
/// only some: the lowest numbers are shown first. `Help` bindings are only in `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// In the footer, by priority (0 first).
    Footer(u8),
    /// Only in the help.
    Help,
}

/// One binding: the keys, the message each sends, and what it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// The keys with the message each sends (a typing key sends the character).
    pub keys: Vec<(Key, Msg)>,
    /// What it does, in the language on screen.
    pub help: String,
    /// A shorter text for the footer, where 80 columns are shared.
    pub short: Option<String>,
    /// Its place in the footer.
    pub rank: Rank,
    /// False when it can do nothing now: help shows it marked, the footer leaves
    /// it out, and its keys do nothing.
    pub enabled: bool,
}

impl Binding {
    /// Keys that all send `msg`.
    pub fn new(keys: &[Key], msg: Msg, help: impl Into<String>) -> Binding {
        Binding {
            keys: keys.iter().map(|k| (*k, msg.clone())).collect(),
            help: help.into(),
            short: None,
            rank: Rank::Help,
            enabled: true,
        }
    }

    /// Keys that each send their own message (the ballot's scale).
    pub fn each(keys: Vec<(Key, Msg)>, help: impl Into<String>) -> Binding {
        Binding {
            keys,
            help: help.into(),
            short: None,
            rank: Rank::Help,
            enabled: true,
        }
    }

    /// In the footer with priority `p` (0 matters most).
    pub fn footer(mut self, p: u8) -> Binding {
        self.rank = Rank::Footer(p);
        self
    }

    /// Says `text` in the footer instead of the help's longer words.
    pub fn short(mut self, text: impl Into<String>) -> Binding {
        self.short = Some(text.into());
        self
    }

    /// Enabled only when `when` holds.
    pub fn when(mut self, when: bool) -> Binding {
        self.enabled = when;
        self
    }

    /// The message for `key`, if this binding has it: `Some(None)` when the binding
    /// has the key but is disabled.
    fn message(&self, key: &KeyEvent) -> Option<Option<Msg>> {
        self.keys.iter().find_map(|(k, msg)| {
            let typed = k.matches(key)?;
            Some(self.enabled.then(|| match typed {
                Some(c) => Msg::Char(c),
                None => msg.clone(),
            }))
        })
    }

    /// The keys as written in the help: arrows in pairs, runs of digits as a range.
    pub fn label(&self, lang: Lang) -> String {
        let names: Vec<String> = self.keys.iter().map(|(k, _)| k.name(lang)).collect();
        let mut parts: Vec<String> = Vec::new();
        for name in names {
            if parts.contains(&name) {
                continue;
            }
            let joined = parts
                .last()
                .and_then(|last| match (last.as_str(), name.as_str()) {
                    ("↑", "↓") | ("↓", "↑") => Some("↑↓".to_owned()),
                    ("←", "→") | ("→", "←") => Some("←→".to_owned()),
                    _ => None,
                });
            match joined {
                Some(pair) => *parts.last_mut().expect("a last part") = pair,
                None => parts.push(name),
            }
        }
        digit_runs(parts).join("/")
    }

    /// The first of the keys, as the footer writes it.
    pub fn short_label(&self, lang: Lang) -> String {
        let label = self.label(lang);
        label.split('/').next().unwrap_or_default().to_owned()
    }
}

/// `1`, `2`, `3` becomes `1–3`.
fn digit_runs(parts: Vec<String>) -> Vec<String> {
    let digit = |s: &str| s.parse::<u8>().ok().filter(|_| s.len() == 1);
    let mut out: Vec<String> = Vec::new();
    let mut run: Option<(u8, u8)> = None;
    let flush = |run: &mut Option<(u8, u8)>, out: &mut Vec<String>| {
        if let Some((a, b)) = run.take() {
            out.push(if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            });
        }
    };
    for p in parts {
        match (digit(&p), run) {
            (Some(d), Some((a, b))) if d == b + 1 => run = Some((a, d)),
            (Some(d), _) => {
                flush(&mut run, &mut out);
                run = Some((d, d));
            }
            (None, _) => {
                flush(&mut run, &mut out);
                out.push(p);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The message for `key` from the first binding that has it. A disabled binding
/// that has the key swallows it.
pub fn lookup(bindings: &[Binding], key: &KeyEvent) -> Option<Msg> {
    bindings.iter().find_map(|b| b.message(key)).flatten()
}

/// True when `key` (a class such as [`Key::Text`]) does something now: the first
/// binding that has it is enabled.
pub fn takes(bindings: &[Binding], key: Key) -> bool {
    bindings
        .iter()
        .find(|b| b.keys.iter().any(|(k, _)| *k == key))
        .is_some_and(|b| b.enabled)
}

/// The bindings for the footer: the enabled footer bindings by priority, as many
/// as fit in `width` columns, shown in list order, and whether some were left out.
/// Each is measured as wide as its key and words are in the widest language of
/// the catalogue, and the first that does not fit ends the footer, though a later
/// one might: the priorities decide which keys give way, not one language's
/// words, so the same keys drop in every language.
///
/// Priority 0 means a key the screen must never hide (the reveal's vote again
/// and its way to the queue, the steps' keys, help): when those do not all fit
/// in one row, the footer takes a second, and fills both by the same rule.
pub fn footer(bindings: &[Binding], lang: Lang, width: usize) -> Footer {
    let mut chosen: Vec<(usize, &Binding)> = bindings
        .iter()
        .enumerate()
        .filter(|(_, b)| b.enabled && b.rank != Rank::Help)
        .collect();
    chosen.sort_by_key(|(i, b)| (b.rank, *i));
    let hint = |b: &Binding| {
        let what = b.short.clone().unwrap_or_else(|| b.help.clone());
        (b.short_label(lang), what)
    };
    let width_of = |(k, w): &(String, String)| widest(lang, k) + widest(lang, w) + 3;
    let hints: Vec<(usize, (String, String), usize)> = (chosen.iter())
        .map(|(i, b)| {
            let h = hint(b);
            let w = width_of(&h);
            (*i, h, w)
        })
        .collect();
    let must = chosen
        .iter()
        .filter(|(_, b)| b.rank == Rank::Footer(0))
        .count();
    let one = fill(&hints, width, 1);
    let (kept, rows) = if one.len() >= must {
        (one, 1)
    } else {
        (fill(&hints, width, 2), 2)
    };
    let more = kept.len() < hints.len();
    let mut kept: Vec<&(usize, (String, String), usize)> = kept.into_iter().collect();
    kept.sort_by_key(|(i, _, _)| *i);
    let widths: Vec<usize> = kept.iter().map(|(_, _, w)| *w).collect();
    let second_row = if rows == 2 {
        rows_of(&widths, width, more).and_then(|r| r.get(1).copied())
    } else {
        None
    };
    Footer {
        shown: kept.iter().map(|(i, _, _)| *i).collect(),
        hints: kept.into_iter().map(|(_, h, _)| h.clone()).collect(),
        more,
        second_row,
    }
}

/// The hints kept from `hints` (by priority) in `rows` rows of `width`: each
/// in turn while the kept ones, in list order, still fit, with room for the
/// "…" on the last row when not all are kept. The first that does not fit
/// ends the footer.
fn fill<T>(hints: &[(usize, T, usize)], width: usize, rows: usize) -> Vec<&(usize, T, usize)> {
    let mut kept: Vec<&(usize, T, usize)> = Vec::new();
    for (n, h) in hints.iter().enumerate() {
        let mut trial = kept.clone();
        trial.push(h);
        trial.sort_by_key(|(i, _, _)| *i);
        let more = n + 1 < hints.len();
        let widths: Vec<usize> = trial.iter().map(|(_, _, w)| *w).collect();
        match rows_of(&widths, width, more) {
            Some(starts) if starts.len() <= rows => kept.push(h),
            _ => break,
        }
    }
    kept
}

/// Where each row starts when hints `widths` wide are laid out in order in
/// rows of `width`, the last keeping two columns for "…" when `more`; none
/// when a hint is wider than a row.
fn rows_of(widths: &[usize], width: usize, more: bool) -> Option<Vec<usize>> {
    let total: usize = widths.iter().sum();
    if total + if more { 2 } else { 0 } <= width {
        return Some(vec![0]);
    }
    let mut starts = vec![0];
    let mut used = 0;
    for (i, w) in widths.iter().enumerate() {
        if *w > width {
            return None;
        }
        if used + w > width {
            starts.push(i);
            used = 0;
        }
        used += w;
    }
    // The last row keeps room for "…".
    if more && used + 2 > width {
        starts.push(widths.len());
    }
    Some(starts)
}

/// What the footer shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Footer {
    /// Key and what it does, in list order.
    pub hints: Vec<(String, String)>,
    /// The bindings shown, by their place in the list given.
    pub shown: Vec<usize>,
    /// True when some hints did not fit; the help has them all.
    pub more: bool,
    /// Where in `hints` the second row starts, when the footer needs two.
    pub second_row: Option<usize>,
}

impl Footer {
    /// How many rows the footer takes.
    pub fn rows(&self) -> u16 {
        if self.second_row.is_some() { 2 } else { 1 }
    }
}
