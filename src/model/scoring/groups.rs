//! Role groups: which groups' means may be shown without giving anyone away.

use super::{RoleGroup, StatementStats, mean_of, stats};
use crate::model::assessment::{Assessment, Challenge, Scale, Statement};
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
    model: &Assessment,
    c: &Challenge,
    statements: &[StatementStats],
) -> GroupMeans {
    let none = GroupMeans {
        challenge: Vec::new(),
        statements: vec![Vec::new(); c.statements.len()],
        counts: vec![Vec::new(); c.statements.len()],
        tallies: Vec::new(),
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
    // Found by the attack in tests/it/attack.rs: a first reveal in which a few were
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
    // The challenge's mean of a group is on the challenge's scale, in its
    // direction: a statement's mean on another scale, or reverse-coded, is
    // carried over through its score. Categorical statements have no mean.
    let on_challenge = |st: &Statement, m: f64| {
        let (own, pole) = (model.statement_scale(c, st), model.pole_of(c, st));
        let scale = model.challenge_scale(c);
        if own.id == scale.id && pole == scale.high {
            m
        } else {
            scale.value_of(scale.high, own.score(pole, m))
        }
    };
    let ordinal: Vec<&Statement> = (c.statements.iter())
        .filter(|st| ids.contains(&st.id.as_str()))
        .filter(|st| !model.statement_scale(c, st).is_categorical())
        .collect();
    let mean = |s: &Sealed| {
        mean_of(
            (ordinal.iter())
                .filter_map(|st| Some(on_challenge(st, stats::mean(&s.tally(&st.id))?))),
        )
    };
    // Per statement, the same groups as the challenge's: `partition` judged
    // every cell (a group's answers to one statement) as having none or at
    // least the threshold, so a statement's group mean rests on no fewer.
    let per_statement = c
        .statements
        .iter()
        .map(|st| {
            if !ordinal.iter().any(|o| o.id == st.id) {
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
    let counts = c
        .statements
        .iter()
        .map(|st| {
            let scale = model.statement_scale(c, st);
            if !scale.is_categorical() || !ids.contains(&st.id.as_str()) {
                return Vec::new();
            }
            group_counts(scale, &st.id, &groups, k)
        })
        .collect();
    // Every group that `partition` shows, with its answers to the statements
    // the room's figures show: each cell none or at least the threshold.
    let tallies = (groups.iter())
        .map(|(g, s)| {
            let by_statement = (ids.iter())
                .map(|id| ((*id).to_owned(), s.tally(id)))
                .collect();
            (g.clone(), by_statement)
        })
        .collect();
    GroupMeans {
        challenge: groups
            .iter()
            .filter_map(|(g, s)| Some((g.clone(), mean(s)?)))
            .collect(),
        statements: per_statement,
        counts,
        tallies,
    }
}

/// Each group's count per option of a categorical statement, in the scale's
/// order; none unless every group that answered it gave at least `k` answers
/// on the scale. A share is a count over n, so a group's n of one would show
/// that one's answer, and one hidden group would be the room minus the others.
fn group_counts(
    scale: &Scale,
    statement: &str,
    groups: &[(RoleGroup, &Sealed)],
    k: u32,
) -> stats::GroupCounts {
    let tallies: Vec<_> = groups
        .iter()
        .map(|(g, s)| (g.clone(), s.tally(statement)))
        .collect();
    if tallies.iter().any(|(_, t)| t.n() > 0 && t.n() < k) {
        return Vec::new();
    }
    let out: Vec<_> = tallies
        .iter()
        .filter(|(_, t)| t.n() > 0)
        .map(|(g, t)| {
            let counts = (scale.options.iter())
                .map(|o| (o.value, t.counts.get(&o.value).copied().unwrap_or(0)))
                .collect();
            (g.clone(), counts)
        })
        .collect();
    // One group left is the room, shown already.
    if out.len() >= 2 { out } else { Vec::new() }
}

/// The means per role group of one challenge, as [`role_means`] gives them.
pub(super) struct GroupMeans {
    /// The challenge's: the mean of each group's statement means.
    pub challenge: Vec<(RoleGroup, f64)>,
    /// Each statement's, in the model's order: empty where none may be shown.
    pub statements: Vec<Vec<(RoleGroup, f64)>>,
    /// Each categorical statement's counts per group ([`group_counts`]).
    pub counts: Vec<stats::GroupCounts>,
    /// The groups shown, each with its answers to every statement shown.
    pub tallies: Vec<(
        RoleGroup,
        std::collections::BTreeMap<String, crate::model::ballots::Tally>,
    )>,
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
