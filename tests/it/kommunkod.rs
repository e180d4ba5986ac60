//! The municipality code (kommunkod): given on the command line as exactly four
//! ASCII digits or refused with exit code 2, kept in the session file only when
//! set (so older files read the same), and carried to the exports.

use crate::common;
use common::*;
use klarhet::model::Session;
use klarhet::report::Format;
use klarhet::text::Lang;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

fn klarhet(data: &Path, lang: &str, args: &[&str]) -> Output {
    klarhet_in(data, lang)
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn a_municipality_code_is_four_digits_and_reaches_the_exports() {
    let dir = tempfile::tempdir().unwrap();
    let args = |code: &str| {
        vec![
            "new".to_owned(),
            "--org".to_owned(),
            "Halmstads kommun".to_owned(),
            "--date".to_owned(),
            "2026-12-01".to_owned(),
            "--kommunkod".to_owned(),
            code.to_owned(),
        ]
    };
    for bad in ["138", "13800", "13a0", "", "１３８０", "13٨0"] {
        let args = args(bad);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = klarhet(dir.path(), "sv", &args);
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("exakt fyra siffror"), "{}", stderr(&o));
        let en = klarhet(dir.path(), "en", &args);
        assert_eq!(en.status.code(), Some(2));
        assert!(
            stderr(&en).contains("exactly four digits"),
            "{}",
            stderr(&en)
        );
    }
    assert!(
        !dir.path().join("sessions").exists()
            || std::fs::read_dir(dir.path().join("sessions"))
                .unwrap()
                .next()
                .is_none()
    );
    let good = args("0114");
    let good: Vec<&str> = good.iter().map(String::as_str).collect();
    let o = klarhet(dir.path(), "sv", &good);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let json = klarhet(dir.path(), "sv", &["report", &id, "--format", "json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(v["session"]["kommunkod"], "0114");
    assert_eq!(v["session"]["id"], id.as_str());
    let at = v["exported_at"].as_str().unwrap();
    assert!(
        at.parse::<jiff::Timestamp>().is_ok() && at.ends_with('Z'),
        "{at}"
    );
    let md = klarhet(dir.path(), "sv", &["report", &id]);
    assert!(
        stdout(&md).contains("Halmstads kommun (kommunkod 0114)"),
        "{}",
        stdout(&md)
    );
    let html = klarhet(dir.path(), "sv", &["report", &id, "--format", "html"]);
    assert!(
        stdout(&html).contains("<dd>Halmstads kommun (kommunkod 0114)</dd>"),
        "the HTML header names the code too"
    );
    let help = klarhet(dir.path(), "sv", &["new", "--help"]);
    assert!(
        stdout(&help).contains("--kommunkod <NNNN>"),
        "{}",
        stdout(&help)
    );
}

#[test]
fn a_session_without_kommunkod_reads_as_before_and_one_with_it_keeps_it() {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::SV);
    let old = s.to_ron();
    assert!(!old.contains("kommunkod"), "an unset code is not written");
    let read = Session::parse(&old, Path::new("old.ron")).expect("reads");
    assert_eq!(read.kommunkod_as_written(), None);
    assert_eq!(read, s);
    let mut with = s.clone();
    describe(&mut with, &m, |_, _, _, _, code| {
        *code = Some("1380".to_owned())
    });
    let read = Session::parse(&with.to_ron(), Path::new("new.ron")).expect("reads");
    assert_eq!(read.kommunkod_as_written(), Some("1380"));
    // A hand-edited code that is not four digits is not exported.
    let edited = with.to_ron().replace("\"1380\"", "\"13 80\"");
    let with = Session::parse(&edited, Path::new("edited.ron")).expect("reads");
    assert_eq!(with.kommunkod_as_written(), Some("13 80"));
    let json: Value = serde_json::from_str(&Format::Json.render(&with, &m, &export())).unwrap();
    assert_eq!(json["session"]["kommunkod"], Value::Null);
}

#[test]
fn the_fixtures_of_earlier_versions_read_without_a_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        // Sessions only: a journal beside one is not a session.
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let s = klarhet::store::sessions::read(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(s.kommunkod(), None, "{}", path.display());
    }
    // A setup form's draft saved before the code existed reads, with the field empty.
    let m = halmstad();
    let mut s = klarhet::demo::session(&m, date(), Lang::SV);
    let draft = klarhet::model::Command::KeepDraft(klarhet::model::session::Draft {
        form: klarhet::model::session::DraftForm::Setup {
            organisation: "Halm".into(),
            facilitator: String::new(),
            date: "2026-11-22".into(),
            kommunkod: String::new(),
        },
        focus: 0,
    });
    give(&mut s, &m, draft);
    let text = s.to_ron();
    // The draft is one line of the file: the field is taken out of it.
    let before = text.replace(", kommunkod: \"\"", "");
    assert!(before.len() < text.len(), "the draft's field was written");
    let back = Session::parse(&before, Path::new("draft.ron")).expect("reads");
    assert_eq!(back, s);
}
