//! A realistic example session on the Halmstad model: eight participants in four
//! roles, every challenge scored, a real difference between roles on trust and
//! control, knowledge gaps, agreed scores, an action plan and a level in the work with DiMiOS.
//!
//! The organisation and the people are invented. The answers are generated from a
//! fixed profile per role, so the demo is the same every time.

use crate::model::assessment::Assessment;
use crate::model::session::{ActionItem, Agreed, Answer, Participant, Role, Session, Status};
use crate::text::Lang;
use jiff::ToSpan;
use jiff::civil::Date;

/// Eight people in four roles. Kommunledning and förvaltning have one each, so with
/// the default group size of three they are merged and, being two, not shown.
const PEOPLE: [(&str, Role); 8] = [
    ("Anna", Role::Politik),
    ("Bengt", Role::Politik),
    ("Cecilia", Role::Politik),
    ("David", Role::Kommunledning),
    ("Elin", Role::Forvaltning),
    ("Fredrik", Role::Bolag),
    ("Greta", Role::Bolag),
    ("Hassan", Role::Bolag),
];

/// Mean answer per role (politik, kommunledning, förvaltning, bolag) for each challenge.
/// Obalans follows the report's finding: politicians and directors lean towards trust
/// and see less of a problem, the companies' CEOs see a real imbalance.
fn profile(challenge: &str) -> [f64; 4] {
    match challenge {
        "otydlighet" => [3.5, 3.5, 3.5, 3.0],
        "obalans" => [2.5, 2.5, 3.0, 4.5],
        "vaghet" => [3.5, 4.0, 4.5, 4.5],
        "ojämlikhet" => [3.5, 3.0, 3.5, 3.0],
        "desintegration" => [3.5, 3.5, 4.0, 3.5],
        "hot" => [4.0, 3.5, 3.5, 3.5],
        _ => [3.0; 4],
    }
}

/// Statements where some people answer vet ej: (statement, participant numbers).
const UNKNOWN: [(&str, &[u32]); 2] = [
    ("desintegration.agarstyrning", &[1, 2, 6]),
    ("hot.utvecklingsstyrning", &[2, 5]),
];

/// Who came late and has not voted on a challenge yet: (challenge, participant),
/// so that the demo has a ballot round to run and the reveal's waiting ballots to show.
const LATE: [(&str, u32); 1] = [("otydlighet", 8)];

/// Casts every participant's answers from the role profile. `change(challenge)` gives
/// how far the profile moves and how widely people spread around it (1 = as first).
fn vote(s: &mut Session, model: &Assessment, change: impl Fn(&str) -> (f64, f64)) {
    const STATEMENT_OFFSET: [f64; 5] = [0.0, 0.6, -0.6, 0.3, -0.3];
    const PERSON_OFFSET: [f64; 3] = [0.4, -0.4, 0.0];
    for challenge in &model.challenges {
        let (shift, spread) = change(&challenge.id);
        let base = profile(&challenge.id).map(|b| b + shift);
        for (k, statement) in challenge.statements.iter().enumerate() {
            for (i, p) in s.participants.iter().enumerate() {
                if LATE.contains(&(challenge.id.as_str(), p.id)) {
                    continue;
                }
                let unknown = UNKNOWN
                    .iter()
                    .any(|(st, who)| *st == statement.id && who.contains(&p.id));
                let answer = if unknown {
                    Answer::Unknown
                } else {
                    let role = match p.role {
                        Role::Politik => 0,
                        Role::Kommunledning => 1,
                        Role::Forvaltning => 2,
                        _ => 3,
                    };
                    let v = base[role] + STATEMENT_OFFSET[k % 5] + PERSON_OFFSET[i % 3] * spread;
                    Answer::Value(v.round().clamp(1.0, 5.0) as i32)
                };
                // A fresh session has no show-of-hands counts, so casting cannot be refused.
                let _ = s.responses.cast(&statement.id, p.id, answer);
            }
        }
    }
}

/// Builds the demo session on `model` for `date`, in `lang`.
pub fn session(model: &Assessment, date: Date, lang: Lang) -> Session {
    let mut s = Session::new(model, "Sjöhamra kommun", date, lang);
    s.facilitator = "Karin Lindqvist".into();
    s.participants = PEOPLE
        .iter()
        .zip(1u32..)
        .map(|((alias, role), id)| Participant {
            id,
            alias: (*alias).into(),
            role: *role,
        })
        .collect();

    vote(&mut s, model, |_| (0.0, 1.0));
    s.close_rounds(model);

    let agreed = [
        (
            "obalans",
            3,
            crate::tr!(lang, "demo-companies-see-clearer-imbalance"),
        ),
        (
            "vaghet",
            4,
            crate::tr!(lang, "demo-everyone-recognises-many-governing"),
        ),
        (
            "hot",
            4,
            crate::tr!(lang, "demo-demographic-trend-deficit-budget"),
        ),
    ];
    for (id, score, rationale) in agreed {
        s.agreed.insert(
            id.into(),
            Agreed {
                score,
                rationale,
                severity: None,
                round: None,
            },
        );
    }
    s.notes.insert(
        "otydlighet".into(),
        crate::tr!(lang, "demo-word-digitalisation-means-different"),
    );
    s.notes.insert(
        "desintegration".into(),
        crate::tr!(lang, "demo-several-did-not-know"),
    );
    s.notes.insert(
        "hot".into(),
        crate::tr!(lang, "demo-pilots-start-locally-but"),
    );

    s.adopted = [
        "overgripande.riktning-och-takt",
        "transparens.portfoljstyrning",
        "transparens.alternativkostnad",
        "balansering.tillit-kontroll",
        "tydlighet.inventera-styrdokument",
        "tydlighet.effektmal",
        "dialog.forum-dimios",
    ]
    .into_iter()
    .map(String::from)
    .collect();

    let due = |months: i32| date.checked_add(months.months()).unwrap_or(date);
    s.actions = vec![
        ActionItem {
            recommendation: "tydlighet.inventera-styrdokument".into(),
            effect_goal: crate::tr!(lang, "demo-number-governing-documents-force"),
            owner: crate::tr!(lang, "demo-municipal-director"),
            due: due(9),
            status: Status::Started,
        },
        ActionItem {
            recommendation: "transparens.portfoljstyrning".into(),
            effect_goal: crate::tr!(lang, "demo-every-development-initiative-above"),
            owner: crate::tr!(lang, "demo-head-digitalisation"),
            due: due(6),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "transparens.alternativkostnad".into(),
            effect_goal: crate::tr!(lang, "demo-every-finished-pilot-reports"),
            owner: crate::tr!(lang, "demo-finance-director"),
            due: due(12),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "balansering.tillit-kontroll".into(),
            effect_goal: crate::tr!(lang, "demo-owner-dialogue-with-companies"),
            owner: crate::tr!(lang, "demo-chair-municipal-executive-board"),
            due: due(6),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "dialog.forum-dimios".into(),
            effect_goal: crate::tr!(lang, "demo-dimios-run-across-whole"),
            owner: crate::tr!(lang, "demo-head-digitalisation"),
            due: due(12),
            status: Status::Planned,
        },
    ];
    s.level = Some(2);
    s
}

/// The same organisation a year later, for comparisons: two new faces, new answers
/// after a year of work (vaghet and obalans eased, hot sharper), the action plan
/// moved on, and the group one level up on the DiMiOS ladder.
pub fn year_later(model: &Assessment, first: Date, lang: Lang) -> Session {
    let mut s = session(model, first, lang);
    s.date = first.checked_add(1.year()).unwrap_or(first);
    s.participants[1].alias = "Ida".into();
    s.participants[7].alias = "Johan".into();
    s.responses = Default::default();
    s.progress.clear();
    s.sealed.clear();
    s.pending.clear();
    s.tags.0.clear();
    s.revealed.clear();
    s.reveals.clear();
    s.rounds.clear();
    // Vaghet eases and the room agrees more about it; hot sharpens and divides.
    vote(&mut s, model, |c| match c {
        "vaghet" => (-1.0, 0.3),
        "obalans" => (-0.6, 1.0),
        "otydlighet" => (-0.4, 0.6),
        "ojämlikhet" => (-0.3, 1.0),
        "desintegration" => (0.3, 1.0),
        "hot" => (0.5, 2.2),
        _ => (0.0, 1.0),
    });
    s.close_rounds(model);
    s.agreed.insert(
        "vaghet".into(),
        Agreed {
            score: 3,
            rationale: crate::tr!(lang, "demo-inventory-governing-documents-has"),
            severity: None,
            round: None,
        },
    );
    s.agreed.remove("obalans");
    s.agreed.remove("hot");
    s.notes.insert(
        "vaghet".into(),
        crate::tr!(lang, "demo-executive-board-has-retired"),
    );
    for a in &mut s.actions {
        a.status = match a.recommendation.as_str() {
            "tydlighet.inventera-styrdokument" | "dialog.forum-dimios" => Status::Done,
            "transparens.alternativkostnad" => Status::Planned,
            _ => Status::Started,
        };
    }
    s.level = Some(3);
    s
}

/// A large room for measuring scale: `people` participants in every role, with
/// no answers, or (when `voted`) every one of them through every statement,
/// counted into the ballot box; every tenth answer is vet ej. Used by the
/// benchmarks and by `examples/`, which write it to disk.
pub fn crowd(model: &Assessment, people: u32, voted: bool) -> Session {
    let mut s = Session::new(
        model,
        "Storstad kommun",
        jiff::civil::date(2026, 11, 22),
        Lang::SV,
    );
    s.participants = (1..=people)
        .map(|id| Participant {
            id,
            alias: format!("P{id}"),
            role: Role::ALL[(id as usize) % Role::ALL.len()],
        })
        .collect();
    if voted {
        for (k, (_, st)) in model.statements().enumerate() {
            for p in 1..=people {
                // A spread that differs per statement and per person.
                let x = (p as usize * 7 + k * 3) % 10;
                let answer = if x == 9 {
                    Answer::Unknown
                } else {
                    Answer::Value(1 + (x % 5) as i32)
                };
                // Every seat exists and the round is open: the cast cannot be refused.
                let _ = s.responses.cast(&st.id, p, answer);
            }
        }
        s.close_rounds(model);
    }
    s
}

/// The largest session the design budgets for, to measure what klarhet must be
/// able to read (the size limit on session files, in `crate::files`, is set
/// from it): `people` participants with names as long as a real list has, each
/// with a phone's seat in the room and an open answer to every statement, none
/// revealed yet. Open answers are the largest form a vote takes in the file
/// (each is kept beside its seat until the reveal counts it), so this is larger
/// than the same room once counted, or than a round at the keyboard.
pub fn largest(model: &Assessment, people: u32) -> Session {
    let mut s = crowd(model, people, false);
    for p in &mut s.participants {
        p.alias = format!("Deltagare {:05}, förvaltningen för samhällsbyggnad", p.id);
    }
    s.room_or(|| "x".repeat(16));
    for p in 1..=people {
        // A seat token's hash is 64 hex digits; any value of that length will do.
        let hash = format!("{p:064x}");
        if let Some(room) = s.room.as_mut() {
            room.seats.insert(p, hash);
        }
    }
    for c in &model.challenges {
        for (k, st) in c.statements.iter().enumerate() {
            for p in 1..=people {
                let x = (p as usize * 7 + k * 3) % 10;
                let answer = if x == 9 {
                    Answer::Unknown
                } else {
                    Answer::Value(1 + (x % 5) as i32)
                };
                // Every seat exists and nothing is revealed: the answer is taken.
                let _ = s.answer_in_room(c, &st.id, p, Some(answer), k + 1);
            }
        }
    }
    s
}
