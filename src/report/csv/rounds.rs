//! The rounds section's rows: one a round of each statement voted on again,
//! with the round's number and channel in the two columns only a file with
//! rounds has, and its figures in the statement's columns.

use super::{Col, Table, number, yes_no};
use crate::model::scoring::Agreement;
use crate::report::document::{Document, RoundsFinding};
use crate::report::ids;

pub(super) fn rows(t: &mut Table, f: &RoundsFinding, d: &Document) {
    let lang = d.lang;
    for s in &f.statements {
        for r in &s.rounds {
            let st = &r.stats;
            let mut cells = vec![
                (Col::ChallengeId, s.challenge.id.clone()),
                (Col::Challenge, s.challenge.name.get(lang).to_owned()),
                (Col::StatementId, s.statement.id.clone()),
                (Col::Statement, s.statement.text.get(lang).to_owned()),
                (Col::Round, r.round.to_string()),
                (Col::Channel, ids::channel(r.channel).to_owned()),
                (Col::Withheld, yes_no(lang, st.withheld)),
            ];
            if !st.withheld {
                cells.extend([
                    (Col::Answers, st.n.to_string()),
                    (Col::DontKnow, st.unknown.to_string()),
                    (Col::DontKnowShare, number(lang, st.unknown_share, 3)),
                    (Col::Median, number(lang, st.median, 2)),
                    (Col::Mean, number(lang, st.mean, 2)),
                    (Col::Iqr, number(lang, st.iqr, 2)),
                    (Col::Consensus, number(lang, st.consensus, 3)),
                    (
                        Col::ConsensusWord,
                        st.consensus
                            .map_or_else(String::new, |x| Agreement::of(x).label(lang).to_owned()),
                    ),
                ]);
                cells.extend(
                    st.counts
                        .iter()
                        .enumerate()
                        .map(|(i, (_, k))| (Col::Count(i), k.to_string())),
                );
            }
            t.row(crate::tr!(lang, "csv-section-round"), cells);
        }
    }
}
