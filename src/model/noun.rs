//! A model's word for a thing it counts, in the four forms the catalogue's
//! sentences need: a catalogue cannot make "samarbetsområdet" from
//! "samarbetsområde", so the model gives every form (docs/model-format.md,
//! "Terms"). The phases' `area` and the model's `terms` use the one type, which
//! lives with the terms.

pub use crate::model::terms::Noun;
