//! Changes to a [`VoterMap`] for many voters at once, each one walk over the
//! map: a reveal that counts a room takes every seat's answers out of its
//! open ballots, and one voter at a time from the front of the sorted list
//! moved the rest of it along each time, so counting a room cost the square
//! of its size (issue 26).

use crate::model::voter_map::VoterMap;

impl<V: Copy> VoterMap<V> {
    /// Takes `voters`' values (`voters` ascending, each once) out of the map
    /// and gives them; a voter with none is passed over.
    pub(in crate::model) fn take_many(&mut self, voters: &[u32]) -> VoterMap<V> {
        let (mut taken, mut kept) = (VoterMap::default(), VoterMap::default());
        let mut wanted = voters.iter().copied().peekable();
        for (voter, value) in self.voters().zip(self.values()) {
            while wanted.next_if(|w| *w < voter).is_some() {}
            // In voter order: each insert is a push.
            if wanted.next_if_eq(&voter).is_some() {
                taken.insert(voter, value);
            } else {
                kept.insert(voter, value);
            }
        }
        *self = kept;
        taken
    }

    /// Sets each of `voters` (ascending, each once) to `value` of the value
    /// it had, if any.
    pub(in crate::model) fn update_many(&mut self, voters: &[u32], value: impl Fn(Option<V>) -> V) {
        let mut merged = VoterMap::default();
        let mut had = self.voters().zip(self.values()).peekable();
        for &voter in voters {
            while let Some((v, x)) = had.next_if(|(v, _)| *v < voter) {
                merged.insert(v, x);
            }
            let before = had.next_if(|(v, _)| *v == voter).map(|(_, x)| x);
            merged.insert(voter, value(before));
        }
        for (v, x) in had {
            merged.insert(v, x);
        }
        *self = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn map(pairs: &[(u32, u16)]) -> VoterMap<u16> {
        let mut m = VoterMap::default();
        for (v, x) in pairs {
            m.insert(*v, *x);
        }
        m
    }

    proptest! {
        /// Many at once does what one at a time does.
        #[test]
        fn many_at_once_is_one_at_a_time(
            pairs in prop::collection::vec((0u32..40, 0u16..9), 0..40),
            voters in prop::collection::btree_set(0u32..45, 0..30),
        ) {
            let voters: Vec<u32> = voters.into_iter().collect();
            let mut one = map(&pairs);
            let mut taken_one = VoterMap::default();
            for v in &voters {
                if let Some(x) = one.remove(*v) {
                    taken_one.insert(*v, x);
                }
            }
            let mut many = map(&pairs);
            prop_assert_eq!(many.take_many(&voters), taken_one);
            prop_assert_eq!(&many, &one);

            let mut one = map(&pairs);
            for v in &voters {
                let before = one.get(*v);
                one.insert(*v, before.map_or(7, |b| b.max(3)));
            }
            let mut many = map(&pairs);
            many.update_many(&voters, |before| before.map_or(7, |b| b.max(3)));
            prop_assert_eq!(many, one);
        }
    }
}
