//! Reports: pure functions from a session and its model to text a municipality keeps.

mod decisions;
pub(crate) mod format;
pub mod markdown;
mod method;

pub use format::bar;
pub use markdown::render as markdown;

use crate::text::Lang;

/// The sentence every report and screen uses to say how role groups are protected.
pub fn privacy_note(lang: Lang, min_group: usize) -> String {
    match lang {
        Lang::Sv => format!(
            "Roller med färre än {min_group} svarande slås ihop till ”övriga” så att ingen enskild kan identifieras; blir även den gruppen för liten visas den inte."
        ),
        Lang::En => format!(
            "Roles with fewer than {min_group} respondents are merged into “others” so that no individual can be identified; if that group is still too small, it is not shown."
        ),
    }
}
