//! The page a phone gets from the room's desk: the set of open prompts or
//! the vote put to the phones first, then the statement asked for or the
//! next one the seat has not passed, else the list to go back to, or the
//! screen when everything is shown (see [`super::desk`]).

use super::desk::{Desk, Item, Reply, next_open, place, slot_of};
use crate::model::assessment::{Assessment, Challenge, Statement};
use crate::model::session::Session;
use crate::text::Lang;

/// The statement `asked` if it is open, else the first this seat has not passed,
/// else the end.
pub(super) fn page(
    session: &Session,
    model: &Assessment,
    desk: &Desk,
    seat: u32,
    asked: Option<&str>,
) -> Reply {
    let lang = session.language();
    // A set the facilitator put to the phones comes first: it is what the
    // room is doing now.
    if let Some(set) = desk.set_to_write(session, model, seat) {
        return super::desk_prompts::prompts_page(session, &set);
    }
    // Then a poll it put: the group is about to decide.
    if let Some(poll) = desk.poll_to_pick(session, seat) {
        return super::desk_polls::poll_page(session, model, poll);
    }
    let asked = asked.and_then(|id| place(session, desk, model, id));
    if asked.is_some_and(|(c, _)| desk.closed(session, c)) {
        return Reply::Shown;
    }
    let open = desk.open(session, model);
    if open.is_empty() && (desk.wrote_all(session, seat) || desk.picked_all(session, seat)) {
        return Reply::WroteAll;
    }
    if open.is_empty() {
        return Reply::Shown;
    }
    if asked.is_some_and(|(c, _)| session.finished(c, seat)) {
        return Reply::Shown;
    }
    let chosen = match asked {
        Some((c, i)) => session.asked_now(c).get(i).map(|s| (c, *s)),
        None => next_open(session, model, desk, seat),
    };
    let Some((c, s)) = chosen else {
        let items = open
            .iter()
            .flat_map(|c| session.asked_now(c).into_iter().map(move |s| (*c, s)))
            .map(|(c, s)| item(session, model, lang, seat, c, s))
            .collect();
        return Reply::Done { items };
    };
    let all: Vec<&Statement> = open.iter().flat_map(|c| session.asked_now(c)).collect();
    let number = all.iter().position(|x| x.id == s.id).map_or(1, |i| i + 1);
    Reply::Ballot {
        item: item(session, model, lang, seat, c, s),
        number,
        of: all.len(),
        // The statement's own scale: a categorical one offers its options,
        // and vet ej only where the scale has it.
        options: (model.statement_scale(c, s).options.iter())
            .map(|o| (o.value, o.label.get(lang).to_owned()))
            .collect(),
        unknown: (model.statement_scale(c, s).unknown.as_ref()).map(|t| t.get(lang).to_owned()),
    }
}

fn item(
    session: &Session,
    model: &Assessment,
    lang: Lang,
    seat: u32,
    c: &Challenge,
    s: &Statement,
) -> Item {
    // Its place in the current round, which is what the seat's progress counts.
    let index = session
        .asked_now(c)
        .iter()
        .position(|x| x.id == s.id)
        .unwrap_or(0);
    let counted = session.finished(c, seat);
    let passed = counted || session.room().as_ref().map_or(0, |r| r.passed(&c.id, seat)) > index;
    Item {
        id: s.id.clone(),
        challenge: c.name.get(lang).to_owned(),
        text: s.text.get(lang).to_owned(),
        passed,
        // A counted ballot has left the seat: nothing to show back.
        answer: (!counted)
            .then(|| session.responses().open_answer(&s.id, seat))
            .flatten(),
        open: !counted,
        slot: slot_of(session, model, c, &s.id),
    }
}
