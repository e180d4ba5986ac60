//! The embedded models and a workshop on any of them, voted on every
//! statement's own scale.
#![allow(dead_code)]

use super::{cast, pass, reveal};
use klarhet::model::assessment::Catalog;
use klarhet::model::session::Answer;
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;

/// The embedded model `id`.
pub fn embedded(id: &str) -> Assessment {
    Catalog::embedded()
        .unwrap()
        .get(id)
        .unwrap_or_else(|| panic!("{id} is not embedded"))
        .clone()
}

/// Six voters who answer every statement of every dimension that has any,
/// the k-th voter choosing option `(k + statement) % options` of that
/// statement's own scale, and every such dimension shown.
pub fn workshop(m: &Assessment, lang: Lang) -> Session {
    let mut s = Session::new(m, "Testkommun", super::date(), lang);
    let people = (1..=6).map(|i| (format!("P{i}"), Vec::new())).collect();
    super::give(&mut s, m, Command::Enrol { people });
    for c in m.challenges.iter().filter(|c| !c.statements.is_empty()) {
        for voter in 1..=6u32 {
            for (k, st) in c.statements.iter().enumerate() {
                let options = &m.statement_scale(c, st).options;
                let value = options[(voter as usize + k) % options.len()].value;
                cast(&mut s, m, c, &st.id, voter, Answer::Value(value));
            }
            pass(&mut s, m, c, voter, c.statements.len());
        }
        reveal(&mut s, m, c);
    }
    s
}

/// An empty session on the embedded model `id`, its workbench at `step`.
pub fn fresh_at(id: &str, step: klarhet::tui::state::Step) -> klarhet::tui::state::State {
    let model = embedded(id);
    let session = Session::new(&model, "Testkommun", super::date(), Lang::SV);
    super::tui::fresh().at(klarhet::tui::state::Work::new(session, model, None), step)
}

/// Checks that `edited`, a session file on `m` whose `literal` (a quoted id)
/// names a `kind` the model lacks, is refused as that dangling id at the
/// literal's line.
pub fn refused_at_dangling_id(m: &Assessment, edited: &str, literal: &str, kind: &'static str) {
    use klarhet::error::{Error, Problem};
    use std::path::Path;
    let offset = edited.find(literal).expect("the edit");
    let line = edited[..offset].lines().count();
    let parsed = Session::parse(edited, Path::new("s.ron")).expect("the file parses");
    let err = parsed
        .check_against(m, edited, Path::new("s.ron"))
        .expect_err("the id is refused");
    let Error::Invalid { pos, problem, .. } = err else {
        panic!("not a validation error: {err:?}");
    };
    assert_eq!(
        problem,
        Problem::DanglingId {
            kind,
            id: literal.trim_matches('"').into(),
        }
    );
    let pos = pos.expect("a place");
    assert_eq!(pos.line, line, "{edited}");
    assert!(pos.col > 1);
}

/// Wihlborg's workshop with four elected members and four officials, only
/// its first dimension answered and shown: on its first statement (the
/// presidia's self-rating beside it) the elected members answer Ja, Ja,
/// Osäker, Nej and the officials Osäker, Osäker, Nej, Nej; every other
/// statement its scale's first option.
pub fn wihlborg_by_role(lang: Lang) -> (Session, Assessment) {
    let m = embedded("wihlborg");
    let mut s = Session::new(&m, "Testkommun", super::date(), lang);
    let groups = ["fortroendevalda", "tjanstepersoner"];
    let people = (0..8)
        .map(|i| (format!("P{}", i + 1), vec![groups[i / 4].to_owned()]))
        .collect();
    super::give(&mut s, &m, Command::Enrol { people });
    let c = m.challenges[0].clone();
    for voter in 1..=8u32 {
        for (k, st) in c.statements.iter().enumerate() {
            let options = &m.statement_scale(&c, st).options;
            let nth = if k == 0 {
                [0, 0, 1, 2, 1, 1, 2, 2][voter as usize - 1]
            } else {
                0
            };
            cast(
                &mut s,
                &m,
                &c,
                &st.id,
                voter,
                Answer::Value(options[nth].value),
            );
        }
        pass(&mut s, &m, &c, voter, c.statements.len());
    }
    reveal(&mut s, &m, &c);
    (s, m)
}
