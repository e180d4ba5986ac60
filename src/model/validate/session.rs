//! The rules a session must keep: every id is in its model or among its people,
//! every answer is on the scale, and every count is one the session can have
//! (a count read as it stands would wrap, or show more people than there are).

use crate::error::{Error, Pos, Problem, Result};
use crate::locate::{Locator, Place};
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use std::collections::BTreeSet;
use std::path::Path;

/// Checks that every id in a session exists in its model and every answer is on
/// the model's scale.
pub(in crate::model) fn session(
    s: &Session,
    model: &Assessment,
    src: &str,
    path: &Path,
) -> Result<()> {
    // The index of positions is built only when there is an error to place: on a
    // large session it costs more than the parse.
    let loc = std::cell::LazyCell::new(|| Locator::new(src));
    let fail = |pos: Option<Pos>, problem: Problem| Error::Invalid {
        path: path.to_owned(),
        pos,
        problem,
        terms: model.terms.clone().map(Box::new),
    };
    if s.assessment.id != model.id {
        return Err(fail(
            loc.value("id", &s.assessment.id, 0),
            Problem::DanglingId {
                kind: "assessment",
                id: s.assessment.id.clone(),
            },
        ));
    }
    // Sorted and built at once: a tree grown one id at a time was the largest
    // cost of these checks for 10,000 participants (issue 26).
    let mut sorted: Vec<u32> = s.participants.iter().map(|p| p.id).collect();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        // The first id given twice in the file's order is the one named.
        let mut seen = BTreeSet::new();
        if let Some(p) = s.participants.iter().find(|p| !seen.insert(p.id)) {
            return Err(fail(
                loc.key("participants", 0),
                Problem::DuplicateId {
                    kind: "participant",
                    id: p.id.to_string(),
                },
            ));
        }
    }
    let mut ids: BTreeSet<u32> = sorted.into_iter().collect();
    // Checked before any seat is made: a huge count must not fill memory.
    if let Some(count) = s
        .headcount
        .filter(|c| *c > crate::model::session::MAX_HEADCOUNT)
    {
        return Err(fail(
            loc.key("headcount", 0),
            Problem::HeadCountTooLarge {
                count,
                max: crate::model::session::MAX_HEADCOUNT,
            },
        ));
    }
    if s.participants.is_empty() {
        ids.extend(1..=s.headcount.unwrap_or(0));
    }
    let at = |place: Place, problem: Problem| fail(loc.place(&place), problem);
    groups(s, model, &|pos, problem| fail(pos, problem), &loc)?;
    let most = s.most_voters();
    if let Err((place, problem)) = s.responses.check(model, &ids, most) {
        return Err(at(Place::start().key("responses").then(place), problem));
    }
    if let Some(Err((place, problem))) = s.room.as_ref().map(|r| r.check(model, &ids)) {
        return Err(at(Place::start().key("room").then(place), problem));
    }
    if let Err((place, problem)) = progress(s, model, &ids) {
        return Err(at(Place::start().key("progress").then(place), problem));
    }
    for (field, boxes) in [("sealed", &s.sealed), ("revealed", &s.revealed)] {
        for (challenge, ballots) in boxes {
            let unknown = (ballots.groups()).find_map(|(g, _)| match g {
                crate::model::ballot_box::RoleGroup::Role(id)
                    if s.grouping_of(model, id).is_none() =>
                {
                    Some(id.clone())
                }
                _ => None,
            });
            if let Some(id) = unknown {
                let map = Place::start().key(field).value(challenge);
                return Err(at(map, Problem::DanglingId { kind: "group", id }));
            }
            if let Err((place, problem)) = ballots.check(model, challenge, most) {
                let map = Place::start().key(field).value(challenge);
                return Err(at(map.then(place), problem));
            }
        }
    }
    for (challenge, waiting) in &s.pending {
        let shown = s.revealed.get(challenge).map_or(0, |b| b.voters());
        if let Err((place, problem)) = waiting.as_box(shown).check(model, challenge, most) {
            let map = Place::start().key("pending").value(challenge);
            return Err(at(map.then(place), problem));
        }
    }
    for (challenge, rounds) in &s.left_out {
        let had = |r: &u32| *r >= 1 && *r <= s.current_round(challenge);
        let problem = match model.challenge(challenge) {
            None => Problem::DanglingId {
                kind: "challenge",
                id: challenge.clone(),
            },
            Some(_) => match rounds.iter().find(|r| !had(r)) {
                Some(r) => Problem::DanglingId {
                    kind: "round",
                    id: r.to_string(),
                },
                None => continue,
            },
        };
        return Err(fail(loc.key("left_out", 0), problem));
    }
    if let Err((field, challenge)) = s.check_straight() {
        let problem = Problem::StraightTooLarge { challenge };
        return Err(fail(loc.key(field, 0), problem));
    }
    if let Err((place, problem)) = super::rounds::rounds(s, model, most) {
        return Err(at(Place::start().key("rounds").then(place), problem));
    }
    for (challenge, agreed) in &s.agreed {
        let Some(c) = model.challenge(challenge) else {
            return Err(fail(
                loc.key("agreed", 0),
                Problem::DanglingId {
                    kind: "challenge",
                    id: challenge.clone(),
                },
            ));
        };
        let severity_ok = agreed.severity.is_none_or(|v| (0.0..=100.0).contains(&v));
        if !model.challenge_scale(c).contains(agreed.score) || !severity_ok {
            return Err(fail(
                loc.key("score", 0),
                Problem::AgreedOffScale {
                    challenge: challenge.clone(),
                    score: agreed.score,
                },
            ));
        }
    }
    for challenge in s.notes.keys() {
        if model.challenge(challenge).is_none() {
            return Err(fail(
                loc.key("notes", 0),
                Problem::DanglingId {
                    kind: "challenge",
                    id: challenge.clone(),
                },
            ));
        }
    }
    let discussion = &s.discussion;
    for topic in discussion
        .topics
        .iter()
        .map(|d| &d.topic)
        .chain(&discussion.at)
    {
        if let Err(problem) = topic.check(model) {
            return Err(fail(loc.key("discussion", 0), problem));
        }
    }
    for rec in &s.adopted {
        if model.recommendation(rec).is_none() {
            return Err(fail(
                loc.value("adopted", rec, 0),
                Problem::DanglingId {
                    kind: "recommendation",
                    id: rec.clone(),
                },
            ));
        }
    }
    super::plan::actions(s, model, &|pos, problem| fail(pos, problem), &loc)?;
    if let (Some(level), Some(ladder)) = (s.level, &model.levels)
        && !ladder.steps.iter().any(|l| l.level == level)
    {
        return Err(fail(loc.key("level", 0), Problem::LevelOffLadder { level }));
    }
    if let Some(choice) = &s.choice {
        // Each choice the file keeps names an alternative the model has and
        // says why, as a live `Choose` must; the fault is placed at its id.
        let all = std::iter::once(choice.now()).chain(choice.earlier.iter().cloned());
        for chosen in all {
            if let Err(problem) = crate::model::choice::may_choose(model, &chosen) {
                let pos = loc.value("alternative", &chosen.alternative, 0);
                return Err(fail(pos.or_else(|| loc.key("choice", 0)), problem));
            }
        }
    }
    if let Some(board) = &s.phase_board {
        // The file's own areas and every placement it keeps, current and
        // earlier, are checked as live commands are: a phase the model lacks
        // is placed at its id in the file.
        let phases = crate::model::placement::phases_of(model);
        for (i, area) in board.areas.iter().enumerate() {
            let checked = (phases.as_ref().map_err(Clone::clone))
                .and_then(|p| crate::model::placement::may_add_area(p, &board.areas[..i], area));
            if let Err(problem) = checked {
                let pos = loc.value("id", &area.id, 0);
                return Err(fail(pos.or_else(|| loc.key("phase_board", 0)), problem));
            }
        }
        for placed in board.placed.iter().flat_map(|p| p.all()) {
            if let Err(problem) = s.may_place(model, &placed) {
                let pos = match &problem {
                    Problem::DanglingId { kind: "phase", .. } => {
                        loc.value("phase", &placed.phase, 0)
                    }
                    _ => loc.value("area", &placed.area, 0),
                };
                return Err(fail(pos.or_else(|| loc.key("phase_board", 0)), problem));
            }
        }
    }
    if let Err((place, problem)) = super::open_answers::open_answers(s, model) {
        return Err(fail(loc.place(&place), problem));
    }
    if let Err((place, problem)) = super::picks::polls(s, model) {
        return Err(fail(loc.place(&place), problem));
    }
    if let Some((kind, id)) = s
        .draft
        .as_ref()
        .and_then(|d| super::drafts::target(s, model, d))
    {
        return Err(fail(loc.key("draft", 0), Problem::DanglingId { kind, id }));
    }
    if let Some(Err(problem)) = s.agenda.as_ref().map(|a| a.check(model)) {
        // A step or challenge the model lacks is pointed at; any other fault
        // at the agenda.
        let place = match &problem {
            Problem::DanglingId { kind, id } if *kind != "agenda-item" => {
                Place::start().key("agenda").value(id)
            }
            _ => Place::start().key("agenda"),
        };
        return Err(fail(loc.place(&place), problem));
    }
    Ok(())
}

/// Checks that every challenge in the progress is in `model`, and every voter
/// in it is one of `voters`: progress names people, so it may name no one
/// who is not in the session.
fn progress(
    s: &Session,
    model: &Assessment,
    voters: &BTreeSet<u32>,
) -> Result<(), (Place, Problem)> {
    // Sorted, as each challenge's voters are: one walk along both finds a
    // stranger, where a lookup per voter cost a tenth of opening a session of
    // 10,000 who all voted (issue 26).
    let known: Vec<u32> = if s.progress.is_empty() {
        Vec::new()
    } else {
        voters.iter().copied().collect()
    };
    for (challenge, passed) in &s.progress {
        let place = Place::start().value(challenge);
        if model.challenge(challenge).is_none() {
            let problem = Problem::DanglingId {
                kind: "challenge",
                id: challenge.clone(),
            };
            return Err((place, problem));
        }
        let mut ids = known.iter().copied().peekable();
        let stranger = passed.voters().find(|v| {
            while ids.next_if(|id| id < v).is_some() {}
            ids.peek() != Some(v)
        });
        if let Some(stranger) = stranger {
            let problem = Problem::DanglingId {
                kind: "participant",
                id: stranger.to_string(),
            };
            return Err((place, problem));
        }
    }
    Ok(())
}

/// The session's own groups are in open groupings of the model, one word and
/// no other group's id; its breakdown is one of the model's groupings; and
/// every participant's groups are the model's or the session's, one of each
/// grouping at most. A fault is placed at the participant's line.
fn groups(
    s: &Session,
    model: &Assessment,
    fail: &impl Fn(Option<Pos>, Problem) -> Error,
    loc: &std::cell::LazyCell<Locator, impl FnOnce() -> Locator>,
) -> Result<()> {
    for (i, own) in s.groups.iter().enumerate() {
        let of_model = (model.groupings.iter()).any(|g| g.group(&own.id).is_some());
        let twice = s.groups[..i].iter().any(|g| g.id == own.id);
        let problem = match model.groupings.iter().find(|g| g.id == own.grouping) {
            None => Some(Problem::DanglingId {
                kind: "grouping",
                id: own.grouping.clone(),
            }),
            Some(g) if !g.open => {
                Some(Problem::Group(crate::error::GroupProblem::ClosedGrouping {
                    grouping: g.id.clone(),
                }))
            }
            Some(_) if !crate::model::groups::is_group_id(&own.id) => {
                Some(Problem::Group(crate::error::GroupProblem::BadGroupId {
                    id: own.id.clone(),
                }))
            }
            Some(_) if of_model || twice => Some(Problem::DuplicateId {
                kind: "group",
                id: own.id.clone(),
            }),
            Some(_) => None,
        };
        if let Some(problem) = problem {
            return Err(fail(loc.value("id", &own.id, 0), problem));
        }
    }
    if let Some(b) = &s.breakdown
        && !model.groupings.iter().any(|g| &g.id == b)
    {
        let problem = Problem::DanglingId {
            kind: "grouping",
            id: b.clone(),
        };
        return Err(fail(loc.value("breakdown", b, 0), problem));
    }
    for p in s.participants.iter() {
        if let Err(problem) = s.check_groups(model, &p.groups) {
            // The map form's line, as written; else the list's start.
            let line = format!("{} {}", p.groups.join("+"), p.alias);
            let pos = (loc.literals_equal(&line))
                .or_else(|| loc.literals_equal(&p.groups.join("+")))
                .or_else(|| loc.key("participants", 0));
            return Err(fail(pos, problem));
        }
    }
    Ok(())
}
