//! The steps of a workshop, in order: the app's start screen, then those the
//! model has (`Assessment::steps`, issue 28).

use crate::model::Assessment;
use crate::model::steps::StepKey;
use crate::text::Lang;

/// The steps of a workshop, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// New, resume or demo.
    Start,
    /// Organisation, facilitator, date, language, model.
    Setup,
    /// Who is in the room.
    Participants,
    /// The model as a ring: the teaching moment.
    Model,
    /// Voting, reveal and agreed scores.
    Scoring,
    /// The discussion queue: what most needs talk after the reveals.
    Queue,
    /// The circle with results.
    Circle,
    /// Ranked recommendations.
    Recommendations,
    /// Effektmål, owners and dates.
    Plan,
    /// The level on the model's ladder (in Halmstad's, the work with DiMiOS).
    Level,
    /// Key figures and export.
    Summary,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 11] = [
        Step::Start,
        Step::Setup,
        Step::Participants,
        Step::Model,
        Step::Scoring,
        Step::Queue,
        Step::Circle,
        Step::Recommendations,
        Step::Plan,
        Step::Level,
        Step::Summary,
    ];

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The name stored in a session to resume at.
    pub fn key(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Setup => "setup",
            Step::Participants => "participants",
            Step::Model => "model",
            Step::Scoring => "scoring",
            Step::Queue => "queue",
            Step::Circle => "circle",
            Step::Recommendations => "recommendations",
            Step::Plan => "plan",
            Step::Level => "level",
            Step::Summary => "summary",
        }
    }

    /// The step stored under `key`.
    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The screen of the model's step `key`.
    pub fn of(key: StepKey) -> Step {
        Step::from_key(key.key()).unwrap_or(Step::Summary)
    }

    /// The model's step this screen shows; none for the start screen.
    pub fn model_key(self) -> Option<StepKey> {
        StepKey::from_key(self.key())
    }

    /// The steps of a workshop on `model`, in order, the start screen first;
    /// before a model is chosen, every step.
    pub fn list(model: Option<&Assessment>) -> Vec<Step> {
        match model {
            Some(model) => std::iter::once(Step::Start)
                .chain(model.steps().into_iter().map(Step::of))
                .collect(),
            None => Step::ALL.to_vec(),
        }
    }

    /// The step to show for this one on `model`: itself when the model has it,
    /// else the next step it has.
    pub fn in_model(self, model: &Assessment) -> Step {
        self.model_key()
            .map_or(self, |key| Step::of(model.step_from(key)))
    }

    /// The step after this one in a workshop on `model`.
    pub fn next_in(self, model: Option<&Assessment>) -> Option<Step> {
        Step::list(model).into_iter().find(|s| *s > self)
    }

    /// The step before this one in a workshop on `model`.
    pub fn prev_in(self, model: Option<&Assessment>) -> Option<Step> {
        Step::list(model).into_iter().rev().find(|s| *s < self)
    }

    /// The step's name on screen.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Step::Start => crate::tr!(lang, "tui-step-start"),
            Step::Setup => crate::tr!(lang, "tui-step-setup"),
            Step::Participants => crate::tr!(lang, "tui-step-participants"),
            Step::Model => crate::tr!(lang, "tui-step-model"),
            Step::Scoring => crate::tr!(lang, "tui-step-scoring"),
            Step::Queue => crate::tr!(lang, "tui-step-queue"),
            Step::Circle => crate::tr!(lang, "tui-step-circle"),
            Step::Recommendations => crate::tr!(lang, "tui-step-recommendations"),
            Step::Plan => crate::tr!(lang, "tui-step-plan"),
            Step::Level => crate::tr!(lang, "tui-step-level"),
            Step::Summary => crate::tr!(lang, "tui-step-summary"),
        }
    }
}
