//! A session's named participants, in their order, with what a command asks
//! of them looked up without walking the list: whether a number is someone's,
//! where they are, how many are in each group and the highest number given.
//! Every vote checks its voter and every sealed ballot its voter's group,
//! so a walk over the list there made a command cost grow with the room, and a
//! room's whole round with its square (issue 26: a ballot at 10,000 people
//! cost 22 times one at 30, and a reveal counting a room 80 times as much per
//! seat; docs/performance.md).
//!
//! The lookups are built from the list the first time one is asked for, not
//! when the file is read (`--resume` reads many sessions that are only shown),
//! and kept up to date by the few changes the domain makes to the list; a
//! change that is rare and walks the list anyway (someone leaving) builds them
//! again when next asked.

use crate::model::session::Participant;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The participants, in the order they joined (or the file lists them).
#[derive(Clone, Default)]
pub struct Participants {
    list: Vec<Participant>,
    index: OnceLock<Index>,
}

/// What is looked up in the list, as it is now.
#[derive(Clone, Debug)]
struct Index {
    /// Each number's place in the list (its first, should a damaged file
    /// give a number twice, as a walk from the start would find).
    at: HashMap<u32, usize>,
    /// How many are in each group, by the group's id.
    groups: HashMap<String, usize>,
    /// The highest number anyone has, 0 for none.
    last: u32,
}

impl Index {
    fn of(list: &[Participant]) -> Index {
        let mut index = Index {
            at: HashMap::with_capacity(list.len()),
            groups: HashMap::new(),
            last: 0,
        };
        for (i, p) in list.iter().enumerate() {
            index.add(i, p);
        }
        index
    }

    fn add(&mut self, i: usize, p: &Participant) {
        self.at.entry(p.id).or_insert(i);
        self.count(p, 1);
        self.last = self.last.max(p.id);
    }

    /// Counts `p` into their groups (`by` 1) or out of them (`by` -1).
    fn count(&mut self, p: &Participant, by: isize) {
        for g in &p.groups {
            let n = self.groups.entry(g.clone()).or_default();
            *n = n.saturating_add_signed(by);
        }
    }
}

impl Participants {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::of(&self.list))
    }

    /// The list, in its order.
    pub fn list(&self) -> &Vec<Participant> {
        &self.list
    }

    /// Where the participant numbered `id` is in the list.
    pub fn position(&self, id: u32) -> Option<usize> {
        self.index().at.get(&id).copied()
    }

    /// The participant numbered `id`.
    pub fn by_id(&self, id: u32) -> Option<&Participant> {
        self.position(id).map(|i| &self.list[i])
    }

    /// True when someone has the number `id`.
    pub fn has(&self, id: u32) -> bool {
        self.index().at.contains_key(&id)
    }

    /// How many are in the group `id`.
    pub fn in_group(&self, id: &str) -> usize {
        self.index().groups.get(id).copied().unwrap_or(0)
    }

    /// The highest number anyone has, 0 when no one is named.
    pub fn last_id(&self) -> u32 {
        self.index().last
    }

    /// Sets `p`: the participant with their number is replaced, or, when no
    /// one has it, they join at the end.
    pub(in crate::model) fn set(&mut self, p: Participant) {
        match self.position(p.id) {
            Some(i) => {
                let was = std::mem::replace(&mut self.list[i], p);
                if let Some(index) = self.index.get_mut() {
                    index.count(&was, -1);
                    index.count(&self.list[i], 1);
                }
            }
            None => self.push(p),
        }
    }

    /// `p` joins at the end, whatever their number (a file's checks refuse
    /// a number given twice; tests build such lists on purpose).
    pub(in crate::model) fn push(&mut self, p: Participant) {
        if let Some(index) = self.index.get_mut() {
            index.add(self.list.len(), &p);
        }
        self.list.push(p);
    }

    /// Participant `id` leaves the list.
    pub(in crate::model) fn remove(&mut self, id: u32) {
        self.list.retain(|p| p.id != id);
        // Everyone after them moved up one: the lookups are built again.
        self.index = OnceLock::new();
    }
}

impl From<Vec<Participant>> for Participants {
    fn from(list: Vec<Participant>) -> Participants {
        Participants {
            list,
            index: OnceLock::new(),
        }
    }
}

impl FromIterator<Participant> for Participants {
    fn from_iter<I: IntoIterator<Item = Participant>>(people: I) -> Participants {
        Participants::from(people.into_iter().collect::<Vec<_>>())
    }
}

impl std::ops::Deref for Participants {
    type Target = Vec<Participant>;

    fn deref(&self) -> &Vec<Participant> {
        &self.list
    }
}

/// Two lists are equal when they name the same people in the same order: the
/// lookups follow from the list, built or not.
impl PartialEq for Participants {
    fn eq(&self, other: &Participants) -> bool {
        self.list == other.list
    }
}

impl std::fmt::Debug for Participants {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.list.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: u32, group: &str) -> Participant {
        Participant {
            id,
            alias: format!("P{id}"),
            groups: vec![group.to_owned()],
        }
    }

    /// What the lookups give, against a walk over the list.
    fn walked(people: &Participants) {
        for id in 0..=12 {
            let first = people.list().iter().position(|x| x.id == id);
            assert_eq!(people.position(id), first, "id {id}");
            assert_eq!(people.has(id), first.is_some());
        }
        for group in ["Politik", "Bolag", "Ovrigt", "Forvaltning", "Kommunledning"] {
            let n = people.list().iter().filter(|x| x.is_in(group)).count();
            assert_eq!(people.in_group(group), n, "{group}");
        }
        let last = people.list().iter().map(|x| x.id).max().unwrap_or(0);
        assert_eq!(people.last_id(), last);
    }

    #[test]
    fn the_lookups_follow_every_change_built_or_not() {
        let list = vec![p(4, "Bolag"), p(2, "Politik"), p(4, "Ovrigt")];
        for built_first in [false, true] {
            let mut people = Participants::from(list.clone());
            if built_first {
                walked(&people);
            }
            people.push(p(9, "Politik"));
            walked(&people);
            people.set(p(2, "Bolag"));
            walked(&people);
            people.set(p(11, "Forvaltning"));
            walked(&people);
            people.remove(4);
            walked(&people);
            people.set(p(3, "Kommunledning"));
            walked(&people);
            people.remove(11);
            people.remove(2);
            people.remove(9);
            people.remove(3);
            walked(&people);
            assert!(people.is_empty());
        }
    }

    #[test]
    fn equal_lists_are_equal_whatever_was_looked_up() {
        let a = Participants::from(vec![p(1, "Bolag")]);
        let b = a.clone();
        assert!(a.has(1));
        assert_eq!(a, b);
        assert_ne!(a, Participants::default());
        assert_eq!(format!("{a:?}"), format!("{:?}", vec![p(1, "Bolag")]));
    }
}
