//! The chosen alternative's measures as the action plan's source
//! (docs/model-format.md, "Alternatives"): the plan offers the measures of
//! the alternative the group chose and, with cumulative alternatives, of those
//! it builds on, in order; an item for a measure is planned, changed and
//! removed through `PlanAction` and `RemoveAction`; one the model lacks is
//! refused, live and in a file, at its place; an item planned under an
//! earlier choice stays, marked; and the file writes an item for a
//! recommendation as it always has.

use crate::common;
use common::give;
use klarhet::error::{ConstructFault, Problem};
use klarhet::model::plan::Standing;
use klarhet::model::session::{ActionItem, MeasureRef, Status, Target};
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;
use std::path::Path;

/// The embedded model of seed 004, whose three alternatives are cumulative.
fn model() -> Assessment {
    common::models::embedded("trollhattan")
}

/// The alternatives' ids, in the model's order.
fn ids(m: &Assessment) -> Vec<String> {
    let alternatives = m.alternatives.as_ref().expect("alternatives");
    alternatives.items.iter().map(|a| a.id.clone()).collect()
}

fn choose(s: &mut Session, m: &Assessment, alternative: &str) {
    let command = Command::Choose {
        alternative: alternative.into(),
        reason: "Det är vad vi orkar.".into(),
    };
    give(s, m, command);
}

fn measure(alternative: &str, index: usize) -> MeasureRef {
    MeasureRef {
        alternative: alternative.into(),
        index,
    }
}

/// An item for `measure`, due in spring.
fn item(measure: MeasureRef, status: Status) -> ActionItem {
    ActionItem {
        recommendation: String::new(),
        measure: Some(measure),
        effect_goal: "Ett projektkontor finns".into(),
        owner: "Kommundirektören".into(),
        due: jiff::civil::date(2027, 4, 30),
        status,
    }
}

/// The lines of a session file that hold its action plan (the file's copy
/// of its model is one line of its own, and says "measures" too).
fn actions_part(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("    actions:"))
        .take_while(|l| !l.starts_with("    level:"))
        .collect();
    lines.join("\n")
}

fn session(m: &Assessment) -> Session {
    Session::new(m, "Testkommun", common::date(), Lang::SV)
}

#[test]
fn the_choice_offers_its_measures_and_those_it_builds_on_in_order() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    assert!(s.offered_measures(&m).is_empty(), "nothing before a choice");
    choose(&mut s, &m, &ids[1]);
    let offered = s.offered_measures(&m);
    let alternatives = m.alternatives.as_ref().expect("alternatives");
    let (first, second) = (&alternatives.items[0], &alternatives.items[1]);
    assert_eq!(offered.len(), first.measures.len() + second.measures.len());
    // The first alternative's, which the second builds on, then its own.
    for (i, m) in offered.iter().enumerate() {
        let (alternative, index, standing) = if i < first.measures.len() {
            (first, i, Standing::BuiltOn)
        } else {
            (second, i - first.measures.len(), Standing::Chosen)
        };
        assert_eq!(m.reference(), measure(&alternative.id, index));
        assert_eq!(m.standing, standing);
        assert_eq!(
            m.step.text.get(Lang::SV),
            alternative.measures[index].text.get(Lang::SV)
        );
    }
    // The first alone offers its own.
    choose(&mut s, &m, &ids[0]);
    let offered = s.offered_measures(&m);
    assert_eq!(offered.len(), first.measures.len());
    assert!(offered.iter().all(|m| m.standing == Standing::Chosen));
}

#[test]
fn a_measures_item_is_planned_changed_and_removed_by_command() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    choose(&mut s, &m, &ids[1]);
    let planned = item(measure(&ids[1], 1), Status::Planned);
    give(&mut s, &m, Command::PlanAction(planned.clone()));
    assert_eq!(s.actions(), std::slice::from_ref(&planned));
    let target = Target::Measure(measure(&ids[1], 1));
    assert_eq!(s.action_for(&target), Some(&planned));
    // The same measure again changes its item; another measure is another.
    let started = item(measure(&ids[1], 1), Status::Started);
    give(&mut s, &m, Command::PlanAction(started.clone()));
    let other = item(measure(&ids[0], 0), Status::Planned);
    give(&mut s, &m, Command::PlanAction(other.clone()));
    assert_eq!(s.actions(), &[started, other.clone()]);
    // A recommendation's item stands beside them, matched by its id alone.
    let rec = m.recommendations[0].id.clone();
    let for_rec = ActionItem {
        recommendation: rec.clone(),
        measure: None,
        ..item(measure("x", 0), Status::Done)
    };
    give(&mut s, &m, Command::PlanAction(for_rec.clone()));
    let remove = Command::RemoveAction {
        recommendation: String::new(),
        measure: Some(measure(&ids[1], 1)),
    };
    give(&mut s, &m, remove.clone());
    assert_eq!(s.actions(), &[other, for_rec]);
    // Removed once, there is nothing to remove.
    assert_eq!(
        s.apply(&m, remove),
        Err(Problem::DanglingId {
            kind: "action",
            id: format!("{}/1", ids[1]),
        })
    );
}

#[test]
fn a_measure_the_model_lacks_or_an_item_of_two_things_is_refused() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    let before = s.clone();
    let beyond = m.alternatives.as_ref().expect("alternatives").items[0]
        .measures
        .len();
    let refused = [
        (
            item(measure(&ids[0], beyond), Status::Planned),
            Problem::DanglingId {
                kind: "measure",
                id: format!("{}/{beyond}", ids[0]),
            },
        ),
        (
            item(measure("finns-inte", 0), Status::Planned),
            Problem::DanglingId {
                kind: "alternative",
                id: "finns-inte".into(),
            },
        ),
        (
            ActionItem {
                recommendation: m.recommendations[0].id.clone(),
                ..item(measure(&ids[0], 0), Status::Planned)
            },
            ConstructFault::ActionOfTwo {
                recommendation: m.recommendations[0].id.clone(),
                measure: format!("{}/0", ids[0]),
            }
            .into(),
        ),
    ];
    for (action, problem) in refused {
        assert_eq!(s.apply(&m, Command::PlanAction(action)), Err(problem));
        assert_eq!(s, before, "a refused item changed the session");
    }
    // A model without alternatives has no measures.
    let h = common::halmstad();
    let mut hs = session(&h);
    assert_eq!(
        hs.apply(
            &h,
            Command::PlanAction(item(measure(&ids[0], 0), Status::Planned))
        ),
        Err(ConstructFault::NoAlternatives.into())
    );
}

#[test]
fn an_item_planned_under_an_earlier_choice_stays_marked() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    choose(&mut s, &m, &ids[2]);
    let third = measure(&ids[2], 0);
    let first = measure(&ids[0], 0);
    give(
        &mut s,
        &m,
        Command::PlanAction(item(third.clone(), Status::Started)),
    );
    give(
        &mut s,
        &m,
        Command::PlanAction(item(first.clone(), Status::Planned)),
    );
    // The group chooses the first alone: its measure is still offered, the
    // third's is not, and its item stays, after the measures offered.
    choose(&mut s, &m, &ids[0]);
    assert_eq!(s.actions().len(), 2);
    let listed = s.plan_measures(&m);
    let last = listed.last().expect("the earlier one");
    assert_eq!(
        (last.reference(), last.standing),
        (third.clone(), Standing::Earlier)
    );
    let of_first = listed
        .iter()
        .find(|x| x.reference() == first)
        .expect("first");
    assert_eq!(of_first.standing, Standing::Chosen);
    assert_eq!(listed.len(), s.offered_measures(&m).len() + 1);
    // Choosing the third again offers it again.
    choose(&mut s, &m, &ids[2]);
    let again = s.plan_measures(&m);
    assert!(again.iter().all(|x| x.standing != Standing::Earlier));
}

#[test]
fn the_file_keeps_a_measures_item_and_writes_a_recommendations_as_before() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    choose(&mut s, &m, &ids[1]);
    let rec = m.recommendations[0].id.clone();
    give(
        &mut s,
        &m,
        Command::Adopt {
            recommendation: rec.clone(),
        },
    );
    let for_rec = ActionItem {
        recommendation: rec.clone(),
        measure: None,
        ..item(measure("x", 0), Status::Done)
    };
    give(&mut s, &m, Command::PlanAction(for_rec));
    let before = actions_part(&s.to_ron());
    // An item for a recommendation: no measure, as a file from before
    // measures has it.
    assert!(before.contains("ActionItem(recommendation:"), "{before}");
    assert!(!before.contains("measure"), "{before}");
    give(
        &mut s,
        &m,
        Command::PlanAction(item(measure(&ids[1], 2), Status::Planned)),
    );
    let text = s.to_ron();
    // An item for a measure names it and no recommendation.
    let plan = actions_part(&text);
    assert!(plan.contains("ActionItem(measure:"), "{plan}");
    assert!(!plan.contains("recommendation: \"\""), "{plan}");
    let read = Session::parse(&text, Path::new("s.ron")).expect("it parses");
    read.check_against(&m, &text, Path::new("s.ron"))
        .expect("valid");
    assert_eq!(read.actions(), s.actions());
    assert_eq!(read.to_ron(), text);
}

#[test]
fn a_file_naming_a_measure_the_model_lacks_is_refused_at_its_place() {
    let m = model();
    let ids = ids(&m);
    let mut s = session(&m);
    choose(&mut s, &m, &ids[1]);
    give(
        &mut s,
        &m,
        Command::PlanAction(item(measure(&ids[1], 2), Status::Planned)),
    );
    let text = s.to_ron();
    // An alternative the model lacks, at its id.
    let named = format!("MeasureRef(alternative: \"{}\"", ids[1]);
    assert!(text.contains(&named), "{}", actions_part(&text));
    let edited = text.replacen(&named, "MeasureRef(alternative: \"finns-inte\"", 1);
    common::models::refused_at_dangling_id(&m, &edited, "\"finns-inte\"", "alternative");
    // A place beyond its measures, at the item's measure.
    let edited = text.replacen("index: 2", "index: 99", 1);
    assert_ne!(edited, text, "{}", actions_part(&text));
    let err = Session::parse(&edited, Path::new("s.ron"))
        .expect("it parses")
        .check_against(&m, &edited, Path::new("s.ron"))
        .expect_err("refused");
    let klarhet::error::Error::Invalid { pos, problem, .. } = err else {
        panic!("{err:?}");
    };
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind: "measure",
            id: format!("{}/99", ids[1]),
        }
    );
    let item_at = edited.find("ActionItem(measure:").expect("the item");
    let line = edited[..item_at].lines().count();
    assert_eq!(
        pos.expect("a place").line,
        line,
        "{}",
        actions_part(&edited)
    );
    // An item naming both a recommendation and a measure.
    let rec = &m.recommendations[0].id;
    let edited = text.replacen(
        "ActionItem(measure:",
        &format!("ActionItem(recommendation: \"{rec}\", measure:"),
        1,
    );
    let err = Session::parse(&edited, Path::new("s.ron"))
        .expect("it parses")
        .check_against(&m, &edited, Path::new("s.ron"))
        .expect_err("refused");
    assert!(format!("{err:?}").contains("ActionOfTwo"), "{err:?}");
}

#[test]
fn a_comparison_follows_each_measures_item_by_its_measure() {
    // Two items for measures have no recommendation: matched by what they
    // carry out, each keeps its own status, and one the newer plan lacks is
    // no longer in it.
    let m = model();
    let ids = ids(&m);
    let mut old = session(&m);
    choose(&mut old, &m, &ids[1]);
    let (a, b) = (measure(&ids[0], 0), measure(&ids[1], 3));
    give(
        &mut old,
        &m,
        Command::PlanAction(item(a.clone(), Status::Planned)),
    );
    give(
        &mut old,
        &m,
        Command::PlanAction(item(b.clone(), Status::Started)),
    );
    let mut new = old.clone();
    give(
        &mut new,
        &m,
        Command::PlanAction(item(b.clone(), Status::Done)),
    );
    let remove = Command::RemoveAction {
        recommendation: String::new(),
        measure: Some(a.clone()),
    };
    give(&mut new, &m, remove);
    let c = klarhet::report::compare::compare(&old, &m, &new, &m).expect("comparable");
    let by: Vec<_> = c
        .actions
        .iter()
        .map(|x| (x.target.clone(), x.then, x.now))
        .collect();
    assert_eq!(
        by,
        [
            (Target::Measure(a), Status::Planned, None),
            (Target::Measure(b), Status::Started, Some(Status::Done)),
        ]
    );
    let md = klarhet::report::compare::markdown(&c, &old, &new, &m);
    let third = m.alternatives.as_ref().expect("alternatives").items[1].measures[3]
        .text
        .get(Lang::SV);
    assert!(md.contains(&format!("II: {third}")), "{md}");
}
