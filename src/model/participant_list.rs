//! How a session's participants are written: a map of id to role and alias,
//! `{1: "Politik Anna", 2: "Bolag Bengt"}`, one participant a line. Read by RON
//! as two plain values per participant (a number and a text), where the struct
//! form, `Participant(id: 1, alias: "Anna", role: Politik)`, made it read five
//! names too; at 10,000 participants that was most of opening the session
//! (issue 26). Files in the struct form (a list) read exactly as they always did.

use crate::model::participants::Participants;
use crate::model::role::Role;
use crate::model::session::Participant;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serializer};
use std::fmt;

/// The role's name in the file, as the struct form writes it.
fn name(role: Role) -> &'static str {
    match role {
        Role::Politik => "Politik",
        Role::Kommunledning => "Kommunledning",
        Role::Forvaltning => "Forvaltning",
        Role::Bolag => "Bolag",
        Role::Ovrigt => "Ovrigt",
    }
}

const NAMES: &[&str] = &["Politik", "Kommunledning", "Forvaltning", "Bolag", "Ovrigt"];

/// Writes the participants in their order, each as `id: "Role alias"`.
pub fn serialize<S: Serializer>(people: &Participants, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(people.len()))?;
    let mut said = String::new();
    for p in people.iter() {
        said.clear();
        said.push_str(name(p.role));
        said.push(' ');
        said.push_str(&p.alias);
        map.serialize_entry(&p.id, &said)?;
    }
    map.end()
}

/// Reads either form: a map (written since issue 26) or a list of
/// participants (before). A map keeps its entries' order; an id given twice is
/// read twice and refused by the session's checks, as in a list.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Participants, D::Error> {
    d.deserialize_any(ListVisitor).map(Participants::from)
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<Participant>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of participant id to role and alias")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut people = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(p) = seq.next_element::<Participant>()? {
            people.push(p);
        }
        Ok(people)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut people = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(id) = map.next_key::<u32>()? {
            let said = map.next_value::<Said>()?;
            people.push(Participant {
                id,
                alias: said.alias,
                role: said.role,
            });
        }
        Ok(people)
    }
}

/// One participant's role and alias: the role's name, one space, then the
/// alias as it is (spaces and all, or nothing).
struct Said {
    role: Role,
    alias: String,
}

impl<'de> serde::Deserialize<'de> for Said {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Said, D::Error> {
        d.deserialize_str(SaidVisitor)
    }
}

struct SaidVisitor;

impl<'de> Visitor<'de> for SaidVisitor {
    type Value = Said;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a role and an alias")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Said, E> {
        // Written, there is always the space; a role alone reads as no alias.
        let (word, alias) = v.split_once(' ').unwrap_or((v, ""));
        let role = Role::ALL
            .into_iter()
            .find(|r| name(*r) == word)
            .ok_or_else(|| E::unknown_variant(word, NAMES))?;
        Ok(Said {
            role,
            alias: alias.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_its_file_name() {
        for role in Role::ALL {
            let written = ron::to_string(&role).unwrap();
            assert_eq!(written, name(role));
            assert!(NAMES.contains(&name(role)));
        }
        assert_eq!(NAMES.len(), Role::ALL.len());
    }
}
