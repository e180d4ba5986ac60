//! The steps of a workshop a model has (issue 28, "structure is optional"):
//! a model without causal links has no circle, one without recommendations no
//! recommendations or plan, one without a ladder no level. The list is
//! computed from the model, never fixed, so that the step indicator, the
//! agenda, the speaker notes and a resumed session show only steps with
//! something in them (docs/model-format.md, "The workshop's steps").

use crate::model::assessment::Assessment;

/// A step of the workshop, by the key a session stores it under. `Start` is
/// the app's own screen, before there is a session: no model has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepKey {
    /// New, resume or demo.
    Start,
    /// Organisation, facilitator, date, language, model.
    Setup,
    /// Who is in the room.
    Participants,
    /// The model shown to the group: the teaching moment.
    Model,
    /// Voting, reveal and agreed scores.
    Scoring,
    /// The discussion queue: what most needs talk after the reveals.
    Queue,
    /// The causal links with the group's results.
    Circle,
    /// The model's phases: the group places each area of its collaboration
    /// in one, with no phase better than another.
    Phases,
    /// The model's recommendations, ranked.
    Recommendations,
    /// The model's alternatives: the group chooses one and says why.
    Alternatives,
    /// Effektmål, owners and dates for adopted recommendations.
    Plan,
    /// The group's place on the model's ladder.
    Level,
    /// Key figures and export.
    Summary,
}

impl StepKey {
    /// Every step there is, in the workshop's order.
    pub const ALL: [StepKey; 13] = [
        StepKey::Start,
        StepKey::Setup,
        StepKey::Participants,
        StepKey::Model,
        StepKey::Scoring,
        StepKey::Queue,
        StepKey::Circle,
        StepKey::Phases,
        StepKey::Recommendations,
        StepKey::Alternatives,
        StepKey::Plan,
        StepKey::Level,
        StepKey::Summary,
    ];

    /// The name a session stores the step under (`resume.step`), and that
    /// agendas and speaker notes name it by.
    pub fn key(self) -> &'static str {
        match self {
            StepKey::Start => "start",
            StepKey::Setup => "setup",
            StepKey::Participants => "participants",
            StepKey::Model => "model",
            StepKey::Scoring => "scoring",
            StepKey::Queue => "queue",
            StepKey::Circle => "circle",
            StepKey::Phases => "phases",
            StepKey::Recommendations => "recommendations",
            StepKey::Alternatives => "alternatives",
            StepKey::Plan => "plan",
            StepKey::Level => "level",
            StepKey::Summary => "summary",
        }
    }

    /// The step's name, on screen and in the report's agenda.
    pub fn label(self, lang: crate::text::Lang) -> String {
        match self {
            StepKey::Start => crate::tr!(lang, "tui-step-start"),
            StepKey::Setup => crate::tr!(lang, "tui-step-setup"),
            StepKey::Participants => crate::tr!(lang, "tui-step-participants"),
            StepKey::Model => crate::tr!(lang, "tui-step-model"),
            StepKey::Scoring => crate::tr!(lang, "tui-step-scoring"),
            StepKey::Queue => crate::tr!(lang, "tui-step-queue"),
            StepKey::Circle => crate::tr!(lang, "tui-step-circle"),
            StepKey::Phases => crate::tr!(lang, "tui-phases-step"),
            StepKey::Recommendations => crate::tr!(lang, "tui-step-recommendations"),
            StepKey::Alternatives => crate::tr!(lang, "tui-alternatives-step"),
            StepKey::Plan => crate::tr!(lang, "tui-step-plan"),
            StepKey::Level => crate::tr!(lang, "tui-step-level"),
            StepKey::Summary => crate::tr!(lang, "tui-step-summary"),
        }
    }

    /// The step stored under `key`, if it is one.
    pub fn from_key(key: &str) -> Option<StepKey> {
        StepKey::ALL.into_iter().find(|s| s.key() == key)
    }

    /// True when `model` has this step, as the table in docs/model-format.md says.
    fn in_model(self, model: &Assessment) -> bool {
        let recommended = !model.recommendations.is_empty();
        match self {
            StepKey::Start => false,
            StepKey::Setup | StepKey::Participants | StepKey::Model | StepKey::Summary => true,
            StepKey::Scoring | StepKey::Queue => model.statements().next().is_some(),
            StepKey::Circle => model.causal.is_some(),
            StepKey::Recommendations | StepKey::Plan => recommended,
            StepKey::Level => model.levels.is_some(),
            StepKey::Alternatives => model.alternatives.is_some(),
            StepKey::Phases => model.phases.is_some(),
        }
    }

    /// The steps of a workshop on `model`, in order, the start screen first;
    /// before a model is chosen, every step.
    pub fn list(model: Option<&Assessment>) -> Vec<StepKey> {
        match model {
            Some(model) => std::iter::once(StepKey::Start)
                .chain(model.steps())
                .collect(),
            None => StepKey::ALL.to_vec(),
        }
    }

    /// The step after this one in a workshop on `model`.
    pub fn next_in(self, model: Option<&Assessment>) -> Option<StepKey> {
        StepKey::list(model).into_iter().find(|s| *s > self)
    }

    /// The step before this one in a workshop on `model`.
    pub fn prev_in(self, model: Option<&Assessment>) -> Option<StepKey> {
        StepKey::list(model).into_iter().rev().find(|s| *s < self)
    }
}

impl Assessment {
    /// The steps of a workshop on this model, in order: only those it has
    /// something for (the start screen is the app's, not a model's).
    pub fn steps(&self) -> Vec<StepKey> {
        StepKey::ALL
            .into_iter()
            .filter(|s| s.in_model(self))
            .collect()
    }

    /// True when this model's workshop has the step stored as `key`: a
    /// built-in step it has, or one of its own (phases, alternatives, a
    /// prompt set), which agendas and speaker notes may name too.
    pub fn has_step(&self, key: &str) -> bool {
        StepKey::from_key(key).is_some_and(|s| s.in_model(self)) || self.step_keys().contains(&key)
    }

    /// The step to show for `step`: itself when the model has it (or it is
    /// the start screen), else the next one it has (a session saved on a step
    /// its model no longer has resumes there). The summary is in every model,
    /// so there always is one.
    pub fn step_from(&self, step: StepKey) -> StepKey {
        if step == StepKey::Start {
            return step;
        }
        StepKey::ALL
            .into_iter()
            .skip_while(|s| *s < step)
            .find(|s| s.in_model(self))
            .unwrap_or(StepKey::Summary)
    }
}
