//! Sessions on Wihlborg's model with open answers written, shown and themed,
//! and their exports, for the tests of the report's section on the group's
//! answers.
#![allow(dead_code)]

use super::{export, give};
use klarhet::model::{Assessment, Command, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;

pub const SET: &str = "swot-organisationen";
pub const OTHER_SET: &str = "swot-jag";
pub const STRENGTHS: &str = "swot-organisationen.styrkor";
pub const THREATS: &str = "swot-organisationen.hot";

pub fn wihlborg() -> Assessment {
    super::models::embedded("wihlborg")
}

/// A session on `m` with six participants, numbered 1 to 6, in two of the
/// model's role groups.
pub fn six(m: &Assessment, lang: Lang) -> Session {
    let mut s = Session::new(m, "Testkommun", super::date(), lang);
    let people = (1..=6)
        .map(|i| {
            let role = if i % 2 == 0 {
                "fortroendevalda"
            } else {
                "tjanstepersoner"
            };
            (format!("P{i}"), vec![role.to_owned()])
        })
        .collect();
    give(&mut s, m, Command::Enrol { people });
    s
}

pub fn write(s: &mut Session, m: &Assessment, set: &str, writer: u32, answers: &[(&str, &[&str])]) {
    let answers = answers
        .iter()
        .map(|(p, texts)| {
            let texts = texts.iter().map(|t| (*t).to_owned()).collect();
            ((*p).to_owned(), texts)
        })
        .collect();
    let command = Command::Write {
        set: set.to_owned(),
        writer,
        answers,
    };
    give(s, m, command);
}

pub fn show(s: &mut Session, m: &Assessment, set: &str) {
    let shown = give(s, m, Command::ShowAnswers { set: set.into() });
    assert!(!shown.is_empty(), "the answers are shown");
}

pub fn theme(s: &mut Session, m: &Assessment, prompt: &str, name: &str, answers: &[&str]) {
    let command = Command::ThemeAnswers {
        set: SET.into(),
        prompt: prompt.into(),
        theme: Some(name.into()),
        answers: answers.iter().map(|a| (*a).to_owned()).collect(),
    };
    give(s, m, command);
}

/// Three writers' answers to the organisation's SWOT shown, two of them the
/// same text, one theme on the strengths; nothing shown to the other set.
pub fn written(m: &Assessment, lang: Lang) -> Session {
    let mut s = six(m, lang);
    write(
        &mut s,
        m,
        SET,
        1,
        &[(STRENGTHS, &["Bra chefer", "Öppna data"])],
    );
    write(&mut s, m, SET, 2, &[(STRENGTHS, &["Bra chefer"])]);
    write(&mut s, m, SET, 3, &[(THREATS, &["Budgeten"])]);
    show(&mut s, m, SET);
    theme(&mut s, m, STRENGTHS, "Ledning", &["Bra chefer"]);
    s
}

/// Every export of `s` on `m`, in the order Markdown, HTML, CSV, JSON.
pub fn exports(s: &Session, m: &Assessment) -> [String; 4] {
    [Format::Md, Format::Html, Format::Csv, Format::Json].map(|f| f.render(s, m, &export()))
}

pub fn json(s: &Session, m: &Assessment) -> Value {
    let json: Value = serde_json::from_str(&Format::Json.render(s, m, &export())).expect("JSON");
    super::schema::validate(5, &json).expect("the export matches schema v5");
    json
}

/// The CSV's rows as fields, the BOM and the header row taken off.
pub fn csv_rows(csv: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}
