//! The models embedded in klarhet: one for each report in the research, so
//! that every one of them runs from any directory with nothing installed.

use crate::model::assessment::{HALMSTAD_PATH, HALMSTAD_RON};

/// Every model embedded in klarhet, as (the name it is reported under, its
/// source): the default first, then the other reports' models by id.
pub const EMBEDDED: [(&str, &str); 5] = [
    (HALMSTAD_PATH, HALMSTAD_RON),
    (
        "assessments/hjeltman-larsson.ron",
        include_str!("../../assessments/hjeltman-larsson.ron"),
    ),
    (
        "assessments/matteby.ron",
        include_str!("../../assessments/matteby.ron"),
    ),
    (
        "assessments/trollhattan.ron",
        include_str!("../../assessments/trollhattan.ron"),
    ),
    (
        "assessments/wihlborg.ron",
        include_str!("../../assessments/wihlborg.ron"),
    ),
];
