//! The keys of every step a workshop on a model has, the model's own steps
//! included: its phases, its alternatives and its sets of open prompts, each
//! set after the step its `after` names (docs/model-format.md, "The
//! workshop's steps"). Agendas, speaker notes and a prompt set's `after` name
//! steps by these keys. The TUI's steps are [`StepKey`]'s, a set's among
//! them (`StepKey::Prompts`), in this order.

use crate::model::assessment::Assessment;
#[cfg(doc)]
use crate::model::steps::StepKey;

impl Assessment {
    /// The keys of the steps of a workshop on this model, in order. A prompt
    /// set whose `after` names no step, or that waits in a loop of sets, has
    /// no place and is left out (`validate` refuses such a model).
    pub fn step_keys(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for key in self.built_in_keys() {
            self.with_sets_after(key, &mut out);
        }
        out
    }

    /// The keys of the steps the workshop has that are not prompt sets, in
    /// the table's order: the phases and the alternatives are [`StepKey`]s of
    /// their own, after the circle and after the recommendations.
    pub fn built_in_keys(&self) -> Vec<&'static str> {
        self.steps().into_iter().map(|step| step.key()).collect()
    }

    /// `key`, then the prompt sets after it (in the file's order), each
    /// followed by those after it.
    fn with_sets_after<'a>(&'a self, key: &'a str, out: &mut Vec<&'a str>) {
        out.push(key);
        for set in self.prompts.iter().filter(|s| s.after == key) {
            // A set after itself is in a loop: it has no place.
            if set.id != key && !out.contains(&set.id.as_str()) {
                self.with_sets_after(&set.id, out);
            }
        }
    }
}
