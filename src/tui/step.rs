//! The steps of a workshop, in order: the app's start screen, then those the
//! model has. The domain's [`StepKey`] is the list (issue 28); the screens
//! add only its names on screen.

use crate::text::Lang;

pub use crate::model::steps::StepKey as Step;

impl Step {
    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
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
