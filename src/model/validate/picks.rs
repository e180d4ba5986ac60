//! A session file's polls (src/model/picks.rs), checked as the commands that
//! make them check them: a poll on what the model has, picks among its
//! choices, voters among the session's people and no more of them than picks.

use crate::error::{ConstructFault, Problem};
use crate::locate::Place;
use crate::model::assessment::Assessment;
use crate::model::picks::{Counts, Picks, Poll, choice_kind, choices};
use crate::model::session::Session;

/// The first fault in `session`'s polls, with where it is.
pub(super) fn polls(session: &Session, model: &Assessment) -> Result<(), (Place, Problem)> {
    for (poll, picks) in session.polls().iter() {
        let at = |inner: Place| {
            let poll_at = match &poll {
                Poll::Alternatives => Place::start().key("polls").key("alternatives"),
                Poll::Area(area) => Place::start().key("polls").key("areas").value(area),
            };
            poll_at.then(inner)
        };
        let allowed = choices(model, session, &poll).map_err(|p| (at(Place::start()), p))?;
        picks_check(session, &poll, picks, &allowed)
            .map_err(|(inner, problem)| (at(inner), problem))?;
    }
    Ok(())
}

/// One poll's voters and counts.
fn picks_check(
    session: &Session,
    poll: &Poll,
    picks: &Picks,
    allowed: &[String],
) -> Result<(), (Place, Problem)> {
    if let Some(voter) = picks.voters.iter().find(|v| !session.is_voter(**v)) {
        let problem = Problem::DanglingId {
            kind: "participant",
            id: voter.to_string(),
        };
        return Err((Place::start().key("voters"), problem));
    }
    let counted = picks.waiting.total() + picks.shown.total();
    if picks.voters.len() as u64 > counted {
        return Err((
            Place::start().key("voters"),
            ConstructFault::VotersOverCount.into(),
        ));
    }
    let earlier = picks.earlier.iter().map(|c| ("earlier", c));
    for (field, counts) in [("waiting", &picks.waiting), ("shown", &picks.shown)]
        .into_iter()
        .chain(earlier)
    {
        counts_check(poll, counts, allowed)
            .map_err(|(id, problem)| (Place::start().key(field).value(&id), problem))?;
    }
    Ok(())
}

/// Every choice counted is one the poll has, and counted at least once.
fn counts_check(poll: &Poll, counts: &Counts, allowed: &[String]) -> Result<(), (String, Problem)> {
    for id in counts.choices.keys() {
        if !allowed.contains(id) {
            let problem = Problem::DanglingId {
                kind: choice_kind(poll),
                id: id.clone(),
            };
            return Err((id.clone(), problem));
        }
    }
    Ok(())
}
