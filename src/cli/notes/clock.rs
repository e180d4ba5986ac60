//! The agenda's clock in the speaker notes: for the item the clock is on, the
//! time used and what is left (or how far over), in the words of the
//! workbench's top line, and while it runs the time of day the item ends by the
//! plan. The page keeps the agenda as the session has it; the time is worked
//! out against a moment the caller gives, so that the notes read the clock
//! only in their loop and tests give one of their own.

use crate::model::agenda::Agenda;
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use crate::text::Lang;
use crate::tui::agenda::clock_time;
use jiff::{SignedDuration, Timestamp, Zoned};
use std::time::Duration;

/// The clock of the item the agenda is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Clock {
    /// The item's name.
    pub label: String,
    /// The item's index on the agenda.
    item: usize,
    /// The agenda, as the session has it.
    agenda: Agenda,
}

impl Clock {
    /// The clock of `session`'s agenda, once it has been started on an item.
    pub fn of(session: &Session, model: &Assessment, ui: Lang) -> Option<Clock> {
        let agenda = session.agenda()?;
        let item = agenda.current?;
        let part = &agenda.items.get(item)?.part;
        Some(Clock {
            label: crate::report::document::agenda_part_label(model, part, ui),
            item,
            agenda: agenda.clone(),
        })
    }

    /// True while the clock runs: only then do the notes tick.
    pub fn running(&self) -> bool {
        self.agenda.running()
    }

    /// True once the item has used more than it was given by `now`.
    pub fn over(&self, now: Timestamp) -> bool {
        self.agenda.left(self.item, now) < 0
    }

    /// The clock's line at `now`: the mark, the item, the time used, what is
    /// left or how far over; while it runs, when the item ends by the plan in
    /// `now`'s time zone, and paused, that it is.
    pub fn line(&self, now: &Zoned, ui: Lang) -> String {
        let at = now.timestamp();
        let used = clock_time(self.agenda.used(self.item, at));
        let left = self.agenda.left(self.item, at);
        let rest = if left >= 0 {
            crate::tr!(ui, "tui-clock-left", time = clock_time(left.unsigned_abs()))
        } else {
            crate::tr!(ui, "tui-clock-over", time = clock_time(left.unsigned_abs()))
        };
        let (mark, end) = if self.running() {
            let ends = now
                .checked_add(SignedDuration::from_secs(left))
                .map_or_else(|_| "–".to_owned(), |end| end.strftime("%H:%M").to_string());
            ("⏱", crate::tr!(ui, "notes-clock-ends", time = ends))
        } else {
            ("⏸", crate::tr!(ui, "notes-clock-paused"))
        };
        format!("{mark} {} · {used} · {rest} · {end}", self.label)
    }
}

/// How long from `now` until the clock's next whole second, when the time
/// used changes on screen.
pub fn until_next_second(now: Timestamp) -> Duration {
    let into = now.as_millisecond().rem_euclid(1000);
    Duration::from_millis(u64::try_from(1000 - into).unwrap_or(1000))
}
