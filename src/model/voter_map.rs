//! A map from voter id to a small value, kept as one sorted list of pairs: open
//! ballots (voter → answer) and how far each voter got in a round (voter → count)
//! grow with the room, and a room of 30,000 who all voted holds 180,000 counts. A
//! map node per voter cost about 26 bytes; a pair costs 8 (a count) or 12 (an
//! answer). In the file it is the same map of voter id to value as before, so files
//! from any klarhet read the same.

use serde::de::{MapAccess, Visitor};
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

impl<V: Serialize> Serialize for VoterMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (voter, value) in &self.0 {
            map.serialize_entry(voter, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de> + Copy> Deserialize<'de> for VoterMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de> + Copy> Visitor<'de> for Pairs<V> {
            type Value = VoterMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map from voter id to a value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<VoterMap<V>, A::Error> {
                let mut pairs = VoterMap(Vec::with_capacity(map.size_hint().unwrap_or(0)));
                while let Some(voter) = map.next_key::<u32>()? {
                    // A voter named twice is refused: keeping either value would
                    // drop the other without a word.
                    if pairs.contains(voter) {
                        return Err(crate::model::strict::duplicate(&voter));
                    }
                    pairs.insert(voter, map.next_value()?);
                }
                Ok(pairs)
            }
        }
        deserializer.deserialize_map(Pairs(PhantomData))
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
