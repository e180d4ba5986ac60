//! How a session's participants are written: a map of id to groups and alias,
//! `{1: "Politik Anna", 2: "Bolag Bengt"}`, one participant a line. Read by RON
//! as two plain values per participant (a number and a text), where the struct
//! form, `Participant(id: 1, alias: "Anna", role: Politik)`, made it read five
//! names too; at 10,000 participants that was most of opening the session
//! (issue 26). Files in the struct form (a list) read exactly as they always did.

use crate::model::groups::GROUP_JOIN;
use crate::model::participants::Participants;
use crate::model::session::Participant;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serializer};
use std::fmt;

/// Writes the participants in their order, each as `id: "Group alias"`: their
/// groups joined by `+` (none: nothing), one space, then the alias as it is.
pub fn serialize<S: Serializer>(people: &Participants, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(people.len()))?;
    let mut said = String::new();
    for p in people.iter() {
        said.clear();
        for (i, g) in p.groups.iter().enumerate() {
            if i > 0 {
                said.push(GROUP_JOIN);
            }
            said.push_str(g);
        }
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
        f.write_str("a map of participant id to groups and alias")
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
                groups: said.groups,
            });
        }
        Ok(people)
    }
}

/// One participant's groups and alias: the groups' ids joined by `+`, one
/// space, then the alias as it is (spaces and all, or nothing).
struct Said {
    groups: Vec<String>,
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
        f.write_str("groups and an alias")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Said, E> {
        // Written, there is always the space; a group alone reads as no
        // alias. Whether the groups are the model's is checked with the
        // session (`validate::session`), which knows the model.
        let (word, alias) = v.split_once(' ').unwrap_or((v, ""));
        let groups = if word.is_empty() {
            Vec::new()
        } else {
            word.split(GROUP_JOIN).map(str::to_owned).collect()
        };
        Ok(Said {
            groups,
            alias: alias.to_owned(),
        })
    }
}
