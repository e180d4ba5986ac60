//! Deserializers stricter than serde's own, for what a session file holds:
//! a map that names a key twice is refused (serde keeps the last value and drops
//! the other without a word, so a hand edit could lose a count or a note
//! unseen), and a date that is not one is said to be that in the user's language
//! (the date library's own message is English). Their errors go through the
//! parser as a [`Custom`], which keeps the parser's line and column.

use crate::error::Custom;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A map in which every key is given once: `#[serde(deserialize_with = "unique")]`.
pub fn unique<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Debug,
    V: Deserialize<'de>,
{
    struct Once<K, V>(PhantomData<(K, V)>);
    impl<'de, K, V> Visitor<'de> for Once<K, V>
    where
        K: Deserialize<'de> + Ord + fmt::Debug,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<K>()? {
                // Refused as soon as the key is read, so that the parser's place
                // is the key's.
                if out.contains_key(&key) {
                    return Err(duplicate(&key));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Once(PhantomData))
}

/// The error for a key given twice, the key as RON writes it (a string in
/// quotes, a number, a role group by name).
pub(crate) fn duplicate<E: serde::de::Error>(key: &impl fmt::Debug) -> E {
    Custom::DuplicateKey(format!("{key:?}")).raise()
}

/// A date written `YYYY-MM-DD`: `#[serde(deserialize_with = "date")]`.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<jiff::civil::Date, D::Error> {
    let text = String::deserialize(deserializer)?;
    super::dates::parse(&text).map_err(|_| Custom::NotADate(text.clone()).raise())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Counts(#[serde(deserialize_with = "unique")] BTreeMap<i32, u32>);

    #[test]
    fn a_key_given_twice_is_refused_where_it_is_given_the_second_time() {
        let once: Counts = ron::from_str("({1: 2, 3: 4})").unwrap();
        assert_eq!(once.0.len(), 2);
        let err = ron::from_str::<Counts>("({1: 2,\n 3: 4,\n 1: 5})").unwrap_err();
        let syntax = crate::error::Syntax::from(&err.code);
        assert_eq!(syntax, crate::error::Syntax::DuplicateKey("1".into()));
        assert_eq!(err.span.start.line, 3, "{err:?}");
    }
}
