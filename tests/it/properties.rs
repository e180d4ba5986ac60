//! Invariants under random input, briefly, in the normal suite (the fuzzers in
//! fuzz/ run the same ideas for longer): no key sequence panics, every state
//! renders at any size up to 300×100, and no export reveals one person's ballot.

use crate::common;
use crate::common::groups_ids;
use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::model::Command;
use klarhet::report::Format;
use klarhet::tui::state::{State, Step, Work};
use proptest::prelude::*;

fn demo_state() -> State {
    let m = halmstad();
    let catalog = klarhet::model::assessment::Catalog::embedded().unwrap();
    let state = State::new(
        klarhet::text::Lang::SV,
        false,
        klarhet::tui::theme::Theme::dark(),
        catalog,
        date(),
        "/srv".into(),
    );
    state.at(
        Work::new(
            klarhet::demo::session(&m, date(), klarhet::text::Lang::SV),
            m,
            None,
        ),
        Step::Participants,
    )
}

fn key(b: u8) -> KeyCode {
    match b % 24 {
        0 => KeyCode::Enter,
        1 => KeyCode::Esc,
        2 => KeyCode::Tab,
        3 => KeyCode::BackTab,
        4 => KeyCode::Up,
        5 => KeyCode::Down,
        6 => KeyCode::Left,
        7 => KeyCode::Right,
        8 => KeyCode::Backspace,
        _ => KeyCode::Char(char::from(b"abcdefhjklnqrsuvx12345 ?"[usize::from(b) % 24])),
    }
}

const ROLES: [&str; 5] = [
    groups_ids::POLITIK,
    groups_ids::KOMMUNLEDNING,
    groups_ids::FORVALTNING,
    groups_ids::BOLAG,
    groups_ids::OVRIGT,
];

proptest! {
    #![proptest_config(common::cases::cases(48))]

    #[test]
    fn no_key_sequence_panics_and_every_state_renders(
        keys in proptest::collection::vec(any::<u8>(), 0..120),
        w in 1u16..=300,
        h in 1u16..=100,
    ) {
        let mut state = demo_state();
        for b in keys {
            if let Some(msg) = klarhet::tui::bindings::lookup(&klarhet::tui::router::bindings(&state), &KeyEvent::new(key(b), KeyModifiers::NONE)) {
                let _ = klarhet::tui::router::update(&mut state, msg);
            }
        }
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| klarhet::tui::frame::draw(f, &state)).unwrap();
    }

    /// A file from before waiting ballots were kept apart held its box per role
    /// group, every group, beside what was shown. Written the new way, the box
    /// keeps only the groups a report shows and the rest waits as one count:
    /// no figure of any report changes.
    #[test]
    fn an_old_box_written_the_new_way_changes_no_figure(
        people in proptest::collection::vec((0usize..5, proptest::collection::vec(-1i32..=5, 4)), 1..10),
        late in 0usize..4,
    ) {
        use klarhet::model::scoring::RoleGroup;
        use klarhet::model::session::{Answer, BallotBox};
        let m = halmstad();
        let c = &m.challenges[0];
        let roles: Vec<&'static str> = people.iter().map(|(r, _)| ROLES[*r]).collect();
        let s = session_with(&m, &roles);
        let counts = klarhet::model::privacy::role_counts(&m, &s);
        let group = |r: &'static str| {
            let g = RoleGroup::Role(r.to_owned());
            if counts.iter().any(|(shown, _)| *shown == g) { g } else { RoleGroup::Merged }
        };
        let (mut all, mut shown) = (BallotBox::default(), BallotBox::default());
        let first = people.len().saturating_sub(late).max(1);
        for (i, (r, values)) in people.iter().enumerate() {
            // -1 is a skip, 0 vet ej.
            let answers: Vec<(String, Answer)> = c.statements.iter().zip(values)
                .filter(|(_, v)| **v >= 0)
                .map(|(st, v)| (st.id.clone(), if *v == 0 { Answer::Unknown } else { Answer::Value(*v) }))
                .collect();
            all.add(group(ROLES[*r]), &answers);
            if i < first {
                shown.add(group(ROLES[*r]), &answers);
            }
        }
        // A file from before waiting ballots were kept apart, as it was written:
        // no command makes one, so its boxes, and every voter's progress
        // through the challenge, are written into the text.
        let boxes = |b: BallotBox| ron::to_string(&std::collections::BTreeMap::from([(c.id.clone(), b)])).unwrap();
        let everyone: std::collections::BTreeMap<u32, usize> =
            (1..=u32::try_from(people.len()).unwrap()).map(|v| (v, c.statements.len())).collect();
        let progress = ron::to_string(&std::collections::BTreeMap::from([(c.id.clone(), everyone)])).unwrap();
        let text = s.to_ron();
        let text = format!(
            "{}, progress: {}, sealed: {}, revealed: {}, reveals: {{{:?}: 1}})",
            text.trim_end().strip_suffix(')').unwrap().trim_end().trim_end_matches(','),
            progress,
            boxes(all),
            boxes(shown),
            c.id,
        );
        let path = std::path::Path::new("old.ron");
        let s = klarhet::model::Session::parse(&text, path).unwrap();
        prop_assert!(!s.sealed().is_empty());
        let new = klarhet::model::Session::parse(&s.to_ron(), path).unwrap();
        prop_assert!(new.sealed().is_empty());
        prop_assert_eq!(new.waiting(&c.id), s.waiting(&c.id));
        prop_assert_eq!(klarhet::model::scoring::analyse(&new, &m), klarhet::model::scoring::analyse(&s, &m));
        for format in Format::ALL {
            prop_assert_eq!(format.render(&new, &m, &export()), format.render(&s, &m, &export()));
        }
    }

    #[test]
    fn no_export_reveals_a_single_ballot(
        people in proptest::collection::vec((0usize..5, proptest::collection::vec(0i32..=5, 27)), 1..10),
        min_group in 2u32..5,
    ) {
        let m = halmstad();
        let roles: Vec<&'static str> = people.iter().map(|(r, _)| ROLES[*r]).collect();
        let mut s = session_with(&m, &roles);
        privacy(&mut s, &m, |min, _, _| *min = min_group);
        for p in s.participants().clone() {
            let alias = format!("Alias{}x", p.id);
            give(&mut s, &m, Command::EditParticipant { id: p.id, alias, groups: p.groups.clone() });
        }
        for (k, (_, st)) in m.statements().enumerate() {
            let votes: Vec<i32> = people.iter().map(|(_, v)| v[k]).collect();
            vote(&mut s, &st.id, &votes);
        }
        common::close_rounds(&mut s, &m);
        let min_group = s.privacy().min_group() as u32;
        let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&s, &m, &export())).unwrap();
        // Per challenge: who answered any of its statements on the scale, per role;
        // a role group shown has at least min_group of them, and so has the merged
        // group of the roles not shown.
        let indices: Vec<(String, usize)> = m.statements().enumerate().map(|(k, (c, _))| (c.id.clone(), k)).collect();
        for c in json["challenges"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap();
            let ks: Vec<usize> = indices.iter().filter(|(cid, _)| cid == id).map(|(_, k)| *k).collect();
            let answered = |role: &'static str| people.iter().filter(|(r, v)| ROLES[*r] == role && ks.iter().any(|k| v[*k] > 0)).count();
            let shown: std::collections::BTreeSet<String> = c["role_means"].as_array().unwrap().iter()
                .map(|g| g["group"].as_str().unwrap().to_owned())
                .collect();
            // Exports name role groups by their English ids.
            let key_of = |role: &'static str| klarhet::report::ids::group(&m, &klarhet::model::scoring::RoleGroup::Role(role.to_owned()));
            for role in ROLES {
                let key = key_of(role);
                if shown.contains(&key) {
                    prop_assert!(answered(role) >= min_group as usize, "{id}: {key} shown with {} respondents", answered(role));
                }
            }
            if shown.contains("merged") {
                let merged: usize = ROLES.iter().filter(|r| !shown.contains(&key_of(r))).map(|r| answered(r)).sum();
                prop_assert!(merged >= min_group as usize, "{id}: övriga shown with {merged} respondents");
            }
        }
        for format in Format::ALL {
            let text = format.render(&s, &m, &export());
            let named = s.participants().iter().any(|p| text.contains(&format!("Alias{}x", p.id)));
            prop_assert!(!named, "a name in the {:?} export", format);
        }
    }
}
