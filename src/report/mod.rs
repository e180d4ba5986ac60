//! Reports: pure functions from a session and its model to text a municipality keeps.

mod decisions;
pub(crate) mod format;
pub mod markdown;
mod method;

pub use format::bar;
pub use markdown::render as markdown;
