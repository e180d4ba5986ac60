//! Finds where a value stands in a RON source, so that errors found after parsing
//! (a duplicate id, a dangling reference) can still name a line and a column.
//!
//! The RON parser gives positions only for its own errors. This scanner walks the
//! text once, skipping comments, and records each string literal together with
//! the field name it belongs to (`id: "x"`, or each item of `addresses: ["a", "b"]`).

use crate::error::Pos;

/// One string literal in the source.
#[derive(Debug, Clone)]
struct Literal {
    key: Option<String>,
    value: String,
    pos: Pos,
}

struct Cursor {
    chars: Vec<char>,
    i: usize,
    pos: Pos,
}

impl Cursor {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.i += 1;
        if c == '\n' {
            self.pos.line += 1;
            self.pos.col = 1;
        } else {
            self.pos.col += 1;
        }
        Some(c)
    }
}

#[cfg(test)]
thread_local! {
    /// How many indexes this thread has built: the index is meant to be built
    /// only for an error, and tests count that it is.
    static BUILT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many indexes this thread has built so far.
#[cfg(test)]
pub(crate) fn built() -> usize {
    BUILT.with(std::cell::Cell::get)
}

/// An index of the string literals and field names in a RON text.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    literals: Vec<Literal>,
    keys: Vec<(String, Pos)>,
}

impl Locator {
    /// Scans `src`. Never fails: text the scanner does not understand is skipped.
    pub fn new(src: &str) -> Locator {
        #[cfg(test)]
        BUILT.with(|n| n.set(n.get() + 1));
        // Places count as the parser's do, after a byte-order mark.
        let src = crate::model::without_bom(src);
        let mut out = Locator::default();
        let mut cur = Cursor {
            chars: src.chars().collect(),
            i: 0,
            pos: Pos { line: 1, col: 1 },
        };
        let mut key: Option<String> = None;
        while let Some(c) = cur.peek(0) {
            if c == '/' && cur.peek(1) == Some('/') {
                while cur.peek(0).is_some_and(|c| c != '\n') {
                    cur.bump();
                }
            } else if c == '/' && cur.peek(1) == Some('*') {
                while cur.peek(0).is_some()
                    && !(cur.peek(0) == Some('*') && cur.peek(1) == Some('/'))
                {
                    cur.bump();
                }
                cur.bump();
                cur.bump();
            } else if c == '"' {
                let pos = cur.pos;
                cur.bump();
                let mut value = String::new();
                while let Some(c) = cur.peek(0).filter(|c| *c != '"') {
                    if c == '\\' {
                        cur.bump();
                    }
                    if let Some(c) = cur.bump() {
                        value.push(c);
                    }
                }
                cur.bump();
                out.literals.push(Literal {
                    key: key.clone(),
                    value,
                    pos,
                });
            } else if c.is_alphabetic() || c == '_' {
                let pos = cur.pos;
                let mut word = String::new();
                while let Some(c) = cur.peek(0).filter(|c| c.is_alphanumeric() || *c == '_') {
                    word.push(c);
                    cur.bump();
                }
                let mut j = 0;
                while cur.peek(j).is_some_and(char::is_whitespace) {
                    j += 1;
                }
                if cur.peek(j) == Some(':') {
                    out.keys.push((word.clone(), pos));
                    key = Some(word);
                }
            } else {
                cur.bump();
            }
        }
        out
    }

    /// The place of the `nth` (0-based) string literal `"value"` given to the field `key`.
    pub fn value(&self, key: &str, value: &str, nth: usize) -> Option<Pos> {
        self.literals
            .iter()
            .filter(|l| l.key.as_deref() == Some(key) && l.value == value)
            .nth(nth)
            .map(|l| l.pos)
    }

    /// The place of the first string literal `"value"`, whatever it is given to
    /// (a map's entry, whose key is no field name).
    pub fn literals_equal(&self, value: &str) -> Option<Pos> {
        self.literals
            .iter()
            .find(|l| l.value == value)
            .map(|l| l.pos)
    }

    /// The place of the `nth` (0-based) occurrence of the field name `key`.
    pub fn key(&self, key: &str, nth: usize) -> Option<Pos> {
        self.keys
            .iter()
            .filter(|(k, _)| k == key)
            .nth(nth)
            .map(|(_, p)| *p)
    }

    /// The place of the first field `key` that follows `after` in the text.
    pub fn key_after(&self, key: &str, after: Pos) -> Option<Pos> {
        self.keys
            .iter()
            .find(|(k, p)| k == key && (p.line, p.col) > (after.line, after.col))
            .map(|(_, p)| *p)
    }
}

/// One step of a [`Place`]: the `nth` (0-based) field name, or string literal,
/// after where the steps before it led.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(&'static str, usize),
    Value(String, usize),
}

/// Where in a file something is, said in the file's own terms: a path of field
/// names and string literals, each looked for after the one before it (the
/// field `sealed`, then the challenge `"c"` in it, then its second `voters`).
/// A check deep in the domain gives the part it knows; its caller puts the
/// fields above it in front.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place(Vec<Step>);

impl Place {
    /// The start of the file.
    pub fn start() -> Place {
        Place::default()
    }

    /// Then the field `key`.
    pub fn key(self, key: &'static str) -> Place {
        self.nth_key(key, 0)
    }

    /// Then the `nth` (0-based) field `key`.
    pub fn nth_key(mut self, key: &'static str, nth: usize) -> Place {
        self.0.push(Step::Key(key, nth));
        self
    }

    /// Then the string literal `value`, such as a map's key.
    pub fn value(self, value: &str) -> Place {
        self.nth_value(value, 0)
    }

    /// Then the `nth` (0-based) string literal `value`.
    pub fn nth_value(mut self, value: &str, nth: usize) -> Place {
        self.0.push(Step::Value(value.to_owned(), nth));
        self
    }

    /// This place, then `inner` within it.
    pub fn then(mut self, inner: Place) -> Place {
        self.0.extend(inner.0);
        self
    }
}

impl Locator {
    /// Where `place` is: as far along its steps as the text has them, so that a
    /// step the scanner cannot find still leaves the place of the one before.
    pub fn place(&self, place: &Place) -> Option<Pos> {
        let mut at: Option<Pos> = None;
        let after = |p: Pos, at: Option<Pos>| at.is_none_or(|a| (p.line, p.col) > (a.line, a.col));
        for step in &place.0 {
            let found = match step {
                Step::Key(key, nth) => self
                    .keys
                    .iter()
                    .filter(|(k, p)| k == key && after(*p, at))
                    .nth(*nth)
                    .map(|(_, p)| *p),
                Step::Value(value, nth) => self
                    .literals
                    .iter()
                    .filter(|l| l.value == *value && after(l.pos, at))
                    .nth(*nth)
                    .map(|l| l.pos),
            };
            match found {
                Some(p) => at = Some(p),
                None => break,
            }
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "// id: \"not this\"\n(\n    id: \"a\",\n    addresses: [\"x\", \"åäö\"],\n    id: \"a\",\n)\n";

    #[test]
    fn finds_values_by_field_and_occurrence() {
        let loc = Locator::new(SRC);
        assert_eq!(loc.value("id", "a", 0), Some(Pos { line: 3, col: 9 }));
        assert_eq!(loc.value("id", "a", 1), Some(Pos { line: 5, col: 9 }));
        assert_eq!(
            loc.value("addresses", "åäö", 0),
            Some(Pos { line: 4, col: 22 })
        );
        assert_eq!(loc.value("id", "not this", 0), None);
        assert_eq!(loc.key("addresses", 0), Some(Pos { line: 4, col: 5 }));
    }

    #[test]
    fn a_place_is_found_step_by_step_and_as_far_as_it_goes() {
        let src = "(\n a: {\"x\": (n: 1), \"y\": (n: 2, n: 3)},\n b: {\"y\": 1},\n)";
        let loc = Locator::new(src);
        let pos = |line, col| Some(Pos { line, col });
        let b_y = Place::start().key("b").value("y");
        assert_eq!(loc.place(&b_y), pos(3, 6));
        let a_y = Place::start().key("a").value("y");
        assert_eq!(loc.place(&a_y), pos(2, 19));
        assert_eq!(loc.place(&a_y.clone().nth_key("n", 1)), pos(2, 31));
        // A step not in the text: the place of the last one found.
        assert_eq!(loc.place(&a_y.then(Place::start().value("z"))), pos(2, 19));
    }
}
