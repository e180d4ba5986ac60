//! Role groups: which groups' means may be shown without giving anyone away.

use super::{RoleGroup, StatementStats, mean_of, stats};
use crate::model::ballot_box::{BallotBox, Sealed};
use crate::model::session::Session;

/// Mean per role group for one challenge, from its revealed ballots, with the two
/// kinds of suppression that official statistics use, applied to every cell (a
/// group's answers to one statement) as well as to the group:
///
/// - primary: a role with fewer than the threshold (3 unless set higher) of
///   people who answered on the scale, or with a statement that only one or two
///   of them answered, is not shown alone but merged into "övriga";
/// - secondary: when "övriga" is itself too small, in whole or in any statement,
///   the smallest shown role is merged into it too, and so on, because the room's
///   figures minus the shown groups would otherwise give the hidden few away.
///
/// A single group left is the room itself and is not shown again, and no group
/// is shown once a round has been revealed in more than one step.
pub(super) fn role_means(
    session: &Session,
    model: &crate::model::Assessment,
    c: &crate::model::assessment::Challenge,
    statements: &[StatementStats],
) -> GroupMeans {
    let none = GroupMeans {
        challenge: Vec::new(),
        statements: vec![Vec::new(); c.statements.len()],
    };
    // The round whose figures are shown: the current one once it is revealed,
    // until then the latest closed round that was, whose figures the screens
    // and reports still show (see `Session::shown_tally`).
    let (revealed, reveals, round) = match session.revealed.get(&c.id) {
        Some(b) => (
            b,
            session.reveals.get(&c.id).copied().unwrap_or(0),
            session.current_round(&c.id),
        ),
        None => {
            let rounds = session.rounds.get(&c.id).map_or(&[][..], Vec::as_slice);
            let closed = rounds.iter().enumerate();
            let Some((i, k)) = closed
                .rev()
                .filter_map(|(i, r)| Some((i, r.closed.as_ref()?)))
                .find(|(_, k)| k.revealed.voters() > 0)
            else {
                return none;
            };
            let round = crate::model::round::RoundNo::try_from(i + 1).unwrap_or(0);
            (&k.revealed, k.reveals, round)
        }
    };
    // A round whose careless answers are left out shows no group: whose they
    // were is not known, and groups with and without them could be set against
    // each other (see `model::careless`).
    if session.left_out(&c.id, round) {
        return none;
    }
    // Found by the attack in tests/attack.rs: a first reveal in which a few were
    // unanimous, set against a second one's groups, isolated one person. Groups
    // are shown only while a round has been revealed in one step.
    if reveals > 1 {
        return none;
    }
    // Only statements the room's figures show: a withheld one could otherwise be
    // read back as a group's mean minus what the shown statements account for.
    let ids: Vec<&str> = c
        .statements
        .iter()
        .zip(statements)
        .filter(|(_, st)| !st.withheld)
        .map(|(s, _)| s.id.as_str())
        .collect();
    let k = u32::try_from(session.privacy.min_group()).unwrap_or(u32::MAX);
    let order = session.breakdown_ids(model);
    let rank = |g: &RoleGroup| match g {
        RoleGroup::Role(id) => order.iter().position(|x| x == id).unwrap_or(order.len()),
        RoleGroup::Merged => usize::MAX,
    };
    let Some(shown) = partition(revealed, &ids, k, &rank) else {
        return none;
    };
    let groups: Vec<(RoleGroup, &Sealed)> = shown
        .roles
        .iter()
        .map(|(g, s)| ((*g).clone(), *s))
        .chain(shown.rest.as_ref().map(|p| (RoleGroup::Merged, p)))
        .collect();
    let mean = |s: &Sealed| mean_of(ids.iter().filter_map(|id| stats::mean(&s.tally(id))));
    // Per statement, the same groups as the challenge's: `partition` judged
    // every cell (a group's answers to one statement) as having none or at
    // least the threshold, so a statement's group mean rests on no fewer.
    let per_statement = c
        .statements
        .iter()
        .map(|st| {
            if !ids.contains(&st.id.as_str()) {
                return Vec::new();
            }
            groups
                .iter()
                .filter_map(|(g, s)| Some((g.clone(), stats::mean(&s.tally(&st.id))?)))
                .collect::<Vec<_>>()
        })
        // One group left in a statement is the room, shown already.
        .map(|m| if m.len() >= 2 { m } else { Vec::new() })
        .collect();
    GroupMeans {
        challenge: groups
            .iter()
            .filter_map(|(g, s)| Some((g.clone(), mean(s)?)))
            .collect(),
        statements: per_statement,
    }
}

/// The means per role group of one challenge, as [`role_means`] gives them.
pub(super) struct GroupMeans {
    /// The challenge's: the mean of each group's statement means.
    pub challenge: Vec<(RoleGroup, f64)>,
    /// Each statement's, in the model's order: empty where none may be shown.
    pub statements: Vec<Vec<(RoleGroup, f64)>>,
}

/// The groups of a revealed ballot box that may be shown apart.
pub(crate) struct Shown<'a> {
    /// The groups shown alone, in the breakdown's order.
    pub roles: Vec<(&'a RoleGroup, &'a Sealed)>,
    /// Everyone else, shown as "övriga", when they are enough to show.
    pub rest: Option<Sealed>,
}

/// Which of `revealed`'s groups may be shown apart, judged on the statements
/// `ids` with the threshold `k` (see [`role_means`]), the groups taken in the
/// breakdown's order (`rank`); none when that leaves one group, which is the
/// room.
pub(crate) fn partition<'a>(
    revealed: &'a BallotBox,
    ids: &[&str],
    k: u32,
    rank: &dyn Fn(&RoleGroup) -> usize,
) -> Option<Shown<'a>> {
    let safe = |s: &Sealed| {
        s.on_scale >= k
            && ids.iter().all(|id| {
                let n = s.tally(id).total();
                n == 0 || n >= k
            })
    };
    // The breakdown's order, not the box's (by id): which of two equally
    // small groups is merged first is the same on every screen and report.
    let mut groups: Vec<(&RoleGroup, &Sealed)> = revealed.groups().collect();
    groups.sort_by_key(|(g, _)| rank(g));
    let (mut shown, mut hidden): (Vec<_>, Vec<_>) = groups
        .into_iter()
        .partition(|(g, s)| matches!(g, RoleGroup::Role(_)) && safe(s));
    loop {
        let pool = BallotBox::pooled(hidden.iter().map(|(_, s)| *s));
        if pool.voters == 0 || safe(&pool) || shown.is_empty() {
            break;
        }
        let smallest = (0..shown.len())
            .min_by_key(|&i| (shown[i].1.voters, i))
            .unwrap_or(0);
        hidden.push(shown.remove(smallest));
    }
    let pool = BallotBox::pooled(hidden.iter().map(|(_, s)| *s));
    let rest = (pool.voters > 0 && safe(&pool)).then_some(pool);
    (shown.len() + usize::from(rest.is_some()) >= 2).then_some(Shown { roles: shown, rest })
}
