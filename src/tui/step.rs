//! The steps of a workshop, in order: the app's start screen, then those the
//! model has, its sets of open prompts among them. The domain's [`StepKey`]
//! is the list (issue 28), with the step's name, which the screens and the
//! report's agenda share.

pub use crate::model::steps::StepKey as Step;
