//! The checks a command and a change read from disk both pass: that an answer
//! is on the model's scale and that a challenge named is the model's.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::ballots::Answer;

/// Refuses an answer that is not on the statement's scale.
pub fn on_scale(model: &Assessment, statement: &str, answer: Answer) -> Result<(), Problem> {
    let scale = model.scale_of_id(statement);
    let ok = match answer {
        Answer::Value(v) => scale.contains(v),
        Answer::Unknown => scale.unknown.is_some(),
    };
    if ok {
        return Ok(());
    }
    Err(Problem::AnswerOffScale {
        statement: statement.to_owned(),
        answer: match answer {
            Answer::Value(v) => Some(v),
            Answer::Unknown => None,
        },
    })
}

/// The challenge a change names, which a journal read from disk may not have.
pub(crate) fn challenge_of<'m>(
    model: &'m Assessment,
    id: &str,
) -> Result<&'m crate::model::assessment::Challenge, Problem> {
    model.challenge(id).ok_or_else(|| Problem::DanglingId {
        kind: "challenge",
        id: id.to_owned(),
    })
}

/// The round a journal line from before rounds was given in.
pub(in crate::model) fn first_round() -> crate::model::round::RoundNo {
    1
}
