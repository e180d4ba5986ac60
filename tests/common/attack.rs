//! The attacker of `tests/attack.rs`: every world an attacker cannot rule out
//! from the published text, and what they learn in all of them.

use super::{halmstad, session_with, vote};
use klarhet::model::Assessment;
use klarhet::model::ballots::Answer;
use klarhet::model::session::{Role, Session};
use klarhet::report::Format;
use std::collections::BTreeSet;

/// A person's answers to the statements used, `None` for a skip.
pub type Ballot = Vec<Option<Answer>>;

#[derive(Debug, Clone)]
pub struct Case {
    pub roles: Vec<Role>,
    pub ballots: Vec<Ballot>,
    /// How many voters (in order) finish before the first reveal; the rest after it.
    pub first_round: usize,
}

pub const OPTIONS: [Answer; 6] = [
    Answer::Value(1),
    Answer::Value(2),
    Answer::Value(3),
    Answer::Value(4),
    Answer::Value(5),
    Answer::Unknown,
];

/// The year before, which the attacker is assumed to know: the same people,
/// every one of them answering 3.
pub fn last_year(m: &Assessment, roles: &[Role]) -> Session {
    let mut s = session_with(m, roles);
    let c = &m.challenges[0];
    for st in &c.statements {
        vote(&mut s, &st.id, &vec![3; roles.len()]);
    }
    s.close_rounds(m);
    s
}

/// Everything published about `world`: every export after each reveal, and the
/// comparison with the year before.
pub fn published(m: &Assessment, case: &Case, world: &[Ballot], before: &Session) -> String {
    view(m, case, world, Some(before), &Format::ALL)
}

/// The exports in `formats` after each reveal, and the comparison when `before`
/// is given. The JSON alone already differs for most worlds, so it is tried first.
pub fn view(
    m: &Assessment,
    case: &Case,
    world: &[Ballot],
    before: Option<&Session>,
    formats: &[Format],
) -> String {
    let c = &m.challenges[0];
    let mut s = session_with(m, &case.roles);
    let mut out = String::new();
    let rounds = [0..case.first_round, case.first_round..world.len()];
    for round in rounds.into_iter().filter(|r| !r.is_empty()) {
        for i in round {
            let id = s.participants[i].id;
            for (st, answer) in c.statements.iter().zip(&world[i]) {
                if let Some(a) = answer {
                    s.cast(c, &st.id, id, *a).expect("a ballot round");
                }
            }
            s.pass_in(c, id, c.statements.len());
        }
        s.reveal(&c.id);
        for format in formats {
            out.push_str(&format.render(&s, m, &super::export()));
        }
        if let Some(before) = before {
            let cmp = klarhet::report::compare::compare(before, m, &s, m).expect("one model");
            out.push_str(&klarhet::report::compare::markdown(&cmp, before, &s, m));
        }
    }
    out
}

/// The answers each voter may have given to statement `k`, as far as the final
/// revealed counts constrain them: the attacker knows the multiset the export
/// prints for a shown statement, so only its orderings are tried there; a
/// statement not shown leaves every option open.
pub fn worlds(m: &Assessment, case: &Case) -> Vec<Vec<Ballot>> {
    let statements = case.ballots[0].len();
    let c = &m.challenges[0];
    let mut truth = session_with(m, &case.roles);
    for (i, b) in case.ballots.iter().enumerate() {
        let id = truth.participants[i].id;
        for (st, a) in c.statements.iter().zip(b) {
            if let Some(a) = a {
                truth.cast(c, &st.id, id, *a).unwrap();
            }
        }
        truth.pass_in(c, id, c.statements.len());
        if i + 1 == case.first_round {
            truth.reveal(&c.id);
        }
    }
    truth.reveal(&c.id);
    let analysis = klarhet::model::scoring::analyse(&truth, m);
    // Per statement, the list of possible columns (one answer per voter who answered).
    let mut per_statement: Vec<Vec<Vec<Answer>>> = Vec::new();
    for k in 0..statements {
        let voters: Vec<usize> = (0..case.ballots.len())
            .filter(|i| case.ballots[*i][k].is_some())
            .collect();
        let shown = !analysis.challenges[0].statements[k].withheld;
        // Ballots are counted in the order voters finish, and a statement is
        // revealed whole up to some count: its first answers are the ones shown.
        let revealed = truth.shown_tally(&c.id, &c.statements[k].id).total() as usize;
        let (in_reveal, rest) = voters.split_at(revealed.min(voters.len()));
        let fixed: Vec<Vec<Answer>> = if shown {
            let multiset: Vec<Answer> = in_reveal
                .iter()
                .map(|i| case.ballots[*i][k].unwrap())
                .collect();
            orderings(&multiset)
        } else {
            every(in_reveal.len())
        };
        let open = every(rest.len());
        let mut columns = Vec::new();
        for f in &fixed {
            for o in &open {
                columns.push(f.iter().chain(o).copied().collect());
            }
        }
        per_statement.push(columns);
    }
    // Every combination of columns, as ballots per person.
    let mut out = vec![vec![vec![None; statements]; case.ballots.len()]];
    for (k, columns) in per_statement.iter().enumerate() {
        let voters: Vec<usize> = (0..case.ballots.len())
            .filter(|i| case.ballots[*i][k].is_some())
            .collect();
        let mut next = Vec::with_capacity(out.len() * columns.len());
        for w in &out {
            for col in columns {
                let mut w = w.clone();
                for (i, a) in voters.iter().zip(col) {
                    w[*i][k] = Some(*a);
                }
                next.push(w);
            }
        }
        out = next;
    }
    out
}

/// Every distinct ordering of `items`.
pub fn orderings(items: &[Answer]) -> Vec<Vec<Answer>> {
    if items.is_empty() {
        return vec![Vec::new()];
    }
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (i, first) in items.iter().enumerate() {
        if seen.contains(first) {
            continue;
        }
        seen.push(*first);
        let mut rest = items.to_vec();
        rest.remove(i);
        for mut tail in orderings(&rest) {
            tail.insert(0, *first);
            out.push(tail);
        }
    }
    out
}

/// Every assignment of the six options to `n` voters.
pub fn every(n: usize) -> Vec<Vec<Answer>> {
    (0..n).fold(vec![Vec::new()], |acc, _| {
        acc.iter()
            .flat_map(|v| {
                OPTIONS.iter().map(move |a| {
                    let mut v = v.clone();
                    v.push(*a);
                    v
                })
            })
            .collect()
    })
}

/// A person's mean on the scale over the statements they answered.
pub fn mean(b: &Ballot) -> Option<f64> {
    let values: Vec<f64> = b
        .iter()
        .filter_map(|a| match a {
            Some(Answer::Value(v)) => Some(f64::from(*v)),
            _ => None,
        })
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// What the attacker (`None`: an outsider) works out about someone else, if anything.
pub fn disclosure(
    case: &Case,
    consistent: &[&Vec<Ballot>],
    attacker: Option<usize>,
) -> Option<String> {
    let others: Vec<usize> = (0..case.ballots.len())
        .filter(|i| Some(*i) != attacker)
        .collect();
    let known = |f: &dyn Fn(&Vec<Ballot>) -> String| -> Option<String> {
        let values: BTreeSet<String> = consistent.iter().map(|w| f(w)).collect();
        (values.len() == 1).then(|| values.into_iter().next().unwrap_or_default())
    };
    for k in 0..case.ballots[0].len() {
        let voters: Vec<usize> = others
            .iter()
            .copied()
            .filter(|i| case.ballots[*i][k].is_some())
            .collect();
        let answer = |i: usize| move |w: &Vec<Ballot>| format!("{:?}", w[i][k]);
        let learned: Vec<(usize, String)> = voters
            .iter()
            .filter_map(|i| Some((*i, known(&answer(*i))?)))
            .collect();
        if !learned.is_empty() && !alike(case, &learned) {
            return Some(format!("statement {k}: {learned:?}"));
        }
    }
    // A mean is worked out "jointly" when it is known although the answers it is
    // made of are not: a group of one's mean, read off a group's figures. A mean
    // already fixed by what each statement alone allows (every answer a group's,
    // or every possible answer giving the same mean) adds nothing to what the
    // statement-by-statement check judged.
    let jointly = |i: usize| {
        let options: Vec<Vec<Option<Answer>>> = (0..case.ballots[i].len())
            .map(|k| {
                let mut seen = Vec::new();
                for w in consistent {
                    if !seen.contains(&w[i][k]) {
                        seen.push(w[i][k]);
                    }
                }
                seen
            })
            .collect();
        let mut ballots: Vec<Ballot> = vec![Vec::new()];
        for set in &options {
            ballots = ballots
                .iter()
                .flat_map(|b| {
                    set.iter().map(move |a| {
                        let mut b = b.clone();
                        b.push(*a);
                        b
                    })
                })
                .collect();
        }
        let means: BTreeSet<String> = ballots.iter().map(|b| format!("{:?}", mean(b))).collect();
        means.len() > 1
    };
    let means: Vec<(usize, String)> = others
        .iter()
        .filter(|i| mean(&case.ballots[**i]).is_some())
        .filter_map(|i| Some((*i, known(&|w: &Vec<Ballot>| format!("{:?}", mean(&w[*i])))?)))
        .collect();
    let new = means.iter().any(|(i, _)| jointly(*i));
    (new && !alike(case, &means)).then(|| format!("means: {means:?}"))
}

/// True when everything learned is a group's answer: the figures cannot hide that
/// a group answered alike, and the method appendix says so. A group here is the
/// room, the voters one reveal adds, or the role group the ballots are counted
/// in; each person learned must share their answer with another person learned
/// in the same group, or with everyone learned (in the room, or in each reveal).
/// One person learned alone, or told apart, is a disclosure.
pub fn alike(case: &Case, learned: &[(usize, String)]) -> bool {
    let room = learned.len() >= 2 && learned.iter().all(|(_, a)| *a == learned[0].1);
    let m = halmstad();
    let counts = klarhet::model::privacy::role_counts(&session_with(&m, &case.roles));
    let group = |i: usize| {
        let role = klarhet::model::scoring::RoleGroup::Role(case.roles[i]);
        if counts.iter().any(|(g, _)| *g == role) {
            role
        } else {
            klarhet::model::scoring::RoleGroup::Merged
        }
    };
    // Each reveal shows what it adds as a group of at least k: the first shows its
    // voters, the second the ones it adds. When what is learned of each reveal's
    // voters is one answer shared by at least two of them, that is that reveal's
    // group answer, as it would be the room's with one reveal (`room`).
    let step = |i: usize| i >= case.first_round;
    let steps = [false, true].iter().all(|s| {
        let answers: Vec<&String> = learned
            .iter()
            .filter(|(i, _)| step(*i) == *s)
            .map(|(_, a)| a)
            .collect();
        answers.is_empty() || (answers.len() >= 2 && answers.iter().all(|a| *a == answers[0]))
    });
    room || steps
        || learned.iter().all(|(i, a)| {
            learned
                .iter()
                .any(|(j, b)| j != i && a == b && group(*i) == group(*j))
        })
}

/// Attacks `case` as an outsider and as each participant; the first finding.
pub fn attack(case: &Case) -> Option<String> {
    let m = halmstad();
    let before = last_year(&m, &case.roles);
    let truth = published(&m, case, &case.ballots, &before);
    let quick = view(&m, case, &case.ballots, None, &[Format::Json]);
    let all = worlds(&m, case);
    let started = std::time::Instant::now();
    let count = all.len();
    let views: Vec<(Vec<Ballot>, bool)> = all
        .into_iter()
        .map(|w| {
            let same = view(&m, case, &w, None, &[Format::Json]) == quick
                && published(&m, case, &w, &before) == truth;
            (w, same)
        })
        .collect();
    if std::env::var_os("ATTACK_TIMING").is_some() {
        eprintln!("{count} worlds in {:?}", started.elapsed());
    }
    let attackers = std::iter::once(None).chain((0..case.ballots.len()).map(Some));
    for attacker in attackers {
        let consistent: Vec<&Vec<Ballot>> = views
            .iter()
            .filter(|(w, same)| *same && attacker.is_none_or(|a| w[a] == case.ballots[a]))
            .map(|(w, _)| w)
            .collect();
        assert!(!consistent.is_empty(), "the true world is consistent");
        if let Some(found) = disclosure(case, &consistent, attacker) {
            return Some(format!("attacker {attacker:?} learns {found}"));
        }
    }
    None
}
