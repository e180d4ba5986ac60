//! The plan step offers the chosen alternative's measures (docs/model-format.md,
//! "Alternatives"): after the adopted recommendations, the measures of the
//! alternatives the choice builds on, then its own, each with the same form;
//! saving hands `PlanAction` for the measure; an item planned under an earlier
//! choice stays in the list, marked; the form's draft names the measure and
//! is put back; and the screen with measures is pinned at 80×24.

use crate::common;
use common::give;
use common::tui::{commands_and_effects, drawn, send};
use klarhet::model::session::{ActionItem, Draft, DraftForm, MeasureRef, Status};
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::screens::Screen;
use klarhet::tui::state::{State, Step, Work};

fn model() -> Assessment {
    common::models::embedded("trollhattan")
}

fn ids(m: &Assessment) -> Vec<String> {
    let alternatives = m.alternatives.as_ref().expect("alternatives");
    alternatives.items.iter().map(|a| a.id.clone()).collect()
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

fn choose(alternative: &str) -> Command {
    Command::Choose {
        alternative: alternative.into(),
        reason: "Det är vad vi orkar.".into(),
    }
}

/// A session on the model with its first recommendation adopted and the
/// second alternative chosen, on the plan step.
fn planning() -> State {
    let m = model();
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let adopt = Command::Adopt {
        recommendation: m.recommendations[0].id.clone(),
    };
    give(&mut s, &m, adopt);
    give(&mut s, &m, choose(&ids(&m)[1]));
    common::tui::fresh().at(Work::new(s, m, None), Step::Plan)
}

fn session(s: &State) -> &Session {
    &s.shared.work.as_ref().expect("a session").session
}

/// Fills the open form's effektmål and owner, and saves it.
fn fill_and_save(s: &mut State) -> (Vec<Command>, Vec<Effect>) {
    send(s, &typed("Ett projektkontor finns"));
    send(s, &[Msg::Next]);
    send(s, &typed("Kommundirektören"));
    send(s, &[Msg::Next, Msg::Next, Msg::Right]);
    commands_and_effects(s, Msg::Confirm)
}

#[test]
fn the_plan_lists_the_recommendations_then_the_measures_in_order() {
    let m = model();
    let s = planning();
    let shown = drawn(&s, 120, 40);
    let alternatives = m.alternatives.as_ref().expect("alternatives");
    let rec = m.recommendations[0].text.get(Lang::SV);
    let start = |t: &str| t.chars().take(30).collect::<String>();
    let mut at = shown.find(&start(rec)).expect("the recommendation");
    // The first alternative's measures, which the second builds on, then its own.
    for alternative in &alternatives.items[..2] {
        for measure in &alternative.measures {
            let row = format!(
                "{}: {}",
                alternative.label,
                start(measure.text.get(Lang::SV))
            );
            let found = shown[at..]
                .find(&row)
                .unwrap_or_else(|| panic!("{row}:\n{shown}"));
            at += found;
        }
    }
    // Not the third's: the group did not choose it.
    for measure in &alternatives.items[2].measures {
        assert!(
            !shown.contains(&start(measure.text.get(Lang::SV))),
            "{shown}"
        );
    }
}

#[test]
fn saving_a_measures_form_hands_the_item_for_the_measure() {
    let m = model();
    let ids = ids(&m);
    let mut s = planning();
    // The row after the recommendation: the first alternative's first measure.
    send(&mut s, &[Msg::Down, Msg::Edit]);
    let (commands, effects) = fill_and_save(&mut s);
    let [Command::PlanAction(item)] = commands.as_slice() else {
        panic!("{commands:?}");
    };
    let expected = ActionItem {
        recommendation: String::new(),
        measure: Some(MeasureRef {
            alternative: ids[0].clone(),
            index: 0,
        }),
        effect_goal: "Ett projektkontor finns".into(),
        owner: "Kommundirektören".into(),
        due: item.due,
        status: Status::Started,
    };
    assert_eq!(*item, expected);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(session(&s).actions(), std::slice::from_ref(&expected));
    // Opened again, the form holds the item.
    send(&mut s, &[Msg::Edit]);
    assert!(drawn(&s, 80, 24).contains("Ett projektkontor finns"));
}

#[test]
fn an_item_of_an_earlier_choice_stays_marked() {
    let m = model();
    let ids = ids(&m);
    let mut s = planning();
    let second = m.alternatives.as_ref().expect("alternatives").items[1].clone();
    let first_len = m.alternatives.as_ref().expect("alternatives").items[0]
        .measures
        .len();
    // The second alternative's first measure: after the recommendation and
    // the first alternative's measures.
    send(&mut s, &vec![Msg::Down; 1 + first_len]);
    send(&mut s, &[Msg::Edit]);
    fill_and_save(&mut s);
    let text = second.measures[0].text.get(Lang::SV);
    let start: String = text.chars().take(30).collect();
    assert!(!drawn(&s, 120, 40).contains("tidigare val"));
    // The group chooses the first alone: the item stays, marked.
    let work = s.shared.work.as_mut().expect("a session");
    give(&mut work.session, &work.model, choose(&ids[0]));
    let shown = drawn(&s, 120, 40);
    let row = shown
        .lines()
        .find(|l| l.contains(&start))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(row.contains("tidigare val"), "{row}");
    // The first alternative's measures are still offered, the second's others not.
    for measure in &second.measures[1..] {
        let other: String = measure.text.get(Lang::SV).chars().take(30).collect();
        assert!(!shown.contains(&other), "{shown}");
    }
    // Still selected (now listed last), its detail at 80×24 says where it
    // stands and still has room for its effektmål and owner below that line.
    let shown = drawn(&s, 80, 24);
    assert!(
        shown.contains("Effektmål: Ett projektkontor finns"),
        "{shown}"
    );
    assert!(shown.contains("Ansvarig: Kommundirektören"), "{shown}");
}

#[test]
fn the_forms_draft_names_the_measure_and_is_put_back() {
    let m = model();
    let ids = ids(&m);
    let mut s = planning();
    send(&mut s, &[Msg::Down, Msg::Down, Msg::Edit]);
    send(&mut s, &typed("Halvfärdigt"));
    klarhet::tui::router::update(&mut s, Msg::DraftDue);
    let draft: Draft = session(&s).draft().clone().expect("a draft");
    let DraftForm::Action {
        recommendation,
        measure,
        effect_goal,
        ..
    } = &draft.form
    else {
        panic!("{draft:?}");
    };
    let reference = MeasureRef {
        alternative: ids[0].clone(),
        index: 1,
    };
    assert_eq!(
        (recommendation.as_str(), measure, effect_goal.as_str()),
        ("", &Some(reference), "Halvfärdigt")
    );
    // Put back into a fresh plan screen, the form is open on the same row.
    let mut fresh = planning();
    let screen = Screen::restored(&draft, &mut fresh.shared).expect("restored");
    fresh.screen = screen;
    let shown = drawn(&fresh, 80, 24);
    let measure = m.alternatives.as_ref().expect("alternatives").items[0].measures[1]
        .text
        .get(Lang::SV);
    let start: String = measure.chars().take(30).collect();
    assert!(shown.contains(&start), "{shown}");
    assert!(shown.contains("Halvfärdigt"), "{shown}");
}

#[test]
fn the_screen_at_80x24() {
    let mut s = planning();
    send(&mut s, &[Msg::Down, Msg::Edit]);
    fill_and_save(&mut s);
    insta::assert_snapshot!("plan_measures_80x24", drawn(&s, 80, 24));
    send(&mut s, &[Msg::Down, Msg::Edit]);
    insta::assert_snapshot!("plan_measure_form_80x24", drawn(&s, 80, 24));
}

#[test]
fn an_empty_plan_says_where_to_adopt_and_where_to_choose_in_full() {
    let m = model();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let s = common::tui::fresh().at(Work::new(s, m, None), Step::Plan);
    let shown = drawn(&s, 80, 24).replace('│', " ");
    let words = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "Inga antagna rekommendationer ännu. Anta några i steg 7.",
        "Inget alternativ är valt heller: när gruppen väljer ett i steg 8, erbjuds dess åtgärder här.",
    ] {
        assert!(words.contains(said), "{said}:\n{shown}");
    }
}

/// A measure's detail at 80×24 grows with what it says: a long effektmål
/// used to push the owner out of a box of fixed height.
#[test]
fn a_long_effect_goal_leaves_the_owner_on_screen_at_80x24() {
    let mut s = planning();
    send(&mut s, &[Msg::Down, Msg::Edit]);
    let goal = "Varje förvaltning har ett beslutat effektmål för sina tre största \
                digitaliseringsinsatser, med riktning och takt, och följer upp dem \
                varje kvartal i ledningsgruppen";
    send(&mut s, &typed(goal));
    send(&mut s, &[Msg::Next]);
    send(&mut s, &typed("Kommundirektören"));
    send(&mut s, &[Msg::Next, Msg::Next, Msg::Right, Msg::Confirm]);
    let shown = drawn(&s, 80, 24);
    assert!(shown.contains("kvartal i ledningsgruppen"), "{shown}");
    assert!(shown.contains("Ansvarig: Kommundirektören"), "{shown}");
}
