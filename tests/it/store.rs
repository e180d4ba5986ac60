//! Sessions on disk: round trips, permissions, atomic writes, and files that are
//! refused without being touched.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::error::{Error, Problem};
use klarhet::model::ballots::Tally;
use klarhet::model::session::{ActionItem, Draft, DraftForm, Status};
use klarhet::model::{Command, Session};
use klarhet::store::{self, Store};
use std::path::Path;

fn full_session() -> Session {
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    describe(&mut s, &m, |organisation, facilitator, _, _, _| {
        *organisation = "Åre kommun".into();
        *facilitator = "Örjan Ärlig".into();
    });
    vote(&mut s, "otydlighet.definition", &[4, 5, 0]);
    let hands = Command::CountHands {
        statement: "hot.effektmal".into(),
        tally: Tally {
            counts: [(2, 3), (4, 5)].into(),
            unknown: 1,
        },
    };
    give(&mut s, &m, hands);
    let agree = Command::Agree {
        challenge: "hot".into(),
        severity: 69.4,
        rationale: "Minusbudget | \"tuff\"".into(),
        notes: String::new(),
    };
    give(&mut s, &m, agree);
    let note = Command::Note {
        challenge: "vaghet".into(),
        notes: "Rad ett\nrad två".into(),
    };
    give(&mut s, &m, note);
    let adopt = Command::Adopt {
        recommendation: "tydlighet.effektmal".into(),
    };
    give(&mut s, &m, adopt);
    let action = ActionItem {
        recommendation: "tydlighet.effektmal".into(),
        measure: None,
        effect_goal: "Alla initiativ har effektmål".into(),
        owner: "Kommundirektören".into(),
        due: jiff::civil::date(2027, 6, 30),
        status: Status::Started,
    };
    give(&mut s, &m, Command::PlanAction(action));
    give(&mut s, &m, Command::PlaceLevel { level: Some(2) });
    s
}

#[test]
fn a_session_survives_a_round_trip_through_disk() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = full_session();
    let path = store.create(&s).unwrap();
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        "2026-11-22-åre-kommun.ron"
    );
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (back, model) = store::open(&path, &catalog).unwrap();
    assert_eq!(back, s);
    assert_eq!(model.id, "halmstad");
    // A second session with the same name gets its own file.
    let second = store.create(&s).unwrap();
    assert_ne!(second, path);
    let listed = store.list(&catalog).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(store.resolve(&listed[0].id).unwrap(), listed[0].path);
}

#[cfg(unix)]
#[test]
fn session_files_are_private_and_exports_are_shareable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = Store::new(dir.path()).create(&full_session()).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // A new report is for sharing: readable by others.
    let report = dir.path().join("rapport.md");
    klarhet::store::write_export(&report, b"ny").unwrap();
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    // One the user has made private stays private when it is written over, as
    // the shell's `>` leaves it: klarhet never widens who may read a file.
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o600)).unwrap();
    klarhet::store::write_export(&report, b"nyare").unwrap();
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read(&report).unwrap(), b"nyare");
}

#[test]
fn a_write_that_fails_halfway_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    store::write_atomic(&path, b"old contents").unwrap();
    let result = store::write_atomic_with(&path, |f| {
        use std::io::Write;
        f.write_all(b"new con")?;
        Err(std::io::Error::other("disk full"))
    });
    assert!(matches!(result, Err(Error::Io { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), b"old contents");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "the temporary file is cleaned up");
}

#[cfg(unix)]
#[test]
fn a_write_into_a_read_only_directory_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    store::write_atomic(&path, b"old contents").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500)).unwrap();
    // Root ignores directory permissions; the test then checks only that nothing broke.
    let enforced = std::fs::File::create(dir.path().join("probe")).is_err();
    let result = store::write_atomic(&path, b"new contents");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    if enforced {
        assert!(result.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"old contents");
    } else {
        eprintln!("running as root: directory permissions are not enforced here");
        assert_eq!(std::fs::read(&path).unwrap(), b"new contents");
    }
}

fn refuse(src: &str) -> (Error, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, src).unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let err = store::open(&path, &catalog).expect_err("the bad session was accepted");
    (err, std::fs::read(&path).unwrap())
}

#[test]
fn a_newer_schema_is_refused_not_misread() {
    let src = full_session()
        .to_ron()
        .replacen("schema: 6", "schema: 7", 1);
    let src = src.replacen("level:", "future_field: true,\n    level:", 1);
    let (err, after) = refuse(&src);
    assert!(
        matches!(err, Error::Invalid { problem: Problem::NewerSchema { found: 7, supported: 6 }, pos: Some(p), .. } if p.line == 2),
        "{err:?}"
    );
    assert_eq!(after, src.as_bytes());
}

#[test]
fn schema_zero_is_refused_not_read_as_the_current_one() {
    let src = full_session()
        .to_ron()
        .replacen("schema: 6", "schema: 0", 1);
    let (err, after) = refuse(&src);
    assert!(
        matches!(err, Error::Invalid { problem: Problem::UnknownSchema { found: 0, oldest: 1 }, pos: Some(p), .. } if p.line == 2 && p.col == 5),
        "{err:?}"
    );
    assert!(err.is_bad_input());
    assert_eq!(after, src.as_bytes());
}

#[test]
fn malformed_sessions_name_the_place_and_stay_untouched() {
    let good = full_session().to_ron();
    let cases = [
        good.replacen("organisation:", "organisatoin:", 1),
        good.replacen("Value(4)", "Value(9)", 1),
        good.replacen("\"tydlighet.effektmal\"", "\"tydlighet.saknas\"", 1),
        good.replacen("2027-06-30", "2027-02-30", 1),
        good[..good.len() / 2].to_owned(),
    ];
    for src in cases {
        let (err, after) = refuse(&src);
        assert!(err.is_bad_input(), "{err}");
        let text = err.to_string();
        assert!(text.contains("bad.ron"), "{text}");
        assert_eq!(after, src.as_bytes());
        if !matches!(
            err,
            Error::Invalid {
                problem: Problem::ModelVersion { .. },
                ..
            }
        ) {
            assert!(matches!(err, Error::Invalid { pos: Some(_), .. }), "{text}");
        }
    }
}

#[test]
fn a_session_lists_with_its_progress() {
    let m = halmstad();
    let s = full_session();
    // Otydlighet has one of four statements answered; hot is agreed.
    assert_eq!(s.challenges_assessed(&m), 1);
    assert_eq!(s.head_count(), 3);
    assert!(Path::new(&store::slug("a/b")).components().count() == 1);
}

/// Locks the session at `path`, saves a change (which keeps a backup) and opens
/// it again, as the workshop does.
fn open_lock_save(path: &Path) {
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let (mut s, _) = store::open(path, &catalog).unwrap();
    let lock = store::Lock::acquire(path).expect("the session can be locked");
    describe(&mut s, &halmstad(), |_, facilitator, _, _, _| {
        *facilitator = "Ny".into()
    });
    store::save(&lock, &mut s).expect("saved, with a backup");
    let backup = store::backup_path(path);
    assert!(backup.is_file());
    assert!(
        backup.file_name().unwrap().len() <= 255,
        "{}",
        backup.display()
    );
    drop(lock);
    assert_eq!(store::open(path, &catalog).unwrap().0.facilitator(), "Ny");
}

#[test]
fn a_long_organisation_name_fits_the_file_system_with_its_lock_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    for org in [
        "ö".repeat(118),
        "ö".repeat(200),
        "ö".repeat(1000),
        "å".repeat(127) + "ä",
        "Kommun 🏛️ ".repeat(80),
    ] {
        let mut s = full_session();
        rename(&mut s, &halmstad(), &org);
        // Twice: the second takes a name with -2, which must fit as well.
        for _ in 0..2 {
            let path = store.create(&s).expect("created");
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            assert!(name.len() + ".bak".len() <= 255, "{} bytes", name.len());
            assert!(name.starts_with("2026-11-22-"));
            open_lock_save(&path);
        }
    }
    // A session named before names were kept short (255 bytes with .ron) can
    // still be locked and backed up.
    let old = store
        .dir()
        .join(format!("2026-11-22-{}.ron", "ö".repeat(120)));
    assert_eq!(old.file_name().unwrap().len(), 255);
    std::fs::write(&old, full_session().to_ron()).unwrap();
    open_lock_save(&old);
}

#[test]
fn new_sessions_at_once_never_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(Store::new(dir.path()));
    let made: Vec<std::path::PathBuf> = (0..8)
        .map(|_| {
            let store = store.clone();
            std::thread::spawn(move || store.create(&full_session()).unwrap())
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let distinct: std::collections::BTreeSet<_> = made.iter().collect();
    assert_eq!(distinct.len(), 8, "{made:?}");
    for p in &made {
        assert_eq!(klarhet::store::sessions::read(p).unwrap(), full_session());
    }
}

#[test]
fn a_save_cut_off_by_a_kill_leaves_no_copy_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&full_session()).unwrap();
    let sessions = dir.path().join("sessions");
    let old = sessions.join(".klarhet-abc123.tmp");
    let young = sessions.join(".klarhet-def456.tmp");
    std::fs::write(&old, "ballots").unwrap();
    std::fs::write(&young, "ballots").unwrap();
    let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_minutes_ago)
        .unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    store.list(&catalog).unwrap();
    assert!(!old.exists(), "the stale copy is removed");
    assert!(young.exists(), "a save under way elsewhere is left alone");
}

#[test]
fn a_session_with_a_huge_head_count_is_refused_quickly_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    // No command sets a head count beyond any room: the file is edited by hand.
    let s = Session::new(&halmstad(), "Stor kommun", date(), klarhet::text::Lang::SV);
    let src = s.to_ron();
    assert!(src.contains("headcount: None"), "{src}");
    let src = src.replace("headcount: None", "headcount: Some(4000000000)");
    let path = dir.path().join("stor.ron");
    std::fs::write(&path, src).unwrap();
    let before = std::fs::read(&path).unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let err = store::open(&path, &catalog).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Invalid {
                problem: Problem::HeadCountTooLarge { .. },
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn a_draft_is_saved_and_read_back_and_a_file_without_one_reads_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let mut s = full_session();
    let path = Store::new(dir.path()).create(&s).unwrap();
    let draft = Draft {
        form: DraftForm::Action {
            recommendation: "tydlighet.effektmal".into(),
            measure: None,
            effect_goal: "Varje initiativ har ett effektmål som går att mäta".into(),
            owner: "Kommundirektören".into(),
            due: "2027-0".into(),
            status: Status::Started,
        },
        focus: 2,
    };
    give(&mut s, &halmstad(), Command::KeepDraft(draft));
    let lock = store::Lock::acquire(&path).unwrap();
    store::save(&lock, &mut s).unwrap();
    let (back, _) = store::open(&path, &catalog).unwrap();
    assert_eq!(back, s, "the draft comes back as it was typed");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a draft is as private as the session");
    }
    // Once the form is saved or closed the file has no draft at all, so a
    // klarhet from before drafts reads it.
    give(&mut s, &halmstad(), Command::DropDraft);
    store::save(&lock, &mut s).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("draft"));
    // A file from before drafts opens with none; one written with a draft open
    // opens with it.
    let (old, model) = store::open(&fixture("session-v1.ron"), &catalog).unwrap();
    assert_eq!(*old.draft(), None);
    // It was made with halmstad 1.0; 1.1 to 1.3 reword or add only what surrounds the
    // statements, so it opens, and its reports name the wording they show.
    assert!(
        std::fs::read_to_string(fixture("session-v1.ron"))
            .unwrap()
            .contains("version: \"1.0\"")
    );
    assert_eq!(old.assessment().version, model.version);
    assert!(
        klarhet::report::markdown(&old, &model).contains(&format!("(halmstad {})", model.version))
    );
    let (open, _) = store::open(&fixture("session-v1-draft.ron"), &catalog).unwrap();
    assert_eq!(
        *open.draft(),
        Some(Draft {
            form: DraftForm::Agreed {
                challenge: "vaghet".into(),
                severity: "62".into(),
                rationale: "Målen säger inte vad invånarna ska märka".into(),
                notes: "Ta upp med bolagen i mars".into(),
            },
            focus: 1,
        })
    );
}

#[test]
fn a_draft_for_something_the_session_lacks_is_refused_with_its_place() {
    let mut s = full_session();
    let draft = Draft {
        form: DraftForm::Agreed {
            challenge: "saknas".into(),
            severity: String::new(),
            rationale: "Text".into(),
            notes: String::new(),
        },
        focus: 0,
    };
    give(&mut s, &halmstad(), Command::KeepDraft(draft));
    let src = s.to_ron();
    let (err, after) = refuse(&src);
    let line = src.lines().position(|l| l.contains("draft:")).unwrap() + 1;
    assert!(
        matches!(
            &err,
            Error::Invalid { problem: Problem::DanglingId { kind: "challenge", id }, pos: Some(p), .. }
                if id == "saknas" && p.line == line
        ),
        "{err:?}"
    );
    assert_eq!(after, src.as_bytes(), "the file is left as it was");
}
