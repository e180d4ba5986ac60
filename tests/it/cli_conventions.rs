//! The command line keeps the conventions its users know, in Swedish and in
//! English: `--lang` and `LANGUAGE` reach the help and the errors, `klarhet help
//! COMMAND`, help and version into a full disk, the workbench without a terminal,
//! an unknown theme with the user's own, and a man page with the sections man
//! pages have. The paths it is given: tests/it/cli_paths.rs.

#![cfg(unix)]

use crate::common;
use common::{klarhet_in, run_in as run, said, stderr, stdout};
use std::path::Path;
use std::process::{Command, Stdio};

/// A data folder with the demo saved, and the demo session's id.
fn with_demo() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), "sv", &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let session = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let id = session.file_stem().unwrap().to_string_lossy().into_owned();
    (dir, id)
}

/// The binary with none of the language variables of the machine the test runs on.
fn without_language(data: &Path) -> Command {
    let mut c = klarhet_in(data, "");
    for var in ["KLARHET_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(var);
    }
    c.stdin(Stdio::null());
    c
}

#[test]
fn lang_reaches_the_help_and_every_error_not_only_the_screens() {
    let (dir, id) = with_demo();
    let d = dir.path();
    // (the language the environment says, the one --lang asks for, words of the
    // help, words of the errors)
    for (env, flag, usage, errors) in [
        (
            "sv",
            "en",
            "Usage:",
            ["does not exist", "no session", "error:"],
        ),
        (
            "en",
            "sv",
            "Användning:",
            ["finns inte", "ingen session", "fel:"],
        ),
    ] {
        for lang in [vec!["--lang", flag], vec![&*format!("--lang={flag}")]] {
            let with = |args: &[&str]| {
                let all: Vec<&str> = lang.iter().copied().chain(args.iter().copied()).collect();
                run(d, env, &all)
            };
            let help = with(&["--help"]);
            assert!(help.status.success(), "{}", stderr(&help));
            assert!(stdout(&help).contains(usage), "{flag}: {}", stdout(&help));
            let help = with(&["report", "--help"]);
            assert!(stdout(&help).contains(usage), "{flag}: {}", stdout(&help));

            // A value parser's complaint, the domain's error, clap's error.
            let date = with(&["new", "--date", "2026-02-30"]);
            assert_eq!(date.status.code(), Some(2));
            assert!(said(&date).contains(errors[0]), "{flag}: {}", said(&date));
            let missing = with(&["report", "ingen-sådan"]);
            assert_eq!(missing.status.code(), Some(1));
            assert!(
                said(&missing).contains(errors[1]),
                "{flag}: {}",
                said(&missing)
            );
            let unknown = with(&["report", &id, "--nope"]);
            assert_eq!(unknown.status.code(), Some(2));
            assert!(
                said(&unknown).starts_with(errors[2]),
                "{flag}: {}",
                said(&unknown)
            );
        }
    }
    // After the command, --lang is the session's language, not the screens'.
    let o = run(d, "sv", &["new", "--lang", "en", "--date", "2026-02-30"]);
    assert!(said(&o).contains("finns inte"), "{}", said(&o));
}

#[test]
fn language_is_honoured_like_lang_and_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let help = |vars: &[(&str, &str)]| {
        let o = without_language(dir.path())
            .envs(vars.iter().copied())
            .arg("--help")
            .output()
            .unwrap();
        assert!(o.status.success(), "{vars:?}: {}", stderr(&o));
        stdout(&o)
    };
    let english = |vars: &[(&str, &str)]| help(vars).contains("Usage:");
    assert!(english(&[("LANGUAGE", "en")]));
    assert!(english(&[("LANGUAGE", "en"), ("LANG", "sv_SE.UTF-8")]));
    // A list: its first language with a catalogue.
    assert!(english(&[
        ("LANGUAGE", "fr:en:sv"),
        ("LANG", "sv_SE.UTF-8")
    ]));
    assert!(!english(&[("LANGUAGE", "sv:en"), ("LANG", "en_GB.UTF-8")]));
    // None known in the list: the locale decides.
    assert!(english(&[
        ("LANGUAGE", "fr"),
        ("LC_MESSAGES", "en_US.UTF-8")
    ]));
    // As gettext: a C locale switches LANGUAGE off.
    assert!(!english(&[("LANGUAGE", "en"), ("LC_ALL", "C")]));
    // KLARHET_LANG and --lang come before it.
    assert!(!english(&[("LANGUAGE", "en"), ("KLARHET_LANG", "sv")]));
    let o = without_language(dir.path())
        .env("LANGUAGE", "en")
        .args(["--lang", "sv", "--help"])
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Användning:"), "{}", stdout(&o));
}

#[test]
fn help_command_prints_a_command_s_help_as_clap_s_users_expect() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (lang, usage, unknown) in [
        ("sv", "Användning:", "okänt kommando"),
        ("en", "Usage:", "unrecognised command"),
    ] {
        for command in ["new", "report", "room", "man"] {
            let help = run(d, lang, &["help", command]);
            assert!(help.status.success(), "{command}: {}", stderr(&help));
            let flag = run(d, lang, &[command, "--help"]);
            assert_eq!(stdout(&help), stdout(&flag), "{lang} {command}");
            assert!(stdout(&help).contains(usage), "{}", stdout(&help));
        }
        let top = run(d, lang, &["help"]);
        assert!(top.status.success(), "{}", stderr(&top));
        assert_eq!(stdout(&top), stdout(&run(d, lang, &["--help"])));
        // It is listed with the others, in the language.
        let listed = stdout(&top);
        let line = listed
            .lines()
            .find(|l| l.trim_start().starts_with("help "))
            .unwrap_or_else(|| panic!("help is not listed: {listed}"));
        let about = if lang == "sv" {
            "Visa hjälpen"
        } else {
            "Print the help"
        };
        assert!(line.contains(about), "{line}");

        let nope = run(d, lang, &["help", "nope"]);
        assert_eq!(nope.status.code(), Some(2), "{}", stderr(&nope));
        assert!(said(&nope).contains(unknown), "{}", said(&nope));
    }
}

#[test]
fn help_and_version_into_a_full_disk_are_exit_code_1_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, message) in [
        ("sv", "standard utdata: disken är full"),
        ("en", "standard output: the disk is full"),
    ] {
        for args in [
            &["--help"][..],
            &["--version"],
            &["-h"],
            &["-V"],
            &["report", "--help"],
            &["help", "new"],
        ] {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let o = klarhet_in(dir.path(), lang)
                .args(args)
                .stdout(Stdio::from(full))
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
            assert!(said(&o).contains(message), "{args:?}: {}", said(&o));
        }
    }
}

#[test]
fn the_workbench_without_a_terminal_says_it_needs_one_and_what_works_without() {
    let (dir, _) = with_demo();
    for (lang, needs) in [
        ("sv", "arbetsbänken behöver en terminal"),
        ("en", "the workbench needs a terminal"),
    ] {
        // From a script: no terminal in, none out.
        for args in [&[][..], &["--theme", "ljust"]] {
            let o = run(dir.path(), lang, args);
            assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
            let text = said(&o);
            assert!(text.contains(needs), "{text}");
            for command in [
                "new", "list", "report", "compare", "validate", "room", "demo",
            ] {
                assert!(text.contains(command), "{command}: {text}");
            }
            assert!(!text.contains("os error"), "{text}");
            assert!(o.stdout.is_empty(), "nothing drawn: {}", stdout(&o));
        }
    }
}

#[test]
fn an_unknown_theme_lists_the_user_s_own_and_where_they_go() {
    let dir = tempfile::tempdir().unwrap();
    let themes = dir.path().join("config/klarhet/themes");
    for (lang, none) in [
        ("sv", "egna (filer NAMN.ron i"),
        ("en", "your own (files NAME.ron in"),
    ] {
        let o = run(dir.path(), lang, &["--theme", "nope"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let text = said(&o);
        assert!(text.contains(none), "{text}");
        assert!(text.contains(themes.to_str().unwrap()), "{text}");
        assert!(text.contains("morkt, ljust"), "{text}");
    }
    std::fs::create_dir_all(&themes).unwrap();
    let own =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/ljust.ron"))
            .unwrap();
    std::fs::write(themes.join("kommunens.ron"), &own).unwrap();
    std::fs::write(themes.join("hörsalen.ron"), &own).unwrap();
    std::fs::write(themes.join("anteckning.txt"), "inget tema").unwrap();
    for lang in ["sv", "en"] {
        let o = run(dir.path(), lang, &["--theme", "kommunen"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let text = said(&o);
        assert!(text.contains("hörsalen, kommunens"), "{text}");
        assert!(!text.contains("anteckning"), "{text}");
    }
}

#[test]
fn the_man_page_has_exit_status_environment_and_files_and_names_itself_once() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["sv", "en"] {
        let o = run(dir.path(), lang, &["man"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let page = stdout(&o);
        let name = page
            .split(".SH NAME\n")
            .nth(1)
            .and_then(|rest| rest.lines().next())
            .unwrap_or_default();
        assert!(name.starts_with("klarhet \\- "), "{name}");
        assert_eq!(
            name.matches("klarhet").count(),
            1,
            "NAME says klarhet twice: {name}"
        );
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(
                page.contains(&format!(".SH {section}\n")),
                "{lang}: no {section}"
            );
        }
        let environment = page
            .split(".SH ENVIRONMENT\n")
            .nth(1)
            .and_then(|rest| rest.split(".SH ").next())
            .unwrap_or_default();
        for var in [
            "KLARHET_DATA_DIR",
            "KLARHET_LANG",
            "NO_COLOR",
            "COLORTERM",
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
        ] {
            assert!(environment.contains(var), "{lang}: {var}");
        }
        let exit = page
            .split(".SH EXIT STATUS\n")
            .nth(1)
            .and_then(|rest| rest.split(".SH ").next())
            .unwrap_or_default();
        for code in ["\\fB0\\fR", "\\fB1\\fR", "\\fB2\\fR"] {
            assert!(exit.contains(code), "{lang}: {exit}");
        }
        // Written into a folder, klarhet.1 is the same page.
        let pages = dir.path().join(format!("man-{lang}"));
        std::fs::create_dir(&pages).unwrap();
        let o = run(dir.path(), lang, &["man", pages.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            std::fs::read_to_string(pages.join("klarhet.1")).unwrap(),
            page
        );
    }
}
