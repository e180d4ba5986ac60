//! The ids of the Halmstad model's groups (its grouping `roll`), for the
//! unit tests: the words session files have always named its roles by.

/// Förtroendevalda.
pub const POLITIK: &str = "Politik";
/// Kommundirektör and förvaltningsdirektörer.
pub const KOMMUNLEDNING: &str = "Kommunledning";
/// Verksamhetsföreträdare.
pub const FORVALTNING: &str = "Forvaltning";
/// VD and bolagsledning.
pub const BOLAG: &str = "Bolag";
/// Anyone else.
pub const OVRIGT: &str = "Ovrigt";
/// Every group, in the model's order.
pub const ALL: [&str; 5] = [POLITIK, KOMMUNLEDNING, FORVALTNING, BOLAG, OVRIGT];
