//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod attack;
pub mod browser;
pub mod cases;
pub mod constructs;
pub mod disk;
pub mod drafts;
pub mod ftl;
pub mod groupings;
#[path = "../../../src/model/halmstad_groups_tests.rs"]
pub mod groups_ids;
#[cfg(unix)]
pub mod hostile;
pub mod models;
pub mod phone;
pub mod prompts;
pub mod pty;
pub mod rounds;
pub mod saved;
pub mod scales;
pub mod schema;
pub mod trimmed;
pub mod tui;
pub mod wire;

use klarhet::model::assessment::Challenge;
use klarhet::model::journal::Change;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};
use klarhet::text::Lang;

/// Fails, saying how to get it, when strace is missing: without it a test that
/// watches for sockets checks nothing, and must not pass (scripts/test.sh installs it).
pub fn need_strace() {
    let strace = std::process::Command::new("strace").arg("-V").output();
    assert!(
        strace.is_ok(),
        "strace is needed to watch for sockets: apt-get install strace (bash scripts/test.sh does)"
    );
}

/// strace's lines (`-f -ttt`) between `from` and `to`, in seconds since the
/// epoch: what a process did while it should have been idle.
pub fn calls_between(trace: &str, from: f64, to: f64) -> Vec<&str> {
    trace
        .lines()
        .filter(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|t| t.parse::<f64>().ok())
                .is_some_and(|t| (from..to).contains(&t))
        })
        .collect()
}

/// Now, in seconds since the epoch, as strace's `-ttt` writes it.
pub fn epoch_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs_f64()
}

/// The built binary as a user runs it: with its sessions in `data`, speaking
/// `lang`, and the user's own config kept out of the test.
pub fn klarhet_in(data: &std::path::Path, lang: &str) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_klarhet"));
    c.env("KLARHET_DATA_DIR", data)
        .env("KLARHET_LANG", lang)
        .env("HOME", data)
        .env("XDG_CONFIG_HOME", data.join("config"));
    c
}

/// The built binary run with `args` in Swedish, its sessions in `data`.
pub fn run_sv(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    klarhet_in(data, "sv")
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The binary in `lang` (the `KLARHET_LANG` it is given) with `args`, its
/// standard input empty as a script's would be.
pub fn run_in(data: &std::path::Path, lang: &str, args: &[&str]) -> std::process::Output {
    klarhet_in(data, lang)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs")
}

/// Standard error with the wrapping between words undone.
pub fn said(o: &std::process::Output) -> String {
    stderr(o).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a run printed on standard output, as text.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What a run printed on standard error, as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn halmstad() -> Assessment {
    Assessment::halmstad().expect("the shipped model loads")
}

/// Loads `src` as a model and gives its error, which must be an `Invalid` with
/// a position.
pub fn invalid(src: &str) -> (klarhet::error::Pos, klarhet::error::Problem) {
    match Assessment::parse(src, std::path::Path::new("test.ron")) {
        Err(klarhet::error::Error::Invalid {
            pos: Some(pos),
            problem,
            ..
        }) => (pos, problem),
        Err(e) => panic!("error without a position: {e}"),
        Ok(_) => panic!("the broken model loaded"),
    }
}

/// The shipped model's catalogue plus the same model without vet ej (id
/// `utan-vet-ej`), written into `dir`: for what a scale without vet ej refuses.
pub fn catalog_without_vet_ej(
    dir: &std::path::Path,
) -> (klarhet::model::assessment::Catalog, Assessment) {
    use klarhet::model::assessment::HALMSTAD_RON;
    let models = dir.join("modeller");
    std::fs::create_dir_all(&models).unwrap();
    let src = HALMSTAD_RON
        .replacen("id: \"halmstad\"", "id: \"utan-vet-ej\"", 1)
        .replacen(
            "unknown: Some((sv: \"Vet ej\", en: \"Don't know\"))",
            "unknown: None",
            1,
        );
    std::fs::write(models.join("utan-vet-ej.ron"), src).unwrap();
    let catalog = klarhet::store::models::load_catalog(Some(&models)).unwrap();
    let model = catalog.get("utan-vet-ej").unwrap().clone();
    assert!(model.scale.unknown.is_none(), "the scale lost its vet ej");
    (catalog, model)
}

pub fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// A fixed session id and export time, so that two renders of one session are
/// the same text and a test compares only what the session changes.
pub fn export() -> klarhet::report::Export {
    klarhet::report::Export {
        session_id: "2026-11-22-sjöhamra-kommun".to_owned(),
        at: "2026-11-23T09:00:00Z".parse().expect("a timestamp"),
    }
}

/// Gives `s` `command`, as a screen would, which must be accepted; gives the
/// changes it made. Tests build and change sessions only this way (a
/// session's fields are private to the domain).
pub fn give(s: &mut Session, model: &Assessment, command: Command) -> Vec<Change> {
    s.apply(model, command.clone())
        .unwrap_or_else(|p| panic!("{command:?} is refused: {p:?}"))
}

/// Sets `s`'s details as the setup screen does, changing only what `edit`
/// changes of the organisation, facilitator, date, language and kommunkod.
pub fn describe(
    s: &mut Session,
    model: &Assessment,
    edit: impl FnOnce(&mut String, &mut String, &mut jiff::civil::Date, &mut Lang, &mut Option<String>),
) {
    let mut organisation = s.organisation().clone();
    let mut facilitator = s.facilitator().clone();
    let mut date = s.date();
    let mut language = s.language();
    let mut kommunkod = s.kommunkod_as_written().map(str::to_owned);
    edit(
        &mut organisation,
        &mut facilitator,
        &mut date,
        &mut language,
        &mut kommunkod,
    );
    let describe = Command::Describe {
        organisation,
        facilitator,
        date,
        language,
        kommunkod,
    };
    give(s, model, describe);
}

/// `s` with another organisation.
pub fn rename(s: &mut Session, model: &Assessment, organisation: &str) {
    describe(s, model, |o, _, _, _, _| *o = organisation.to_owned());
}

/// Remembers `step` as the place the workshop was left, as a screen does.
pub fn place(s: &mut Session, model: &Assessment, step: &str) {
    let challenge = s.resume().challenge;
    let remember = Command::RememberPlace {
        step: step.to_owned(),
        challenge,
    };
    give(s, model, remember);
}

/// Sets the privacy choices, changing only what `edit` changes of the smallest
/// group, whether names are shown, and whether it is a self-assessment.
pub fn privacy(
    s: &mut Session,
    model: &Assessment,
    edit: impl FnOnce(&mut u32, &mut bool, &mut bool),
) {
    let p = s.privacy();
    let mut min_group = p.min_group;
    let mut show_names = p.show_names;
    let mut self_assessment = p.self_assessment;
    edit(&mut min_group, &mut show_names, &mut self_assessment);
    let choose = Command::ChoosePrivacy {
        min_group,
        show_names,
        self_assessment,
    };
    give(s, model, choose);
}

/// Agrees a score (a value on the scale) for every challenge, in the model's
/// order, as the agree form does.
pub fn agree_all(s: &mut Session, model: &Assessment, scores: &[i32]) {
    for (c, score) in model.challenges.iter().zip(scores) {
        let agree = Command::Agree {
            challenge: c.id.clone(),
            severity: model.scale.to_severity(f64::from(*score)),
            rationale: String::new(),
            notes: String::new(),
        };
        give(s, model, agree);
    }
}

/// A session with the given participants' roles and no answers.
pub fn session_with(model: &Assessment, roles: &[&'static str]) -> Session {
    let mut s = Session::new(model, "Testkommun", date(), Lang::SV);
    let people = roles
        .iter()
        .zip(1u32..)
        .map(|(role, id)| (format!("P{id}"), vec![(*role).to_owned()]))
        .collect();
    give(&mut s, model, Command::Enrol { people });
    s
}

/// The Halmstad model, read once: [`vote`] finds a statement's challenge in it.
fn halmstad_once() -> &'static Assessment {
    static MODEL: std::sync::OnceLock<Assessment> = std::sync::OnceLock::new();
    MODEL.get_or_init(halmstad)
}

/// Casts `values[i]` for participant i+1 on `statement` of the Halmstad model,
/// as the ballot round does; 0 means vet ej. The ballots stay open.
pub fn vote(s: &mut Session, statement: &str, values: &[i32]) {
    let model = halmstad_once();
    let challenge = model
        .challenges
        .iter()
        .find(|c| c.statements.iter().any(|st| st.id == statement))
        .unwrap_or_else(|| panic!("no challenge has {statement}"));
    for (v, voter) in values.iter().zip(1u32..) {
        let answer = if *v == 0 {
            Answer::Unknown
        } else {
            Answer::Value(*v)
        };
        let cast = Command::Cast {
            challenge: challenge.id.clone(),
            statement: statement.to_owned(),
            voter,
            answer,
        };
        give(s, model, cast);
    }
}

pub fn approx(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// The analysis of `s` once every round is closed and revealed, as a facilitator
/// would have it after the reveal: the ballots cast with [`vote`] are open until then.
pub fn analyse(s: &Session, m: &Assessment) -> klarhet::model::scoring::Analysis {
    let mut s = s.clone();
    close_rounds(&mut s, m);
    klarhet::model::scoring::analyse(&s, m)
}

/// `voter` answers `statement` of `c` at the keyboard.
pub fn cast(
    s: &mut Session,
    m: &Assessment,
    c: &Challenge,
    statement: &str,
    voter: u32,
    a: Answer,
) {
    let cast = Command::Cast {
        challenge: c.id.clone(),
        statement: statement.to_owned(),
        voter,
        answer: a,
    };
    give(s, m, cast);
}

/// `voter` has passed `count` statements of `c`'s round; passing the last
/// seals their ballot.
pub fn pass(s: &mut Session, m: &Assessment, c: &Challenge, voter: u32, count: usize) {
    let challenge = c.id.clone();
    give(
        s,
        m,
        Command::Pass {
            challenge,
            voter,
            count,
        },
    );
}

/// The results of `c` are shown.
pub fn reveal(s: &mut Session, m: &Assessment, c: &Challenge) {
    let challenge = c.id.clone();
    give(
        s,
        m,
        Command::Reveal {
            challenge,
            at: "2026-12-06T10:00:00Z".parse().unwrap(),
        },
    );
}

/// Every open ballot counted and every challenge shown, by the commands a
/// facilitator gives: each voter with an open answer steps past the end of
/// the round (as if they had finished it), then each challenge is revealed.
pub fn close_rounds(s: &mut Session, m: &Assessment) {
    for c in &m.challenges {
        let voters: std::collections::BTreeSet<u32> = (s.responses().open_ballots())
            .filter(|(st, _)| c.statements.iter().any(|x| x.id == *st))
            .map(|(_, voter)| voter)
            .collect();
        for voter in voters {
            let count = s.round_len(c);
            pass(s, m, c, voter, count);
        }
        reveal(s, m, c);
    }
}

/// Text that would make HTML or a link if a report let it through.
pub const HOSTILE: [&str; 12] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[klicka](javascript:alert(3))",
    "![bild](javascript:alert(4))",
    "<a href=\"javascript:alert(5)\">länk</a>",
    "<javascript:alert(6)>",
    "\\[snett](javascript:alert(7))",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "[vb](vbscript:msgbox(8))",
    "&lt;script&gt;alert(9)&lt;/script&gt;",
    "<!-- gömt -->",
    "[ref]\n\n[ref]: javascript:alert(10)",
];

/// The demo session with hostile text in every field a user types: organisation,
/// facilitator, aliases (shown), rationales, notes, and the action plan.
pub fn hostile_session(model: &Assessment) -> Session {
    let all = HOSTILE.join(" ");
    let mut s = klarhet::demo::session(model, date(), Lang::SV);
    describe(&mut s, model, |organisation, facilitator, _, _, _| {
        *organisation = format!("Ond kommun {all}");
        facilitator.clone_from(&all);
    });
    privacy(&mut s, model, |_, show_names, _| *show_names = true);
    let people = s.participants().clone();
    for (p, text) in people.into_iter().zip(HOSTILE.iter().cycle()) {
        let edit = Command::EditParticipant {
            id: p.id,
            alias: (*text).to_owned(),
            groups: p.groups.clone(),
        };
        give(&mut s, model, edit);
    }
    for (challenge, agreed) in s.agreed().clone() {
        let agree = Command::Agree {
            challenge,
            severity: agreed.severity_on(&model.scale),
            rationale: all.clone(),
            notes: String::new(),
        };
        give(&mut s, model, agree);
    }
    for c in &model.challenges {
        let note = Command::Note {
            challenge: c.id.clone(),
            notes: HOSTILE.join("\n"),
        };
        give(&mut s, model, note);
    }
    for a in s.actions().clone() {
        let hostile = klarhet::model::session::ActionItem {
            effect_goal: all.clone(),
            owner: HOSTILE[2].to_owned(),
            ..a
        };
        give(&mut s, model, Command::PlanAction(hostile));
    }
    s
}

/// `s` given another organisation, through the domain's own command.
pub fn named(s: &mut Session, m: &Assessment, organisation: &str) {
    let described = s.apply(
        m,
        klarhet::model::command::Command::Describe {
            organisation: organisation.into(),
            facilitator: "Eva".into(),
            date: jiff::civil::date(2026, 11, 22),
            language: Lang::SV,
            kommunkod: None,
        },
    );
    assert!(described.is_ok(), "{described:?}");
}
