//! The reveal's careless answers: the count of the shown round's ballots that
//! gave the same answer to every statement, and `x`, which leaves them out of
//! that round's figures or takes them in again (see `model::careless`).

use crate::model::careless::Careless;
use crate::model::command::Command;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use ratatui::text::{Line, Span};

/// The careless answers of the round whose figures of `statement` of the
/// current challenge are shown, when they may be shown.
pub(super) fn shown(shared: &Shared, statement: usize) -> Option<Careless> {
    let work = shared.work.as_ref()?;
    let c = work.current()?;
    let s = c.statements.get(statement)?;
    let (round, _) = work.session.shown_round(&c.id, &s.id);
    work.session.careless(&c.id, round)
}

/// `x` on the reveal: the command that leaves the shown round's careless
/// answers out of its figures, or takes them in again.
pub(super) fn leave_out(shared: &Shared, statement: usize) -> Reply {
    let Some(k) = shown(shared, statement) else {
        return Reply::none();
    };
    let Some(c) = shared.work.as_ref().and_then(|w| w.current()) else {
        return Reply::none();
    };
    Reply::command(Command::LeaveOutCareless {
        challenge: c.id.clone(),
        round: k.round,
        out: !k.left_out,
    })
}

/// The careless-answers line of the reveal: the count, and whether they are
/// left out of the figures.
pub(super) fn line(
    lang: crate::text::Lang,
    k: Careless,
    t: &crate::tui::theme::Theme,
) -> Line<'static> {
    let mut spans = vec![Span::styled(
        crate::tr!(
            lang,
            "tui-careless-count",
            straight = k.straight,
            ballots = k.ballots
        ),
        t.text,
    )];
    if k.left_out {
        spans.push(Span::styled(
            format!(" · {}", crate::tr!(lang, "careless-left-out")),
            t.warning,
        ));
    }
    Line::from(spans)
}
