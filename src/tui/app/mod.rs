//! The runtime around `update`: it carries out the effects (save, export, open,
//! save as), feeds each result back as a message, and turns terminal events into
//! messages through the current bindings. It never writes to the state itself.

use crate::error::Result;
use crate::store::{self, Store};
use crate::tui::msg::{Earlier, Effect, Failure, Msg, Timer};
use crate::tui::state::State;
use crate::tui::{bindings, router};
use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use std::path::Path;
use std::time::Instant;

/// The state plus the means to carry out effects.
pub struct App {
    /// Everything on screen.
    pub state: State,
    store: Store,
    quit: bool,
    /// The user quit knowing the last changes were not saved.
    lost: bool,
    /// The named deadlines `update` asked for (the draft after typing pauses,
    /// the room's quiet hint). Empty while nothing is due, so the event loop
    /// waits with no timer.
    timers: timers::Timers,
    /// Work put off until the first frame is on screen: the list of saved sessions.
    pending: Option<Effect>,
    /// The owner of the open session's file while this klarhet holds its lock:
    /// its journal, whole saves and folding (see [`store::host`]).
    host: Option<store::host::Host>,
    /// The room: the wake channel, and the listener while it is open.
    line: room::Line,
}

impl App {
    /// Builds the app; with `resume`, opens that session or fails with its error.
    /// The saved sessions are listed at once (see [`App::deferred`]).
    pub fn new(options: Options) -> Result<App> {
        let mut app = App::deferred(options)?;
        app.settle();
        Ok(app)
    }

    /// Builds the app as [`App::new`] does, but leaves the list of saved sessions
    /// for [`App::settle`]: the runtime draws the first frame first, so that a
    /// folder of many sessions never delays it.
    pub fn deferred(options: Options) -> Result<App> {
        let state = State::new(
            options.lang.unwrap_or(options.default_lang),
            options.lang.is_some(),
            options.theme,
            options.catalog,
            options.today,
            options.export_dir,
        );
        let mut app = App {
            state,
            store: Store::new(&options.data_dir),
            quit: false,
            lost: false,
            timers: timers::Timers::default(),
            pending: None,
            host: None,
            line: room::Line::new(options.room_bind),
        };
        match options.resume {
            Some(path) => {
                let opened = app.read(&path)?;
                app.handle(Msg::Opened(Ok(opened)));
                app.take_journal();
            }
            None => app.pending = Some(Effect::ListSaved),
        }
        Ok(app)
    }

    /// True while work put off until after the first frame is waiting.
    pub fn unsettled(&self) -> bool {
        self.pending.is_some()
    }

    /// Does the work put off until after the first frame.
    pub fn settle(&mut self) {
        if let Some(effect) = self.pending.take() {
            self.run(effect);
        }
    }

    /// True once the user has quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// True when the user quit although the last changes could not be saved.
    pub fn lost_changes(&self) -> bool {
        self.lost
    }

    /// When `timer` is due, if it is pending.
    pub fn due(&self, timer: Timer) -> Option<Instant> {
        self.timers.due(timer)
    }

    /// The next moment the event loop must wake without an event: the earliest
    /// pending timer. `None`: wait for events alone.
    pub fn deadline(&self) -> Option<Instant> {
        self.timers.next()
    }

    /// The event loop waited until [`App::deadline`]: send what was due.
    pub fn deadline_passed(&mut self) {
        for msg in self.timers.take_due(Instant::now()) {
            self.handle(msg);
        }
    }

    /// Sends `timer`'s message now, as if its moment had come (tests, and
    /// quitting with a draft waiting); nothing when it is not pending.
    pub fn fire(&mut self, timer: Timer) {
        if let Some(msg) = self.timers.take(timer) {
            self.handle(msg);
        }
    }

    /// Sends at once every pending timer's message that keeps work.
    fn fire_keeping(&mut self) {
        for msg in self.timers.take_keeping() {
            self.handle(msg);
        }
    }

    /// The open session's file, for the message after a crash.
    pub fn session_path(&self) -> Option<&Path> {
        self.state.shared.work.as_ref()?.path.as_deref()
    }

    /// Sends one message through `update` and carries out the effects.
    pub fn handle(&mut self, msg: Msg) {
        self.state.shared.now = jiff::Timestamp::now();
        let effects = router::update(&mut self.state, msg);
        for effect in effects {
            self.run(effect);
        }
        // A form closed before its draft was due leaves nothing to keep: the
        // deadline goes, and the event loop goes back to waiting on keys alone.
        if self.timers.due(Timer::Draft).is_some() && !router::drafting(&self.state) {
            self.timers.cancel(Timer::Draft);
        }
    }

    /// Feeds a key through the current bindings, as the terminal would.
    pub fn key(&mut self, key: KeyEvent) {
        if let Some(msg) = bindings::lookup(&router::bindings(&self.state), &key) {
            self.handle(msg);
        }
    }

    /// Feeds a terminal event.
    pub fn event(&mut self, event: Event) {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(k),
            Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                self.handle(Msg::Click {
                    col: m.column,
                    row: m.row,
                });
            }
            Event::Resize(w, h) => self.handle(Msg::Resize(w, h)),
            Event::Paste(text) => self.paste(text),
            _ => {}
        }
    }

    /// Pasted text goes whole into a text field; where only digits are typed,
    /// its digits go in as keys; anywhere else it is dropped, so that a paste
    /// never runs the letters in it as commands.
    fn paste(&mut self, text: String) {
        let keys = router::bindings(&self.state);
        if bindings::takes(&keys, bindings::Key::Text) {
            self.handle(Msg::Paste(text));
        } else if bindings::takes(&keys, bindings::Key::Digit) {
            for c in text.chars().filter(char::is_ascii_digit) {
                self.handle(Msg::Char(c));
            }
        }
    }

    fn run(&mut self, effect: Effect) {
        let result = match effect {
            // A draft still waiting is written first: Ctrl-C in the middle of a
            // sentence keeps the sentence for the next start.
            Effect::Quit => {
                self.fire_keeping();
                self.close_room();
                // The file is left whole: a person, or an older klarhet, reads
                // every vote in it without the journal.
                self.fold();
                self.quit = true;
                return;
            }
            Effect::QuitUnsaved => {
                self.close_room();
                self.fire_keeping();
                self.quit = true;
                self.lost = true;
                return;
            }
            Effect::After { timer, delay, msg } => {
                self.timers.set(timer, Instant::now() + delay, *msg);
                return;
            }
            Effect::Cancel(timer) => {
                self.timers.cancel(timer);
                return;
            }
            Effect::Save => {
                let saved = self.save();
                self.line.kept = saved.is_ok();
                Msg::Saved(saved.map_err(Failure::from))
            }
            Effect::Record(changes) => {
                let recorded = self.record(&changes);
                self.line.kept = recorded.is_ok();
                Msg::Saved(recorded.map_err(Failure::from))
            }
            Effect::OpenRoom => self.open_room(),
            Effect::CloseRoom => {
                self.close_room();
                return;
            }
            Effect::RoomReplies(replies) => {
                self.room_replies(replies);
                return;
            }
            Effect::SaveAs(path) => Msg::Saved(self.save_as(&path).map_err(Failure::from)),
            Effect::Export {
                format,
                path,
                overwrite,
            } => {
                if !overwrite && path.exists() {
                    self.handle(Msg::ExportExists(format, path));
                    return;
                }
                let written = match &self.state.shared.work {
                    Some(w) => {
                        let now = jiff::Timestamp::now();
                        let export = crate::report::Export::new(&w.session, w.path.as_deref(), now);
                        let text = format.render(&w.session, &w.model, &export);
                        store::write_export(&path, text.as_bytes())
                    }
                    None => Ok(()),
                };
                Msg::Exported(written.map(|()| (format, path)).map_err(Failure::from))
            }
            Effect::OpenEarlier(path) => Msg::EarlierRead(
                store::open(&path, &self.state.shared.models)
                    .map(|(session, model)| Earlier {
                        session: Box::new(session),
                        model: Box::new(model),
                    })
                    .map_err(Failure::from),
            ),
            Effect::Open(path) => {
                self.close_room();
                self.fold();
                Msg::Opened(self.read(&path).map_err(|e| failed(&path, e)))
            }
            Effect::OpenBackup(backup) => {
                self.close_room();
                self.fold();
                Msg::Opened(self.restore(&backup))
            }
            Effect::OpenDemo => {
                self.close_room();
                self.fold();
                Msg::Opened(self.demo())
            }
            Effect::ListSaved => Msg::Listed(self.list()),
        };
        let opened = matches!(result, Msg::Opened(Ok(_)));
        self.handle(result);
        if opened {
            self.take_journal();
        }
    }
}

mod opening;
mod options;
mod room;
mod saving;
mod timers;

pub use options::Options;

use opening::failed;
