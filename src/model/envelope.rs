//! The model file as a whole (issue 28, docs/model-format.md "The file as a
//! whole"): the format it is written in, the name it is listed by, and how much
//! of it is klarhet's own rather than its report's. The checks are in
//! `validate::envelope`.

use crate::model::assessment::Assessment;
use crate::text::Lang;

/// The format a file is in when it names none: the files before issue 28.
pub(crate) fn format_one() -> u32 {
    1
}

/// True for format 1, which is not written, so that such a model serialises
/// as before.
pub(crate) fn is_format_one(format: &u32) -> bool {
    *format == 1
}

impl Assessment {
    /// The name `klarhet models` lists: the source's short name, or the
    /// title when it gives none.
    pub fn listed_name(&self, lang: Lang) -> &str {
        match self.source.short.trim() {
            "" => self.title.get(lang),
            short => short,
        }
    }

    /// How many of the statements go beyond the report, of how many. A
    /// format-1 model marks none, and all of its statements are its own: the
    /// only report it was made for asks no questions.
    pub fn own_statements(&self) -> (usize, usize) {
        let total = self.statements().count();
        match self.format {
            1 => (total, total),
            _ => (self.statements().filter(|(_, s)| s.own).count(), total),
        }
    }
}
