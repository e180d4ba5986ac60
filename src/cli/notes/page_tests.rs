use super::*;
use crate::model::assessment::STEP_KEYS;

fn titles(page: &Page) -> Vec<&str> {
    page.sections.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn while_scoring_the_page_says_and_asks_the_challenges_notes_with_their_sources() {
    let (session, model) = at("scoring", 1);
    let page = Page::of(&session, &model, Lang::SV);
    assert_eq!(
        page.heading,
        "Talarstöd · Storstad kommun · Bedömning: Obalans (2 av 6)"
    );
    assert_eq!(
        titles(&page),
        [
            "Att säga",
            "Att fråga",
            "Påståendena",
            "Näst i samtalskön (ej diskuterat)",
            "Läget"
        ]
    );
    let obalans = &model.challenges[1];
    let say = &page.sections[0].items[0];
    assert_eq!(
        say.text,
        obalans
            .say
            .as_ref()
            .unwrap()
            .text
            .in_language("sv")
            .unwrap()
    );
    assert_eq!(say.source.as_deref(), Some("§4.1 Obalans"));
    let asked = &page.sections[1];
    assert_eq!(asked.list, List::Numbered);
    assert_eq!(asked.items.len(), obalans.ask.len());
    assert_eq!(asked.items[0].source.as_deref(), Some("§4.1 Obalans"));
    // The question that goes beyond the report says it is klarhet's.
    let own = obalans
        .ask
        .iter()
        .position(|q| q.own)
        .expect("an own question");
    assert_eq!(
        asked.items[own].source.as_deref(),
        Some("klarhets fråga, utifrån §4.1 Obalans")
    );
    assert_eq!(page.sections[2].items.len(), obalans.statements.len());
    assert_eq!(page.sections[2].list, List::Bulleted);
    // The place with its counts, as `klarhet follow` says it: never an answer.
    let place = &page.sections[4].items[0].text;
    assert!(
        place.starts_with("Bedömning, Obalans: 4 röstsedlar räknade"),
        "{place}"
    );
    assert_eq!(page.place, (Step::Scoring, Some(1)));
}

#[test]
fn at_another_step_the_page_has_the_steps_notes_or_says_there_are_none() {
    let (session, model) = at("circle", 0);
    let page = Page::of(&session, &model, Lang::EN);
    assert_eq!(page.heading, "Speaker notes · Storstad kommun · The circle");
    assert_eq!(
        titles(&page),
        [
            "What to say",
            "What to ask",
            "Next in the discussion queue (not yet discussed)",
            "Where the workshop is"
        ]
    );
    let question = &page.sections[1].items[0];
    assert_eq!(
        question.text,
        model.step_notes("circle").unwrap().ask[0]
            .text
            .in_language("en")
            .unwrap()
    );
    assert!(
        question
            .source
            .as_deref()
            .unwrap()
            .starts_with("klarhet's question, built on §4.1"),
        "{question:?}"
    );
    let (session, model) = at("summary", 0);
    let page = Page::of(&session, &model, Lang::EN);
    assert_eq!(
        titles(&page),
        [
            "What to say",
            "Next in the discussion queue (not yet discussed)",
            "Where the workshop is"
        ]
    );
    assert_eq!(
        page.sections[0].items[0].text,
        "The model has no speaker notes for this step."
    );
    assert_eq!(page.place, (Step::Summary, None));
}

#[test]
fn a_failed_read_is_said_before_the_last_good_page() {
    let (session, model) = at("scoring", 2);
    let page = Page::of(&session, &model, Lang::EN);
    let troubled = page.troubled("file.ron:3:1: expected a value", Lang::EN);
    assert_eq!(
        troubled.sections[0].title,
        "The session could not be read just now; below is the last copy that could be read"
    );
    assert_eq!(
        troubled.sections[0].items[0].text,
        "file.ron:3:1: expected a value"
    );
    assert_eq!(troubled.sections[1..], page.sections[..]);
    assert_eq!(
        (troubled.heading, troubled.place),
        (page.heading, page.place)
    );
}

#[test]
fn notes_name_their_step_as_the_workbench_stores_it() {
    let keys: Vec<&str> = Step::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(keys, STEP_KEYS);
}

#[test]
fn after_a_reveal_the_page_names_the_queues_next_rows_until_they_are_discussed() {
    let model = Assessment::halmstad().expect("the embedded model");
    let lang = Lang::SV;
    let mut session = crate::demo::session(&model, jiff::civil::date(2026, 11, 22), lang);
    let queued = |s: &Session| {
        let page = Page::of(s, &model, lang);
        let title = crate::tr!(lang, "notes-queue");
        page.sections
            .iter()
            .find(|x| x.title == title)
            .map(|x| x.items.iter().map(|i| i.text.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let analysis = crate::model::scoring::analyse(&session, &model);
    let rows = crate::model::scoring::queue::queue(&model, &analysis);
    assert!(
        rows.len() > QUEUE_ROWS,
        "the demo has a queue to work through"
    );
    let first = queued(&session);
    assert_eq!(first.len(), QUEUE_ROWS);
    let label = crate::model::scoring::queue::topic_label(&model, &rows[0].topic, lang);
    assert!(first[0].starts_with(&label), "{first:?}");
    assert!(first[0].contains(&rows[0].words(&model, lang)));
    let mark = crate::model::command::Command::MarkDiscussed {
        topic: rows[0].topic.clone(),
        discussed: true,
    };
    session.apply(&model, mark).expect("marked");
    let after = queued(&session);
    assert_eq!(
        after[..QUEUE_ROWS - 1],
        first[1..],
        "the discussed row leaves the notes"
    );
}

#[test]
fn on_the_model_step_the_page_has_the_models_caveats_with_their_sources() {
    let (session, model) = at("model", 0);
    assert!(!model.caveats.is_empty(), "Halmstad has caveats");
    let page = Page::of(&session, &model, Lang::SV);
    let caveats = page
        .sections
        .iter()
        .find(|s| s.title == "Om underlaget")
        .expect("a section on the evidence");
    assert_eq!(caveats.list, List::Bulleted);
    assert_eq!(caveats.items.len(), model.caveats.len());
    for (item, c) in caveats.items.iter().zip(&model.caveats) {
        assert_eq!(item.text, c.text.in_language("sv").unwrap());
        let source = if c.own {
            format!("klarhets förbehåll, utifrån {}", c.source)
        } else {
            c.source.clone()
        };
        assert_eq!(item.source.as_deref(), Some(source.as_str()));
    }
    // Only there: while scoring, the page is the challenge's.
    let (session, model) = at("scoring", 0);
    let page = Page::of(&session, &model, Lang::SV);
    assert!(
        !titles(&page).contains(&"Om underlaget"),
        "{:?}",
        titles(&page)
    );
}
