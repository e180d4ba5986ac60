//! The runtime around `update`: it carries out the effects (save, export, open,
//! save as), holds the session's lock, and feeds terminal events through the keymap.

use crate::error::{Error, Result};
use crate::store::{self, Lock, Store};
use crate::text::pick;
use crate::tui::msg::{Effect, Msg, Outcome};
use crate::tui::state::{self, Question, Saved, State, Step, Work};
use crate::tui::update;
use crate::tui::{Options, keymap, remember_session};
use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The state plus the means to carry out effects.
pub struct App {
    /// Everything on screen.
    pub state: State,
    store: Store,
    quit: bool,
}

impl App {
    /// Builds the app; with `resume`, opens that session or fails with its error.
    pub fn new(options: Options) -> Result<App> {
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
        };
        app.refresh_saved();
        if let Some(path) = options.resume {
            app.open(&path)?;
        }
        Ok(app)
    }

    /// True once the user has quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// Sends one message through `update` and carries out the effects.
    pub fn handle(&mut self, msg: Msg) {
        let effects = update::update(&mut self.state, msg);
        for effect in effects {
            self.run(effect);
        }
    }

    /// Feeds a key through the keymap, as the terminal would.
    pub fn key(&mut self, key: KeyEvent) {
        if let Some(msg) = keymap::lookup(self.state.ctx(), key) {
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
            _ => {}
        }
    }

    fn run(&mut self, effect: Effect) {
        let lang = self.state.lang;
        match effect {
            Effect::Quit => self.quit = true,
            Effect::Save => {
                let result = self.save();
                self.saved(result);
            }
            Effect::SaveAs(path) => {
                let result = self.save_as(&path);
                self.saved(result);
            }
            Effect::OpenBackup(backup) => {
                if let Err(e) = self.restore(&backup) {
                    self.state.status = Some((e.render(lang), true));
                }
            }
            Effect::Export(format, path) => {
                let result = match &self.state.work {
                    Some(w) => {
                        store::write_atomic(&path, format.render(&w.session, &w.model).as_bytes())
                    }
                    None => Ok(()),
                };
                let result = result.map(|()| Outcome::Exported(format, path));
                self.handle(Msg::Done(result.map_err(|e| {
                    format!(
                        "{} {}",
                        pick(lang, "Kunde inte exportera:", "Could not export:"),
                        e.render(lang)
                    )
                })));
            }
            Effect::OpenEarlier(path) => {
                let result = store::open(&path, &self.state.catalog);
                let result = result.map(|x| Outcome::Earlier(Box::new(x)));
                self.handle(Msg::Done(result.map_err(|e| e.render(lang))));
            }
            Effect::Open(path) => {
                if let Err(e) = self.open(&path) {
                    self.state.status = Some((e.render(lang), true));
                    // A file that cannot be read is left alone; its backup is offered.
                    let backup = store::backup_path(&path);
                    if e.is_bad_input() && !matches!(e, Error::Locked { .. }) && backup.is_file() {
                        self.state.backup_offer = Some(backup);
                        self.state.question = Some(Question::OpenBackup);
                    }
                }
            }
            Effect::ListSaved => self.refresh_saved(),
            Effect::OpenDemo => {
                let result = crate::model::Assessment::halmstad().and_then(|model| {
                    let session = crate::demo::session(&model, self.state.today, self.state.lang);
                    self.store.create(&session)
                });
                match result {
                    Ok(path) => {
                        if let Err(e) = self.open(&path) {
                            self.state.status = Some((e.render(lang), true));
                        }
                    }
                    Err(e) => self.state.status = Some((e.render(lang), true)),
                }
            }
        }
    }

    /// Reports a save's result: a failure stays on screen until a save succeeds.
    fn saved(&mut self, result: Result<PathBuf>) {
        let lang = self.state.lang;
        match result {
            Ok(path) => {
                remember_session(&path);
                self.handle(Msg::Done(Ok(Outcome::Saved(path))));
            }
            Err(e) => self.handle(Msg::SaveFailed(e.render(lang))),
        }
    }

    fn save(&mut self) -> Result<PathBuf> {
        let Some(work) = &mut self.state.work else {
            return Err(Error::NotFound("no session".into()));
        };
        match &work.path {
            Some(path) => store::save(path, &work.session).map(|()| path.clone()),
            None => {
                let path = self.store.create(&work.session)?;
                work.lock = Some(Arc::new(Lock::acquire(&path)?));
                Ok(path)
            }
        }
    }

    /// Saves the session to `path` instead, and goes on saving there.
    fn save_as(&mut self, path: &Path) -> Result<PathBuf> {
        let Some(work) = &mut self.state.work else {
            return Err(Error::NotFound("no session".into()));
        };
        let lock = Lock::acquire(path)?;
        store::save(path, &work.session)?;
        work.lock = Some(Arc::new(lock));
        work.path = Some(path.to_owned());
        Ok(path.to_owned())
    }

    /// Opens a backup as a new session file, leaving the unreadable original alone.
    fn restore(&mut self, backup: &Path) -> Result<()> {
        let (session, _) = store::open(backup, &self.state.catalog)?;
        let path = self.store.create(&session)?;
        self.open(&path)
    }

    /// Opens a saved session where it was left.
    pub fn open(&mut self, path: &Path) -> Result<()> {
        let lock = Lock::acquire(path)?;
        let (session, model) = store::open(path, &self.state.catalog)?;
        remember_session(path);
        let s = &mut self.state;
        if !s.lang_fixed {
            s.lang = session.language;
        }
        s.step = Step::from_key(&session.resume.step)
            .filter(|st| *st > Step::Setup)
            .unwrap_or(Step::Participants);
        s.scoring = state::Scoring {
            challenge: session
                .resume
                .challenge
                .min(model.challenges.len().saturating_sub(1)),
            phase: state::Phase::Overview,
        };
        s.ring = 0;
        s.recs = (0, 0);
        s.plan = (0, None);
        s.level = model
            .levels
            .as_ref()
            .and_then(|l| l.steps.iter().position(|x| Some(x.level) == session.level))
            .unwrap_or(0);
        s.people = Default::default();
        s.export = Default::default();
        s.compare = None;
        let mut work = Work::new(session, model, Some(path.to_owned()));
        work.lock = Some(Arc::new(lock));
        s.work = Some(work);
        Ok(())
    }

    fn refresh_saved(&mut self) {
        let lang = self.state.lang;
        let catalog = &self.state.catalog;
        self.state.saved = self
            .store
            .list()
            .unwrap_or_default()
            .into_iter()
            .map(|l| Saved {
                line: l.session.map_err(|e| e.render(lang)).map(|s| {
                    let progress = catalog.get(&s.assessment.id).map_or_else(String::new, |m| {
                        format!(
                            "{}/{} {}",
                            s.challenges_scored(m),
                            m.challenges.len(),
                            pick(lang, "bedömda", "scored")
                        )
                    });
                    (s.organisation, s.date.to_string(), progress)
                }),
                path: l.path,
            })
            .collect();
    }
}
