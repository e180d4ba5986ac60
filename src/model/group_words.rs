//! How a session file names a group: as a bare name, `role: Politik` or
//! `Role(Politik)`, as files have named a participant's role since the first
//! schema, so that a file from before groups were the model's reads, and is
//! written again, byte for byte. A group id is one word (see
//! [`crate::model::groups::is_group_id`]), so it is always such a name.

use serde::de::{Error, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

/// Writes `id` as a bare name (RON identifier).
pub fn write<S: Serializer>(id: &str, s: S) -> Result<S::Ok, S::Error> {
    match ron::value::RawValue::from_ron(id) {
        Ok(raw) if crate::model::groups::is_group_id(id) => serde::Serialize::serialize(raw, s),
        // Not a name a file can hold: refused, never written as another value.
        _ => Err(serde::ser::Error::custom(format!("not a group id: {id:?}"))),
    }
}

/// [`write`] for the one group of an optional field.
pub fn write_some<S: Serializer>(id: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => write(id, s),
        None => s.serialize_none(),
    }
}

/// Reads a bare name.
pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_identifier(Name)
}

/// [`read`] for an optional field: present, it holds a name.
pub fn read_some<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    read(d).map(Some)
}

struct Name;

impl Visitor<'_> for Name {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a group's id")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
}
