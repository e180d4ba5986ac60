//! A realistic example session on the Halmstad model: eight participants in four
//! roles, every challenge scored, a real difference between roles on trust and
//! control, knowledge gaps, the discussion queue partly worked through, a second
//! round on two statements that moved the room, agreed scores, an action plan, a
//! level in the work with DiMiOS, and the agenda with the time each item took.
//!
//! The organisation and the people are invented. The answers are generated from a
//! fixed profile per role, so the demo is the same every time. The demo is built
//! by the commands a facilitator's screens give ([`Session::apply`]), so it is
//! also a run of those commands through a whole workshop.

pub(crate) mod crowd;
mod talk;
pub use crowd::{crowd, largest};

/// The invented organisation.
const ORGANISATION: &str = "Sjöhamra kommun";

use crate::model::Command;
use crate::model::assessment::{Assessment, Challenge, Statement};
use crate::model::session::{ActionItem, Answer, Session, Status};
use crate::text::Lang;
use jiff::ToSpan;
use jiff::civil::Date;

/// Eight people in four roles, each by its place in the model's first grouping
/// (politik, kommunledning, förvaltning, bolag). Kommunledning and förvaltning
/// have one each, so with the default group size of three they are merged and,
/// being two, not shown.
const PEOPLE: [(&str, usize); 8] = [
    ("Anna", 0),
    ("Bengt", 0),
    ("Cecilia", 0),
    ("David", 1),
    ("Elin", 2),
    ("Fredrik", 3),
    ("Greta", 3),
    ("Hassan", 3),
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

/// Gives the demo session `command`, as a facilitator's screen would. The
/// demo's commands name the Halmstad model's ids: on a model without one (a
/// user's own), the session refuses that step and stays as it was, so the demo
/// shows what the model has. The report goldens hold the demo on Halmstad to
/// every step being taken.
fn give(s: &mut Session, model: &Assessment, command: Command) {
    let _ = s.apply(model, command);
}

/// The workshop's setup and its ballot rounds: the details, the people in
/// `people`'s order (numbered from 1), and every participant's answers from
/// the role profile, given at the keyboard challenge by challenge and then
/// revealed. `change(challenge)` gives how far the profile moves and how widely
/// people spread around it (1 = as first).
fn workshop(
    model: &Assessment,
    date: Date,
    lang: Lang,
    people: &[(&str, usize)],
    change: impl Fn(&str) -> (f64, f64),
) -> Session {
    let mut s = Session::new(model, ORGANISATION, date, lang);
    let describe = Command::Describe {
        organisation: ORGANISATION.into(),
        facilitator: "Karin Lindqvist".into(),
        date,
        language: lang,
        kommunkod: None,
    };
    give(&mut s, model, describe);
    let group = |i: usize| {
        (model.groupings.first())
            .and_then(|g| g.groups.get(i))
            .map(|g| vec![g.id.clone()])
            .unwrap_or_default()
    };
    let enrolled = people.iter().map(|(a, r)| ((*a).to_owned(), group(*r)));
    give(
        &mut s,
        model,
        Command::Enrol {
            people: enrolled.collect(),
        },
    );
    let voters: Vec<(u32, usize)> = (s.participants().iter().zip(people))
        .map(|(p, (_, r))| (p.id, *r))
        .collect();
    let mut revealed = 0;
    for challenge in &model.challenges {
        for (i, &(voter, role)) in voters.iter().enumerate() {
            if LATE.contains(&(challenge.id.as_str(), voter)) {
                continue;
            }
            for (k, statement) in challenge.statements.iter().enumerate() {
                let answer = answer(&change, challenge, k, statement, i, voter, role);
                let cast = Command::Cast {
                    challenge: challenge.id.clone(),
                    statement: statement.id.clone(),
                    voter,
                    answer,
                };
                give(&mut s, model, cast);
            }
            // Passing the last statement counts the ballot, without its voter.
            let pass = Command::Pass {
                challenge: challenge.id.clone(),
                voter,
                count: challenge.statements.len(),
            };
            give(&mut s, model, pass);
        }
        // The reveals ten minutes apart from noon, before the second round.
        let reveal = Command::Reveal {
            challenge: challenge.id.clone(),
            at: talk::at(date, 600 * (revealed + 1)),
        };
        revealed += 1;
        give(&mut s, model, reveal);
    }
    s
}

/// The answer of the `i`th participant, `voter` in the `role`th group, to the
/// `k`th statement of `challenge`: the group's profile, moved by `change`, with a
/// fixed offset per statement and per person.
fn answer(
    change: impl Fn(&str) -> (f64, f64),
    challenge: &Challenge,
    k: usize,
    statement: &Statement,
    i: usize,
    voter: u32,
    role: usize,
) -> Answer {
    const STATEMENT_OFFSET: [f64; 5] = [0.0, 0.6, -0.6, 0.3, -0.3];
    const PERSON_OFFSET: [f64; 3] = [0.4, -0.4, 0.0];
    let unknown = UNKNOWN
        .iter()
        .any(|(st, who)| *st == statement.id && who.contains(&voter));
    if unknown {
        return Answer::Unknown;
    }
    let (shift, spread) = change(&challenge.id);
    let role = role.min(3);
    let v = profile(&challenge.id)[role]
        + shift
        + STATEMENT_OFFSET[k % 5]
        + PERSON_OFFSET[i % 3] * spread;
    Answer::Value(v.round().clamp(1.0, 5.0) as i32)
}

/// The group agrees `score` (a value on the model's scale) for `challenge`,
/// with `rationale`, and writes `notes` (none when empty).
fn agree(
    s: &mut Session,
    model: &Assessment,
    challenge: &str,
    score: i32,
    rationale: String,
    notes: String,
) {
    let agree = Command::Agree {
        challenge: challenge.into(),
        severity: model.scale.to_severity(f64::from(score)),
        rationale,
        notes,
    };
    give(s, model, agree);
}

/// The group writes `notes` on `challenge`, without agreeing a score.
fn note(s: &mut Session, model: &Assessment, challenge: &str, notes: String) {
    let note = Command::Note {
        challenge: challenge.into(),
        notes,
    };
    give(s, model, note);
}

/// The recommendations the group adopts, in the order it adopts them.
const ADOPTED: [&str; 7] = [
    "overgripande.riktning-och-takt",
    "transparens.portfoljstyrning",
    "transparens.alternativkostnad",
    "balansering.tillit-kontroll",
    "tydlighet.inventera-styrdokument",
    "tydlighet.effektmal",
    "dialog.forum-dimios",
];

/// The action plan made at the first workshop, on `date`.
fn actions(date: Date, lang: Lang) -> Vec<ActionItem> {
    let due = |months: i32| date.checked_add(months.months()).unwrap_or(date);
    vec![
        ActionItem {
            recommendation: "tydlighet.inventera-styrdokument".into(),
            measure: None,
            effect_goal: crate::tr!(lang, "demo-number-governing-documents-force"),
            owner: crate::tr!(lang, "demo-municipal-director"),
            due: due(9),
            status: Status::Started,
        },
        ActionItem {
            recommendation: "transparens.portfoljstyrning".into(),
            measure: None,
            effect_goal: crate::tr!(lang, "demo-every-development-initiative-above"),
            owner: crate::tr!(lang, "demo-head-digitalisation"),
            due: due(6),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "transparens.alternativkostnad".into(),
            measure: None,
            effect_goal: crate::tr!(lang, "demo-every-finished-pilot-reports"),
            owner: crate::tr!(lang, "demo-finance-director"),
            due: due(12),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "balansering.tillit-kontroll".into(),
            measure: None,
            effect_goal: crate::tr!(lang, "demo-owner-dialogue-with-companies"),
            owner: crate::tr!(lang, "demo-chair-municipal-executive-board"),
            due: due(6),
            status: Status::Planned,
        },
        ActionItem {
            recommendation: "dialog.forum-dimios".into(),
            measure: None,
            effect_goal: crate::tr!(lang, "demo-dimios-run-across-whole"),
            owner: crate::tr!(lang, "demo-head-digitalisation"),
            due: due(12),
            status: Status::Planned,
        },
    ]
}

/// The group adopts [`ADOPTED`], plans `actions` and places itself on `level`.
fn decide(s: &mut Session, model: &Assessment, actions: Vec<ActionItem>, level: u32) {
    for id in ADOPTED {
        let adopt = Command::Adopt {
            recommendation: id.into(),
        };
        give(s, model, adopt);
    }
    for action in actions {
        give(s, model, Command::PlanAction(action));
    }
    give(s, model, Command::PlaceLevel { level: Some(level) });
}

/// Builds the demo session on `model` for `date`, in `lang`, by the commands a
/// facilitator's screens give.
pub fn session(model: &Assessment, date: Date, lang: Lang) -> Session {
    let mut s = workshop(model, date, lang, &PEOPLE, |_| (0.0, 1.0));
    talk::conversation(&mut s, model, date, lang);
    let rationale = crate::tr!(lang, "demo-companies-see-clearer-imbalance");
    agree(&mut s, model, "obalans", 3, rationale, String::new());
    let rationale = crate::tr!(lang, "demo-everyone-recognises-many-governing");
    agree(&mut s, model, "vaghet", 4, rationale, String::new());
    let rationale = crate::tr!(lang, "demo-demographic-trend-deficit-budget");
    let notes = crate::tr!(lang, "demo-pilots-start-locally-but");
    agree(&mut s, model, "hot", 4, rationale, notes);
    let notes = crate::tr!(lang, "demo-word-digitalisation-means-different");
    note(&mut s, model, "otydlighet", notes);
    let notes = crate::tr!(lang, "demo-several-did-not-know");
    note(&mut s, model, "desintegration", notes);
    decide(&mut s, model, actions(date, lang), 2);
    talk::clock(&mut s, model, date);
    s
}

/// The same organisation a year later, for comparisons: two new faces, new answers
/// after a year of work (vaghet and obalans eased, hot sharper), the action plan
/// moved on, and the group one level up on the DiMiOS ladder. Its notes from the
/// first workshop are carried over; its only agreed score is the new one.
pub fn year_later(model: &Assessment, first: Date, lang: Lang) -> Session {
    let date = first.checked_add(1.year()).unwrap_or(first);
    let mut people = PEOPLE;
    people[1].0 = "Ida";
    people[7].0 = "Johan";
    // Vaghet eases and the room agrees more about it; hot sharpens and divides.
    let mut s = workshop(model, date, lang, &people, |c| match c {
        "vaghet" => (-1.0, 0.3),
        "obalans" => (-0.6, 1.0),
        "otydlighet" => (-0.4, 0.6),
        "ojämlikhet" => (-0.3, 1.0),
        "desintegration" => (0.3, 1.0),
        "hot" => (0.5, 2.2),
        _ => (0.0, 1.0),
    });
    let rationale = crate::tr!(lang, "demo-inventory-governing-documents-has");
    let notes = crate::tr!(lang, "demo-executive-board-has-retired");
    agree(&mut s, model, "vaghet", 3, rationale, notes);
    let notes = crate::tr!(lang, "demo-word-digitalisation-means-different");
    note(&mut s, model, "otydlighet", notes);
    let notes = crate::tr!(lang, "demo-several-did-not-know");
    note(&mut s, model, "desintegration", notes);
    let notes = crate::tr!(lang, "demo-pilots-start-locally-but");
    note(&mut s, model, "hot", notes);
    let moved_on = actions(first, lang)
        .into_iter()
        .map(|a| ActionItem {
            status: match a.recommendation.as_str() {
                "tydlighet.inventera-styrdokument" | "dialog.forum-dimios" => Status::Done,
                "transparens.alternativkostnad" => Status::Planned,
                _ => Status::Started,
            },
            ..a
        })
        .collect();
    decide(&mut s, model, moved_on, 3);
    s
}
