//! The roles in a municipal group that a participant can have.

use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// The roles in a municipal group (kommunkoncern).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Förtroendevalda.
    Politik,
    /// Kommundirektör and förvaltningsdirektörer.
    Kommunledning,
    /// Verksamhetsföreträdare.
    Forvaltning,
    /// VD and bolagsledning in the municipal companies.
    Bolag,
    /// Anyone else.
    Ovrigt,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 5] = [
        Role::Politik,
        Role::Kommunledning,
        Role::Forvaltning,
        Role::Bolag,
        Role::Ovrigt,
    ];

    /// The role's stable key, as in session files: its Swedish name in lower
    /// case. Not for display; see [`Role::label`]. Exports use English ids
    /// instead (`crate::report::ids`), one language for every session.
    pub fn key(self) -> &'static str {
        match self {
            Role::Politik => "politik",
            Role::Kommunledning => "kommunledning",
            Role::Forvaltning => "förvaltning",
            Role::Bolag => "bolag",
            Role::Ovrigt => "övrigt",
        }
    }

    /// The role's name in `lang`, from the catalogue.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Role::Politik => crate::tr!(lang, "role-politik"),
            Role::Kommunledning => crate::tr!(lang, "role-kommunledning"),
            Role::Forvaltning => crate::tr!(lang, "role-forvaltning"),
            Role::Bolag => crate::tr!(lang, "role-bolag"),
            Role::Ovrigt => crate::tr!(lang, "role-ovrigt"),
        }
    }

    /// Parses a role's key or its name in any language of the catalogue, with or
    /// without åäö.
    pub fn parse(s: &str) -> Option<Role> {
        let s = s.trim().to_lowercase();
        Role::ALL.into_iter().find(|r| {
            s == r.key()
                || s == format!("{r:?}").to_lowercase()
                || Lang::all().into_iter().any(|lang| s == r.label(lang))
        })
    }
}
