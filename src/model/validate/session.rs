//! The rules a session must keep: every id is in its model or among its people,
//! every answer is on the scale, and every count is one the session can have
//! (a count read as it stands would wrap, or show more people than there are).

use crate::error::{Error, Pos, Problem, Result};
use crate::locate::{Locator, Place};
use crate::model::assessment::Assessment;
use crate::model::session::{Draft, DraftForm, Session};
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
    for rec in s
        .adopted
        .iter()
        .chain(s.actions.iter().map(|a| &a.recommendation))
    {
        if model.recommendation(rec).is_none() {
            return Err(fail(
                loc.value("adopted", rec, 0)
                    .or_else(|| loc.value("recommendation", rec, 0)),
                Problem::DanglingId {
                    kind: "recommendation",
                    id: rec.clone(),
                },
            ));
        }
    }
    if let (Some(level), Some(ladder)) = (s.level, &model.levels)
        && !ladder.steps.iter().any(|l| l.level == level)
    {
        return Err(fail(loc.key("level", 0), Problem::LevelOffLadder { level }));
    }
    if let Some((kind, id)) = s.draft.as_ref().and_then(|d| draft_target(s, model, d)) {
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

/// The id a draft names that the session or model lacks: a draft is restored
/// into the form it was typed in, so what that form was for must exist.
fn draft_target(s: &Session, model: &Assessment, draft: &Draft) -> Option<(&'static str, String)> {
    match &draft.form {
        DraftForm::Agreed { challenge, .. } => model
            .challenge(challenge)
            .is_none()
            .then(|| ("challenge", challenge.clone())),
        DraftForm::Action { recommendation, .. } => model
            .recommendation(recommendation)
            .is_none()
            .then(|| ("recommendation", recommendation.clone())),
        DraftForm::Participant { id: Some(id), .. } => {
            (!s.participants.iter().any(|p| p.id == *id)).then(|| ("participant", id.to_string()))
        }
        DraftForm::Participant { id: None, .. } | DraftForm::Setup { .. } => None,
    }
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
