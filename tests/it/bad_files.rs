//! Files as other programs leave them: a byte-order mark from Notepad, a symlink
//! that points at itself, a file far larger than any session. Each is read, or
//! refused with exit code 2 and a message in the user's language, and never
//! written to.

use crate::common;
use common::{run_sv as klarhet, stderr, stdout};
use klarhet::model::journal::Change;
use klarhet::model::session::Answer;
use klarhet::store::{self, Store};
use std::path::Path;

const BOM: &str = "\u{feff}";

fn write_with_bom(path: &Path, text: &str) {
    std::fs::write(path, format!("{BOM}{text}")).unwrap();
}

#[test]
fn a_session_and_a_model_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let o = klarhet(dir.path(), &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report = stdout(&o);
    let listed = std::fs::read_dir(Store::new(dir.path()).dir()).unwrap();
    let session = listed
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let text = std::fs::read_to_string(&session).unwrap();
    write_with_bom(&session, &text);
    let path = session.to_str().unwrap();
    let v = klarhet(dir.path(), &["validate", path]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(stdout(&v).contains("giltig session"), "{}", stdout(&v));
    let r = klarhet(dir.path(), &["report", path]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(stdout(&r), report);
    assert!(std::fs::read(&session).unwrap().starts_with(BOM.as_bytes()));

    let model = dir.path().join("modell.ron");
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/assessments/halmstad.ron");
    write_with_bom(&model, &std::fs::read_to_string(shipped).unwrap());
    let v = klarhet(dir.path(), &["validate", model.to_str().unwrap()]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(stdout(&v).contains("27 påståenden"), "{}", stdout(&v));
}

#[test]
fn a_user_model_and_theme_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/assessments/halmstad.ron");
    let model =
        std::fs::read_to_string(shipped)
            .unwrap()
            .replacen("id: \"halmstad\"", "id: \"egen\"", 1);
    write_with_bom(&dir.path().join("egen.ron"), &model);
    let catalog = klarhet::store::models::load_catalog(Some(dir.path())).unwrap();
    assert!(catalog.get("egen").is_some());

    let theme = concat!(env!("CARGO_MANIFEST_DIR"), "/themes/projektor.ron");
    write_with_bom(
        &dir.path().join("bom.ron"),
        &std::fs::read_to_string(theme).unwrap(),
    );
    let read = klarhet::tui::theme::Theme::named("bom", Some(dir.path())).unwrap();
    let shipped = klarhet::tui::theme::Theme::named("projektor", None).unwrap();
    assert_eq!(read, shipped);
}

#[test]
fn a_place_on_the_first_line_counts_columns_as_the_user_sees_them() {
    let plain = tempfile::tempdir().unwrap();
    let marked = tempfile::tempdir().unwrap();
    for text in [
        &b"Session(schema: x)\n"[..],
        b"Sessio(\n  schema: 2,\n)\n",
        b"Assessment(ids: \"x\")\n",
        // Bytes that are not UTF-8 after the mark.
        b"Assessment(id: \"\xe5\")",
    ] {
        let file = plain.path().join("fel.ron");
        std::fs::write(&file, text).unwrap();
        let without = klarhet(plain.path(), &["validate", file.to_str().unwrap()]);
        let file = marked.path().join("fel.ron");
        std::fs::write(&file, [BOM.as_bytes(), text].concat()).unwrap();
        let with = klarhet(marked.path(), &["validate", file.to_str().unwrap()]);
        assert_eq!(with.status.code(), Some(2), "{}", stderr(&with));
        let place = |o: &std::process::Output, dir: &Path| {
            stderr(o).replace(&dir.display().to_string(), "DIR")
        };
        assert_eq!(place(&with, marked.path()), place(&without, plain.path()));
        assert!(stderr(&with).contains("fel.ron:1:"), "{}", stderr(&with));
    }
}

#[test]
fn a_session_read_with_a_mark_keeps_its_journal_and_is_saved_without_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let model = common::halmstad();
    let store = Store::new(dir.path());
    let path = store
        .create(&klarhet::demo::crowd(&model, 4, false))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    write_with_bom(&path, &text);
    let marked = std::fs::read(&path).unwrap();
    // A vote another klarhet kept in the journal of the file as it is, mark and all.
    let c = &model.challenges[0];
    let vote = Change::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter: 1,
        answer: Answer::Value(4),
        round: 1,
    };
    let base = store::journal::Base::of(&marked, 0);
    store::journal::append(&path, &base, &[vote]).unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (read, _) = store::open(&path, &catalog).unwrap();
    assert!(read.responses().has_voted(&c.statements[0].id, 1));

    // The workbench opens it, folds the journal in and saves the whole session.
    let mut options = common::tui::options(dir.path(), klarhet::tui::theme::Theme::dark());
    options.resume = Some(path.clone());
    let app = klarhet::tui::App::new(options).unwrap();
    drop(app);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("Session("), "{:?}", &saved[..20]);
    assert!(!store::journal::path_of(&path).exists());
    let (again, _) = store::open(&path, &catalog).unwrap();
    assert!(again.responses().has_voted(&c.statements[0].id, 1));
    assert_eq!(again.participants(), read.participants());
    // The file as it was, mark included, is the backup.
    assert_eq!(std::fs::read(store::backup_path(&path)).unwrap(), marked);
}

/// Two links that point at each other, and a folder link that points at itself.
#[cfg(unix)]
fn link_loops(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::symlink;
    symlink(dir.join("b.ron"), dir.join("a.ron")).unwrap();
    symlink(dir.join("a.ron"), dir.join("b.ron")).unwrap();
    symlink(dir.join("mapp"), dir.join("mapp")).unwrap();
    let sessions = Store::new(dir).dir().to_owned();
    std::fs::create_dir_all(&sessions).unwrap();
    let id = sessions.join("2026-01-01-slinga.ron");
    symlink(&id, &id).unwrap();
    [dir.join("a.ron"), dir.join("mapp/x.ron")]
        .iter()
        .map(|p| p.to_str().unwrap().to_owned())
        .collect()
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_bad_input_in_the_users_language_from_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let loops = link_loops(dir.path());
    let said = "symboliska länkar som pekar i en slinga";
    for path in loops
        .iter()
        .map(String::as_str)
        .chain(["2026-01-01-slinga"])
    {
        let mut runs = vec![
            vec!["report", path],
            vec!["compare", path, path],
            vec!["room", path],
            vec!["--resume", path],
        ];
        if !path.starts_with("2026") {
            runs.push(vec!["validate", path]);
        }
        for args in runs {
            let o = klarhet(dir.path(), &args);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            let err = stderr(&o).split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(err.contains(said), "{args:?}: {err}");
            assert!(!err.contains("os error"), "{args:?}: {err}");
        }
    }
    let en = common::klarhet_in(dir.path(), "en")
        .args(["validate", &loops[0]])
        .output()
        .unwrap();
    assert_eq!(en.status.code(), Some(2));
    assert!(
        stderr(&en).contains("symbolic links that point in a loop"),
        "{}",
        stderr(&en)
    );
}

#[cfg(unix)]
#[test]
fn a_user_theme_or_model_that_is_a_symlink_loop_is_named_as_one() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("slinga.ron"), dir.path().join("slinga.ron"))
        .unwrap();
    let theme = klarhet::tui::theme::Theme::named("slinga", Some(dir.path())).unwrap_err();
    let model = klarhet::store::models::load_catalog(Some(dir.path())).unwrap_err();
    for e in [theme, model] {
        assert_eq!(e.exit_code(), 2, "{e:?}");
        let shown = e.render(klarhet::text::Lang::SV);
        assert!(shown.contains("slinga.ron: symboliska länkar"), "{shown}");
    }
}

/// A file of `len` bytes that starts like a session and is zeros after, written
/// sparse so that it takes no room on the disk.
fn huge(path: &Path, start: &str, len: u64) {
    std::fs::write(path, start).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(len)
        .unwrap();
}

#[test]
fn a_file_far_larger_than_any_session_is_refused_with_its_size_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("stor.ron");
    huge(&big, "Session(\n    schema: 2,\n", 200_000_000);
    let path = big.to_str().unwrap();
    for args in [
        vec!["validate", path],
        vec!["report", path],
        vec!["compare", path, path],
        vec!["room", path],
        vec!["--resume", path],
    ] {
        let o = klarhet(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            err.contains("stor.ron: filen är 200,0 MB, större än de 64,0 MB"),
            "{args:?}: {err}"
        );
        assert!(err.contains("en session"), "{args:?}: {err}");
    }
    let en = common::klarhet_in(dir.path(), "en")
        .args(["validate", path])
        .output()
        .unwrap();
    assert!(
        stderr(&en).contains("stor.ron: the file is 200.0 MB, larger than the 64.0 MB"),
        "{}",
        stderr(&en)
    );
    assert_eq!(std::fs::metadata(&big).unwrap().len(), 200_000_000);
    // The sessions folder lists it with the reason instead of reading it.
    std::fs::create_dir_all(Store::new(dir.path()).dir()).unwrap();
    huge(
        &Store::new(dir.path()).dir().join("stor.ron"),
        "Session(",
        100_000_000,
    );
    let o = klarhet(dir.path(), &["list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("100,0 MB"), "{}", stderr(&o));
}

#[test]
fn models_and_themes_have_limits_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("modell.ron");
    huge(&model, "Assessment(\n", 5_000_000);
    let o = klarhet(dir.path(), &["validate", model.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        err.contains("modell.ron: filen är 5,0 MB, större än de 4,0 MB"),
        "{err}"
    );
    assert!(err.contains("en bedömningsmodell"), "{err}");
    let e = klarhet::store::models::load_catalog(Some(dir.path())).unwrap_err();
    assert_eq!(e.exit_code(), 2);

    let themes = tempfile::tempdir().unwrap();
    huge(&themes.path().join("stort.ron"), "Theme(\n", 100_000);
    let e = klarhet::tui::theme::Theme::named("stort", Some(themes.path())).unwrap_err();
    assert_eq!(e.exit_code(), 2);
    let shown = e.render(klarhet::text::Lang::SV);
    assert!(
        shown.contains("filen är 100,0 kB, större än de 64,0 kB"),
        "{shown}"
    );
    assert!(shown.contains("ett tema"), "{shown}");
}

#[test]
fn the_limit_holds_while_reading_a_file_that_says_no_size() {
    // A device or a file still growing: endless bytes, as /dev/zero gives.
    let endless = std::io::repeat(b' ');
    let e = klarhet::files::read_within(endless, Path::new("noll"), klarhet::files::Kind::Theme)
        .unwrap_err();
    assert_eq!(e.exit_code(), 2);
    assert!(
        e.render(klarhet::text::Lang::SV)
            .contains("större än de 64,0 kB"),
        "{}",
        e.render(klarhet::text::Lang::SV)
    );
    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().unwrap();
        let o = klarhet(dir.path(), &["validate", "/dev/zero"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    }
}

#[test]
fn the_largest_session_the_design_budgets_for_is_read_with_room_to_spare() {
    let dir = tempfile::tempdir().unwrap();
    let model = common::halmstad();
    let largest = klarhet::demo::largest(&model, klarhet::model::session::MAX_HEADCOUNT);
    let path = Store::new(dir.path()).create(&largest).unwrap();
    let len = std::fs::metadata(&path).unwrap().len();
    // Ten times over, so that longer names and notes never come near it.
    assert!(
        len * 9 < klarhet::files::Kind::Session.limit(),
        "{len} bytes"
    );
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (read, _) = store::open(&path, &catalog).unwrap();
    assert_eq!(read, largest);
}
