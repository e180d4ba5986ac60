//! A map from voter id to a small value, kept as one sorted list of pairs: open
//! ballots (voter → answer) and how far each voter got in a round (voter → count)
//! grow with the room, and a room of 30,000 who all voted holds 180,000 counts. A
//! map node per voter cost about 26 bytes; a pair costs 8 (a count) or 12 (an
//! answer). In the file it is a map of voter id to value; voters in a row at
//! the same count are written as one run, `"first-last": count`, and files
//! from before runs, one voter a key, read exactly as they always did.

use serde::de::{MapAccess, Unexpected, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::marker::PhantomData;

/// Voter id → `V`, sorted by voter id, one entry per voter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterMap<V>(Vec<(u32, V)>);

impl<V> Default for VoterMap<V> {
    fn default() -> Self {
        VoterMap(Vec::new())
    }
}

impl<V: Copy> VoterMap<V> {
    /// `voter`'s value.
    pub fn get(&self, voter: u32) -> Option<V> {
        self.find(voter).ok().map(|i| self.0[i].1)
    }

    /// Sets `voter`'s value and gives the one it replaced.
    pub fn insert(&mut self, voter: u32, value: V) -> Option<V> {
        match self.find(voter) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            // Voters are called in order, so this is nearly always a push.
            Err(i) => {
                self.0.insert(i, (voter, value));
                None
            }
        }
    }

    /// Removes `voter` and gives their value.
    pub fn remove(&mut self, voter: u32) -> Option<V> {
        let i = self.find(voter).ok()?;
        Some(self.0.remove(i).1)
    }

    /// True when `voter` has a value.
    pub fn contains(&self, voter: u32) -> bool {
        self.find(voter).is_ok()
    }

    /// The voters, in order.
    pub fn voters(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().map(|&(v, _)| v)
    }

    /// The values, in voter order.
    pub fn values(&self) -> impl Iterator<Item = V> + '_ {
        self.0.iter().map(|&(_, x)| x)
    }

    /// How many voters have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no voter has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, voter: u32) -> Result<usize, usize> {
        self.0.binary_search_by_key(&voter, |&(v, _)| v)
    }
}

/// The most voters one map may hold from its runs: a run is a few bytes in the
/// file however many voters it names, so a damaged or hostile file could
/// otherwise make reading it fill memory. A million is a hundred times the
/// largest session measured.
const MAX_FROM_RUNS: usize = 1 << 20;

/// A key in the file: one voter, or a run of voters `"first-last"`, both
/// included, who all have the same value.
enum Key {
    One(u32),
    Run(u32, u32),
}

/// A value a voter map holds, and whether voters in a row with the same one
/// are written as a run: how far each voter got (a count) is, since a room
/// that has passed everything holds the same count for every voter; an open
/// answer is not, so that a ballot reads as it always did (one voter a key).
pub trait Value: Copy + PartialEq {
    /// Written as runs.
    const IN_RUNS: bool = false;
}

impl Value for u16 {
    const IN_RUNS: bool = true;
}

impl Value for crate::model::ballots::Answer {}

impl<V: Serialize + Value> Serialize for VoterMap<V> {
    /// Voters in a row with the same count are written as one run, a key
    /// `"first-last"`: a room of 10,000 who all passed every statement is one
    /// entry a challenge, not 10,000, which was most of what `--resume` of such
    /// a session read. The key is a string so that the map stays a map of
    /// strings and numbers in any format (JSON has no other keys).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !V::IN_RUNS {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (voter, value) in &self.0 {
                map.serialize_entry(voter, value)?;
            }
            return map.end();
        }
        let runs = self.runs();
        let mut map = serializer.serialize_map(Some(runs.len()))?;
        for (first, last, value) in runs {
            if first == last {
                map.serialize_entry(&first, value)?;
            } else {
                map.serialize_entry(&format!("{first}-{last}"), value)?;
            }
        }
        map.end()
    }
}

impl<V: PartialEq> VoterMap<V> {
    /// The map as runs `(first, last, value)`: voters `first..=last`, each in
    /// the map with `value`.
    fn runs(&self) -> Vec<(u32, u32, &V)> {
        let mut runs: Vec<(u32, u32, &V)> = Vec::new();
        for (voter, value) in &self.0 {
            match runs.last_mut() {
                Some((_, last, v)) if last.checked_add(1) == Some(*voter) && **v == *value => {
                    *last = *voter;
                }
                _ => runs.push((*voter, *voter, value)),
            }
        }
        runs
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a voter id, or a run of voter ids (first, last)")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Key, E> {
                u32::try_from(v)
                    .map(Key::One)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Key, E> {
                u32::try_from(v)
                    .map(Key::One)
                    .map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
            }
            /// A run, `"first-last"`; or one voter, as a format whose keys are
            /// always strings (JSON) gives a number key.
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                let bad = || E::invalid_value(Unexpected::Str(v), &self);
                let number = |n: &str| {
                    n.bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| n.parse::<u32>().ok())
                        .flatten()
                };
                let Some((first, last)) = v.split_once('-') else {
                    return number(v).map(Key::One).ok_or_else(bad);
                };
                let (first, last) = (
                    number(first).ok_or_else(bad)?,
                    number(last).ok_or_else(bad)?,
                );
                if last <= first {
                    return Err(bad());
                }
                Ok(Key::Run(first, last))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

impl<'de, V: Deserialize<'de> + Copy> Deserialize<'de> for VoterMap<V> {
    /// Reads both forms: every file before runs wrote one voter a key, and
    /// still reads exactly as it did.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de> + Copy> Visitor<'de> for Pairs<V> {
            type Value = VoterMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map from voter id to a value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<VoterMap<V>, A::Error> {
                let mut pairs = VoterMap(Vec::with_capacity(map.size_hint().unwrap_or(0)));
                let mut from_runs = 0usize;
                while let Some(key) = map.next_key::<Key>()? {
                    let (first, last) = match key {
                        Key::One(voter) => (voter, voter),
                        Key::Run(first, last) => (first, last),
                    };
                    let many = (last - first) as usize + 1;
                    if many > 1 {
                        from_runs += many;
                        if from_runs > MAX_FROM_RUNS {
                            return Err(serde::de::Error::invalid_length(
                                from_runs,
                                &"at most 1048576 voters in runs",
                            ));
                        }
                    }
                    // A voter named twice is refused: keeping either value would
                    // drop the other without a word.
                    if let Some(voter) = pairs.any_in(first, last) {
                        return Err(crate::model::strict::duplicate(&voter));
                    }
                    let value: V = map.next_value()?;
                    pairs.put_run(first, last, value);
                }
                Ok(pairs)
            }
        }
        deserializer.deserialize_map(Pairs(PhantomData))
    }
}

impl<V: Copy> VoterMap<V> {
    /// The first voter in `first..=last` that has a value.
    fn any_in(&self, first: u32, last: u32) -> Option<u32> {
        let at = self.find(first).unwrap_or_else(|i| i);
        self.0.get(at).map(|&(v, _)| v).filter(|v| *v <= last)
    }

    /// Gives every voter of `first..=last`, none of whom has a value, `value`.
    fn put_run(&mut self, first: u32, last: u32, value: V) {
        let at = self.find(first).unwrap_or_else(|i| i);
        // Runs come in order in a file klarhet wrote: then this appends.
        self.0.splice(at..at, (first..=last).map(|v| (v, value)));
    }
}

#[cfg(test)]
mod tests {
    use super::VoterMap;
    use std::collections::BTreeMap;

    #[test]
    fn voters_stay_sorted_and_unique() {
        let mut m = VoterMap::default();
        for (voter, value) in [(5, 2), (1, 3), (5, 1), (3, 4)] {
            m.insert(voter, value);
        }
        assert_eq!(m.0, vec![(1, 3), (3, 4), (5, 1)]);
        assert_eq!((m.get(2), m.get(3)), (None, Some(4)));
        assert_eq!(m.remove(3), Some(4));
        assert_eq!((m.len(), m.contains(3)), (2, false));
    }

    #[test]
    fn the_file_holds_the_same_map_as_before() {
        let map: BTreeMap<u32, u16> = [(2, 5), (10, 1), (7, 3)].into();
        let mut m = VoterMap::default();
        for (v, c) in &map {
            m.insert(*v, *c);
        }
        assert_eq!(ron::to_string(&m).unwrap(), ron::to_string(&map).unwrap());
        let back: VoterMap<u16> = ron::from_str("{10: 1, 2: 5, 7: 3}").unwrap();
        assert_eq!(back.0, vec![(2, 5), (7, 3), (10, 1)]);
        assert!(ron::from_str::<VoterMap<u16>>("{10: 1, 2: 5, 7: 3, 2: 6}").is_err());
        assert!(ron::from_str::<VoterMap<u16>>("{1: 99999999}").is_err());
    }
}

#[cfg(test)]
mod runs {
    use super::VoterMap;
    use proptest::prelude::*;

    fn map(pairs: &[(u32, u16)]) -> VoterMap<u16> {
        let mut m = VoterMap::default();
        for &(v, c) in pairs {
            m.insert(v, c);
        }
        m
    }

    #[test]
    fn voters_in_a_row_with_one_value_are_written_as_a_run() {
        let m = map(&[(1, 6), (2, 6), (3, 6), (4, 2), (6, 2), (7, 2), (9, 1)]);
        assert_eq!(ron::to_string(&m).unwrap(), r#"{"1-3":6,4:2,"6-7":2,9:1}"#);
        let all = map(&(1..=10_000).map(|v| (v, 6)).collect::<Vec<_>>());
        assert_eq!(ron::to_string(&all).unwrap(), r#"{"1-10000":6}"#);
        // Answers are never written as runs: a ballot reads one voter a key.
        let mut answers = VoterMap::default();
        for v in 1..=3 {
            answers.insert(v, crate::model::ballots::Answer::Value(2));
        }
        assert_eq!(
            ron::to_string(&answers).unwrap(),
            "{1:Value(2),2:Value(2),3:Value(2)}"
        );
        // In JSON, whose keys are strings, a run and a voter read back too.
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"1-3":6,"4":2,"6-7":2,"9":1}"#);
        assert_eq!(serde_json::from_str::<VoterMap<u16>>(&json).unwrap(), m);
    }

    #[test]
    fn the_old_form_and_runs_read_to_the_same_map() {
        // As every klarhet before runs wrote it, in a file's order or a hand's.
        let old: VoterMap<u16> =
            ron::from_str("{1: 6, 2: 6, 3: 6, 4: 2, 6: 2, 7: 2, 9: 1}").unwrap();
        let shuffled: VoterMap<u16> =
            ron::from_str("{9: 1, 3: 6, 7: 2, 1: 6, 4: 2, 2: 6, 6: 2}").unwrap();
        let runs: VoterMap<u16> = ron::from_str(r#"{"1-3": 6, 4: 2, "6-7": 2, 9: 1}"#).unwrap();
        let mixed: VoterMap<u16> =
            ron::from_str(r#"{9: 1, "6-7": 2, 1: 6, "2-3": 6, 4: 2}"#).unwrap();
        assert_eq!(old, runs);
        assert_eq!(shuffled, runs);
        assert_eq!(mixed, runs);
        let answers: VoterMap<crate::model::ballots::Answer> =
            ron::from_str(r#"{"1-2": Value(3), 3: Unknown}"#).unwrap();
        assert_eq!(answers.len(), 3);
        assert_eq!(
            answers.get(2),
            Some(crate::model::ballots::Answer::Value(3))
        );
    }

    #[test]
    fn a_voter_in_two_runs_a_reversed_run_or_a_run_too_long_is_refused() {
        for bad in [
            r#"{"1-3": 6, 2: 1}"#,
            r#"{2: 1, "1-3": 6}"#,
            r#"{"1-3": 6, "3-5": 6}"#,
            r#"{"3-1": 6}"#,
            r#"{"3-3": 6}"#,
            r#"{"1-2-3": 6}"#,
            r#"{"-1": 6}"#,
            r#"{"1-": 6}"#,
            r#"{"+1-4": 6}"#,
            r#"{"a": 6}"#,
            r#"{(1, 3): 6}"#,
            r#"{"0-4000000000": 6}"#,
            r#"{"1-99999999999": 6}"#,
            "{-1: 6}",
        ] {
            assert!(ron::from_str::<VoterMap<u16>>(bad).is_err(), "{bad}");
        }
        let err = ron::from_str::<VoterMap<u16>>("{\"1-3\": 6,\n 2: 1}").unwrap_err();
        assert_eq!(
            crate::error::Syntax::from(&err.code),
            crate::error::Syntax::DuplicateKey("2".into())
        );
    }

    proptest! {
        #[test]
        fn runs_read_back_to_the_map_written(pairs in prop::collection::vec((0u32..40, 0u16..3), 0..60)) {
            let m = map(&pairs);
            let text = ron::to_string(&m).unwrap();
            prop_assert_eq!(ron::from_str::<VoterMap<u16>>(&text).unwrap(), m);
        }
    }
}
