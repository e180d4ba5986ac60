//! The steps of a workshop a model has (issue 28, "structure is optional"):
//! a model without causal links has no circle, one without recommendations no
//! recommendations or plan, one without a ladder no level. The list is
//! computed from the model, never fixed, so that the step indicator, the
//! agenda, the speaker notes and a resumed session show only steps with
//! something in them (docs/model-format.md, "The workshop's steps").

use crate::model::assessment::Assessment;

/// A step of the workshop, by the key a session stores it under. `Start` is
/// the app's own screen, before there is a session: no model has it.
///
/// The derived order is the table's, with the model's prompt sets after every
/// built-in step: it tells only the steps before a session (start, setup) from
/// the rest. A workshop's own order is the place in [`StepKey::list`], since a
/// set may come after any step.
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
    /// One of the model's sets of open prompts, by its place in
    /// `model.prompts`: each participant writes answers (docs/model-format.md,
    /// "Open prompts"). Its key and name are the set's, in the model.
    Prompts(u16),
}

impl StepKey {
    /// Every built-in step, in the workshop's order; a model's prompt sets
    /// come from the model ([`StepKey::list`]).
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

    /// The name a session stores a built-in step under (`resume.step`), and
    /// that agendas and speaker notes name it by. A prompt set's key is its
    /// id, which only its model knows ([`StepKey::key_in`]); here it is the
    /// kind's name, `prompts`, which is no step's key.
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
            StepKey::Prompts(_) => "prompts",
        }
    }

    /// The key a session stores the step under in a workshop on `model`: a
    /// built-in step's own, a prompt set's id.
    pub fn key_in(self, model: &Assessment) -> &str {
        match self.prompt_set(model) {
            Some(set) => &set.id,
            None => self.key(),
        }
    }

    /// The step stored under `key` in a workshop on `model`: a built-in one,
    /// or one of the model's prompt sets.
    pub fn from_key_in(key: &str, model: &Assessment) -> Option<StepKey> {
        StepKey::from_key(key).or_else(|| {
            let at = model.prompts.iter().position(|s| s.id == key)?;
            u16::try_from(at).ok().map(StepKey::Prompts)
        })
    }

    /// The prompt set this step is, in `model`, when it is one.
    pub fn prompt_set(self, model: &Assessment) -> Option<&crate::model::prompts::PromptSet> {
        match self {
            StepKey::Prompts(at) => model.prompts.get(usize::from(at)),
            _ => None,
        }
    }

    /// The step's name, on screen and in the report's agenda: a prompt set's
    /// is its own, from `model`. Without its model (never so in a workshop's
    /// list) a set is called by the catalogue's word for the kind.
    pub fn label(self, model: Option<&Assessment>, lang: crate::text::Lang) -> String {
        if let Some(set) = model.and_then(|m| self.prompt_set(m)) {
            return set.name.get(lang).to_owned();
        }
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
            StepKey::Prompts(_) => crate::tr!(lang, "tui-step-prompts"),
        }
    }

    /// The built-in step stored under `key`, if it is one.
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
            StepKey::Prompts(_) => self
                .prompt_set(model)
                .is_some_and(|set| model.step_keys().contains(&set.id.as_str())),
        }
    }

    /// The steps of a workshop on `model`, in order, the start screen first,
    /// its prompt sets where `step_keys` puts them; before a model is chosen,
    /// every built-in step.
    pub fn list(model: Option<&Assessment>) -> Vec<StepKey> {
        match model {
            Some(model) => std::iter::once(StepKey::Start)
                .chain(model.workshop_steps())
                .collect(),
            None => StepKey::ALL.to_vec(),
        }
    }

    /// The step after this one in a workshop on `model`.
    pub fn next_in(self, model: Option<&Assessment>) -> Option<StepKey> {
        let list = StepKey::list(model);
        match list.iter().position(|s| *s == self) {
            Some(at) => list.get(at + 1).copied(),
            // A built-in step the model lacks: the next one it has.
            None => list
                .into_iter()
                .find(|s| s.table_place() > self.table_place()),
        }
    }

    /// The step before this one in a workshop on `model`.
    pub fn prev_in(self, model: Option<&Assessment>) -> Option<StepKey> {
        let list = StepKey::list(model);
        match list.iter().position(|s| *s == self) {
            Some(at) => at
                .checked_sub(1)
                .and_then(|before| list.get(before).copied()),
            None => list
                .into_iter()
                .rev()
                .find(|s| s.table_place() < self.table_place()),
        }
    }

    /// The place of a built-in step in [`StepKey::ALL`], for a step a
    /// workshop lacks; a prompt set, which has no place there, counts as the
    /// last (a set a workshop lacks gives way to the summary).
    fn table_place(self) -> usize {
        StepKey::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(StepKey::ALL.len())
    }
}

impl Assessment {
    /// The built-in steps of a workshop on this model, in order: only those it
    /// has something for (the start screen is the app's, not a model's). Its
    /// prompt sets are in [`Assessment::workshop_steps`].
    pub fn steps(&self) -> Vec<StepKey> {
        StepKey::ALL
            .into_iter()
            .filter(|s| s.in_model(self))
            .collect()
    }

    /// Every step of a workshop on this model, in order: the built-in ones
    /// and the prompt sets, each where `step_keys` puts it.
    pub fn workshop_steps(&self) -> Vec<StepKey> {
        self.step_keys()
            .into_iter()
            .filter_map(|key| StepKey::from_key_in(key, self))
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
    /// its model no longer has resumes there; a set the model no longer has,
    /// on the summary). The summary is in every model, so there always is one.
    pub fn step_from(&self, step: StepKey) -> StepKey {
        if step == StepKey::Start || step.in_model(self) {
            return step;
        }
        StepKey::ALL
            .into_iter()
            .skip_while(|s| s.table_place() < step.table_place())
            .find(|s| s.in_model(self))
            .unwrap_or(StepKey::Summary)
    }
}
