//! Sessions from before rounds (schema 1 to 3) read as round 1 of every
//! challenge and report exactly as before: a schema-3 file and its four exports
//! as the release before rounds wrote them (`tests/fixtures/session-v3-release`,
//! whose README says how they were made), and random schema-3 content.

use crate::common;
mod released;
use crate::common::groups_ids;
use common::*;
use klarhet::model::round::Channel;
use klarhet::model::scoring::analyse;
use klarhet::model::session::{Answer, Session, Tally};
use klarhet::report::Format;
use klarhet::store;
use proptest::prelude::*;
use released::as_released;
use std::path::{Path, PathBuf};

const ID: &str = "2026-11-30-östra-göinge-kommun";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/session-v3-release")
        .join(name)
}

/// A data folder holding the fixture as its one session, and the session's path.
fn data_with_fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let path = sessions.join(format!("{ID}.ron"));
    std::fs::copy(fixture("session.ron"), &path).unwrap();
    (dir, path)
}

/// The lines of `text`, each with its line ending, so that a CRLF is compared too.
fn lines(text: &[u8]) -> Vec<&[u8]> {
    text.split_inclusive(|b| *b == b'\n').collect()
}

/// True for the one line an export may have that differs from the release's:
/// the JSON's time of export, `  "exported_at": "YYYY-MM-DDTHH:MM:SSZ",`.
fn is_export_time(line: &[u8]) -> bool {
    let Ok(line) = std::str::from_utf8(line) else {
        return false;
    };
    let Some(at) = line
        .strip_prefix("  \"exported_at\": \"")
        .and_then(|rest| rest.strip_suffix("\",\n"))
    else {
        return false;
    };
    at.len() == 20 && at.parse::<jiff::Timestamp>().is_ok()
}

/// Compares this klarhet's export with the release's byte for byte, every
/// line but the JSON's time of export (where only the time may differ) and
/// its schema version, 5 where the release wrote 4.
fn same_export(ours: &[u8], release: &[u8], what: &str) {
    let (ours, release) = (lines(ours), lines(release));
    assert_eq!(ours.len(), release.len(), "{what}: number of lines");
    for (n, (a, b)) in ours.iter().zip(&release).enumerate() {
        if a != b {
            // The JSON's version moved on with the rounds (v5); a session of
            // one round exports what the release's v4 did, number apart.
            let version_bump = n == 1
                && *a == &b"  \"schema_version\": 5,\n"[..]
                && *b == &b"  \"schema_version\": 4,\n"[..];
            assert!(
                what.ends_with("json")
                    && (version_bump || (n == 3 && is_export_time(a) && is_export_time(b))),
                "{what}, line {}: {:?} against the release's {:?}",
                n + 1,
                String::from_utf8_lossy(a),
                String::from_utf8_lossy(b)
            );
        }
    }
}

/// Exports the session `id` in `data` to `out` in each format with the binary.
fn export_all(data: &Path, id: &str, out: &Path) {
    for ext in ["md", "html", "csv", "json"] {
        let target = out.join(format!("report.{ext}"));
        let o = run_sv(data, &["report", id, "-o", target.to_str().unwrap()]);
        assert!(o.status.success(), "report {ext}: {}", said(&o));
    }
}

#[test]
fn the_release_s_schema_three_file_exports_as_the_release_exported_it() {
    let (data, path) = data_with_fixture();
    let before = std::fs::read(&path).unwrap();
    let out = tempfile::tempdir().unwrap();
    export_all(data.path(), ID, out.path());
    for ext in ["md", "html", "csv", "json"] {
        let name = format!("report.{ext}");
        let ours = as_released(&std::fs::read(out.path().join(&name)).unwrap(), ext);
        same_export(&ours, &std::fs::read(fixture(&name)).unwrap(), &name);
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "reporting changes no file"
    );
}

#[test]
fn the_only_lines_allowed_to_differ_are_the_json_export_time_and_version() {
    let release = std::fs::read(fixture("report.json")).unwrap();
    let text = String::from_utf8(release.clone()).unwrap();
    let later = text.replacen("T10:18:47Z", "T23:59:59Z", 1);
    assert_ne!(
        later, text,
        "the fixture's export time is where the test looks"
    );
    same_export(later.as_bytes(), &release, "report.json");
    // Version 5 (rounds) is the one bump allowed: one round exports as v4 did.
    let bumped = text.replacen("\"schema_version\": 4", "\"schema_version\": 5", 1);
    same_export(bumped.as_bytes(), &release, "report.json");
    for changed in [
        text.replacen("\"schema_version\": 4", "\"schema_version\": 6", 1),
        text.replacen("T10:18:47Z\"", "T10:18:47Z\" ", 1),
    ] {
        let refused = std::panic::catch_unwind(|| {
            same_export(changed.as_bytes(), &release, "report.json");
        });
        assert!(refused.is_err(), "a change beyond the time is caught");
    }
    let md = std::fs::read(fixture("report.md")).unwrap();
    let mut changed = md.clone();
    let last = changed.len() - 2;
    changed[last] ^= 1;
    assert!(std::panic::catch_unwind(|| same_export(&changed, &md, "report.md")).is_err());
}

#[test]
fn the_release_s_file_is_round_one_of_every_challenge_by_the_channel_it_used() {
    let catalog = klarhet::store::models::load_catalog(None).unwrap();
    let text = std::fs::read_to_string(fixture("session.ron")).unwrap();
    assert!(text.contains("\n    schema: 3,\n"));
    let (s, m) = store::open(&fixture("session.ron"), &catalog).unwrap();
    assert!(s.rounds().is_empty());
    let channel = |c: &str| {
        let rounds = s.rounds_of(m.challenge(c).unwrap());
        assert!(rounds.len() <= 1, "{c}: {rounds:?}");
        rounds.first().map(|r| (r.number, r.round.channel))
    };
    assert_eq!(channel("otydlighet"), Some((1, Channel::Keyboard)));
    assert_eq!(channel("obalans"), Some((1, Channel::Keyboard)));
    assert_eq!(channel("vaghet"), Some((1, Channel::Hands)));
    assert_eq!(channel("desintegration"), Some((1, Channel::Room)));
    assert_eq!(channel("hot"), None, "never voted on");
    for c in &m.challenges {
        assert_eq!(s.current_round(&c.id), 1);
        for st in &c.statements {
            assert_eq!(
                s.round_tally(&c.id, 1, &st.id),
                s.shown_tally(&c.id, &st.id)
            );
        }
    }
    assert!(s.agreed().values().all(|a| a.followed() == 1));
    // What waits in round 1 still waits there, and the voter halfway finishes it.
    let obalans = m.challenge("obalans").unwrap();
    assert_eq!(s.counted("obalans"), 8);
    assert!(s.waiting("obalans") > 0);
    let mut s = s;
    for st in &obalans.statements[1..] {
        cast(&mut s, &m, obalans, &st.id, 9, Answer::Value(3));
    }
    pass(&mut s, &m, obalans, 9, obalans.statements.len());
    assert_eq!((s.counted("obalans"), s.current_round("obalans")), (9, 1));
}

#[test]
fn written_again_as_schema_four_it_exports_the_same() {
    let catalog = klarhet::store::models::load_catalog(None).unwrap();
    let (old, m) = store::open(&fixture("session.ron"), &catalog).unwrap();
    let (data, path) = data_with_fixture();
    std::fs::write(&path, old.to_ron()).unwrap();
    let (new, _) = store::open(&path, &catalog).unwrap();
    assert_eq!(new.schema(), klarhet::model::session::SCHEMA_VERSION);
    assert_eq!(analyse(&new, &m), analyse(&old, &m));
    let out = tempfile::tempdir().unwrap();
    export_all(data.path(), ID, out.path());
    for ext in ["md", "html", "csv", "json"] {
        let name = format!("report.{ext}");
        let ours = as_released(&std::fs::read(out.path().join(&name)).unwrap(), ext);
        same_export(&ours, &std::fs::read(fixture(&name)).unwrap(), &name);
    }
}

const ROLES: [&str; 5] = [
    groups_ids::POLITIK,
    groups_ids::KOMMUNLEDNING,
    groups_ids::FORVALTNING,
    groups_ids::BOLAG,
    groups_ids::OVRIGT,
];

/// How a challenge was voted on in a random session.
#[derive(Debug, Clone)]
enum Way {
    /// Not at all.
    None,
    /// Ballots at the keyboard: the first `finished` voters finish, the round
    /// is revealed after the first `shown` of them, and one more is halfway.
    Ballots { finished: usize, shown: usize },
    /// A show of hands with these counts per statement.
    Hands(u32),
    /// The first `seats` answer on phones; the room is counted and revealed
    /// when `sealed`.
    Room { seats: usize, sealed: bool },
}

fn way() -> impl Strategy<Value = Way> {
    prop_oneof![
        Just(Way::None),
        (0usize..10, 0usize..10).prop_map(|(finished, shown)| Way::Ballots { finished, shown }),
        (0u32..8).prop_map(Way::Hands),
        (0usize..10, any::<bool>()).prop_map(|(seats, sealed)| Way::Room { seats, sealed }),
    ]
}

/// A session voted on `ways` (one per challenge, in order) by `people`, each
/// a role and an answer per statement (-1 a skip, 0 vet ej).
fn voted(people: &[(usize, Vec<i32>)], ways: &[Way]) -> (Session, klarhet::model::Assessment) {
    let m = halmstad();
    let roles: Vec<&'static str> = people.iter().map(|(r, _)| ROLES[*r]).collect();
    let mut s = session_with(&m, &roles);
    let open = klarhet::model::Command::OpenRoom {
        token: "rum".into(),
    };
    common::give(&mut s, &m, open);
    let answer = |p: usize, k: usize| {
        let v = people[p].1[k % people[p].1.len()];
        match v {
            ..0 => None,
            0 => Some(Answer::Unknown),
            _ => Some(Answer::Value(v)),
        }
    };
    for (c, way) in m.challenges.iter().zip(ways) {
        let n = c.statements.len();
        match way {
            Way::None => {}
            Way::Ballots { finished, shown } => {
                let finished = (*finished).min(people.len());
                for p in 0..finished.saturating_add(1).min(people.len()) {
                    let voter = u32::try_from(p + 1).unwrap();
                    let last = if p < finished { n } else { n / 2 };
                    for (k, st) in c.statements.iter().enumerate().take(last) {
                        if let Some(a) = answer(p, k) {
                            cast(&mut s, &m, c, &st.id, voter, a);
                        }
                        pass(&mut s, &m, c, voter, k + 1);
                    }
                    if p + 1 == *shown {
                        reveal(&mut s, &m, c);
                    }
                }
            }
            Way::Hands(h) => {
                for (k, st) in c.statements.iter().enumerate() {
                    let t = Tally {
                        counts: [(1 + (k as i32 % 5), *h)].into(),
                        unknown: h / 2,
                    };
                    let statement = st.id.clone();
                    let hands = klarhet::model::Command::CountHands {
                        statement,
                        tally: t,
                    };
                    common::give(&mut s, &m, hands);
                }
            }
            Way::Room { seats, sealed } => {
                for p in 0..(*seats).min(people.len()) {
                    let seat = u32::try_from(p + 1).unwrap();
                    for (k, st) in c.statements.iter().enumerate() {
                        let phone = klarhet::model::Command::AnswerInRoom {
                            challenge: c.id.clone(),
                            statement: st.id.clone(),
                            seat,
                            answer: answer(p, k),
                            passed: k + 1,
                        };
                        common::give(&mut s, &m, phone);
                    }
                }
                if *sealed {
                    // The room's answers counted, then shown, as a reveal does.
                    reveal(&mut s, &m, c);
                }
            }
        }
    }
    (s, m)
}

/// `s` as a klarhet of schema 3 wrote it: no rounds, no round beside an
/// agreed score, no copy of the model, and its schema.
fn as_schema_three(s: &Session) -> String {
    // Written as this klarhet writes it, then taken back to schema 3 in the
    // text: the top-level `rounds` block (one line per challenge) goes, and
    // so does the round beside each agreed score.
    let text = s.to_ron();
    let mut old = Vec::new();
    let mut in_rounds = false;
    for line in text.lines() {
        if line == "    rounds: {" {
            in_rounds = true;
        } else if line.starts_with("    model: Some(") {
            // The copy of the model came with schema 6.
        } else if in_rounds {
            in_rounds = line != "    },";
        } else {
            old.push(line);
        }
    }
    let mut old = old.join("\n").replacen("schema: 6,", "schema: 3,", 1);
    while let Some(at) = old.find(", round: Some(") {
        let end = old[at..].find(')').map_or(old.len(), |e| at + e + 1);
        old.replace_range(at..end, "");
    }
    old
}

proptest! {
    #![proptest_config(common::cases::cases(32))]

    /// Random schema-3 content reads as round 1 of every challenge, shows what
    /// its own counts say (what the release showed: a show of hands as counted,
    /// ballots as revealed), and shows and scores the same once written again
    /// as schema 4.
    #[test]
    fn an_old_file_is_round_one_and_shows_and_scores_as_before(
        people in proptest::collection::vec((0usize..5, proptest::collection::vec(-1i32..=5, 1..6)), 1..10),
        ways in proptest::collection::vec(way(), 6),
    ) {
        let (s, m) = voted(&people, &ways);
        let text = as_schema_three(&s);
        prop_assert!(!text.contains("rounds:") && text.contains("schema: 3,"));
        let path = Path::new("old.ron");
        let old = Session::parse(&text, path).unwrap();
        old.check_against(&m, &text, path).unwrap();
        for c in &m.challenges {
            prop_assert_eq!(old.current_round(&c.id), 1);
            let rounds = old.rounds_of(c);
            prop_assert!(rounds.len() <= 1 && rounds.iter().all(|r| r.number == 1));
            for st in &c.statements {
                let release = if old.responses().is_tally(&st.id) {
                    old.responses().tally(&st.id)
                } else {
                    old.revealed().get(&c.id).map(|b| b.tally(&st.id)).unwrap_or_default()
                };
                prop_assert_eq!(old.shown_tally(&c.id, &st.id), release.clone());
                prop_assert_eq!(old.round_tally(&c.id, 1, &st.id), release);
                prop_assert_eq!(old.shown_tally(&c.id, &st.id), s.shown_tally(&c.id, &st.id));
                prop_assert_eq!(old.answer_count(&c.id, &st.id), s.answer_count(&c.id, &st.id));
            }
            prop_assert_eq!(old.waiting(&c.id), s.waiting(&c.id));
            prop_assert_eq!(old.counted(&c.id), s.counted(&c.id));
        }
        prop_assert_eq!(analyse(&old, &m), analyse(&s, &m));
        // Saving writes this klarhet's schema, as the store does.
        let saved = old.clone().upgraded(&m);
        prop_assert_eq!(saved.schema(), klarhet::model::session::SCHEMA_VERSION);
        let new = Session::parse(&saved.to_ron(), path).unwrap();
        new.check_against(&m, &saved.to_ron(), path).unwrap();
        prop_assert_eq!(analyse(&new, &m), analyse(&old, &m));
        for format in Format::ALL {
            prop_assert_eq!(format.render(&new, &m, &export()), format.render(&old, &m, &export()));
        }
    }
}
