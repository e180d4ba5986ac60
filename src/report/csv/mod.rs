//! CSV for Swedish Excel: `;` between fields, a UTF-8 BOM, CRLF line ends and a
//! decimal comma when the session's language is Swedish. Aggregates only.
//!
//! One table with one header row, so that pandas, DuckDB and a spreadsheet read
//! it in one go, and 50 municipalities' files stack into one table. The first
//! column names the section a row belongs to (a challenge, a statement, a role
//! group's mean on a challenge, an item of the action plan), the next four say
//! whose session it is (organisation, kommunkod, date, session id) on every
//! row, and each section fills its own columns, leaving the others empty.
//! Several header rows in one file would break every reader's type inference;
//! several files would need the command line and the workbench to name and
//! write more than one file per export.

mod agenda;
mod alternatives;
mod columns;
mod phases;
mod plan;
mod prompts;
mod references;
mod rounds;
mod votes;

use crate::model::assessment::Assessment;
use crate::model::scoring::Agreement;
use crate::model::session::Session;
use crate::report::document::{Document, Section};
use crate::report::{Export, ids};
use crate::text::{Lang, decimal};
use columns::{Col, Optional, columns};

/// A field quoted when it holds the separator, a quote or a line break. Text a
/// spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets
/// a leading ' so that it stays text (OWASP's rule against CSV injection);
/// numbers are left as numbers.
fn field(text: &str) -> String {
    let is_number = text.replace(',', ".").parse::<f64>().is_ok();
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn number(lang: Lang, value: Option<f64>, places: usize) -> String {
    value.map_or_else(String::new, |v| decimal(lang, v, places))
}

/// Rows of the table as they are filled: every row starts with its section and
/// the session's four identifying cells, and has every column.
struct Table {
    cols: Vec<Col>,
    who: [String; 4],
    rows: Vec<Vec<String>>,
}

impl Table {
    fn row(&mut self, section: String, cells: Vec<(Col, String)>) {
        let mut row = vec![String::new(); self.cols.len()];
        let who = [Col::Organisation, Col::Kommunkod, Col::Date, Col::SessionId];
        for (col, text) in std::iter::once((Col::Section, section))
            .chain(who.into_iter().zip(self.who.iter().cloned()))
            .chain(cells)
        {
            if let Some(i) = self.cols.iter().position(|c| *c == col) {
                row[i] = text;
            }
        }
        self.rows.push(row);
    }
}

/// The session's figures as CSV text, BOM included, for the stored session
/// `export` names.
pub fn render(session: &Session, model: &Assessment, export: &Export) -> String {
    document(&Document::build(session, model), export)
}

/// A document's figures as CSV text, BOM included: the challenges with their
/// statements and role groups, the rounds, the reference figures, the phases,
/// the group's written answers, the alternatives, the action plan and the
/// agenda; the
/// sections in words are for the reports people read.
pub fn document(d: &Document, export: &Export) -> String {
    let has = |f: fn(&Section) -> bool| d.sections.iter().any(f);
    let cols = columns(
        d.model,
        Optional {
            rounds: has(|s| matches!(s, Section::Rounds(_))),
            agenda: has(|s| matches!(s, Section::Agenda(_))),
            references: has(|s| matches!(s, Section::References(_))),
            prompts: has(|s| matches!(s, Section::Prompts(_))),
            workshop_shares: has(|s| match s {
                Section::References(r) => {
                    (r.iter()).any(|f| f.figures.iter().any(|x| x.workshop.is_some()))
                }
                _ => false,
            }),
            asked: has(|s| match s {
                Section::References(r) => r.iter().any(|f| f.reference.asked.is_some()),
                _ => false,
            }),
            votes: has(|s| match s {
                Section::Alternatives(a) => !a.votes.is_empty(),
                Section::Phases(p) => !p.votes.is_empty(),
                _ => false,
            }),
            measures: has(|s| match s {
                Section::Plan(plan) => plan.iter().any(|a| a.measure.is_some()),
                _ => false,
            }),
        },
    );
    let header = cols.iter().map(|c| c.heading(d.lang, d.model)).collect();
    let who = &d.identity;
    let mut t = Table {
        cols,
        who: [
            who.organisation.clone(),
            who.kommunkod.clone().unwrap_or_default(),
            who.date.to_string(),
            export.session_id.clone(),
        ],
        rows: vec![header],
    };
    for section in &d.sections {
        match section {
            Section::Challenges => challenges(&mut t, d),
            Section::Plan(plan) => plan::actions(&mut t, plan, d.lang),
            Section::Rounds(rounds) => rounds::rows(&mut t, rounds, d),
            Section::Agenda(agenda) => agenda::rows(&mut t, agenda, d.lang),
            Section::References(references) => references::rows(&mut t, references, d.lang),
            Section::Alternatives(a) => alternatives::rows(&mut t, a, d.lang),
            Section::Phases(p) => phases::rows(&mut t, p, d.lang),
            Section::Prompts(p) => prompts::rows(&mut t, p, d.lang),
            _ => {}
        }
    }
    let mut out = String::from("\u{feff}");
    for row in t.rows {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
}

fn yes_no(lang: Lang, b: bool) -> String {
    if b {
        crate::tr!(lang, "csv-yes")
    } else {
        crate::tr!(lang, "csv-no")
    }
}

/// Each challenge's row, then its statements' and its role groups'.
fn challenges(t: &mut Table, d: &Document) {
    let lang = d.lang;
    let yes_no = |b: bool| yes_no(lang, b);
    let word =
        |x: Option<f64>| x.map_or_else(String::new, |x| Agreement::of(x).label(lang).to_owned());
    for view in d.challenges() {
        let (c, r) = (view.challenge, view.result);
        let name = c.name.get(lang).to_owned();
        t.row(
            crate::tr!(lang, "csv-challenge"),
            vec![
                (Col::ChallengeId, c.id.clone()),
                (Col::Challenge, name.clone()),
                // Withheld statements count 0 here: their answers are not shown.
                (
                    Col::Answers,
                    r.statements.iter().map(|s| s.n).sum::<u32>().to_string(),
                ),
                (
                    Col::DontKnow,
                    r.statements
                        .iter()
                        .map(|s| s.unknown)
                        .sum::<u32>()
                        .to_string(),
                ),
                (Col::DontKnowShare, number(lang, r.unknown_share, 3)),
                (Col::MinConsensus, number(lang, r.min_consensus, 3)),
                (Col::ConsensusWord, word(r.min_consensus)),
                (Col::Severity, number(lang, r.severity(), 1)),
                (Col::Computed, number(lang, r.computed, 1)),
                (Col::Agreed, number(lang, r.agreed, 1)),
                (Col::KnowledgeGap, yes_no(r.knowledge_gap)),
                (
                    Col::Withheld,
                    yes_no(r.statements.iter().all(|s| s.withheld)),
                ),
                (Col::Uncertain, yes_no(r.uncertain)),
                (Col::Source, c.source.clone()),
            ],
        );
        for (s, st) in view.statements() {
            let mut cells = vec![
                (Col::ChallengeId, c.id.clone()),
                (Col::Challenge, name.clone()),
                (Col::StatementId, s.id.clone()),
                (Col::Statement, s.text.get(lang).to_owned()),
                (Col::Answers, count(st, st.n)),
                (Col::DontKnow, count(st, st.unknown)),
                (Col::DontKnowShare, number(lang, st.unknown_share, 3)),
                (Col::Median, number(lang, st.median, 2)),
                (Col::Mean, number(lang, st.mean, 2)),
                (Col::Iqr, number(lang, st.iqr, 2)),
                (Col::Consensus, number(lang, st.consensus, 3)),
                (Col::ConsensusWord, word(st.consensus)),
                (Col::KnowledgeGap, yes_no(st.knowledge_gap())),
                (Col::Withheld, yes_no(st.withheld)),
                (
                    Col::Uncertain,
                    yes_no(st.uncertain(d.identity.self_assessment)),
                ),
                (Col::Source, s.source.clone()),
            ];
            // A withheld statement has no counts: its count cells stay empty.
            // Its counts are in its own scale's columns (see `columns`).
            let scale = d.model.scale_of(s);
            let j = (d.model.all_scales())
                .position(|x| x.id == scale.id)
                .unwrap_or(0);
            cells.extend(st.counts.iter().enumerate().map(|(i, (_, k))| {
                let col = if j == 0 {
                    Col::Count(i)
                } else {
                    Col::ScaleCount(j, i)
                };
                (col, k.to_string())
            }));
            if scale.is_categorical() {
                cells.extend(
                    (st.counts.iter().enumerate())
                        .map(|(i, (v, _))| (Col::ScaleShare(j, i), number(lang, st.share(*v), 3))),
                );
            }
            t.row(crate::tr!(lang, "csv-statement"), cells);
        }
        // Only the role groups the document shows: groups under the threshold
        // are merged or left out there, exactly as in every other report.
        for (g, mean) in &r.role_means {
            t.row(
                crate::tr!(lang, "csv-section-role-mean"),
                vec![
                    (Col::ChallengeId, c.id.clone()),
                    (Col::Challenge, name.clone()),
                    (Col::RoleId, ids::group(d.model, g)),
                    (Col::Role, d.figures.groups.name(g, lang)),
                    (Col::RoleMean, decimal(lang, *mean, 2)),
                ],
            );
        }
    }
}

/// A count, or an empty cell for a statement whose answers are withheld.
fn count(st: &crate::model::scoring::StatementStats, n: u32) -> String {
    if st.withheld {
        String::new()
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_with_separators_or_quotes_are_quoted() {
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("säg \"hej\""), "\"säg \"\"hej\"\"\"");
        assert_eq!(field("åäö"), "åäö");
    }

    #[test]
    fn formulas_stay_text_and_numbers_stay_numbers() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUMMA(A1)"), "'@SUMMA(A1)");
        assert_eq!(field("+46 70"), "'+46 70");
        assert_eq!(field("\tdold"), "'\tdold");
        assert_eq!(field("-0,5"), "-0,5");
        assert_eq!(field("-3"), "-3");
    }
}
