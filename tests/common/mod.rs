//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod attack;
pub mod browser;
pub mod cases;
pub mod disk;
pub mod ftl;
#[cfg(unix)]
pub mod hostile;
pub mod phone;
pub mod pty;
pub mod saved;
pub mod schema;
pub mod tui;
pub mod wire;

use klarhet::model::Assessment;
use klarhet::model::session::{Answer, Participant, Role, Session};
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

/// A session with the given participants' roles and no answers.
pub fn session_with(model: &Assessment, roles: &[Role]) -> Session {
    let mut s = Session::new(model, "Testkommun", date(), Lang::SV);
    s.participants = roles
        .iter()
        .zip(1u32..)
        .map(|(role, id)| Participant {
            id,
            alias: format!("P{id}"),
            role: *role,
        })
        .collect();
    s
}

/// Casts `values[i]` for participant i+1 on `statement`; 0 means vet ej.
pub fn vote(s: &mut Session, statement: &str, values: &[i32]) {
    for (v, id) in values.iter().zip(1u32..) {
        let answer = if *v == 0 {
            Answer::Unknown
        } else {
            Answer::Value(*v)
        };
        s.responses
            .cast(statement, id, answer)
            .expect("ballot mode");
    }
}

pub fn approx(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// The analysis of `s` once every round is closed and revealed, as a facilitator
/// would have it after the reveal: the ballots cast with [`vote`] are open until then.
pub fn analyse(s: &Session, m: &Assessment) -> klarhet::model::scoring::Analysis {
    let mut s = s.clone();
    s.close_rounds(m);
    klarhet::model::scoring::analyse(&s, m)
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
    s.organisation = format!("Ond kommun {all}");
    s.facilitator = all.clone();
    s.privacy.show_names = true;
    for (p, text) in s.participants.iter_mut().zip(HOSTILE.iter().cycle()) {
        p.alias = (*text).to_owned();
    }
    for agreed in s.agreed.values_mut() {
        agreed.rationale = all.clone();
    }
    for c in &model.challenges {
        s.notes.insert(c.id.clone(), HOSTILE.join("\n"));
    }
    for a in &mut s.actions {
        a.effect_goal = all.clone();
        a.owner = HOSTILE[2].to_owned();
    }
    s
}
