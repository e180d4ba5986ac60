//! A form's draft as a user would meet it: due once the typing pauses, kept
//! in the session, written to its file and read back the same; and the file
//! refused when its draft names what the model or session lacks.
#![allow(dead_code)]

use klarhet::error::{Error, Pos, Problem};
use klarhet::model::session::Draft;
use klarhet::model::{Assessment, Session};
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::router::update;
use klarhet::tui::state::State;
use std::path::Path;

/// Lets the typing pause in `s`: the draft is kept, and saved. Asserts it is
/// `kept`, and that the session's file reads back valid against `model` with
/// the same draft; gives the file's text.
pub fn kept_after_a_pause(s: &mut State, model: &Assessment, kept: &Draft) -> String {
    assert_eq!(update(s, Msg::DraftDue), vec![Effect::Save]);
    let work = s.shared.work.as_ref().expect("a session");
    assert_eq!(work.session.draft().as_ref(), Some(kept));
    let text = work.session.to_ron();
    let path = Path::new("s.ron");
    let read = Session::parse(&text, path).expect("the file parses");
    read.check_against(model, &text, path)
        .expect("the draft names what the model has");
    assert_eq!(read.draft().as_ref(), Some(kept));
    text
}

/// The file `text` with `from` made `to` (once), checked against `model`:
/// refused, with the problem, where, and the edited text.
pub fn refused_with(
    model: &Assessment,
    text: &str,
    from: &str,
    to: &str,
) -> (Problem, Option<Pos>, String) {
    let edited = text.replacen(from, to, 1);
    assert_ne!(edited, text, "{from} is in the file");
    let path = Path::new("s.ron");
    let read = Session::parse(&edited, path).expect("the file parses");
    match read.check_against(model, &edited, path) {
        Err(Error::Invalid { problem, pos, .. }) => (problem, pos, edited),
        other => panic!("{to}: {other:?}"),
    }
}
