//! The attacker of `tests/it/attack.rs`: every world an attacker cannot rule out
//! from the published text (every export after each reveal, the comparison with
//! the year before, and the session file as saved at the end), and what they
//! learn in all of them.
//!
//! A case may have a second round ([`Again`]): after the first round's reveals
//! the group votes again on some of the statements, with people who left or
//! joined in between, and the round is revealed. Its answers are more columns
//! of each ballot, one a statement asked again, so that the worlds, and what
//! is learned, cover both rounds' answers: a person's answer in either round,
//! and their mean in either, must not be worked out.

use super::{cast, give, halmstad, pass, privacy, reveal};
use klarhet::model::ballots::Answer;
use klarhet::model::round::Channel;
use klarhet::model::session::Session;
use klarhet::model::{Assessment, Command};
use klarhet::report::Format;
use klarhet::text::Lang;
use std::collections::BTreeSet;

/// A person's answers to the statements used, `None` for a skip.
pub type Ballot = Vec<Option<Answer>>;

/// One stretch of a workshop, ended by a reveal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    /// How many people are in the session during it: the first this many named
    /// participants (the rest have not joined yet, or have left), or the head
    /// count of an anonymous room.
    pub people: usize,
    /// How many more voters, in order, finish their ballot in it.
    pub voters: usize,
}

/// A second round of voting after the first round's reveals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Again {
    /// The statements asked again, as indices of the first round's columns,
    /// ascending; each has a column of its own after the first round's.
    pub statements: Vec<usize>,
    /// How many people are in the session during it, as [`Round::people`]:
    /// fewer than the first round's when people left, more when they joined.
    /// Each of them votes in it (a ballot of skips is a vote).
    pub people: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Case {
    /// The named participants' roles, in the order they join; empty for an
    /// anonymous room, whose voters are the seats of its head count.
    pub roles: Vec<&'static str>,
    /// Each voter's ballot, in the order they finish: voter i is participant
    /// i + 1 (or seat i + 1).
    pub ballots: Vec<Ballot>,
    /// The rounds, each ended by a reveal.
    pub rounds: Vec<Round>,
    /// Made as one person's self-assessment (`klarhet new --self-assessment`).
    pub self_assessment: bool,
    /// A second round, voted after the first round's reveals.
    pub again: Option<Again>,
}

impl Case {
    /// Everyone in the session from the start; `first_round` voters finish
    /// before the first reveal, the rest before a second one.
    pub fn two_rounds(roles: Vec<&'static str>, ballots: Vec<Ballot>, first_round: usize) -> Case {
        let people = roles.len();
        let rounds = [first_round, ballots.len() - first_round]
            .into_iter()
            .enumerate()
            .filter(|(i, voters)| *i == 0 || *voters > 0)
            .map(|(_, voters)| Round { people, voters })
            .collect();
        Case {
            roles,
            ballots,
            rounds,
            self_assessment: false,
            again: None,
        }
    }

    /// How many of a ballot's columns are the first round's: the rest are the
    /// second round's.
    pub fn first_columns(&self) -> usize {
        let again = self.again.as_ref().map_or(0, |a| a.statements.len());
        self.ballots[0].len() - again
    }

    /// The first round's column a column asks about: itself, or for a column
    /// of the second round the statement asked again.
    pub fn statement_of(&self, k: usize) -> usize {
        let first = self.first_columns();
        match &self.again {
            Some(a) if k >= first => a.statements[k - first],
            _ => k,
        }
    }

    /// The reveal that shows column `k`'s answers: the second round's own for
    /// its columns, otherwise none in particular (see [`Truth::step`]).
    pub fn second_round(&self, k: usize) -> bool {
        k >= self.first_columns()
    }

    /// The role of voter `i`; none in an anonymous room.
    pub fn role(&self, i: usize) -> Option<&'static str> {
        self.roles.get(i).copied()
    }

    /// True when the exception for one person's self-assessment rightly covers
    /// the reveal that ends round `r`: the session was made as one, and no one
    /// but its one person has been in it so far.
    pub fn alone_until(&self, r: usize) -> bool {
        self.self_assessment && self.rounds[..=r].iter().all(|round| round.people <= 1)
    }
}

pub const OPTIONS: [Answer; 6] = [
    Answer::Value(1),
    Answer::Value(2),
    Answer::Value(3),
    Answer::Value(4),
    Answer::Value(5),
    Answer::Unknown,
];

/// A session with the case's first round's people and no answers.
fn start(m: &Assessment, case: &Case) -> Session {
    let mut s = Session::new(m, "Testkommun", super::date(), Lang::SV);
    privacy(&mut s, m, |_, _, own| *own = case.self_assessment);
    set_people(&mut s, m, case, case.rounds.first().map_or(0, |r| r.people));
    s
}

/// Lets people join or leave as the facilitator would: a participant added on
/// the participants screen, one removed there (their open answers forgotten,
/// their counted ballots kept), or the head count changed.
fn set_people(s: &mut Session, m: &Assessment, case: &Case, people: usize) {
    if case.roles.is_empty() {
        let headcount = u32::try_from(people).ok().filter(|n| *n > 0);
        give(s, m, Command::CountHeads { headcount });
        return;
    }
    while s.participants().len() < people {
        let i = s.participants().len();
        let add = Command::AddParticipant {
            alias: format!("P{}", i + 1),
            groups: vec![case.roles[i].to_owned()],
        };
        give(s, m, add);
    }
    while s.participants().len() > people {
        if let Some(p) = s.participants().last() {
            let id = p.id;
            give(s, m, Command::RemoveParticipant { id });
        }
    }
}

/// The year before, which the attacker is assumed to know: the same people,
/// every one of them answering 3.
pub fn last_year(m: &Assessment, case: &Case) -> Session {
    let mut s = start(m, case);
    privacy(&mut s, m, |_, _, own| *own = false);
    let people = case.ballots.len().max(1);
    set_people(&mut s, m, case, people);
    let c = &m.challenges[0];
    for id in 1..=u32::try_from(people).expect("a small case") {
        for st in &c.statements {
            cast(&mut s, m, c, &st.id, id, Answer::Value(3));
        }
        pass(&mut s, m, c, id, c.statements.len());
    }
    reveal(&mut s, m, c);
    s
}

/// Runs the case's workshop with `world`'s ballots, calling `after` after each
/// reveal with the round's index; gives the session as it is at the end.
pub fn run(
    m: &Assessment,
    case: &Case,
    world: &[Ballot],
    mut after: impl FnMut(usize, &Session),
) -> Session {
    let c = &m.challenges[0];
    let mut s = start(m, case);
    let mut next = 0;
    let first = case.first_columns();
    for (r, round) in case.rounds.iter().enumerate() {
        set_people(&mut s, m, case, round.people);
        for (i, ballot) in world.iter().enumerate().skip(next).take(round.voters) {
            let id = u32::try_from(i + 1).expect("a small case");
            for (st, answer) in c.statements.iter().zip(&ballot[..first]) {
                if let Some(a) = answer {
                    cast(&mut s, m, c, &st.id, id, *a);
                }
            }
            pass(&mut s, m, c, id, c.statements.len());
        }
        next += round.voters;
        reveal(&mut s, m, c);
        after(r, &s);
    }
    if let Some(again) = &case.again {
        set_people(&mut s, m, case, again.people);
        let ids: Vec<String> = (again.statements.iter())
            .map(|j| c.statements[*j].id.clone())
            .collect();
        let at = "2026-11-22T14:00:00Z".parse().expect("a time");
        let open = Command::OpenRound {
            challenge: c.id.clone(),
            statements: ids.clone(),
            channel: Channel::Keyboard,
            at,
        };
        give(&mut s, m, open);
        for (i, ballot) in world.iter().enumerate().take(again.people) {
            let id = u32::try_from(i + 1).expect("a small case");
            for (st, answer) in ids.iter().zip(&ballot[first..]) {
                if let Some(a) = answer {
                    cast(&mut s, m, c, st, id, *a);
                }
            }
            pass(&mut s, m, c, id, ids.len());
        }
        reveal(&mut s, m, c);
        after(case.rounds.len(), &s);
    }
    s
}

/// Everything published about `world`: every export after each reveal, the
/// comparison with the year before, and the session file at the end.
pub fn published(m: &Assessment, case: &Case, world: &[Ballot], before: &Session) -> String {
    view(m, case, world, Some(before), &Format::ALL)
}

/// The exports in `formats` after each reveal, and the comparison when `before`
/// is given, then the session file as saved at the end. The JSON alone already
/// differs for most worlds, so it is tried first.
pub fn view(
    m: &Assessment,
    case: &Case,
    world: &[Ballot],
    before: Option<&Session>,
    formats: &[Format],
) -> String {
    let mut out = String::new();
    let end = run(m, case, world, |_, s| {
        for format in formats {
            out.push_str(&format.render(s, m, &super::export()));
        }
        if let Some(before) = before {
            let cmp = klarhet::report::compare::compare(before, m, s, m).expect("one model");
            out.push_str(&klarhet::report::compare::markdown(&cmp, before, s, m));
        }
    });
    out.push_str(&end.to_ron());
    out
}

/// What the true workshop showed and kept: per statement, how many of its
/// answers (in the order voters finished) were revealed at the end, and per
/// voter, the round whose reveal first counted their ballot among the shown.
pub struct Truth {
    pub revealed: Vec<usize>,
    pub step: Vec<Option<usize>>,
    /// Per statement, whether the end's exports withhold it.
    pub withheld: Vec<bool>,
}

pub fn truth(m: &Assessment, case: &Case) -> Truth {
    let c = &m.challenges[0];
    let mut step = vec![None; case.ballots.len()];
    let end = run(m, case, &case.ballots, |r, s| {
        // The second round's reveal counts its own ballots, not the first's.
        if r >= case.rounds.len() {
            return;
        }
        let shown = s.revealed().get(&c.id).map_or(0, |b| b.voters()) as usize;
        for v in step.iter_mut().take(shown.min(case.ballots.len())) {
            v.get_or_insert(r);
        }
    });
    let analysis = klarhet::model::scoring::analyse(&end, m);
    let statements = case.ballots[0].len();
    if case.again.is_none() {
        return Truth {
            revealed: (0..statements)
                .map(|k| end.shown_tally(&c.id, &c.statements[k].id).total() as usize)
                .collect(),
            step,
            withheld: (0..statements)
                .map(|k| analysis.challenges[0].statements[k].withheld)
                .collect(),
        };
    }
    // With two rounds, each column is its round's: shown as far as that
    // round's reveals showed it, withheld when fewer than the threshold.
    let tally = |k: usize| {
        let round = if case.second_round(k) { 2 } else { 1 };
        let st = &c.statements[case.statement_of(k)].id;
        end.round_tally(&c.id, round, st).total() as usize
    };
    Truth {
        revealed: (0..statements).map(tally).collect(),
        step,
        withheld: (0..statements)
            .map(|k| (1..analysis.threshold).contains(&tally(k)))
            .collect(),
    }
}

/// The answers each voter may have given to statement `k`, as far as the final
/// revealed counts constrain them: the attacker knows the multiset the export
/// prints for a shown statement, so only its orderings are tried there; a
/// statement not shown leaves every option open.
pub fn worlds(m: &Assessment, case: &Case) -> Vec<Vec<Ballot>> {
    let statements = case.ballots[0].len();
    let truth = truth(m, case);
    // Per statement, the list of possible columns (one answer per voter who answered).
    let mut per_statement: Vec<Vec<Vec<Answer>>> = Vec::new();
    for k in 0..statements {
        let voters: Vec<usize> = (0..case.ballots.len())
            .filter(|i| case.ballots[*i][k].is_some())
            .collect();
        // Ballots are counted in the order voters finish, and a statement is
        // revealed whole up to some count: its first answers are the ones shown.
        let (in_reveal, rest) = voters.split_at(truth.revealed[k].min(voters.len()));
        let fixed: Vec<Vec<Answer>> = if !truth.withheld[k] {
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

/// How many worlds [`worlds`] gives for `case`, without making them: the
/// attack's cost grows with it (each world is a workshop run and its exports),
/// by a factor of six for each answer the attacker cannot see, so a budget on
/// it bounds one case's time.
pub fn world_count(m: &Assessment, case: &Case) -> u128 {
    let truth = truth(m, case);
    (0..case.ballots[0].len())
        .map(|k| {
            let answers: Vec<Answer> = case.ballots.iter().filter_map(|b| b[k]).collect();
            let (in_reveal, rest) = answers.split_at(truth.revealed[k].min(answers.len()));
            let fixed = if truth.withheld[k] {
                6u128.pow(in_reveal.len() as u32)
            } else {
                ordering_count(in_reveal)
            };
            fixed * 6u128.pow(rest.len() as u32)
        })
        .product()
}

/// How many distinct orderings `items` has: n! over each repeated answer's count!.
fn ordering_count(items: &[Answer]) -> u128 {
    let factorial = |n: usize| (1..=n as u128).product::<u128>();
    let repeats: u128 = OPTIONS
        .iter()
        .map(|o| factorial(items.iter().filter(|a| *a == o).count()))
        .product();
    factorial(items.len()) / repeats
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

/// What may be learned of voter `i`'s answer to statement `k` without a fault:
/// their own self-assessment, shown in full while they were alone in it; and
/// what no file can avoid holding. The session file keeps every counted answer,
/// so that none is lost: those not shown yet (the ones waiting, or all of a
/// statement too few answered) are in it as counts, as one group. Whoever knows
/// who is in that group reads its answers when it is one other person, or when
/// all of its others answered alike. Anything more is a disclosure.
pub fn unavoidable(
    case: &Case,
    truth: &Truth,
    attacker: Option<usize>,
    i: usize,
    k: usize,
) -> bool {
    let alone = if case.second_round(k) {
        // The one person of a self-assessment that stayed one person's.
        let last = case.rounds.len() - 1;
        case.alone_until(last) && case.again.as_ref().is_some_and(|a| a.people <= 1)
    } else {
        truth.step[i].is_some_and(|r| case.alone_until(r))
    };
    if alone {
        return true;
    }
    let answered: Vec<usize> = (0..case.ballots.len())
        .filter(|v| case.ballots[*v][k].is_some())
        .collect();
    let (shown, waiting) = answered.split_at(truth.revealed[k].min(answered.len()));
    let kept = if waiting.contains(&i) {
        waiting
    } else if truth.withheld[k] && shown.contains(&i) {
        shown
    } else {
        return false;
    };
    let others: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|v| Some(*v) != attacker)
        .collect();
    others.len() == 1
        || others
            .iter()
            .all(|v| case.ballots[*v][k] == case.ballots[i][k])
}

/// What the attacker (`None`: an outsider) works out about someone else, if anything.
pub fn disclosure(
    case: &Case,
    truth: &Truth,
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
            .filter(|i| !unavoidable(case, truth, attacker, **i, k))
            .filter_map(|i| Some((*i, known(&answer(*i))?)))
            .collect();
        if !learned.is_empty() && !alike(case, truth, &learned, case.second_round(k)) {
            return Some(format!("statement {k}: {learned:?}"));
        }
    }
    // A mean is a round's: over the first round's columns, then over the
    // second's (a person's two rounds are two votes, never averaged together).
    let first = case.first_columns();
    let rounds = [(0..first, false), (first..case.ballots[0].len(), true)];
    for (columns, second) in rounds.into_iter().filter(|(c, _)| !c.is_empty()) {
        if let Some(found) = mean_disclosure(case, truth, consistent, &others, columns, second) {
            return Some(found);
        }
    }
    None
}

/// What the attacker works out of the means over `columns`, one round's, of
/// the people in `others`, if anything.
fn mean_disclosure(
    case: &Case,
    truth: &Truth,
    consistent: &[&Vec<Ballot>],
    others: &[usize],
    columns: std::ops::Range<usize>,
    second: bool,
) -> Option<String> {
    let known = |f: &dyn Fn(&Vec<Ballot>) -> String| -> Option<String> {
        let values: BTreeSet<String> = consistent.iter().map(|w| f(w)).collect();
        (values.len() == 1).then(|| values.into_iter().next().unwrap_or_default())
    };
    let round_mean = |b: &Ballot| mean(&b[columns.clone()].to_vec());
    // A mean is worked out "jointly" when it is known although the answers it is
    // made of are not: a group of one's mean, read off a group's figures. A mean
    // already fixed by what each statement alone allows (every answer a group's,
    // or every possible answer giving the same mean) adds nothing to what the
    // statement-by-statement check judged.
    let jointly = |i: usize| {
        let options: Vec<Vec<Option<Answer>>> = columns
            .clone()
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
        .filter(|i| round_mean(&case.ballots[**i]).is_some())
        .filter_map(|i| {
            let of = |w: &Vec<Ballot>| format!("{:?}", round_mean(&w[*i]));
            Some((*i, known(&of)?))
        })
        .collect();
    let new = means.iter().any(|(i, _)| jointly(*i));
    (new && !alike(case, truth, &means, second)).then(|| format!("means: {means:?}"))
}

/// True when everything learned is a group's answer: the figures cannot hide that
/// a group answered alike, and the method appendix says so. A group here is the
/// room, the voters one reveal adds, or the role group the ballots are counted
/// in; each person learned must share their answer with another person learned
/// in the same group, or with everyone learned (in the room, or in each reveal).
/// One person learned alone, or told apart, is a disclosure.
pub fn alike(case: &Case, truth: &Truth, learned: &[(usize, String)], second: bool) -> bool {
    let room = learned.len() >= 2 && learned.iter().all(|(_, a)| *a == learned[0].1);
    // Groups are counted among the people of the first reveal, or of the
    // second round, whose one reveal shows all of its answers as one step.
    let m = model();
    let mut first = start(&m, case);
    privacy(&mut first, &m, |_, _, own| *own = false);
    if let Some(again) = case.again.as_ref().filter(|_| second) {
        set_people(&mut first, &m, case, again.people);
    }
    let step = |i: usize| {
        if second {
            Some(case.rounds.len())
        } else {
            truth.step[i]
        }
    };
    let counts = klarhet::model::privacy::role_counts(&m, &first);
    let group = |i: usize| {
        let role = klarhet::model::scoring::RoleGroup::Role(case.role(i)?.to_owned());
        Some(if counts.iter().any(|(g, _)| *g == role) {
            role
        } else {
            klarhet::model::scoring::RoleGroup::Merged
        })
    };
    // Each reveal shows what it adds as a group of at least k. When what is
    // learned of each reveal's voters is one answer shared by at least two of
    // them, that is that reveal's group answer, as it would be the room's with
    // one reveal (`room`).
    let steps: BTreeSet<Option<usize>> = learned.iter().map(|(i, _)| step(*i)).collect();
    let each_step = steps.iter().all(|s| {
        let answers: Vec<&String> = learned
            .iter()
            .filter(|(i, _)| step(*i) == *s)
            .map(|(_, a)| a)
            .collect();
        answers.len() >= 2 && answers.iter().all(|a| *a == answers[0])
    });
    room || each_step
        || learned.iter().all(|(i, a)| {
            learned
                .iter()
                .any(|(j, b)| j != i && a == b && group(*i).is_some() && group(*i) == group(*j))
        })
}

/// How [`tried`] tells a world's published text from the true one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// The whole text, and nothing else.
    WholeText,
    /// Parts of it first, cheapest first: the session file at the end takes a
    /// workshop run (about 1 ms in a debug build) and tells most worlds apart;
    /// the JSON after each reveal takes about 10 ms a reveal, and is rendered
    /// only as long as the reveals before were the same. Then the whole text.
    CheapestFirst,
}

/// Every world of [`worlds`], and whether everything published about it is
/// what was published about the true one.
pub fn tried(
    m: &Assessment,
    case: &Case,
    before: &Session,
    checks: Checks,
) -> Vec<(Vec<Ballot>, bool)> {
    let truth_text = published(m, case, &case.ballots, before);
    let file = run(m, case, &case.ballots, |_, _| {}).to_ron();
    let mut json = Vec::new();
    run(m, case, &case.ballots, |_, s| {
        json.push(Format::Json.render(s, m, &super::export()));
    });
    worlds(m, case)
        .into_iter()
        .map(|w| {
            let parts_same = checks == Checks::WholeText
                || (run(m, case, &w, |_, _| {}).to_ron() == file && same_json(m, case, &w, &json));
            let same = parts_same && published(m, case, &w, before) == truth_text;
            (w, same)
        })
        .collect()
}

/// Whether `world`'s JSON export after each reveal is `expected`'s, rendering
/// none after the first that differs.
fn same_json(m: &Assessment, case: &Case, world: &[Ballot], expected: &[String]) -> bool {
    let mut same = true;
    run(m, case, world, |r, s| {
        same = same && Format::Json.render(s, m, &super::export()) == expected[r];
    });
    same
}

/// Attacks `case` as an outsider and as each participant; the first finding.
pub fn attack(case: &Case) -> Option<String> {
    attack_on(&model(), case)
}

/// [`attack`] on a workshop of model `m`, whose first challenge's statements
/// take the answers of [`OPTIONS`] (a categorical copy of Halmstad's, say).
pub fn attack_on(m: &Assessment, case: &Case) -> Option<String> {
    let m = m.clone();
    let before = last_year(&m, case);
    let truth = truth(&m, case);
    let started = std::time::Instant::now();
    let views = tried(&m, case, &before, Checks::CheapestFirst);
    if std::env::var_os("ATTACK_TIMING").is_some() {
        eprintln!("{} worlds in {:?}", views.len(), started.elapsed());
    }
    let attackers = std::iter::once(None).chain((0..case.ballots.len()).map(Some));
    for attacker in attackers {
        let consistent: Vec<&Vec<Ballot>> = views
            .iter()
            .filter(|(w, same)| *same && attacker.is_none_or(|a| w[a] == case.ballots[a]))
            .map(|(w, _)| w)
            .collect();
        assert!(!consistent.is_empty(), "the true world is consistent");
        if let Some(found) = disclosure(case, &truth, &consistent, attacker) {
            return Some(format!("attacker {attacker:?} learns {found}"));
        }
    }
    None
}

thread_local! {
    /// The model the attacks are made on, when not Halmstad's.
    static MODEL: std::cell::RefCell<Option<Assessment>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the attacks made on `m` instead of Halmstad's model: its
/// groups are then the ones a case's `roles` name.
pub fn on_model<T>(m: &Assessment, f: impl FnOnce() -> T) -> T {
    MODEL.with(|x| *x.borrow_mut() = Some(m.clone()));
    let out = f();
    MODEL.with(|x| *x.borrow_mut() = None);
    out
}

/// The model the attacks are made on (see [`on_model`]).
fn model() -> Assessment {
    MODEL.with(|x| x.borrow().clone()).unwrap_or_else(halmstad)
}
