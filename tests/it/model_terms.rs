//! A model's words for its dimensions and their score (issue 28, "Terms"):
//! every report a format-2 model gives says its words, "kärnfynd" and
//! "utvecklingsbehov", where Halmstad's says "utmaning" and "allvarlighet",
//! and no report shows a message that was not given the words. Halmstad's
//! own reports stay as they were: tests/it/report_golden.rs holds them to the
//! byte, which is the test that the catalogue's default words are right.

use crate::common;
use common::{cast, export, halmstad, pass, reveal};
use klarhet::model::session::Answer;
use klarhet::model::{Assessment, Session};
use klarhet::report::Format;
use klarhet::text::Lang;
use std::path::Path;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/models/kärnfynd.ron"
);

fn model() -> Assessment {
    let src = std::fs::read_to_string(FIXTURE).unwrap();
    Assessment::parse(&src, Path::new(FIXTURE)).unwrap()
}

/// A workshop of five on `m`: everyone answers every statement (the k-th
/// voter `1 + (k + statement) % 5`), each dimension is shown.
fn workshop(m: &Assessment, lang: Lang) -> Session {
    let mut s = Session::new(m, "Testkommun", common::date(), lang);
    let people = (1..=5).map(|i| (format!("P{i}"), Vec::new())).collect();
    common::give(&mut s, m, klarhet::model::Command::Enrol { people });
    for c in &m.challenges {
        for voter in 1..=5u32 {
            for (k, st) in c.statements.iter().enumerate() {
                let value = 1 + (voter as i32 + k as i32) % 5;
                cast(&mut s, m, c, &st.id, voter, Answer::Value(value));
            }
            pass(&mut s, m, c, voter, c.statements.len());
        }
        reveal(&mut s, m, c);
    }
    s
}

/// Every report of `s` on `m`, each format's text.
fn reports(s: &Session, m: &Assessment) -> Vec<(Format, String)> {
    Format::ALL
        .iter()
        .map(|f| (*f, f.render(s, m, &export())))
        .collect()
}

#[test]
fn a_models_reports_say_its_words_in_swedish_and_english() {
    let m = model();
    let sv = workshop(&m, Lang::SV);
    let md = Format::Md.render(&sv, &m, &export());
    for said in [
        "## Kärnfynden",
        "| Kärnfynd | Utvecklingsbehov |",
        "Utvecklingsbehov 0–100.",
        "Högst utvecklingsbehov enligt gruppen",
        "Utvecklingsbehov per kärnfynd, 0–100",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    for halmstads in ["utmaning", "Utmaning", "allvarlighet", "Allvarlig"] {
        assert!(!md.contains(halmstads), "{halmstads:?} in:\n{md}");
    }
    let en = workshop(&m, Lang::EN);
    let md = Format::Md.render(&en, &m, &export());
    for said in [
        "## The core findings",
        "| Core finding | Need for development |",
        "Highest need for development according to the group",
    ] {
        assert!(md.contains(said), "{said:?} not in:\n{md}");
    }
    let html = Format::Html.render(&en, &m, &export());
    assert!(html.contains("<h2>The core findings</h2>"), "{html}");
    // The text after the style sheet, whose comments are klarhet's own.
    let body = html.split("</style>").last().unwrap_or_default();
    assert!(
        !body.contains("challenge") && !body.contains("severity"),
        "{body}"
    );
}

#[test]
fn no_report_shows_a_message_that_was_not_given_the_words() {
    let halmstad = halmstad();
    let theirs = model();
    for m in [&halmstad, &theirs] {
        for lang in [Lang::SV, Lang::EN] {
            let s = workshop(m, lang);
            for (format, text) in reports(&s, m) {
                for unfilled in ["WORD(", "UPPER_FIRST(", "{$", "{ $"] {
                    assert!(
                        !text.contains(unfilled),
                        "{} {lang:?} {format:?} has {unfilled}:\n{text}",
                        m.id
                    );
                }
            }
        }
    }
}

/// The method section's line on the statements, of `m` in Swedish.
fn statements_line(m: &Assessment) -> String {
    let s = workshop(m, Lang::SV);
    let md = Format::Md.render(&s, m, &export());
    md.lines()
        .find(|l| l.starts_with("- Påståendena ("))
        .unwrap_or_else(|| panic!("no line on the statements:\n{md}"))
        .to_owned()
}

#[test]
fn the_method_says_the_report_asks_no_questions_only_when_every_statement_is_klarhets() {
    // Halmstad (format 1): every statement is klarhet's, as before.
    let halmstad = halmstad();
    assert!(
        statements_line(&halmstad).contains("rapporten ställer inga frågor"),
        "{}",
        statements_line(&halmstad)
    );
    // The fixture marks each of its four statements as klarhet's own.
    let all = statements_line(&model());
    assert!(
        all.starts_with("- Påståendena (4): rapporten ställer inga frågor."),
        "{all}"
    );
    assert!(all.contains("beskrivning av varje kärnfynd"), "{all}");

    let src = std::fs::read_to_string(FIXTURE).unwrap();
    let some = src.replacen("                    own: true,\n", "", 2);
    let some = Assessment::parse(&some, Path::new(FIXTURE)).unwrap();
    let line = statements_line(&some);
    assert!(
        line.contains("(4): 2 av dem går utöver rapporten"),
        "{line}"
    );
    assert!(!line.contains("inga frågor"), "{line}");

    let none = src.replace("                    own: true,\n", "");
    let none = Assessment::parse(&none, Path::new(FIXTURE)).unwrap();
    let line = statements_line(&none);
    assert!(line.contains("bygger på rapportens egna frågor"), "{line}");
    assert!(!line.contains("inga frågor"), "{line}");
}

/// The workbench says the model's words where Halmstad's says "utmaning" and
/// "allvarlighet": the handover of a ballot round, the results and the agree
/// form, at 80×24, through the real update and draw.
#[test]
fn the_screens_say_the_models_words() {
    use common::tui::{drawn, fresh, send};
    use klarhet::tui::msg::Msg;
    use klarhet::tui::state::{Step, Work};
    let m = model();
    let mut session = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let people = (1..=3).map(|i| (format!("P{i}"), Vec::new())).collect();
    common::give(&mut session, &m, klarhet::model::Command::Enrol { people });
    let mut s = fresh().at(Work::new(session, m.clone(), None), Step::Scoring);
    send(&mut s, &[Msg::StartBallot]);
    let handover = drawn(&s, 80, 24);
    assert!(
        handover.contains("Kärnfynd 1 av 2: Samverkan"),
        "{handover}"
    );

    let shown = workshop(&m, Lang::SV);
    let mut s = fresh().at(Work::new(shown, m.clone(), None), Step::Scoring);
    let overview = drawn(&s, 80, 24);
    assert!(
        overview.contains("Utvecklingsbehov: beräknat"),
        "{overview}"
    );
    send(&mut s, &[Msg::Agree]);
    let agree = drawn(&s, 80, 24);
    assert!(
        agree.contains("Utvecklingsbehov enligt beräkningen:"),
        "{agree}"
    );
    for screen in [&handover, &overview, &agree] {
        for halmstads in ["tmaning", "llvarlig", "WORD("] {
            assert!(!screen.contains(halmstads), "{halmstads}:\n{screen}");
        }
    }
}
