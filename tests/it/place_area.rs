//! The group places the areas of its collaboration in a model's phases
//! (issue 28, seed 000 §4): `Command::AddArea` names an area of the session's
//! own, `Command::PlaceArea` puts an area in a phase; each is refused, in
//! words, without phases, for an unknown area or phase and for a name an area
//! has; a later placement replaces the earlier, which the session keeps; the
//! changes replay to the same session and survive the file; and a file naming
//! a phase the model lacks is refused at its line and column.

use crate::common;
use common::give;
use klarhet::error::{ConstructFault, Problem};
use klarhet::model::journal::Change;
use klarhet::model::placement::{OwnArea, Placed};
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;
use std::path::Path;

/// The embedded model of seed 000, which has four phases.
fn with_phases() -> Assessment {
    common::models::embedded("matteby")
}

fn phase_ids(m: &Assessment) -> Vec<String> {
    let phases = m.phases.as_ref().expect("the model has phases");
    phases.steps.iter().map(|p| p.id.clone()).collect()
}

fn area_ids(m: &Assessment) -> Vec<String> {
    let phases = m.phases.as_ref().expect("the model has phases");
    phases.areas.iter().map(|a| a.id.clone()).collect()
}

fn place(area: &str, phase: &str, note: Option<&str>) -> Command {
    Command::PlaceArea {
        area: area.into(),
        phase: phase.into(),
        note: note.map(Into::into),
    }
}

fn add(id: &str, name: &str) -> Command {
    Command::AddArea {
        id: id.into(),
        name: name.into(),
    }
}

/// Applies `command`, which must be refused with `problem` and change nothing.
fn refused(m: &Assessment, s: &mut Session, command: Command, problem: Problem) {
    let before = s.clone();
    assert_eq!(s.apply(m, command), Err(problem));
    assert_eq!(*s, before, "a refused command changed the session");
}

fn session(m: &Assessment) -> Session {
    Session::new(m, "Testkommun", common::date(), Lang::SV)
}

#[test]
fn an_area_placed_is_kept_and_replays() {
    let m = with_phases();
    let (phases, areas) = (phase_ids(&m), area_ids(&m));
    let mut s = session(&m);
    let before = s.clone();
    let changes = give(
        &mut s,
        &m,
        place(&areas[0], &phases[1], Some("  Ny styrgrupp. ")),
    );
    let expected = Placed {
        area: areas[0].clone(),
        phase: phases[1].clone(),
        note: Some("Ny styrgrupp.".into()),
    };
    assert_eq!(changes, [Change::Placed(expected.clone())]);
    let kept = s.placement(&areas[0]).expect("placed");
    assert_eq!(kept.now(), expected);
    assert!(kept.earlier.is_empty());
    // A decision is saved with the whole session, as the others are.
    assert!(!changes[0].journalled(&m));
    let line = ron::to_string(&changes[0]).expect("a change serialises");
    let read: Change = ron::from_str(&line).expect("and reads back");
    let mut again = before;
    for _ in 0..2 {
        again.replay(&m, &read, true).expect("it replays");
    }
    assert_eq!(again, s);
    // The same placement again changes nothing; a blank note is no note.
    let same = place(&areas[0], &phases[1], Some("Ny styrgrupp."));
    assert_eq!(s.apply(&m, same), Ok(vec![]));
    give(&mut s, &m, place(&areas[1], &phases[3], Some("   ")));
    assert_eq!(s.placement(&areas[1]).and_then(|p| p.note.clone()), None);
    // The areas as a screen lists them: suggested first, each with its phase.
    let rows = s.areas(&m, Lang::SV);
    assert_eq!(rows.len(), areas.len());
    assert_eq!(
        rows[0].placement.as_ref().map(|p| &p.phase),
        Some(&phases[1])
    );
    assert!(rows[2].placement.is_none());
}

#[test]
fn a_later_placement_replaces_the_earlier_which_is_kept_in_either_direction() {
    let m = with_phases();
    let (phases, areas) = (phase_ids(&m), area_ids(&m));
    let mut s = session(&m);
    give(&mut s, &m, place(&areas[0], &phases[2], None));
    let before = s.clone();
    // Back to an earlier phase is a move like any other.
    let changes = give(&mut s, &m, place(&areas[0], &phases[0], Some("Tillbaka.")));
    let kept = s.placement(&areas[0]).expect("placed");
    assert_eq!(kept.phase, phases[0]);
    assert_eq!(kept.note.as_deref(), Some("Tillbaka."));
    assert_eq!(
        kept.earlier,
        [Placed {
            area: areas[0].clone(),
            phase: phases[2].clone(),
            note: None,
        }]
    );
    let mut again = before;
    for _ in 0..2 {
        for change in &changes {
            again.replay(&m, change, true).expect("it replays");
        }
    }
    assert_eq!(again, s, "replaying the move twice keeps one record");
    // Only the note changed: a placement of its own, the earlier kept.
    give(
        &mut s,
        &m,
        place(&areas[0], &phases[0], Some("Tillbaka, med stöd.")),
    );
    let kept = s.placement(&areas[0]).expect("placed");
    assert_eq!(kept.earlier.len(), 2);
    let all: Vec<String> = kept.all().map(|p| p.phase).collect();
    assert_eq!(
        all,
        [phases[2].clone(), phases[0].clone(), phases[0].clone()]
    );
    // The file keeps the whole record and reads back as the same session.
    let text = s.to_ron();
    let read = Session::parse(&text, Path::new("s.ron")).expect("the file reads");
    assert_eq!(read, s);
    read.check_against(&m, &text, Path::new("s.ron"))
        .expect("a file with the model's phases is valid");
}

#[test]
fn an_area_of_the_sessions_own_is_added_and_placed() {
    let m = with_phases();
    let phases = phase_ids(&m);
    let mut s = session(&m);
    let before = s.clone();
    let changes = give(&mut s, &m, add(" larm ", "  Trygghetslarm "));
    let area = OwnArea {
        id: "larm".into(),
        name: "Trygghetslarm".into(),
    };
    assert_eq!(changes, [Change::AreaAdded(area.clone())]);
    assert!(!changes[0].journalled(&m));
    let mut again = before;
    for _ in 0..2 {
        again.replay(&m, &changes[0], true).expect("it replays");
    }
    assert_eq!(again, s, "added once however often replayed");
    give(&mut s, &m, place("larm", &phases[3], None));
    let rows = s.areas(&m, Lang::SV);
    let last = rows.last().expect("the session's area is last");
    assert_eq!(
        (last.id.as_str(), last.name.as_str()),
        ("larm", "Trygghetslarm")
    );
    assert_eq!(last.source, None);
    let text = s.to_ron();
    let read = Session::parse(&text, Path::new("s.ron")).expect("the file reads");
    assert_eq!(read, s);
    read.check_against(&m, &text, Path::new("s.ron"))
        .expect("a session's own area is valid");
}

#[test]
fn each_refusal_is_said_in_words() {
    let m = with_phases();
    let (phases, areas) = (phase_ids(&m), area_ids(&m));
    let mut s = session(&m);
    let unknown_area = Problem::DanglingId {
        kind: "area",
        id: "finns-inte".into(),
    };
    refused(
        &m,
        &mut s,
        place("finns-inte", &phases[0], None),
        unknown_area.clone(),
    );
    let unknown_phase = Problem::DanglingId {
        kind: "phase",
        id: "fas9".into(),
    };
    refused(
        &m,
        &mut s,
        place(&areas[0], "fas9", None),
        unknown_phase.clone(),
    );
    // A name the model's suggestion has, in either language and any case.
    let suggested = m.phases.as_ref().expect("phases").areas[0].name.clone();
    let taken = suggested.get(Lang::EN).to_uppercase();
    let duplicate = Problem::from(ConstructFault::AreaNameTaken {
        name: taken.clone(),
    });
    refused(&m, &mut s, add("ny", &taken), duplicate.clone());
    give(&mut s, &m, add("larm", "Trygghetslarm"));
    refused(
        &m,
        &mut s,
        add("larm_2", "trygghetslarm"),
        ConstructFault::AreaNameTaken {
            name: "trygghetslarm".into(),
        }
        .into(),
    );
    refused(
        &m,
        &mut s,
        add(&areas[0], "Något annat"),
        Problem::DuplicateId {
            kind: "area",
            id: areas[0].clone(),
        },
    );
    refused(
        &m,
        &mut s,
        add("tom", "  "),
        Problem::EmptyId { kind: "area" },
    );
    let bad_id = Problem::from(ConstructFault::BadAreaId {
        id: "två ord".into(),
    });
    refused(&m, &mut s, add("två ord", "Två ord"), bad_id.clone());
    // A model without phases refuses both.
    let halmstad = common::halmstad();
    assert!(halmstad.phases.is_none());
    let mut other = session(&halmstad);
    let none = Problem::from(ConstructFault::NoPhasesToPlace);
    refused(
        &halmstad,
        &mut other,
        place(&areas[0], &phases[0], None),
        none.clone(),
    );
    refused(&halmstad, &mut other, add("larm", "Larm"), none.clone());
    // Each is said in both languages, naming what is wrong.
    for p in [&unknown_area, &unknown_phase, &duplicate, &bad_id, &none] {
        for lang in [Lang::SV, Lang::EN] {
            let said = p.describe(lang);
            assert!(!said.is_empty() && !said.contains("problem-"), "{said}");
        }
    }
    assert!(
        unknown_phase
            .describe(Lang::SV)
            .contains("en fas i modellen")
    );
    assert!(
        unknown_area
            .describe(Lang::EN)
            .contains("an area the model suggests")
    );
    assert!(duplicate.describe(Lang::SV).contains(&taken));
    assert_eq!(
        none.describe(Lang::SV),
        "modellen har inga faser att placera något i"
    );
    assert_eq!(
        none.describe(Lang::EN),
        "the model has no phases to place anything in"
    );
}

#[test]
fn a_session_without_placements_writes_no_field_for_them() {
    let m = with_phases();
    let s = session(&m);
    let text = s.to_ron();
    assert!(
        !text
            .lines()
            .any(|l| l.trim_start().starts_with("phase_board:"))
    );
    let mut placed = s.clone();
    give(
        &mut placed,
        &m,
        place(&area_ids(&m)[0], &phase_ids(&m)[0], None),
    );
    let text = placed.to_ron();
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("phase_board:"))
    );
}

#[test]
fn a_file_naming_a_phase_the_model_lacks_is_refused_at_its_place() {
    let m = with_phases();
    let (phases, areas) = (phase_ids(&m), area_ids(&m));
    let mut s = session(&m);
    give(&mut s, &m, place(&areas[1], &phases[2], None));
    let text = s.to_ron();
    // The placement's line: the model's copy names the phase too, in its ties.
    let quoted = format!("area: \"{}\", ", areas[1]);
    let at = text.find(&quoted).expect("the placement in the file");
    let phase = format!("phase: \"{}\"", phases[2]);
    let offset = at + text[at..].find(&phase).expect("its phase");
    let edited = format!(
        "{}phase: \"fas9\"{}",
        &text[..offset],
        &text[offset + phase.len()..]
    );
    common::models::refused_at_dangling_id(&m, &edited, "\"fas9\"", "phase");
}
