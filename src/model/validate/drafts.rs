//! A session's draft checked against its model: the form it was typed in is
//! opened again with it, so what the form was for must still be there.

use crate::model::assessment::Assessment;
use crate::model::session::{Draft, DraftForm, Session};

/// The id a draft names that the session or model lacks: a draft is restored
/// into the form it was typed in, so what that form was for must exist.
pub(super) fn target(
    s: &Session,
    model: &Assessment,
    draft: &Draft,
) -> Option<(&'static str, String)> {
    match &draft.form {
        DraftForm::Agreed { challenge, .. } => model
            .challenge(challenge)
            .is_none()
            .then(|| ("challenge", challenge.clone())),
        DraftForm::Action {
            measure: Some(m), ..
        } => crate::model::plan::measure_of(model, m)
            .is_err()
            .then(|| ("measure", m.to_string())),
        DraftForm::Action { recommendation, .. } => model
            .recommendation(recommendation)
            .is_none()
            .then(|| ("recommendation", recommendation.clone())),
        DraftForm::Participant { id: Some(id), .. } => {
            (!s.participants.iter().any(|p| p.id == *id)).then(|| ("participant", id.to_string()))
        }
        DraftForm::Placement { area, phase, .. } => placement_target(s, model, area, phase),
        DraftForm::Choice { alternative, .. } => (model.alternatives.as_ref())
            .and_then(|all| all.item(alternative))
            .is_none()
            .then(|| ("alternative", alternative.clone())),
        DraftForm::TopicNote { topic, .. } => {
            topic.check(model).err().map(|_| match topic.statement() {
                Some(statement) => ("statement", statement.to_owned()),
                None => ("challenge", topic.challenge().to_owned()),
            })
        }
        DraftForm::Participant { id: None, .. } | DraftForm::Setup { .. } => None,
    }
}

/// The area or phase a placement's draft names that the session and model
/// lack.
fn placement_target(
    s: &Session,
    model: &Assessment,
    area: &str,
    phase: &str,
) -> Option<(&'static str, String)> {
    let known = model.phases.as_ref().filter(|p| s.has_area(p, area));
    let Some(phases) = known else {
        return Some(("area", area.to_owned()));
    };
    phases
        .phase(phase)
        .is_none()
        .then(|| ("phase", phase.to_owned()))
}
