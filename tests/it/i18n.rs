//! The command line, the errors and the plurals in each language: no English from
//! clap in Swedish, no Swedish in English, and typed problems that render in both.

use klarhet::error::{CycleFault, Error, Problem};
use klarhet::text::Lang;
use std::process::{Command, Output};

fn klarhet(lang: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_klarhet"))
        .args(args)
        .env("KLARHET_DATA_DIR", dir.path())
        .env("KLARHET_LANG", lang)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .expect("the binary runs")
}

/// Standard output, then standard error with its messages unwrapped (the command
/// line wraps them between words to 80 columns).
fn text(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr);
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        err.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// clap's own English words, which must not show in Swedish.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "[default:",
    "[env:",
    "[possible values:",
    "Possible values:",
    "Print help",
    "error:",
    "For more information",
];

const SWEDISH: &[&str] = &[
    "Användning:",
    "Flaggor:",
    "Argument:",
    "Kommandon:",
    "[standard:",
    "[miljövariabel:",
    "Visa hjälpen",
    "fel:",
    "Mer information",
];

#[test]
fn help_in_swedish_has_swedish_headings_and_no_english_from_clap() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["report", "--help"],
        &["compare", "--help"],
        &["new", "-h"],
    ] {
        let o = klarhet("sv", args);
        assert!(o.status.success(), "{args:?}");
        let help = text(&o);
        for english in CLAP_ENGLISH {
            assert!(!help.contains(english), "{args:?}: {english}\n{help}");
        }
        assert!(help.contains("Användning: klarhet"), "{args:?}\n{help}");
        assert!(help.contains("Flaggor:"), "{args:?}\n{help}");
        assert!(help.contains("Visa hjälpen"), "{args:?}\n{help}");
    }
    let root = text(&klarhet("sv", &["--help"]));
    assert!(root.contains("Kommandon:"), "{root}");
    assert!(root.contains("[standard: morkt]"), "{root}");
    // clap wraps at the terminal's width, so the fact may span two lines.
    assert!(root.contains("[miljövariabel:"), "{root}");
    assert!(root.contains("KLARHET_DATA_DIR]"), "{root}");
    let report = text(&klarhet("sv", &["report", "--help"]));
    assert!(report.contains("Argument:"), "{report}");
    assert!(report.contains("--format <FORMAT>"), "{report}");
    assert!(report.contains("--output <FIL>"), "{report}");
}

#[test]
fn help_in_english_has_no_swedish() {
    for args in [&["--help"][..], &["report", "--help"], &["new", "--help"]] {
        let help = text(&klarhet("en", args));
        for swedish in SWEDISH {
            assert!(!help.contains(swedish), "{args:?}: {swedish}\n{help}");
        }
        assert!(help.contains("Usage: klarhet"), "{args:?}\n{help}");
        assert!(help.contains("Options:"), "{args:?}\n{help}");
    }
    let root = text(&klarhet("en", &["--help"]));
    assert!(root.contains("Commands:"), "{root}");
    assert!(root.contains("[default:"), "{root}");
}

#[test]
fn parse_errors_are_in_the_ui_language_with_exit_code_2_and_the_usage() {
    let cases: [(&[&str], &str); 7] = [
        (&["--bogus"], "okänt argument '--bogus'"),
        (&["frobnicate"], "okänt kommando 'frobnicate'"),
        (&["report"], "argument saknas: <SESSION>"),
        (
            &["report", "x", "--format", "pdf"],
            "[möjliga värden: md, html, csv, json]",
        ),
        (
            &["new", "--min-group", "2"],
            "förväntade ett heltal, minst 3",
        ),
        (
            &["new", "--date", "2024/12/01"],
            "förväntade ett datum ÅÅÅÅ-MM-DD",
        ),
        (
            &["new", "--date", "2024-13-01"],
            "2024-13-01 finns inte: månaderna är 01–12",
        ),
    ];
    for (args, expected) in cases {
        let o = klarhet("sv", args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(err.starts_with("fel: "), "{args:?}\n{err}");
        assert!(err.contains(expected), "{args:?}\n{err}");
        assert!(err.contains("Användning: klarhet"), "{args:?}\n{err}");
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{args:?}: {english}\n{err}");
        }
    }
    let o = klarhet("sv", &["report", "--format"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("'--format <FORMAT>' behöver ett värde"));

    let o = klarhet("en", &["report"]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o);
    assert!(
        err.starts_with("error: missing arguments: <SESSION>"),
        "{err}"
    );
    assert!(
        err.contains("Usage: klarhet report [OPTIONS] <SESSION>"),
        "{err}"
    );
}

#[test]
fn validation_rules_render_in_both_languages() {
    // A ladder whose levels do not rise: the second level gets the first one's number.
    let broken = klarhet::model::assessment::HALMSTAD_RON.replacen("level: 2,", "level: 1,", 1);
    let err = klarhet::model::Assessment::parse(&broken, std::path::Path::new("stege.ron"))
        .expect_err("levels must rise");
    let Error::Invalid { problem, .. } = &err else {
        panic!("{err}");
    };
    assert!(
        matches!(problem, Problem::LevelNotRising { .. }),
        "{problem:?}"
    );
    let sv = err.render(Lang::SV);
    assert!(sv.starts_with("stege.ron:"), "{sv}");
    assert!(sv.contains("måste vara högre än nivån före den"), "{sv}");
    let en = err.render(Lang::EN);
    assert!(
        en.contains("must be higher than the level before it"),
        "{en}"
    );

    assert_eq!(
        Problem::NoChallenges.describe(Lang::SV),
        "modellen har inga utmaningar"
    );
    assert_eq!(
        Problem::DuplicateId {
            kind: "statement",
            id: "x".into()
        }
        .describe(Lang::SV),
        "id \"x\" finns redan (påstående); varje id måste vara unikt"
    );
    assert_eq!(
        Problem::AnswerOffScale {
            statement: "s".into(),
            answer: None
        }
        .describe(Lang::SV),
        "svaret vet ej på \"s\" finns inte på modellens skala"
    );
}

#[test]
fn counts_take_the_right_plural() {
    let closes = |after| Problem::BrokenCycle(CycleFault::ClosesEarly { after });
    assert!(closes(1).describe(Lang::EN).contains("after 1 challenge,"));
    assert!(closes(2).describe(Lang::EN).contains("after 2 challenges,"));
    assert!(closes(1).describe(Lang::SV).contains("efter en utmaning,"));
    assert!(closes(3).describe(Lang::SV).contains("efter 3 utmaningar,"));

    let valid = |lang, participants: u32| {
        klarhet::tr!(
            lang,
            "cli-valid-session",
            words = klarhet::model::terms::catalogue_words(lang),
            organisation = "Org",
            date = "2025-01-01",
            participants = participants,
            scored = 1u32,
            challenges = 6u32
        )
    };
    assert!(
        valid(Lang::EN, 1).contains(", 1 participant,"),
        "{}",
        valid(Lang::EN, 1)
    );
    assert!(
        valid(Lang::EN, 2).contains(", 2 participants,"),
        "{}",
        valid(Lang::EN, 2)
    );
    assert!(
        valid(Lang::SV, 1).contains(", 1 deltagare,"),
        "{}",
        valid(Lang::SV, 1)
    );
}

#[test]
fn json_keys_do_not_follow_the_catalogue() {
    use klarhet::model::session::Status;
    // A group's id and export id are the model's, whatever the language; its
    // name is the model's text in each language.
    let model = klarhet::model::Assessment::halmstad().unwrap();
    let roles = &model.groupings[0];
    let forvaltning = roles.group("Forvaltning").expect("the administration");
    assert_eq!(forvaltning.export_id(), "administration");
    assert_eq!(forvaltning.name.get(Lang::EN), "administration");
    assert_eq!(forvaltning.name.get(Lang::SV), "förvaltning");
    assert_eq!(Status::Done.key(), "done");
    assert_eq!(Status::Done.label(Lang::SV), "klar");
}

#[test]
fn the_systems_errors_are_put_into_the_language_too() {
    let missing = "/nonexistent/klarhet/ingen-fil.ron";
    let sv = klarhet("sv", &["validate", missing]);
    assert_eq!(sv.status.code(), Some(1), "{}", text(&sv));
    assert!(
        text(&sv).contains("ingen-fil.ron: filen eller mappen finns inte"),
        "{}",
        text(&sv)
    );
    let en = klarhet("en", &["validate", missing]);
    assert!(
        text(&en).contains("ingen-fil.ron: no such file or folder"),
        "{}",
        text(&en)
    );
    // Not UTF-8: the file's content is at fault, with the place, and exit 2.
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.ron");
    std::fs::write(&latin1, b"Assessment(\n  id: \"\xe5\")").unwrap();
    let before = std::fs::read(&latin1).unwrap();
    let o = klarhet("sv", &["validate", latin1.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("latin1.ron:2:8: filen är inte text i UTF-8"),
        "{}",
        text(&o)
    );
    assert_eq!(
        std::fs::read(&latin1).unwrap(),
        before,
        "the file is untouched"
    );
    // A FIFO named like a session is refused at once, never read (it would block).
    #[cfg(unix)]
    {
        let fifo = dir.path().join("rör.ron");
        let made = Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let o = klarhet("sv", &["validate", fifo.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(text(&o).contains("ingen vanlig fil"), "{}", text(&o));
    }
}

#[test]
fn the_parsers_complaints_are_in_the_language_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("fel.ron");
    std::fs::write(&bad, "Assessment(\n  id: \"x\",\n  bogus: 1,\n)\n").unwrap();
    let sv = klarhet("sv", &["validate", bad.to_str().unwrap()]);
    assert_eq!(sv.status.code(), Some(2));
    assert!(
        text(&sv).contains("fel.ron:3:3: filen kunde inte läsas: okänt fält \"bogus\"; fälten som finns är format, id, version"),
        "{}",
        text(&sv)
    );
    let en = klarhet("en", &["validate", bad.to_str().unwrap()]);
    assert!(
        text(&en).contains("fel.ron:3:3: the file could not be read: unknown field \"bogus\""),
        "{}",
        text(&en)
    );
    // A missing value names what was expected, in words.
    std::fs::write(&bad, "Assessment(\n  id: ,\n)\n").unwrap();
    let sv = klarhet("sv", &["validate", bad.to_str().unwrap()]);
    assert!(
        text(&sv).contains("förväntade en sträng inom citattecken"),
        "{}",
        text(&sv)
    );
}
