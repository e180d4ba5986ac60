//! The workshop in the terminal. `update` is pure; [`App`] carries out its effects
//! (save, export, open) and the event loop only reads events, updates and draws.
//! Nothing happens while no event arrives: no timer, no polling, no redraw.

pub mod input;
pub mod keymap;
pub mod msg;
pub mod ring;
pub mod screens;
pub mod state;
pub mod theme;
pub mod update;
pub mod view;

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::store::{self, Store};
use crate::text::{Lang, pick};
use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use msg::{Effect, Msg, Outcome};
use state::{Saved, State, Step, Work};
use std::path::{Path, PathBuf};
use theme::Theme;

/// How the workbench starts.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where sessions are kept.
    pub data_dir: PathBuf,
    /// The models to offer.
    pub catalog: Catalog,
    /// `--lang`, if given; otherwise the session's language.
    pub lang: Option<Lang>,
    /// The language before any session is open.
    pub default_lang: Lang,
    /// Colours.
    pub theme: Theme,
    /// A session to open at once (`--resume`).
    pub resume: Option<PathBuf>,
    /// Today's date, for defaults.
    pub today: jiff::civil::Date,
    /// Where exports go by default.
    pub export_dir: PathBuf,
}

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
                self.handle(Msg::Done(result.map(Outcome::Saved).map_err(|e| {
                    format!(
                        "{} {}",
                        pick(lang, "Kunde inte spara:", "Could not save:"),
                        e.render(lang)
                    )
                })));
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

    fn save(&mut self) -> Result<PathBuf> {
        let Some(work) = &self.state.work else {
            return Err(Error::NotFound("no session".into()));
        };
        match &work.path {
            Some(path) => store::save(path, &work.session).map(|()| path.clone()),
            None => self.store.create(&work.session),
        }
    }

    /// Opens a saved session where it was left.
    pub fn open(&mut self, path: &Path) -> Result<()> {
        let (session, model) = store::open(path, &self.state.catalog)?;
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
        s.work = Some(Work::new(session, model, Some(path.to_owned())));
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

/// Runs the workbench in the terminal until the user quits. The terminal is
/// restored on every way out, panics included.
pub fn run(options: Options) -> Result<()> {
    let mut app = App::new(options)?;
    let mut terminal = terminal::enter().map_err(|e| Error::io("terminal", e))?;
    let result = event_loop(&mut terminal, &mut app).map_err(|e| Error::io("terminal", e));
    terminal::leave();
    result
}

fn event_loop(terminal: &mut terminal::Term, app: &mut App) -> std::io::Result<()> {
    let size = terminal.size()?;
    app.handle(Msg::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| view::draw(f, &app.state))?;
        if app.quitting() {
            return Ok(());
        }
        // Blocks until something happens: no work at all while idle.
        app.event(crossterm::event::read()?);
    }
}

mod terminal {
    //! Entering and leaving the alternate screen, with a panic hook that leaves it too.

    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    use crossterm::execute;
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use std::io::{Stdout, stdout};

    pub type Term = Terminal<CrosstermBackend<Stdout>>;

    pub fn enter() -> std::io::Result<Term> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
        enable_raw_mode()?;
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        Terminal::new(CrosstermBackend::new(stdout()))
    }

    pub fn leave() {
        let _ = disable_raw_mode();
        let _ = execute!(
            stdout(),
            DisableMouseCapture,
            LeaveAlternateScreen,
            crossterm::cursor::Show
        );
    }
}
