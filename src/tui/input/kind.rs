//! What each text field of the workbench holds and the longest it may be, in one
//! place: a form says which kind of field it has, and the field keeps to it.
//!
//! Lengths are counted in graphemes, what a reader sees as one character: a
//! decomposed å (a followed by a combining ring, as text pasted from a Mac often
//! is) counts one, like the precomposed å, so the counter agrees with what is on
//! screen and with the cursor, which steps by graphemes too. Columns are another
//! matter: a wide 漢 is one character and two columns, and the field measures
//! columns with unicode-width when it draws.
//!
//! Only typing in the workbench is bounded. A session file with longer texts (one
//! written before these limits, or by hand) opens as it is; its fields show how
//! far over they are and take deletions but no more text.

use crate::text::Lang;

/// The most code points one grapheme may hold. Counting graphemes alone would
/// let combining marks pile up on one letter without bound; every emoji sequence
/// Unicode recommends has at most 10, and Swedish letters have one or two.
pub const GRAPHEME_CHARS: usize = 16;

/// What a text field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The organisation assessed.
    Organisation,
    /// Who leads the workshop.
    Facilitator,
    /// A participant's alias.
    Alias,
    /// Why the group agreed on a score.
    Rationale,
    /// Notes on a challenge.
    Notes,
    /// An action's effektmål.
    EffectGoal,
    /// Who owns an action.
    Owner,
    /// The workshop's date.
    Date,
    /// The municipality's code (kommunkod), four digits.
    Kommunkod,
    /// An action's due date.
    Due,
    /// A file to export to or save in.
    Path,
    /// The anonymous head count.
    HeadCount,
    /// An agreed severity, 0–100.
    Severity,
    /// Hands raised for one value.
    Hands,
    /// One answer to an open prompt.
    Answer,
    /// The name of a theme the facilitator groups answers under.
    Theme,
}

impl Kind {
    /// The most characters (graphemes) the field takes.
    pub const fn max(self) -> usize {
        match self {
            // The longest names of Swedish municipalities, regions and their
            // companies are under 50 characters; 80 leaves room for a department.
            Kind::Organisation => 80,
            // One or two names with a title: "Kommundirektören och ekonomichefen".
            Kind::Facilitator | Kind::Owner => 80,
            // An alias is a name, not a description; the list shows 21 columns
            // of it. The same limit holds for a list read by `klarhet new`.
            Kind::Alias => crate::model::session::MAX_ALIAS,
            // One or two sentences with a measure, as the report's effektmål are.
            Kind::EffectGoal => 300,
            // A paragraph: the three to five sentences that say why.
            Kind::Rationale => 500,
            // The main points of a discussion, about half a page.
            Kind::Notes => 1000,
            // YYYY-MM-DD.
            Kind::Date | Kind::Due => 10,
            Kind::Kommunkod => 4,
            // Far beyond any real path; the file system refuses what it cannot take.
            Kind::Path => 1024,
            // Six digits: one more than the largest head count a session takes
            // (10,000), so that a number too large is said rather than cut.
            Kind::HeadCount => 6,
            Kind::Severity => 3,
            Kind::Hands => 4,
            // The domain's limit, the same for every model (docs/model-format.md).
            // It counts code points: an answer of decomposed letters may fit
            // here and still be refused when handed in, and the form says so.
            Kind::Answer => crate::model::open_answers::MAX_CHARS,
            // A heading over a few answers: a handful of words.
            Kind::Theme => 80,
        }
    }

    /// True for prose, whose count is shown as it nears the limit. Dates and
    /// numbers have a fixed shape and say what is wrong with them in words.
    pub const fn counted(self) -> bool {
        !matches!(
            self,
            Kind::Date
                | Kind::Due
                | Kind::Kommunkod
                | Kind::HeadCount
                | Kind::Severity
                | Kind::Hands
        )
    }

    /// True when a text of `len` characters should show its count: from four
    /// fifths of the limit on, early enough to finish a sentence, late enough that
    /// a short name never carries a number beside it.
    pub const fn shows_count(self, len: usize) -> bool {
        self.counted() && len * 5 >= self.max() * 4
    }

    /// The field's name, as its label says it.
    pub fn label(self, lang: Lang, words: &crate::text::Words) -> String {
        match self {
            Kind::Organisation => crate::tr!(lang, "tui-organisation"),
            Kind::Facilitator => crate::tr!(lang, "tui-facilitator"),
            Kind::Alias => crate::tr!(lang, "tui-alias"),
            Kind::Rationale => crate::tr!(lang, "tui-rationale"),
            Kind::Notes => crate::tr!(lang, "tui-notes"),
            Kind::EffectGoal => crate::tr!(lang, "tui-effect-goal"),
            Kind::Owner => crate::tr!(lang, "tui-owner"),
            Kind::Date => crate::tr!(lang, "tui-date"),
            Kind::Kommunkod => crate::tr!(lang, "tui-kommunkod"),
            Kind::Due => crate::tr!(lang, "tui-due"),
            Kind::Path => crate::tr!(lang, "tui-path"),
            Kind::HeadCount | Kind::Hands => crate::tr!(lang, "tui-count"),
            Kind::Severity => crate::tr!(lang, "tui-agreed-severity", words = words),
            Kind::Answer => crate::tr!(lang, "tui-prompts-answer-kind"),
            Kind::Theme => crate::tr!(lang, "tui-prompts-theme-kind"),
        }
    }
}
