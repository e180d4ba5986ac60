//! A session file's written answers (src/model/open_answers.rs), checked as
//! the commands that make them check them: sets and prompts the model has,
//! writers among the session's people, answers as klarhet keeps them (clean,
//! short enough, no more than a writer may give), themes over shown answers.

use crate::error::{ConstructFault, Problem};
use crate::locate::Place;
use crate::model::assessment::Assessment;
use crate::model::open_answers::{MAX_ANSWERS, MAX_CHARS, SetAnswers, Texts, clean};
use crate::model::session::Session;

/// The first fault in `session`'s written answers, with where it is.
pub(super) fn open_answers(session: &Session, model: &Assessment) -> Result<(), (Place, Problem)> {
    for (set, sheet) in session.open_answers() {
        let at = |inner: Place| Place::start().key("open_answers").value(set).then(inner);
        let prompts = session
            .prompt_set(model, set)
            .map_err(|p| (at(Place::start()), p))?;
        if let Some(writer) = sheet.writers.iter().find(|w| !session.is_voter(**w)) {
            let problem = Problem::DanglingId {
                kind: "participant",
                id: writer.to_string(),
            };
            return Err((at(Place::start().key("writers")), problem));
        }
        let writers = u64::from(sheet.waiting_writers) + u64::from(sheet.shown_writers);
        if (sheet.writers.len() as u64) > writers {
            let fault = ConstructFault::WritersOverCount { set: set.clone() };
            return Err((at(Place::start().key("writers")), fault.into()));
        }
        for (field, texts, writers) in [
            ("waiting", &sheet.waiting, sheet.waiting_writers),
            ("shown", &sheet.shown, sheet.shown_writers),
        ] {
            texts_check(texts, writers, |prompt| {
                prompts.prompts.iter().any(|p| p.id == prompt)
            })
            .map_err(|(value, problem)| (at(Place::start().key(field).value(&value)), problem))?;
        }
        themes_check(sheet).map_err(|(value, problem)| {
            (at(Place::start().key("themes").value(&value)), problem)
        })?;
    }
    Ok(())
}

/// Every prompt is the set's, every text as kept and counted, and no more
/// answers than `writers` may give.
fn texts_check(
    texts: &Texts,
    writers: u32,
    has_prompt: impl Fn(&str) -> bool,
) -> Result<(), (String, Problem)> {
    for (prompt, counted) in texts {
        if !has_prompt(prompt) {
            let problem = Problem::DanglingId {
                kind: "prompt",
                id: prompt.clone(),
            };
            return Err((prompt.clone(), problem));
        }
        for (text, n) in counted {
            if *n == 0 || text.is_empty() || *text != clean(text) {
                let prompt = prompt.clone();
                let fault = ConstructFault::AnswerNotKept { prompt };
                return Err((text.clone(), fault.into()));
            }
            if text.chars().count() > MAX_CHARS {
                let prompt = prompt.clone();
                let fault = ConstructFault::AnswerTooLong {
                    prompt,
                    max: MAX_CHARS,
                };
                return Err((text.clone(), fault.into()));
            }
        }
        let given: u64 = counted.values().map(|n| u64::from(*n)).sum();
        let most = u64::from(writers) * MAX_ANSWERS as u64;
        if given > most {
            let fault = ConstructFault::AnswersOverWriters {
                prompt: prompt.clone(),
            };
            return Err((prompt.clone(), fault.into()));
        }
    }
    Ok(())
}

/// Every theme has a name and holds shown answers, each in one theme.
fn themes_check(sheet: &SetAnswers) -> Result<(), (String, Problem)> {
    for (prompt, themes) in &sheet.themes {
        let mut seen = std::collections::BTreeSet::new();
        for theme in themes {
            if theme.name.trim().is_empty() {
                return Err((prompt.clone(), ConstructFault::NoThemeName.into()));
            }
            for answer in &theme.answers {
                let shown = sheet
                    .shown
                    .get(prompt)
                    .is_some_and(|s| s.contains_key(answer));
                if !shown || !seen.insert(answer) {
                    let problem = Problem::DanglingId {
                        kind: "answer",
                        id: answer.clone(),
                    };
                    return Err((answer.clone(), problem));
                }
            }
        }
    }
    Ok(())
}
