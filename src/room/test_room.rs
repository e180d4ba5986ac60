//! A room as the desk's tests meet it: a session on an embedded model with
//! three named participants, the room open, and phones on seats 1 to 3 with
//! the tokens "t1" to "t3".

use crate::model::Assessment;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::session::Session;
use crate::room::desk::{Desk, Reply, Request, serve};
use crate::text::Lang;

/// The embedded model `id`, and a session on it with three phones seated.
pub(super) fn seated(id: &str) -> (Assessment, Session) {
    let catalog = Catalog::embedded().expect("catalogue");
    let model = catalog.get(id).expect("embedded").clone();
    let date = jiff::civil::date(2026, 3, 1);
    let mut s = Session::new(&model, "Sjöhamra kommun", date, Lang::SV);
    for alias in ["Ann", "Bo", "Cia"] {
        let add = Command::AddParticipant {
            alias: alias.to_owned(),
            groups: Vec::new(),
        };
        s.apply(&model, add).expect("joins");
    }
    let open = Command::OpenRoom {
        token: "RUM".into(),
    };
    s.apply(&model, open).expect("a room");
    // Taking a seat asks nothing of the room's scope.
    let desk = Desk::new(Vec::new());
    for seat in 1..=3 {
        let claim = Request::Claim {
            seat,
            token: format!("t{seat}"),
            held: None,
        };
        serve(&mut s, &model, &desk, claim);
    }
    (model, s)
}

/// The page the phone on `seat` gets.
pub(super) fn page(s: &mut Session, m: &Assessment, d: &Desk, seat: u32) -> Reply {
    let request = Request::Page {
        seat_token: Some(format!("t{seat}")),
        statement: None,
    };
    serve(s, m, d, request).0
}
