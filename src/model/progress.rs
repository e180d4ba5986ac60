//! How far each voter has got in one challenge's ballot round, kept compact: a
//! room of 30,000 who all voted holds 180,000 of these, and a map node per voter
//! cost about 26 bytes each where a sorted pair costs 8. In the file it is the same
//! map of voter id to count as before, so files from any klarhet read the same.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Voter id → statements passed, sorted by voter id, one entry per voter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Passed(Vec<(u32, u16)>);

impl Passed {
    /// How many statements `voter` has passed.
    pub fn get(&self, voter: u32) -> usize {
        self.find(voter).map_or(0, |i| usize::from(self.0[i].1))
    }

    /// Raises `voter`'s count to `count` (it never goes down).
    pub fn raise(&mut self, voter: u32, count: usize) {
        let count = narrow(count);
        match self.find(voter) {
            Ok(i) => self.0[i].1 = self.0[i].1.max(count),
            // Voters are called in order, so this is nearly always a push.
            Err(i) => self.0.insert(i, (voter, count)),
        }
    }

    /// Forgets `voter`.
    pub fn remove(&mut self, voter: u32) {
        if let Ok(i) = self.find(voter) {
            self.0.remove(i);
        }
    }

    /// How many voters have a count.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no voter has a count.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, voter: u32) -> Result<usize, usize> {
        self.0.binary_search_by_key(&voter, |&(v, _)| v)
    }
}

/// A count held in 16 bits: no challenge has 65,535 statements, and a larger
/// count read from a file still means "all of them".
fn narrow(count: usize) -> u16 {
    u16::try_from(count).unwrap_or(u16::MAX)
}

impl Serialize for Passed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (voter, count) in &self.0 {
            map.serialize_entry(voter, &usize::from(*count))?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Passed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Counts;
        impl<'de> Visitor<'de> for Counts {
            type Value = Passed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of voter id to statements passed")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Passed, A::Error> {
                let mut passed = Passed(Vec::with_capacity(map.size_hint().unwrap_or(0)));
                while let Some((voter, count)) = map.next_entry::<u32, usize>()? {
                    // A voter named twice keeps the later count, as a map read
                    // into a BTreeMap did.
                    match passed.find(voter) {
                        Ok(i) => passed.0[i].1 = narrow(count),
                        Err(i) => passed.0.insert(i, (voter, narrow(count))),
                    }
                }
                Ok(passed)
            }
        }
        deserializer.deserialize_map(Counts)
    }
}

#[cfg(test)]
mod tests {
    use super::Passed;
    use std::collections::BTreeMap;

    #[test]
    fn counts_only_grow_and_voters_stay_sorted() {
        let mut p = Passed::default();
        for (voter, count) in [(5, 2), (1, 3), (5, 1), (3, 4), (1, 4)] {
            p.raise(voter, count);
        }
        assert_eq!(p.0, vec![(1, 4), (3, 4), (5, 2)]);
        assert_eq!(p.get(2), 0);
        p.remove(3);
        assert_eq!((p.len(), p.get(3)), (2, 0));
    }

    #[test]
    fn the_file_holds_the_same_map_as_before() {
        let map: BTreeMap<u32, usize> = [(2, 5), (10, 1), (7, 3)].into();
        let mut p = Passed::default();
        for (v, c) in &map {
            p.raise(*v, *c);
        }
        let text = ron::to_string(&p).unwrap();
        assert_eq!(text, ron::to_string(&map).unwrap());
        let back: Passed = ron::from_str("{10: 1, 2: 5, 7: 3, 2: 6}").unwrap();
        assert_eq!(back.0, vec![(2, 6), (7, 3), (10, 1)]);
        assert_eq!(back.get(2), 6);
        let huge: Passed = ron::from_str("{1: 99999999}").unwrap();
        assert_eq!(huge.get(1), usize::from(u16::MAX));
    }
}
