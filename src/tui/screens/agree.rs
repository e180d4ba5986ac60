//! The agreed score: after the discussion the group records its score for the
//! challenge (the computed one is the default), a rationale and notes.

use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::state::{AgreeForm, Phase, State};
use crate::tui::update::changed;

/// The agreed-score form, starting from the agreed score if there is one, otherwise
/// from the scale value nearest the computed severity.
pub(super) fn form(state: &State) -> AgreeForm {
    let fallback = AgreeForm {
        score: 0,
        rationale: TextField::default(),
        notes: TextField::default(),
        focus: 0,
    };
    let Some(work) = &state.work else {
        return fallback;
    };
    let Some(c) = work.model.challenges.get(state.scoring.challenge) else {
        return fallback;
    };
    let scale = &work.model.scale;
    let computed = work.analysis.challenge(&c.id).and_then(|r| r.computed);
    let nearest = computed.map(|sev| {
        let value = f64::from(scale.min()) + sev / 100.0 * scale.width();
        scale
            .options
            .iter()
            .map(|o| o.value)
            .min_by(|a, b| {
                (f64::from(*a) - value)
                    .abs()
                    .total_cmp(&(f64::from(*b) - value).abs())
            })
            .unwrap_or(scale.min())
    });
    let agreed = work.session.agreed.get(&c.id);
    AgreeForm {
        score: agreed.map(|a| a.score).or(nearest).unwrap_or(scale.min()),
        rationale: TextField::new(agreed.map_or("", |a| a.rationale.as_str())),
        notes: TextField::new(work.session.notes.get(&c.id).map_or("", String::as_str)),
        focus: 0,
    }
}

/// Handles the agreed-score form; saving it moves on to the next challenge.
pub(super) fn update(
    state: &mut State,
    mut form: AgreeForm,
    msg: Msg,
    challenges: usize,
) -> Vec<Effect> {
    let Some(work) = &mut state.work else {
        return Vec::new();
    };
    let values: Vec<i32> = work.model.scale.options.iter().map(|o| o.value).collect();
    let at = values.iter().position(|v| *v == form.score).unwrap_or(0);
    let field = match form.focus {
        1 => Some(&mut form.rationale),
        2 => Some(&mut form.notes),
        _ => None,
    };
    match (msg, field) {
        (Msg::Back, _) => {
            state.scoring.phase = Phase::Overview;
            return Vec::new();
        }
        (Msg::Next, _) => form.focus = (form.focus + 1) % 3,
        (Msg::Prev, _) => form.focus = (form.focus + 2) % 3,
        (Msg::Confirm, _) if form.focus < 2 => form.focus += 1,
        (Msg::Confirm, _) => {
            let Some(c) = work.model.challenges.get(state.scoring.challenge) else {
                return Vec::new();
            };
            let id = c.id.clone();
            let rationale = form.rationale.trimmed().to_owned();
            work.session.agreed.insert(
                id.clone(),
                crate::model::session::Agreed {
                    score: form.score,
                    rationale,
                },
            );
            let notes = form.notes.trimmed().to_owned();
            if notes.is_empty() {
                work.session.notes.remove(&id);
            } else {
                work.session.notes.insert(id, notes);
            }
            state.scoring.phase = Phase::Overview;
            if state.scoring.challenge + 1 < challenges {
                state.scoring.challenge += 1;
            }
            return changed(state);
        }
        (Msg::Left, None) => form.score = values[at.saturating_sub(1)],
        (Msg::Right, None) => form.score = values[(at + 1).min(values.len() - 1)],
        (Msg::Char(c), None) => {
            if let Some(v) = c
                .to_digit(10)
                .and_then(|d| i32::try_from(d).ok())
                .filter(|v| values.contains(v))
            {
                form.score = v;
            }
        }
        (msg, Some(f)) => {
            f.edit(&msg);
        }
        _ => {}
    }
    state.scoring.phase = Phase::Agree(form);
    Vec::new()
}
