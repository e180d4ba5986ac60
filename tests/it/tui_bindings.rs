//! The keys a screen shows are the keys it handles. On every screen, in every
//! state the snapshots reach (overlays included), each key of each binding the
//! footer or help lists is found by the lookup and sends its message, which
//! changes the state or asks for an effect; and every key that does anything is
//! in the help.

use crate::common;
use common::tui::{SCREENS, app_at};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::tui::bindings::{Key, lookup};
use klarhet::tui::msg::Msg;
use klarhet::tui::router::{self, help_bindings};
use klarhet::tui::state::State;
use klarhet::tui::theme::Theme;

/// A key event that stands for `key`: a class of keys by one of its members.
fn event(key: Key) -> KeyEvent {
    match key {
        Key::Code(code) => KeyEvent::new(code, KeyModifiers::NONE),
        Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::CtrlCode(code) => KeyEvent::new(code, KeyModifiers::CONTROL),
        Key::Text => KeyEvent::new(KeyCode::Char('å'), KeyModifiers::NONE),
        Key::Digit => KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE),
    }
}

/// True when `msg` changes `state` or asks for an effect.
fn does_something(state: &State, msg: Msg) -> bool {
    let mut after = state.clone();
    let effects = router::update(&mut after, msg);
    !effects.is_empty() || format!("{after:?}") != format!("{state:?}")
}

/// Every key a user might press.
fn every_key() -> Vec<KeyEvent> {
    let mut codes: Vec<KeyCode> = (' '..='~')
        .chain("åäöÅÄÖ".chars())
        .map(KeyCode::Char)
        .collect();
    codes.extend([
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::F(1),
        KeyCode::F(2),
    ]);
    let mut keys: Vec<KeyEvent> = codes
        .into_iter()
        .map(|c| KeyEvent::new(c, KeyModifiers::NONE))
        .collect();
    keys.extend(('a'..='z').map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
    keys.extend(
        [KeyCode::Left, KeyCode::Right, KeyCode::Up, KeyCode::Down]
            .map(|c| KeyEvent::new(c, KeyModifiers::CONTROL)),
    );
    keys
}

#[test]
fn every_key_shown_does_what_it_says_and_every_handled_key_is_shown() {
    for (name, script) in SCREENS {
        let app = app_at(script, Theme::dark());
        let state = &app.state;
        let bindings = router::bindings(state);
        assert!(
            bindings.iter().any(|b| b.enabled),
            "{name}: no key does anything"
        );
        for b in bindings.iter().filter(|b| b.enabled) {
            let mut any = false;
            for (key, msg) in &b.keys {
                let ev = event(*key);
                let expected = match key {
                    Key::Text | Key::Digit => match ev.code {
                        KeyCode::Char(c) => Msg::Char(c),
                        _ => unreachable!(),
                    },
                    _ => msg.clone(),
                };
                let found = lookup(&bindings, &ev);
                assert_eq!(
                    found,
                    Some(expected.clone()),
                    "{name}: {} ({}) is listed but another binding takes it",
                    b.label(klarhet::text::Lang::SV),
                    b.help
                );
                any |= does_something(state, expected);
            }
            assert!(any, "{name}: \"{}\" does nothing", b.help);
        }
        // Nothing is handled that the help does not list.
        let help = help_bindings(state);
        for ev in every_key() {
            let Some(msg) = lookup(&bindings, &ev) else {
                continue;
            };
            assert!(
                lookup(&help, &ev).is_some(),
                "{name}: {ev:?} sends {msg:?} but the help does not list it"
            );
        }
    }
}

#[test]
fn a_disabled_key_is_marked_and_does_nothing() {
    // On the start screen there is no previous step: Esc is listed as not possible now.
    let app = app_at("", Theme::dark());
    let bindings = router::bindings(&app.state);
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(lookup(&bindings, &esc), None);
    let listed = bindings
        .iter()
        .find(|b| b.keys.iter().any(|(k, _)| *k == Key::Code(KeyCode::Esc)))
        .expect("Esc is listed");
    assert!(!listed.enabled);
    let mut app = app;
    app.handle(Msg::Help);
    let shown = common::tui::screen(&app, 80, 24);
    assert!(shown.contains("föregående steg (inte nu)"), "{shown}");
}

/// The keys that cast an answer.
fn answer_keys(bindings: &[klarhet::tui::bindings::Binding]) -> Vec<char> {
    bindings
        .iter()
        .flat_map(|b| &b.keys)
        .filter_map(|(k, m)| match (k, m) {
            (Key::Code(KeyCode::Char(c)), Msg::Answer(_)) => Some(*c),
            _ => None,
        })
        .collect()
}

#[test]
fn the_ballot_keys_follow_the_models_scale() {
    // The Halmstad scale is 1–5: the voter's entry binds exactly those digits.
    let app = app_at("{Enter}nnb{Enter}", Theme::dark());
    let bindings = router::bindings(&app.state);
    let answers = answer_keys(&bindings);
    assert_eq!(answers, vec!['1', '2', '3', '4', '5', 'v']);
    assert_eq!(bindings[0].label(klarhet::text::Lang::SV), "1–5");
}

#[test]
fn another_scale_gets_its_own_ballot_keys() {
    // Nej/Osäker/Ja as 0–2 with no vet ej, and a 1–10 scale whose 10 is no single
    // key: then the options are keyed by their place.
    let scales = [
        (
            r#"(value: 0, label: (sv: "Nej", en: "No")),
            (value: 1, label: (sv: "Osäker", en: "Unsure")),
            (value: 2, label: (sv: "Ja", en: "Yes")),"#,
            "None",
            vec!['0', '1', '2'],
            "0–2",
        ),
        (
            r#"(value: 1, label: (sv: "1", en: "1")),
            (value: 4, label: (sv: "4", en: "4")),
            (value: 10, label: (sv: "10", en: "10")),"#,
            r#"Some((sv: "Vet ej", en: "Don't know"))"#,
            vec!['1', '2', '3', 'v'],
            "1–3",
        ),
    ];
    let src = klarhet::model::assessment::HALMSTAD_RON;
    let start = src.find("        options: [").expect("options");
    // The scale ends where the groupings begin.
    let end = src.find("    groupings: [").expect("groupings");
    for (options, unknown, keys, label) in scales {
        let scale = format!(
            "        options: [\n{options}\n        ],\n        unknown: {unknown},\n    ),\n"
        );
        let text = format!("{}{scale}{}", &src[..start], &src[end..]);
        let model = klarhet::model::Assessment::parse(&text, std::path::Path::new("scale.ron"))
            .unwrap_or_else(|e| panic!("{e}"));
        let state = on_the_ballot(klarhet::text::Lang::SV, model);
        let bindings = router::bindings(&state);
        let bound = answer_keys(&bindings);
        assert_eq!(bound, keys);
        assert_eq!(bindings[0].label(klarhet::text::Lang::SV), label);
        // The last option's key casts the last value.
        let last = *keys.iter().rfind(|c| c.is_ascii_digit()).expect("a digit");
        let msg = lookup(
            &bindings,
            &KeyEvent::new(KeyCode::Char(last), KeyModifiers::NONE),
        );
        let top = state
            .shared
            .work
            .as_ref()
            .expect("work")
            .model
            .scale
            .options
            .last()
            .expect("option")
            .value;
        assert_eq!(
            msg,
            Some(Msg::Answer(klarhet::model::session::Answer::Value(top)))
        );
    }
}

/// One politician on `model`, on the first statement of their ballot, in `lang`.
fn on_the_ballot(lang: klarhet::text::Lang, model: klarhet::model::Assessment) -> State {
    let session = common::session_with(&model, &[common::groups_ids::POLITIK]);
    let mut state = State::new(
        lang,
        false,
        Theme::dark(),
        klarhet::model::assessment::Catalog::embedded().expect("catalog"),
        common::date(),
        "/tmp".into(),
    )
    .at(
        klarhet::tui::state::Work::new(session, model, None),
        klarhet::tui::state::Step::Scoring,
    );
    router::update(&mut state, Msg::StartBallot);
    router::update(&mut state, Msg::Confirm);
    state
}

#[test]
fn the_key_for_dont_know_comes_from_the_catalogue_and_clashes_with_no_other() {
    use klarhet::model::session::Answer;
    use klarhet::text::Lang;
    let mut found = Vec::new();
    for lang in [Lang::SV, Lang::EN] {
        let state = on_the_ballot(lang, common::halmstad());
        let bindings = router::bindings(&state);
        let unknown = Msg::Answer(Answer::Unknown);
        let keys: Vec<char> = bindings
            .iter()
            .flat_map(|b| b.keys.iter())
            .filter(|(_, m)| *m == unknown)
            .filter_map(|(k, _)| match k {
                Key::Code(KeyCode::Char(c)) => Some(*c),
                _ => None,
            })
            .collect();
        let [key] = keys[..] else {
            panic!("{lang:?}: one key for vet ej, not {keys:?}");
        };
        // The letter is one of the answer's own word, and no other key on the
        // ballot does anything else.
        let word = common::halmstad()
            .scale
            .unknown
            .expect("vet ej")
            .get(lang)
            .to_lowercase();
        assert!(word.contains(key), "{lang:?}: {key} is not in {word:?}");
        assert_eq!(
            lookup(
                &bindings,
                &KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE)
            ),
            Some(unknown.clone())
        );
        for b in &bindings {
            for (k, m) in &b.keys {
                if *k == Key::Code(KeyCode::Char(key)) {
                    assert_eq!(*m, unknown, "{lang:?}: {key} also means {m:?}");
                }
            }
        }
        found.push(key);
    }
    assert_eq!(found[0], 'v', "Swedish keeps v for vet ej");
    assert_ne!(found[1], 'v', "English has no v in \"Don't know\"");
}

/// Which keys give way in a narrow footer is the bindings' priority, not the
/// width of one language's words: on every screen at 80 columns, and wider,
/// Swedish and English show the same bindings (Swedish once hid `u` where English
/// hid `o`), told apart by what they do, as a key itself may be the language's
/// (`j`a, `y`es).
#[test]
fn the_footer_shows_the_same_keys_in_swedish_and_english() {
    use klarhet::text::Lang;
    use klarhet::tui::bindings::footer;
    let mut failures = Vec::new();
    for (name, script) in SCREENS {
        let reached = |lang: Lang| {
            let app = common::tui::app_at_in(script, Theme::dark(), Some(lang));
            router::bindings(&app.state)
        };
        let (sv_list, en_list) = (reached(Lang::SV), reached(Lang::EN));
        for width in WIDTHS {
            let shown = |list: &[klarhet::tui::bindings::Binding], lang: Lang| {
                let f = footer(list, lang, width);
                let doing: Vec<String> = f
                    .shown
                    .iter()
                    .map(|i| format!("{:?}", list[*i].keys[0].1))
                    .collect();
                (doing, f.hints)
            };
            let (sv, sv_hints) = shown(&sv_list, Lang::SV);
            let (en, en_hints) = shown(&en_list, Lang::EN);
            assert!(!sv.is_empty(), "{name}: an empty footer");
            if sv != en {
                failures.push(format!(
                    "{name} at {width}:\n  sv {sv_hints:?}\n  en {en_hints:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const WIDTHS: std::ops::RangeInclusive<usize> = 80..=160;
