//! Role groups: which groups' means may be shown without giving anyone away.

use super::{RoleGroup, StatementStats, mean_of, stats};
use crate::model::ballots::Tally;
use crate::model::session::{Role, Session};
use std::collections::{BTreeMap, BTreeSet};

/// Mean per role group for one challenge, with the two kinds of suppression that
/// official statistics use. Primary: a role with fewer than the threshold (3 unless
/// set higher) of people who answered is not shown alone but merged with the other
/// small roles into "övriga". Secondary: when "övriga" is itself too small, the
/// smallest shown role is merged into it too, and so on, because the room's figures
/// minus the shown groups would otherwise give the hidden few away. A single group
/// left is the room itself and is not shown again.
pub(super) fn role_means(
    session: &Session,
    c: &crate::model::assessment::Challenge,
    statements: &[StatementStats],
) -> Vec<(RoleGroup, f64)> {
    let mut by_role: BTreeMap<Role, BTreeSet<u32>> = BTreeMap::new();
    for p in &session.participants {
        by_role.entry(p.role).or_default().insert(p.id);
    }
    // Only statements the room's figures show: a withheld one could otherwise be
    // read back as a group's mean minus what the shown statements account for.
    let ids = || {
        c.statements
            .iter()
            .zip(statements)
            .filter(|(_, st)| !st.withheld)
            .map(|(s, _)| s.id.as_str())
    };
    let k = session.privacy.min_group();
    let group = |members: &BTreeSet<u32>| session.responses.group_values(ids(), members, k);
    let mean = |tallies: &[Tally]| mean_of(tallies.iter().filter_map(stats::mean));
    // (role, members, how many answered, their tallies when shown)
    let mut shown = Vec::new();
    let mut merged = BTreeSet::new();
    for (role, members) in &by_role {
        match group(members) {
            Ok(t) => shown.push((*role, members, t)),
            Err(_) => merged.extend(members.iter().copied()),
        }
    }
    loop {
        match group(&merged) {
            Err(answered) if answered > 0 && !shown.is_empty() => {
                let smallest = (0..shown.len())
                    .min_by_key(|&i| (group_size(&shown[i].2), i))
                    .unwrap_or(0);
                let (_, members, _) = shown.remove(smallest);
                merged.extend(members.iter().copied());
            }
            _ => break,
        }
    }
    let merged = group(&merged).ok();
    if shown.len() + usize::from(merged.is_some()) < 2 {
        return Vec::new();
    }
    shown
        .iter()
        .filter_map(|(role, _, t)| Some((RoleGroup::Role(*role), mean(t)?)))
        .chain(merged.and_then(|t| Some((RoleGroup::Merged, mean(&t)?))))
        .collect()
}

/// How many answers a group gave, for choosing the smallest to merge.
fn group_size(tallies: &[Tally]) -> u32 {
    tallies.iter().map(Tally::total).sum()
}

/// The number of participants per role group, as reports may print it: the same
/// primary and secondary suppression as the means, so that a count of one or two
/// (which, beside the room's total, tells who a small group is) is never shown.
/// Empty when every role had to be merged into one group: that group is the room.
pub fn role_counts(session: &Session) -> Vec<(RoleGroup, usize)> {
    let k = session.privacy.min_group();
    let mut shown: Vec<(Role, usize)> = Role::ALL
        .iter()
        .map(|r| {
            (
                *r,
                session.participants.iter().filter(|p| p.role == *r).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut merged = 0;
    shown.retain(|(_, n)| {
        let keep = *n >= k;
        if !keep {
            merged += n;
        }
        keep
    });
    while merged > 0 && merged < k && !shown.is_empty() {
        let smallest = (0..shown.len())
            .min_by_key(|&i| (shown[i].1, i))
            .unwrap_or(0);
        merged += shown.remove(smallest).1;
    }
    if shown.len() + usize::from(merged > 0) < 2 {
        return Vec::new();
    }
    shown
        .into_iter()
        .map(|(r, n)| (RoleGroup::Role(r), n))
        .chain((merged > 0).then_some((RoleGroup::Merged, merged)))
        .collect()
}
