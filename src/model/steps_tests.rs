//! The steps a model has follow what is in it.

use crate::model::assessment::Assessment;
use crate::model::steps::StepKey;

fn halmstad() -> Assessment {
    Assessment::halmstad().expect("the shipped model loads")
}

fn keys(model: &Assessment) -> Vec<&'static str> {
    model.steps().into_iter().map(StepKey::key).collect()
}

#[test]
fn halmstad_has_every_step_but_phases_and_alternatives() {
    // Its report gives no phases and no options to choose between.
    let every: Vec<StepKey> = StepKey::ALL
        .into_iter()
        .filter(|s| ![StepKey::Phases, StepKey::Alternatives].contains(s))
        .collect();
    assert_eq!(
        keys(&halmstad()),
        every[1..].iter().map(|s| s.key()).collect::<Vec<_>>()
    );
    assert_eq!(
        StepKey::list(Some(&halmstad())),
        every,
        "the start screen, then every step"
    );
}

#[test]
fn a_model_without_structure_has_only_the_steps_it_fills() {
    let mut model = halmstad();
    model.causal = None;
    model.levels = None;
    model.recommendations.clear();
    model.principles.clear();
    assert_eq!(
        keys(&model),
        [
            "setup",
            "participants",
            "model",
            "scoring",
            "queue",
            "summary"
        ]
    );
    assert!(!model.has_step("circle"));
    assert!(model.has_step("queue"));
    assert!(
        !model.has_step("start"),
        "start is the app's, not a model's"
    );
}

#[test]
fn each_construct_brings_its_own_steps() {
    let full = halmstad();
    let mut model = full.clone();
    model.levels = None;
    assert!(!keys(&model).contains(&"level"));
    assert!(keys(&model).contains(&"circle"));
    let mut model = full.clone();
    model.causal = None;
    assert!(!keys(&model).contains(&"circle"));
    assert!(keys(&model).contains(&"level"));
    let mut model = full.clone();
    model.recommendations.clear();
    assert!(!keys(&model).contains(&"recommendations"));
    assert!(!keys(&model).contains(&"plan"));
    let mut model = full;
    for c in &mut model.challenges {
        c.statements.clear();
    }
    assert!(!keys(&model).contains(&"scoring"));
    assert!(!keys(&model).contains(&"queue"));
}

#[test]
fn a_step_the_model_lacks_gives_way_to_the_next_it_has() {
    let mut model = halmstad();
    model.causal = None;
    model.levels = None;
    model.recommendations.clear();
    assert_eq!(model.step_from(StepKey::Circle), StepKey::Summary);
    assert_eq!(model.step_from(StepKey::Level), StepKey::Summary);
    assert_eq!(model.step_from(StepKey::Queue), StepKey::Queue);
    let mut model = halmstad();
    model.causal = None;
    assert_eq!(model.step_from(StepKey::Circle), StepKey::Recommendations);
}

#[test]
fn a_session_agenda_naming_a_step_the_model_lacks_is_refused() {
    use crate::error::Problem;
    use crate::model::agenda::Agenda;
    let full = halmstad();
    let agenda = Agenda::from_template(&full.agendas[0]);
    assert_eq!(agenda.check(&full), Ok(()));
    let mut model = full;
    model.causal = None;
    assert_eq!(
        agenda.check(&model),
        Err(Problem::DanglingId {
            kind: "step",
            id: "circle".into()
        })
    );
}

fn embedded(id: &str) -> Assessment {
    crate::model::catalog::Catalog::embedded()
        .expect("the embedded models read")
        .get(id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} is embedded"))
}

#[test]
fn a_model_s_prompt_sets_are_steps_where_step_keys_puts_them() {
    for id in ["wihlborg", "hjeltman-larsson", "matteby"] {
        let model = embedded(id);
        let list = StepKey::list(Some(&model));
        let keys: Vec<&str> = list[1..].iter().map(|s| s.key_in(&model)).collect();
        assert_eq!(keys, model.step_keys(), "{id}");
        for (at, set) in model.prompts.iter().enumerate() {
            let step = StepKey::from_key_in(&set.id, &model).expect("a set is a step");
            assert_eq!(step, StepKey::Prompts(u16::try_from(at).unwrap()));
            assert_eq!(
                step.label(Some(&model), crate::text::Lang::SV),
                set.name.get(crate::text::Lang::SV)
            );
            assert_eq!(model.step_from(step), step, "a set the model has is shown");
            // The step before a set is the one it follows, or a set after that one.
            let before = step.prev_in(Some(&model)).expect("a step before");
            assert_eq!(before.next_in(Some(&model)), Some(step));
        }
    }
}

#[test]
fn built_in_keys_stay_as_they_were_and_a_set_is_not_one() {
    let model = embedded("wihlborg");
    for step in StepKey::ALL {
        assert_eq!(StepKey::from_key(step.key()), Some(step));
        assert_eq!(step.key_in(&model), step.key());
    }
    assert_eq!(StepKey::from_key("swot-jag"), None, "a set needs its model");
    assert_eq!(
        StepKey::from_key_in("swot-jag", &model),
        Some(StepKey::Prompts(1))
    );
    assert_eq!(StepKey::from_key_in("no-such-set", &model), None);
    // A set the model no longer has gives way to the summary.
    assert_eq!(model.step_from(StepKey::Prompts(9)), StepKey::Summary);
}
