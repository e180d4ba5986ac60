//! The notes' state and what each thing that wakes them does to it, with no
//! terminal, no file and no clock: the loop in `mod.rs` performs what `update`
//! asks for, and sets the moment the state reads (tests set their own).

use super::clock::until_next_second;
use super::keys::{self, Act};
use super::page::Page;
use crossterm::event::Event;
use jiff::{Timestamp, Zoned};
use std::time::Duration;

/// What wakes the notes.
pub enum Wake {
    /// The terminal: a key, a resize, or its failure.
    Term(std::io::Result<Event>),
    /// The session changed: the page for where it is now.
    Moved(Box<Page>),
    /// A read of the session failed: the last good page stays, with this said.
    Trouble(String),
    /// The terminal hung up, or a signal asked the notes to stop: they end as
    /// q ends them.
    Stop,
    /// The clock's next second: the loop's wait for [`State::next_tick`] ran out.
    Tick,
}

/// What the loop does next.
#[derive(Debug, PartialEq)]
pub enum Next {
    /// Draw the screen again: something on it changed.
    Draw,
    /// Nothing on the screen changed: wait for the next wake.
    Wait,
    /// Leave.
    Quit,
}

/// The page shown and how far it is scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The page for where the workshop is.
    pub page: Page,
    /// A failed read of the session, said above the page until a good one.
    pub trouble: Option<String>,
    /// Lines scrolled past, as last drawn.
    pub scroll: usize,
    /// The most that can be scrolled, as last drawn.
    pub most: usize,
    /// The lines a screen of the page has, as last drawn.
    pub height: usize,
    /// The moment the clock's line is drawn at: the loop's clock, a test's own.
    pub now: Zoned,
    /// True when the clock's line was on screen, as last drawn.
    pub clock_shown: bool,
}

impl State {
    /// The notes at the top of `page`, at `now`.
    pub fn new(page: Page, now: Zoned) -> State {
        State {
            page,
            trouble: None,
            scroll: 0,
            most: 0,
            height: 1,
            now,
            clock_shown: false,
        }
    }

    /// True while the clock the page shows runs and is on screen: only then
    /// does the time on screen change by itself.
    pub fn ticking(&self) -> bool {
        self.clock_shown && self.page.clock.as_ref().is_some_and(|c| c.running())
    }

    /// How long the loop may wait for a wake before the clock's next second
    /// (the moment being `now`); none while nothing ticks, so that the notes
    /// then wait without a timeout and use no CPU.
    pub fn next_tick(&self, now: Timestamp) -> Option<Duration> {
        self.ticking().then(|| until_next_second(now))
    }

    /// What `wake` changes, and whether the screen must be drawn again. A
    /// terminal that failed is the loop's to handle.
    pub fn update(&mut self, wake: Wake) -> Next {
        match wake {
            Wake::Term(Ok(Event::Key(key))) => match keys::act(&key) {
                Some(Act::Quit) => Next::Quit,
                Some(act) => {
                    let scroll = self.scrolled(act);
                    if scroll == self.scroll {
                        return Next::Wait;
                    }
                    self.scroll = scroll;
                    Next::Draw
                }
                None => Next::Wait,
            },
            Wake::Term(Ok(Event::Resize(..))) => Next::Draw,
            Wake::Stop => Next::Quit,
            Wake::Term(_) => Next::Wait,
            Wake::Tick if self.ticking() => Next::Draw,
            Wake::Tick => Next::Wait,
            Wake::Moved(page) => {
                // A new place starts at the top; new counts keep the reader's place.
                if page.place != self.page.place {
                    self.scroll = 0;
                }
                self.page = *page;
                self.trouble = None;
                Next::Draw
            }
            Wake::Trouble(trouble) => {
                self.trouble = Some(trouble);
                Next::Draw
            }
        }
    }

    /// The scroll after `act`.
    fn scrolled(&self, act: Act) -> usize {
        let by = |lines: isize| self.scroll.saturating_add_signed(lines).min(self.most);
        match act {
            Act::Line(n) => by(n),
            Act::Page(n) => by(n.saturating_mul(isize::try_from(self.height).unwrap_or(1))),
            Act::Top | Act::Quit => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> Wake {
        Wake::Term(Ok(Event::Key(KeyEvent::new(code, KeyModifiers::NONE))))
    }

    fn page(step: &str, challenge: usize) -> Box<Page> {
        let (session, model) = super::super::page::at(step, challenge);
        Box::new(Page::of(&session, &model, Lang::SV))
    }

    fn noon() -> Zoned {
        jiff::civil::date(2026, 11, 22)
            .at(12, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .expect("a moment")
    }

    /// The notes for the first challenge, drawn 30 lines long on a screen of 10.
    fn scrolled_state() -> State {
        let mut state = State::new(*page("scoring", 0), noon());
        (state.most, state.height) = (20, 10);
        state
    }

    #[test]
    fn keys_scroll_within_the_page_and_draw_only_when_it_moves() {
        let mut state = scrolled_state();
        assert_eq!(state.update(key(KeyCode::Up)), Next::Wait, "at the top");
        assert_eq!(state.update(key(KeyCode::Down)), Next::Draw);
        assert_eq!(state.scroll, 1);
        assert_eq!(state.update(key(KeyCode::PageDown)), Next::Draw);
        assert_eq!(state.scroll, 11);
        assert_eq!(state.update(key(KeyCode::PageDown)), Next::Draw);
        assert_eq!(state.scroll, 20, "no further than the page");
        assert_eq!(state.update(key(KeyCode::PageDown)), Next::Wait);
        assert_eq!(state.update(key(KeyCode::Char('x'))), Next::Wait);
        assert_eq!(state.update(key(KeyCode::Home)), Next::Draw);
        assert_eq!(state.scroll, 0);
        assert_eq!(state.update(key(KeyCode::Char('q'))), Next::Quit);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(state.update(Wake::Term(Ok(Event::Key(ctrl_c)))), Next::Quit);
        assert_eq!(state.update(key(KeyCode::Esc)), Next::Quit);
    }

    #[test]
    fn a_new_place_starts_at_the_top_and_new_counts_keep_the_readers_place() {
        let mut state = scrolled_state();
        state.update(key(KeyCode::PageDown));
        // The same place with other counts: the reader stays where they were.
        let mut counted = page("scoring", 0);
        counted.sections.last_mut().expect("the place").items[0].text = "8 räknade".into();
        assert_eq!(state.update(Wake::Moved(counted)), Next::Draw);
        assert_eq!(state.scroll, 10);
        assert_eq!(state.update(Wake::Moved(page("scoring", 1))), Next::Draw);
        assert_eq!(state.scroll, 0, "another challenge starts at the top");
        assert_eq!(state.page.place.1, Some(1));
    }

    #[test]
    fn trouble_is_shown_until_the_next_good_page_and_a_resize_draws_again() {
        let mut state = scrolled_state();
        assert_eq!(state.update(Wake::Trouble("fel".into())), Next::Draw);
        assert_eq!(state.trouble.as_deref(), Some("fel"));
        assert_eq!(state.update(Wake::Moved(page("scoring", 0))), Next::Draw);
        assert_eq!(state.trouble, None);
        let resize = Wake::Term(Ok(Event::Resize(100, 30)));
        assert_eq!(state.update(resize), Next::Draw);
        assert_eq!(state.update(Wake::Term(Ok(Event::FocusGained))), Next::Wait);
    }

    /// The notes at obalans with the two-hour agenda's clock started at noon
    /// (and paused after a minute, when `paused`), drawn with its line shown.
    fn clocked(paused: bool) -> State {
        let (mut session, model) = super::super::page::at("scoring", 1);
        let start = noon().timestamp();
        let mut commands = vec![
            crate::model::command::Command::ChooseAgenda {
                template: Some("two-hours".into()),
            },
            crate::model::command::Command::StartItem { item: 3, at: start },
        ];
        if paused {
            let at = start.checked_add(jiff::SignedDuration::from_secs(60));
            commands.push(crate::model::command::Command::PauseClock {
                at: at.expect("a moment"),
            });
        }
        for c in commands {
            session.apply(&model, c).expect("accepted");
        }
        let mut state = State::new(Page::of(&session, &model, Lang::SV), noon());
        state.clock_shown = true;
        state
    }

    #[test]
    fn a_running_clock_on_screen_ticks_at_each_second_and_nothing_else_does() {
        let mut state = clocked(false);
        assert!(state.ticking());
        let quarter = noon()
            .timestamp()
            .checked_add(jiff::SignedDuration::from_millis(250))
            .expect("a moment");
        assert_eq!(
            state.next_tick(quarter),
            Some(Duration::from_millis(750)),
            "to the clock's next whole second"
        );
        assert_eq!(state.update(Wake::Tick), Next::Draw);
        // Not on screen (too low a terminal): no tick.
        state.clock_shown = false;
        assert_eq!(state.next_tick(quarter), None);
        assert_eq!(state.update(Wake::Tick), Next::Wait);
        // Paused: the notes wait without a timeout.
        let mut paused = clocked(true);
        assert!(!paused.ticking());
        assert_eq!(paused.next_tick(quarter), None);
        assert_eq!(paused.update(Wake::Tick), Next::Wait);
        // No agenda at all: none either.
        let plain = scrolled_state();
        assert_eq!(plain.next_tick(quarter), None);
    }

    #[test]
    fn the_clock_starting_in_the_session_starts_the_ticks() {
        let mut state = clocked(true);
        assert_eq!(state.next_tick(noon().timestamp()), None);
        let running = clocked(false).page;
        assert_eq!(state.update(Wake::Moved(Box::new(running))), Next::Draw);
        assert!(state.next_tick(noon().timestamp()).is_some());
        let paused = clocked(true).page;
        assert_eq!(state.update(Wake::Moved(Box::new(paused))), Next::Draw);
        assert_eq!(state.next_tick(noon().timestamp()), None);
    }
}
