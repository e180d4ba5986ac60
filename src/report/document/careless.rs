//! The method appendix's part on careless answers: the rule, and per challenge
//! and round the count of ballots that gave the same answer to every statement,
//! as far as it may be shown (see `model::careless`). Only in a report with
//! such a ballot: every other report stays as it was.

use super::MethodBlock;
use crate::model::Session;
use crate::model::assessment::Assessment;
use crate::text::Lang;

/// The appendix's blocks on careless answers; none when no shown round has any.
pub(super) fn blocks(s: &Session, m: &Assessment, lang: Lang) -> Vec<MethodBlock> {
    let lines: Vec<String> = m
        .challenges
        .iter()
        .flat_map(|c| {
            s.careless_rounds(c).into_iter().map(move |k| {
                let count = crate::tr!(
                    lang,
                    "careless-count",
                    straight = k.straight,
                    ballots = k.ballots
                );
                let line = crate::tr!(
                    lang,
                    "method-careless-round",
                    challenge = crate::report::format::md(c.name.get(lang)),
                    round = k.round,
                    count = count
                );
                if k.left_out {
                    format!("{line}; {}", crate::tr!(lang, "careless-left-out"))
                } else {
                    line
                }
            })
        })
        .collect();
    if lines.is_empty() {
        return Vec::new();
    }
    vec![
        MethodBlock::Subheading(crate::tr!(lang, "method-careless-heading")),
        MethodBlock::Paragraph(crate::tr!(
            lang,
            "method-careless-rule",
            count = s.disclosure_threshold()
        )),
        MethodBlock::List(lines),
    ]
}

/// Under a challenge's table of statements: each round whose careless answers
/// were left out of the figures in it, said as such.
pub(crate) fn left_out_notes(
    r: &crate::model::scoring::ChallengeResult,
    lang: Lang,
) -> Vec<String> {
    r.careless
        .iter()
        .filter(|k| k.left_out)
        .map(|k| {
            let count = crate::tr!(
                lang,
                "careless-count",
                straight = k.straight,
                ballots = k.ballots
            );
            crate::tr!(
                lang,
                "report-careless-left-out",
                round = k.round,
                count = count
            )
        })
        .collect()
}
