//! The runtime's named deadlines: each [`Timer`] is pending at most once, set
//! again it moves, and the event loop waits on the earliest. With none pending
//! the loop blocks on events alone, so an idle workbench does no work at all.

use crate::tui::msg::{Msg, Timer};
use std::time::Instant;

/// The pending deadlines, a handful at most (one per [`Timer`]).
#[derive(Debug, Default)]
pub(super) struct Timers {
    pending: Vec<(Timer, Instant, Msg)>,
}

impl Timers {
    /// Sets `timer` to send `msg` at `at`, in place of any moment it had.
    pub(super) fn set(&mut self, timer: Timer, at: Instant, msg: Msg) {
        self.cancel(timer);
        self.pending.push((timer, at, msg));
    }

    /// Drops `timer`, if it is pending.
    pub(super) fn cancel(&mut self, timer: Timer) {
        self.pending.retain(|(t, _, _)| *t != timer);
    }

    /// When `timer` is due, if it is pending.
    pub(super) fn due(&self, timer: Timer) -> Option<Instant> {
        self.pending
            .iter()
            .find(|(t, _, _)| *t == timer)
            .map(|(_, at, _)| *at)
    }

    /// The earliest moment any timer is due.
    pub(super) fn next(&self) -> Option<Instant> {
        self.pending.iter().map(|(_, at, _)| *at).min()
    }

    /// Takes `timer`'s message off the table, due or not.
    pub(super) fn take(&mut self, timer: Timer) -> Option<Msg> {
        let at = self.pending.iter().position(|(t, _, _)| *t == timer)?;
        Some(self.pending.swap_remove(at).2)
    }

    /// Takes every timer whose message keeps work ([`Timer::keeps_work`]),
    /// due or not, earliest first: the program is quitting.
    pub(super) fn take_keeping(&mut self) -> Vec<Msg> {
        self.take_where(|timer, _| timer.keeps_work())
    }

    /// Takes every timer due by `now`, earliest first.
    pub(super) fn take_due(&mut self, now: Instant) -> Vec<Msg> {
        self.take_where(|_, at| at <= now)
    }

    fn take_where(&mut self, take: impl Fn(Timer, Instant) -> bool) -> Vec<Msg> {
        let mut due: Vec<(Timer, Instant, Msg)> = Vec::new();
        let mut i = 0;
        while i < self.pending.len() {
            if take(self.pending[i].0, self.pending[i].1) {
                due.push(self.pending.swap_remove(i));
            } else {
                i += 1;
            }
        }
        due.sort_by_key(|(_, at, _)| *at);
        due.into_iter().map(|(_, _, msg)| msg).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn setting_a_timer_again_moves_it_and_the_earliest_is_next() {
        let t0 = Instant::now();
        let mut timers = Timers::default();
        assert_eq!(timers.next(), None, "nothing pending, nothing to wait for");
        timers.set(Timer::Draft, t0 + Duration::from_secs(1), Msg::DraftDue);
        timers.set(
            Timer::RoomQuiet,
            t0 + Duration::from_secs(45),
            Msg::RoomQuiet,
        );
        timers.set(Timer::Draft, t0 + Duration::from_secs(2), Msg::DraftDue);
        assert_eq!(timers.pending.len(), 2, "one entry per name");
        assert_eq!(timers.due(Timer::Draft), Some(t0 + Duration::from_secs(2)));
        assert_eq!(timers.next(), Some(t0 + Duration::from_secs(2)));
        assert_eq!(timers.take_due(t0 + Duration::from_secs(1)), vec![]);
        assert_eq!(
            timers.take_due(t0 + Duration::from_secs(3)),
            vec![Msg::DraftDue]
        );
        assert_eq!(timers.next(), Some(t0 + Duration::from_secs(45)));
        timers.cancel(Timer::RoomQuiet);
        assert_eq!(timers.next(), None);
    }

    #[test]
    fn timers_due_together_come_earliest_first() {
        let t0 = Instant::now();
        let mut timers = Timers::default();
        timers.set(
            Timer::RoomQuiet,
            t0 + Duration::from_secs(2),
            Msg::RoomQuiet,
        );
        timers.set(Timer::Draft, t0 + Duration::from_secs(1), Msg::DraftDue);
        assert_eq!(
            timers.take_due(t0 + Duration::from_secs(2)),
            vec![Msg::DraftDue, Msg::RoomQuiet]
        );
        assert_eq!(timers.take(Timer::Draft), None);
        timers.set(
            Timer::RoomQuiet,
            t0 + Duration::from_secs(9),
            Msg::RoomQuiet,
        );
        timers.set(Timer::Draft, t0 + Duration::from_secs(9), Msg::DraftDue);
        assert_eq!(
            timers.take_keeping(),
            vec![Msg::DraftDue],
            "quitting sends the draft, not the room's hint"
        );
    }
}
