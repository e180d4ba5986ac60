//! The command line as a user meets it: the real binary, its output and exit codes.

use crate::common;
use common::{run_sv as klarhet, stderr, stdout};
use std::path::Path;

#[test]
fn demo_saves_a_session_and_prints_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("# Självskattning: Sjöhamra kommun"));
    let err = stderr(&o);
    let path = err.trim().rsplit(": ").next().unwrap();
    assert!(Path::new(path).is_file(), "{err}");
    assert!(path.contains("sjöhamra-kommun"));

    // list shows it with progress; report by id gives the same report.
    let list = klarhet(dir.path(), &["list"]);
    let listed = stdout(&list);
    assert!(
        listed.contains("Sjöhamra kommun")
            && listed
                .lines()
                .nth(1)
                .unwrap()
                .split_whitespace()
                .skip(5)
                .take(2)
                .collect::<Vec<_>>()
                == ["6/6", "5"],
        "{listed}"
    );
    let id = listed
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    let again = klarhet(dir.path(), &["report", id]);
    assert!(again.status.success());
    assert_eq!(stdout(&again), stdout(&o));

    // -o writes the file.
    let file = dir.path().join("rapport åäö.md");
    let written = klarhet(dir.path(), &["report", path, "-o", file.to_str().unwrap()]);
    assert!(written.status.success(), "{}", stderr(&written));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout(&o));
}

#[test]
fn new_creates_a_session_with_swedish_letters_in_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(
        dir.path(),
        &[
            "new",
            "--org",
            "Älvkarleby kommun",
            "--lang",
            "en",
            "--date",
            "2026-12-01",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "2026-12-01-älvkarleby-kommun");
    let file = dir.path().join("sessions/2026-12-01-älvkarleby-kommun.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("language: en"));
    assert!(text.contains("schema: 6"));
    let v = klarhet(dir.path(), &["validate", file.to_str().unwrap()]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(stdout(&v).contains("giltig session"));
}

#[test]
fn validate_accepts_the_shipped_model_and_names_the_place_of_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/assessments/halmstad.ron");
    let o = klarhet(dir.path(), &["validate", model]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("6 utmaningar, 27 påståenden, 6 länkar, 19 rekommendationer"));

    let broken = dir.path().join("trasig.ron");
    let src = std::fs::read_to_string(model).unwrap().replacen(
        "addresses: [\"vaghet\", \"hot\"]",
        "addresses: [\"vaghet\", \"hott\"]",
        1,
    );
    std::fs::write(&broken, &src).unwrap();
    let o = klarhet(dir.path(), &["validate", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let line = src[..src.find("\"hott\"").unwrap()].lines().count();
    let err = stderr(&o);
    assert!(err.contains(&format!("trasig.ron:{line}:")), "{err}");
    assert!(err.contains("okänt id \"hott\""), "{err}");
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        src,
        "the file is untouched"
    );
}

#[test]
fn a_broken_session_gives_exit_code_2_and_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let src = "Session(\n    schema: 1,\n    organisation: \"X\",\n    date: \"2026-13-01\",\n)\n";
    std::fs::write(&bad, src).unwrap();
    for args in [
        ["report", bad.to_str().unwrap()],
        ["validate", bad.to_str().unwrap()],
    ] {
        let o = klarhet(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("bad.ron:4:"), "{}", stderr(&o));
    }
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), src);

    // A session that is not there is the environment's failure, not bad input.
    let o = klarhet(dir.path(), &["report", "finns-inte"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn every_command_has_help_and_the_binary_has_a_version() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in [
        "new",
        "list",
        "report",
        "compare",
        "validate",
        "room",
        "demo",
        "completions",
        "man",
    ] {
        let o = klarhet(dir.path(), &[cmd, "--help"]);
        assert!(o.status.success(), "{cmd}");
        assert!(stdout(&o).contains("Användning: klarhet"), "{cmd}");
    }
    let o = klarhet(dir.path(), &["--help"]);
    assert!(stdout(&o).contains("självskattning"));
    let o = klarhet(dir.path(), &["--version"]);
    assert_eq!(
        stdout(&o).trim(),
        format!("klarhet {}", env!("CARGO_PKG_VERSION"))
    );
    let o = klarhet(dir.path(), &["nonsense"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn list_shows_unreadable_files_instead_of_hiding_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap();
    std::fs::write(dir.path().join("sessions/trasig.ron"), "Session(").unwrap();
    let o = klarhet(dir.path(), &["list"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("trasig.ron:1:"), "{}", stderr(&o));
}

#[test]
fn escape_sequences_from_a_session_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    // An organisation name that would retitle the terminal and write the clipboard.
    let evil = "Ond kommun\u{1b}]0;pwned\u{7}\u{1b}]52;c;aGVq\u{7}\u{1b}[2J";
    let o = klarhet(dir.path(), &["new", "--org", evil]);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let report = klarhet(dir.path(), &["report", &id]);
    let printed = stdout(&report);
    assert!(printed.contains("Ond kommun"), "{printed}");
    assert!(
        !printed.contains('\u{1b}') && !printed.contains('\u{7}'),
        "{printed:?}"
    );
    let list = klarhet(dir.path(), &["list"]);
    assert!(!stdout(&list).contains('\u{1b}'));
}

#[test]
fn an_empty_file_is_called_empty_whatever_it_was_meant_to_be() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("tom.ron", ""), ("blank.ron", " \n\t\n  \n")] {
        let file = dir.path().join(name);
        std::fs::write(&file, content).unwrap();
        let path = file.to_str().unwrap();
        // validate takes models and sessions; report and compare take sessions.
        for args in [
            vec!["validate", path],
            vec!["report", path],
            vec!["compare", path, path],
        ] {
            let o = klarhet(dir.path(), &args);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            let err = stderr(&o);
            assert!(err.contains(&format!("{name}: filen är tom")), "{err}");
            assert!(!err.contains("kunde inte läsas"), "{err}");
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), content);
    }
}

#[test]
fn a_folder_given_as_a_session_is_called_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("möte.ron");
    std::fs::create_dir_all(&folder).unwrap();
    // An id whose file in the sessions folder is itself a folder.
    std::fs::create_dir_all(dir.path().join("sessions/2026-01-01-x.ron")).unwrap();
    let path = folder.to_str().unwrap();
    for args in [
        vec!["report", path],
        vec!["report", "2026-01-01-x"],
        vec!["compare", path, path],
        vec!["validate", path],
        vec!["--resume", path],
    ] {
        let o = klarhet(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("det är en mapp, inte en fil"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("ingen sådan fil"), "{args:?}: {err}");
    }
}

#[test]
fn schema_zero_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["new", "--org", "Noll kommun"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let file = dir.path().join(format!("sessions/{id}.ron"));
    let src = std::fs::read_to_string(&file)
        .unwrap()
        .replacen("schema: 6", "schema: 0", 1);
    std::fs::write(&file, &src).unwrap();
    for args in [
        vec!["validate", file.to_str().unwrap()],
        vec!["report", &id],
    ] {
        let o = klarhet(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(&format!("{id}.ron:2:5: ")), "{err}");
        assert!(err.contains("schemaversion 0"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), src);
}

/// Organisation names whose file names would pass the file system's 255 bytes:
/// two-byte letters, three-byte letters, and emoji among words.
fn long_names() -> Vec<String> {
    vec![
        "ö".repeat(118),
        "ö".repeat(200),
        "ö".repeat(1000),
        "漢".repeat(120),
        "Kommun 🏛️🌲 ".repeat(60),
        "🏛️".repeat(100),
    ]
}

#[test]
fn a_long_organisation_name_gives_a_session_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut ids = Vec::new();
    for org in long_names() {
        let o = klarhet(dir.path(), &["new", "--org", &org, "--date", "2026-12-01"]);
        assert!(o.status.success(), "{}: {}", org.len(), stderr(&o));
        let id = stdout(&o).trim().to_owned();
        // The longest name klarhet makes beside it is the lock file.
        assert!(
            id.len() + ".ron.lock".len() <= 255,
            "{} bytes: {id}",
            id.len()
        );
        assert!(id.starts_with("2026-12-01-"), "{id}");
        assert!(!id.contains('\u{fffd}'), "a letter was split: {id}");
        if org.starts_with('ö') {
            assert!(id.contains(&"ö".repeat(100)), "åäö are kept: {id}");
        }
        let report = klarhet(dir.path(), &["report", &id]);
        assert!(report.status.success(), "{}", stderr(&report));
        assert!(stdout(&report).contains(org.split_whitespace().next().unwrap()));
        let v = klarhet(
            dir.path(),
            &[
                "validate",
                dir.path()
                    .join(format!("sessions/{id}.ron"))
                    .to_str()
                    .unwrap(),
            ],
        );
        assert!(v.status.success(), "{}", stderr(&v));
        ids.push(id);
    }
    let list = klarhet(dir.path(), &["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert_eq!(stderr(&list), "", "every session reads");
    for id in ids {
        assert!(stdout(&list).contains(&id), "{id} not listed");
    }
}

#[test]
fn a_long_message_wraps_between_words_at_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().unwrap();
    // A session from a newer klarhet: the refusal is far longer than 80 columns.
    let file = dir.path().join("ny.ron");
    std::fs::write(&file, "Session(\n    schema: 7,\n)\n").unwrap();
    let o = klarhet(dir.path(), &["report", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    // A session that cannot be read is a warning in the list.
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap();
    std::fs::copy(&file, dir.path().join("sessions/ny.ron")).unwrap();
    let list = klarhet(dir.path(), &["list"]);
    for (err, first, indent) in [
        (stderr(&o), "klarhet: ", "         "),
        (stderr(&list), "kan inte läsas: ", "  "),
    ] {
        let lines: Vec<&str> = err.lines().collect();
        assert!(lines.len() > 1, "not wrapped:\n{err}");
        assert!(lines[0].starts_with(first), "{err}");
        for line in &lines {
            assert!(line.width() <= 80, "{} columns:\n{err}", line.width());
        }
        for line in &lines[1..] {
            assert!(
                line.starts_with(indent) && !line[indent.len()..].starts_with(' '),
                "no hanging indent:\n{err}"
            );
        }
        let joined = err.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            joined.contains("ny.ron:2:5: sessionen har schemaversion 7, men den här klarhet")
                && joined.ends_with("(filen lämnas orörd)"),
            "{joined}"
        );
    }
}

/// What a run said on standard error, as one line: the binary wraps its
/// messages between words at the terminal's width.
fn said(o: &std::process::Output) -> String {
    stderr(o).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_date_that_is_not_in_the_calendar_is_said_to_be_missing_from_it() {
    let dir = tempfile::tempdir().unwrap();
    // On the command line.
    for (lang, words) in [
        ("sv", "2027-02-30 finns inte"),
        ("en", "2027-02-30 does not exist"),
    ] {
        let o = common::klarhet_in(dir.path(), lang)
            .args(["new", "--org", "Åre", "--date", "2027-02-30"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(said(&o).contains(words), "{}", stderr(&o));
    }
    // In a session file: the workshop's date and a deadline in the plan, each
    // at its place, and the file untouched.
    let model = common::halmstad();
    let mut s =
        klarhet::model::Session::new(&model, "Åre", common::date(), klarhet::text::Lang::SV);
    let plan = klarhet::model::Command::PlanAction(klarhet::model::session::ActionItem {
        recommendation: model.recommendations[0].id.clone(),
        measure: None,
        effect_goal: "Mål".into(),
        owner: "KD".into(),
        due: jiff::civil::date(2027, 2, 28),
        status: klarhet::model::session::Status::Started,
    });
    common::give(&mut s, &model, plan);
    let good = s.to_ron();
    for (from, to) in [
        ("\"2026-11-22\"", "\"2026-02-29\""),
        ("\"2027-02-28\"", "\"2027-02-30\""),
    ] {
        assert!(good.contains(from), "{good}");
        let src = good.replacen(from, to, 1);
        let line = src.lines().position(|l| l.contains(to)).unwrap() + 1;
        let bad = dir.path().join("datum.ron");
        std::fs::write(&bad, &src).unwrap();
        let o = klarhet(dir.path(), &["validate", bad.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = said(&o);
        let day = &to[1..11];
        assert!(err.contains(&format!("datum.ron:{line}:")), "{err}");
        assert!(err.contains(&format!("{day} finns inte")), "{err}");
        assert!(!err.contains("ÅÅÅÅ-MM-DD"), "{err}");
        assert_eq!(std::fs::read_to_string(&bad).unwrap(), src);
    }
}

/// The session `klarhet new` saved, as the file holds it.
fn created(data: &Path, o: &std::process::Output) -> klarhet::model::Session {
    assert!(o.status.success(), "{}", stderr(o));
    let file = data
        .join("sessions")
        .join(format!("{}.ron", stdout(o).trim()));
    klarhet::store::sessions::read(&file).unwrap()
}

#[test]
fn new_takes_its_participants_from_a_list_as_people_keep_one() {
    use crate::common::groups_ids;
    let dir = tempfile::tempdir().unwrap();
    // Excel's Swedish CSV: a BOM, semicolons, a header line, CRLF, a blank line,
    // an alias quoted because it holds the separator, roles in any case.
    let excel = dir.path().join("deltagare.csv");
    std::fs::write(
        &excel,
        "\u{feff}Alias;Roll\r\nÅsa Öberg;Politik\r\n\"Berg; Bo\";kommunledning\r\n\r\nCilla;förvaltning\r\nDan;bolag\r\n",
    )
    .unwrap();
    let o = klarhet(
        dir.path(),
        &[
            "new",
            "--org",
            "Åre kommun",
            "--participants",
            excel.to_str().unwrap(),
        ],
    );
    let s = created(dir.path(), &o);
    let people: Vec<(u32, &str, &str)> = s
        .participants()
        .iter()
        .map(|p| (p.id, p.alias.as_str(), p.groups[0].as_str()))
        .collect();
    assert_eq!(
        people,
        [
            (1, "Åsa Öberg", groups_ids::POLITIK),
            (2, "Berg; Bo", groups_ids::KOMMUNLEDNING),
            (3, "Cilla", groups_ids::FORVALTNING),
            (4, "Dan", groups_ids::BOLAG),
        ]
    );
    // Commas, no header, no BOM, roles in English or without åäö.
    let plain = dir.path().join("people.csv");
    std::fs::write(&plain, "Eva,other\nFilip,forvaltning\n").unwrap();
    let o = klarhet(
        dir.path(),
        &[
            "new",
            "--org",
            "Berg",
            "--participants",
            plain.to_str().unwrap(),
        ],
    );
    let s = created(dir.path(), &o);
    let roles: Vec<&str> = s
        .participants()
        .iter()
        .map(|p| p.groups[0].as_str())
        .collect();
    assert_eq!(roles, [groups_ids::OVRIGT, groups_ids::FORVALTNING]);
    assert_eq!(s.headcount(), None);
}

#[test]
fn a_role_that_does_not_exist_is_named_with_its_place_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("deltagare.csv");
    let src = "alias;roll\nÅsa;politik\nDora;rektor\n";
    std::fs::write(&list, src).unwrap();
    for (lang, words) in [
        ("sv", "okänd grupp \"rektor\""),
        ("en", "unknown group \"rektor\""),
    ] {
        let o = common::klarhet_in(dir.path(), lang)
            .args([
                "new",
                "--org",
                "Åre",
                "--participants",
                list.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = said(&o);
        assert!(err.contains("deltagare.csv:3:6:"), "{err}");
        assert!(err.contains(words), "{err}");
        assert!(err.contains("kommunledning"), "the roles there are: {err}");
    }
    // A line with no role, and an empty alias, are refused the same way.
    for (bad, place) in [("Åsa\n", "1:4:"), (";politik\n", "1:1:")] {
        std::fs::write(&list, bad).unwrap();
        let o = klarhet(
            dir.path(),
            &[
                "new",
                "--org",
                "Åre",
                "--participants",
                list.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            said(&o).contains(&format!("deltagare.csv:{place}")),
            "{}",
            stderr(&o)
        );
    }
    assert!(
        !dir.path().join("sessions").exists()
            || std::fs::read_dir(dir.path().join("sessions"))
                .unwrap()
                .next()
                .is_none()
    );
    assert_eq!(std::fs::read_to_string(&list).unwrap(), ";politik\n");
}

#[test]
fn new_takes_an_anonymous_room_s_seat_count() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["new", "--org", "Åre", "--seats", "12"]);
    let s = created(dir.path(), &o);
    assert_eq!(s.headcount(), Some(12));
    assert!(s.participants().is_empty());
    // Seats and names are two ways to fill one room: not both at once.
    let list = dir.path().join("d.csv");
    std::fs::write(&list, "Åsa;politik\n").unwrap();
    let o = klarhet(
        dir.path(),
        &[
            "new",
            "--seats",
            "12",
            "--participants",
            list.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // And the help says both, in both languages.
    for (lang, words) in [
        (
            "sv",
            ["--participants", "--seats", "alias;grupp", "klarhet models"],
        ),
        (
            "en",
            ["--participants", "--seats", "alias;group", "klarhet models"],
        ),
    ] {
        let o = common::klarhet_in(dir.path(), lang)
            .args(["new", "--help"])
            .output()
            .unwrap();
        let help = stdout(&o);
        for w in words {
            assert!(help.contains(w), "{lang}: {help}");
        }
    }
}
