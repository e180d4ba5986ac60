//! CSV for Swedish Excel: `;` between fields, a UTF-8 BOM, CRLF line ends and a
//! decimal comma when the session's language is Swedish. One row per challenge,
//! then one row per statement. Aggregates only.

use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Agreement};
use crate::model::session::Session;
use crate::text::{Lang, decimal};

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

/// The session's figures as CSV text, BOM included.
pub fn render(session: &Session, model: &Assessment) -> String {
    let lang = session.language;
    let a = scoring::analyse(session, model);
    let yes_no = |b: bool| {
        if b {
            crate::tr!(lang, "csv-yes")
        } else {
            crate::tr!(lang, "csv-no")
        }
    };
    let mut header: Vec<String> = vec![
        crate::tr!(lang, "csv-col-kind"),
        crate::tr!(lang, "csv-col-challenge"),
        crate::tr!(lang, "csv-col-statement-id"),
        crate::tr!(lang, "csv-col-statement"),
        crate::tr!(lang, "csv-col-n"),
        crate::tr!(lang, "csv-col-dont-know"),
        crate::tr!(lang, "csv-col-dont-know-share"),
        crate::tr!(lang, "csv-col-median"),
        crate::tr!(lang, "csv-col-mean"),
        crate::tr!(lang, "csv-col-iqr"),
        crate::tr!(lang, "csv-col-consensus"),
        crate::tr!(lang, "csv-col-consensus-word"),
        crate::tr!(lang, "csv-col-severity"),
        crate::tr!(lang, "csv-col-computed"),
        crate::tr!(lang, "csv-col-agreed"),
        crate::tr!(lang, "csv-col-knowledge-gap"),
        crate::tr!(lang, "csv-col-withheld"),
        crate::tr!(lang, "csv-col-uncertain"),
        crate::tr!(lang, "csv-col-source"),
    ];
    header.extend(
        model
            .scale
            .options
            .iter()
            .map(|o| crate::tr!(lang, "csv-col-count", value = o.value.to_string())),
    );
    let mut rows = vec![header];
    for (c, r) in model.challenges.iter().zip(&a.challenges) {
        let mut row = vec![
            crate::tr!(lang, "csv-challenge"),
            c.name.get(lang).to_owned(),
            String::new(),
            String::new(),
            r.statements.iter().map(|s| s.n).sum::<u32>().to_string(),
            r.statements
                .iter()
                .map(|s| s.unknown)
                .sum::<u32>()
                .to_string(),
            number(lang, r.unknown_share, 3),
            String::new(),
            String::new(),
            String::new(),
            number(lang, r.min_consensus, 3),
            r.min_consensus
                .map_or_else(String::new, |x| Agreement::of(x).label(lang).to_owned()),
            number(lang, r.severity(), 1),
            number(lang, r.computed, 1),
            number(lang, r.agreed, 1),
            yes_no(r.knowledge_gap),
            yes_no(r.statements.iter().all(|s| s.withheld)),
            yes_no(r.uncertain),
            c.source.clone(),
        ];
        row.extend(model.scale.options.iter().map(|_| String::new()));
        rows.push(row);
        for (s, st) in c.statements.iter().zip(&r.statements) {
            let mut row = vec![
                crate::tr!(lang, "csv-statement"),
                c.name.get(lang).to_owned(),
                s.id.clone(),
                s.text.get(lang).to_owned(),
                count(st, st.n),
                count(st, st.unknown),
                number(lang, st.unknown_share, 3),
                number(lang, st.median, 2),
                number(lang, st.mean, 2),
                number(lang, st.iqr, 2),
                number(lang, st.consensus, 3),
                st.consensus
                    .map_or_else(String::new, |x| Agreement::of(x).label(lang).to_owned()),
                String::new(),
                String::new(),
                String::new(),
                yes_no(st.knowledge_gap()),
                yes_no(st.withheld),
                yes_no(st.uncertain(session.is_self_assessment())),
                s.source.clone(),
            ];
            row.extend(st.counts.iter().map(|(_, k)| k.to_string()));
            rows.push(row);
        }
    }
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
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
