//! A session's groups: the model's groupings with the default groups each
//! suggests, the groups the session added to an open grouping, and which
//! grouping is the session's **breakdown**, the one whose groups the reveal,
//! the queue, the reports and the privacy merging show (docs/model-format.md,
//! "Groups"). No screen or export crosses two groupings: two partitions of one
//! room side by side can give away a person where each alone would not.

use crate::model::assessment::Assessment;
use crate::model::ballot_box::RoleGroup;
use crate::model::groups::Grouping;
use crate::model::session::{Participant, Session};
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};

/// A group a session added to one of its model's open groupings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnGroup {
    /// The grouping's id.
    pub grouping: String,
    /// The group's id: one word, unlike any of the model's groups.
    pub id: String,
    /// Its name, as the facilitator typed it.
    pub name: String,
}

/// The names of the groups figures are shown for (see
/// [`Session::group_names`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupNames(Vec<(RoleGroup, Text)>);

impl GroupNames {
    /// The name of `g` in `lang`; its id when it is no group of the breakdown.
    pub fn name(&self, g: &RoleGroup, lang: Lang) -> String {
        match self.text(g) {
            Some(t) => t.get(lang).to_owned(),
            None => match g {
                RoleGroup::Role(id) => id.clone(),
                RoleGroup::Merged => crate::tr!(lang, "role-group-merged"),
            },
        }
    }

    /// Where `g` stands among the groups: the order figures are shown in.
    pub fn rank(&self, g: &RoleGroup) -> usize {
        self.0
            .iter()
            .position(|(x, _)| x == g)
            .unwrap_or(self.0.len())
    }

    /// The name of `g` in every language.
    pub fn text(&self, g: &RoleGroup) -> Option<&Text> {
        self.0.iter().find(|(x, _)| x == g).map(|(_, t)| t)
    }
}

/// One group a session offers in a grouping.
#[derive(Debug, Clone, PartialEq)]
pub struct Offered {
    /// The group's id.
    pub id: String,
    /// Its name in the language asked for.
    pub name: String,
    /// True for a group the session added.
    pub own: bool,
}

impl Session {
    /// The groups the session added, in the order they were added.
    pub fn own_groups(&self) -> &[OwnGroup] {
        &self.groups
    }

    /// The grouping the session's figures are broken down by: the one chosen,
    /// or the model's first; none in a model without groupings.
    pub fn breakdown<'m>(&self, model: &'m Assessment) -> Option<&'m Grouping> {
        let chosen = self.breakdown.as_deref();
        (model.groupings.iter())
            .find(|g| Some(g.id.as_str()) == chosen)
            .or(model.groupings.first())
    }

    /// The groups the session offers in `grouping`, in order: the model's
    /// default groups, a group of the model's that someone is in though it is
    /// not suggested, then the session's own.
    pub fn offered(&self, grouping: &Grouping, lang: Lang) -> Vec<Offered> {
        let used = |id: &str| self.participants.in_group(id) > 0;
        let model_groups = (grouping.groups.iter())
            .filter(|g| g.default || used(&g.id))
            .map(|g| Offered {
                id: g.id.clone(),
                name: g.name.get(lang).to_owned(),
                own: false,
            });
        let own = (self.groups.iter())
            .filter(|g| g.grouping == grouping.id)
            .map(|g| Offered {
                id: g.id.clone(),
                name: g.name.clone(),
                own: true,
            });
        model_groups.chain(own).collect()
    }

    /// The ids of the breakdown's groups, in the order they are shown.
    pub fn breakdown_ids(&self, model: &Assessment) -> Vec<String> {
        let Some(grouping) = self.breakdown(model) else {
            return Vec::new();
        };
        let model_ids = grouping.groups.iter().map(|g| g.id.clone());
        let own = (self.groups.iter())
            .filter(|g| g.grouping == grouping.id)
            .map(|g| g.id.clone());
        model_ids.chain(own).collect()
    }

    /// The grouping `group` belongs to, the model's or one the session added
    /// a group to.
    pub fn grouping_of<'m>(&self, model: &'m Assessment, group: &str) -> Option<&'m Grouping> {
        let own = self.groups.iter().find(|g| g.id == group);
        (model.groupings.iter())
            .find(|g| g.group(group).is_some() || own.is_some_and(|o| o.grouping == g.id))
    }

    /// `p`'s group in `grouping`, if they are in one.
    pub fn group_in<'p>(
        &self,
        model: &Assessment,
        p: &'p Participant,
        grouping: &Grouping,
    ) -> Option<&'p str> {
        (p.groups.iter())
            .find(|g| {
                self.grouping_of(model, g)
                    .is_some_and(|x| x.id == grouping.id)
            })
            .map(String::as_str)
    }

    /// The name of the group `id` in `lang`: the model's, or the session's own.
    pub fn group_name(&self, model: &Assessment, id: &str, lang: Lang) -> String {
        let of_model = (model.groupings.iter()).find_map(|g| g.group(id));
        match of_model {
            Some(g) => g.name.get(lang).to_owned(),
            None => (self.groups.iter())
                .find(|g| g.id == id)
                .map_or_else(|| id.to_owned(), |g| g.name.clone()),
        }
    }

    /// The names of the breakdown's groups, and of the merged group, in
    /// every language: what figures and queue reasons call them.
    pub fn group_names(&self, model: &Assessment) -> GroupNames {
        let mut merged = Text::default();
        for lang in Lang::all() {
            merged.set(lang.code(), crate::tr!(lang, "role-group-merged"));
        }
        let named = self.breakdown_ids(model).into_iter().map(|id| {
            let of_model = (model.groupings.iter()).find_map(|g| g.group(&id));
            let text = match of_model {
                Some(g) => g.name.clone(),
                None => {
                    let mut own = Text::default();
                    let name = self.group_name(model, &id, Lang::SV);
                    own.set(Lang::SV.code(), name);
                    own
                }
            };
            (RoleGroup::Role(id), text)
        });
        GroupNames(named.chain([(RoleGroup::Merged, merged)]).collect())
    }

    /// Brings the breakdown's groups, which sealing a ballot needs and the
    /// session alone does not know, up to date with `model`: in memory only.
    pub(in crate::model) fn know_groups(&mut self, model: &Assessment) {
        let ids = self.breakdown_ids(model);
        if self.known.0 != ids {
            self.known.0 = ids;
        }
    }

    /// Where `g` stands among the breakdown's groups: the order figures are
    /// shown in (merged last).
    pub(in crate::model) fn rank(&self, g: &RoleGroup) -> usize {
        match g {
            RoleGroup::Role(id) => (self.known.0.iter())
                .position(|x| x == id)
                .unwrap_or(self.known.0.len()),
            RoleGroup::Merged => usize::MAX,
        }
    }

    /// The breakdown group a participant's ballots count under, if any.
    pub(in crate::model) fn breakdown_group_of<'p>(&self, p: &'p Participant) -> Option<&'p str> {
        (p.groups.iter())
            .find(|g| self.known.0.contains(*g))
            .map(String::as_str)
    }

    /// The breakdown's group ids as last brought up to date.
    pub(in crate::model) fn known_groups(&self) -> &[String] {
        &self.known.0
    }
}
