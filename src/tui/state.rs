//! The workbench's whole state. `update` changes it; views only read it.

use crate::model::assessment::{Assessment, Catalog};
use crate::model::scoring::{self, Analysis};
use crate::model::session::{Answer, Role, Session, Status};
use crate::text::Lang;
use crate::tui::input::TextField;
use crate::tui::keymap::Ctx;
use crate::tui::theme::Theme;
use std::path::PathBuf;

pub use crate::tui::step::Step;

/// The open session with its model and the numbers computed from it.
#[derive(Debug, Clone)]
pub struct Work {
    /// The session.
    pub session: Session,
    /// Its model.
    pub model: Assessment,
    /// Its file, once saved.
    pub path: Option<PathBuf>,
    /// The analysis, recomputed after every change (never while drawing).
    pub analysis: Analysis,
    /// The lock that keeps other klarhet processes out while the session is open.
    pub lock: Option<std::sync::Arc<crate::store::Lock>>,
}

impl Work {
    /// Wraps a session and computes its analysis.
    pub fn new(session: Session, model: Assessment, path: Option<PathBuf>) -> Work {
        let analysis = scoring::analyse(&session, &model);
        Work {
            session,
            model,
            path,
            analysis,
            lock: None,
        }
    }

    /// Recomputes the analysis after the session changed.
    pub fn refresh(&mut self) {
        self.analysis = scoring::analyse(&self.session, &self.model);
    }
}

/// A saved session as the start screen lists it.
#[derive(Debug, Clone)]
pub struct Saved {
    /// Its file.
    pub path: PathBuf,
    /// Organisation, date and progress, or why it cannot be read.
    pub line: Result<(String, String, String), String>,
}

/// The setup form.
#[derive(Debug, Clone, Default)]
pub struct SetupForm {
    /// Organisation.
    pub organisation: TextField,
    /// Facilitator.
    pub facilitator: TextField,
    /// Date, YYYY-MM-DD.
    pub date: TextField,
    /// Workshop language.
    pub language: Lang,
    /// Index into the catalog's models.
    pub model: usize,
    /// The focused field, 0–4.
    pub focus: usize,
}

/// A participant being added or edited.
#[derive(Debug, Clone, Default)]
pub struct PersonForm {
    /// The participant being edited, or `None` for a new one.
    pub id: Option<u32>,
    /// Alias.
    pub alias: TextField,
    /// Index into [`Role::ALL`].
    pub role: usize,
    /// The focused field, 0–1.
    pub focus: usize,
}

/// The participants screen.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Selected participant.
    pub selected: usize,
    /// The open form, if any.
    pub form: Option<PersonForm>,
    /// The head-count field, when it is being edited.
    pub headcount: Option<TextField>,
}

/// Where the scoring screen is within a challenge.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// The challenge and its statements, with how many have answered.
    Overview,
    /// The blank screen before voter `voter` (index into the voters).
    Handover {
        /// Index into [`Session::voters`].
        voter: usize,
    },
    /// Voter `voter` answering; `entries` are this voter's own answers so far.
    Ballot {
        /// Index into [`Session::voters`].
        voter: usize,
        /// The statement shown.
        statement: usize,
        /// The voter's own answers in this round (None = skipped or not yet).
        entries: Vec<Option<Answer>>,
    },
    /// Counting raised hands for one statement.
    Hands {
        /// The statement.
        statement: usize,
        /// The row in focus: one per scale value, then vet ej.
        row: usize,
        /// The counts typed so far.
        counts: Vec<TextField>,
    },
    /// The results, one statement at a time.
    Reveal {
        /// The statement shown.
        statement: usize,
    },
    /// Recording the agreed score.
    Agree(AgreeForm),
}

/// The agreed-score form.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreeForm {
    /// The score, a value on the scale.
    pub score: i32,
    /// Why.
    pub rationale: TextField,
    /// Notes for the challenge.
    pub notes: TextField,
    /// The focused field, 0–2.
    pub focus: usize,
}

/// The scoring screen.
#[derive(Debug, Clone)]
pub struct Scoring {
    /// The challenge in focus.
    pub challenge: usize,
    /// What is happening with it.
    pub phase: Phase,
}

/// The action-plan form for one recommendation.
#[derive(Debug, Clone, Default)]
pub struct ActionForm {
    /// The recommendation.
    pub recommendation: String,
    /// Effektmål.
    pub effect_goal: TextField,
    /// Owner.
    pub owner: TextField,
    /// Due date.
    pub due: TextField,
    /// Index into [`STATUSES`].
    pub status: usize,
    /// The focused field, 0–3.
    pub focus: usize,
}

/// The statuses an action can have, in the order the form cycles through them.
pub const STATUSES: [Status; 4] = [
    Status::Planned,
    Status::Started,
    Status::Done,
    Status::Paused,
];

/// Comparing the open session with an earlier one.
#[derive(Debug, Clone, Default)]
pub struct CompareState {
    /// The selected earlier session in the list.
    pub selected: usize,
    /// The comparison, once a session was chosen; `Err` says why it could not be made.
    pub result: Option<Result<(crate::report::compare::Comparison, Session), String>>,
}

/// A question waiting for yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit in the middle of a ballot round?
    QuitDuringRound,
    /// Remove the selected participant?
    RemoveParticipant,
    /// The session could not be read; open its backup instead?
    OpenBackup,
}

/// Everything on screen and in the open session.
#[derive(Debug, Clone)]
pub struct State {
    /// UI language.
    pub lang: Lang,
    /// True when `--lang` fixed the language; otherwise it follows the session.
    pub lang_fixed: bool,
    /// Colours.
    pub theme: Theme,
    /// Terminal size in cells.
    pub size: (u16, u16),
    /// The current step.
    pub step: Step,
    /// The models to choose from.
    pub catalog: Catalog,
    /// Saved sessions for the start screen.
    pub saved: Vec<Saved>,
    /// The open session.
    pub work: Option<Work>,
    /// Start screen selection.
    pub start: usize,
    /// Setup form.
    pub setup: SetupForm,
    /// Participants screen.
    pub people: People,
    /// The challenge selected on the model and circle screens.
    pub ring: usize,
    /// How far the challenge's text is scrolled on those screens.
    pub detail_scroll: u16,
    /// Scoring screen.
    pub scoring: Scoring,
    /// Recommendations: the tab (0 = overarching) and the selected row.
    pub recs: (usize, usize),
    /// Plan: the selected adopted recommendation and the open form.
    pub plan: (usize, Option<ActionForm>),
    /// Level: the selected level.
    pub level: usize,
    /// Export path, and whether it is being edited.
    pub export: (TextField, bool),
    /// The export format: an index into [`crate::report::Format::ALL`].
    pub format: usize,
    /// Files exported in this run, newest last, to show where they went.
    pub exports: Vec<(crate::report::Format, PathBuf)>,
    /// The comparison with an earlier session, when open.
    pub compare: Option<CompareState>,
    /// The help overlay is open.
    pub help: bool,
    /// An open yes/no question.
    pub question: Option<Question>,
    /// A message for the status line, and whether it is an error.
    pub status: Option<(String, bool)>,
    /// Why the last save failed; shown until a save succeeds.
    pub save_error: Option<String>,
    /// The "save as" path being typed.
    pub save_as: Option<TextField>,
    /// A backup offered after a session could not be read.
    pub backup_offer: Option<PathBuf>,
    /// Today's date, for defaults.
    pub today: jiff::civil::Date,
    /// Where exports go by default.
    pub export_dir: PathBuf,
}

impl State {
    /// A fresh state on the start screen.
    pub fn new(
        lang: Lang,
        lang_fixed: bool,
        theme: Theme,
        catalog: Catalog,
        today: jiff::civil::Date,
        export_dir: PathBuf,
    ) -> State {
        State {
            lang,
            lang_fixed,
            theme,
            size: (80, 24),
            step: Step::Start,
            catalog,
            saved: Vec::new(),
            work: None,
            start: 0,
            setup: SetupForm::default(),
            people: People::default(),
            ring: 0,
            detail_scroll: 0,
            scoring: Scoring {
                challenge: 0,
                phase: Phase::Overview,
            },
            recs: (0, 0),
            plan: (0, None),
            level: 0,
            export: (TextField::default(), false),
            format: 0,
            exports: Vec::new(),
            compare: None,
            help: false,
            question: None,
            status: None,
            save_error: None,
            save_as: None,
            backup_offer: None,
            today,
            export_dir,
        }
    }

    /// Where the keyboard is now, for the keymap.
    pub fn ctx(&self) -> Ctx {
        if self.help {
            return Ctx::HelpOverlay;
        }
        if self.question.is_some() {
            return Ctx::Confirm;
        }
        if self.save_as.is_some() {
            return Ctx::Form;
        }
        self.screen_ctx()
    }

    /// The current screen's context, ignoring the help overlay and questions: what
    /// the help describes.
    pub fn screen_ctx(&self) -> Ctx {
        match self.step {
            Step::Start => Ctx::Start,
            Step::Setup => Ctx::Form,
            Step::Participants if self.people.form.is_some() || self.people.headcount.is_some() => {
                Ctx::Form
            }
            Step::Participants => Ctx::Participants,
            Step::Model => Ctx::Model,
            Step::Scoring => match self.scoring.phase {
                Phase::Overview => Ctx::Scoring,
                Phase::Handover { .. } => Ctx::Handover,
                Phase::Ballot { .. } => Ctx::Ballot,
                Phase::Hands { .. } => Ctx::Hands,
                Phase::Reveal { .. } => Ctx::Reveal,
                Phase::Agree(_) => Ctx::Form,
            },
            Step::Circle => Ctx::Circle,
            Step::Recommendations => Ctx::Recommendations,
            Step::Plan if self.plan.1.is_some() => Ctx::Form,
            Step::Plan => Ctx::Plan,
            Step::Level => Ctx::Level,
            Step::Summary if self.export.1 => Ctx::Form,
            Step::Summary if self.compare.is_some() => Ctx::Compare,
            Step::Summary => Ctx::Summary,
        }
    }

    /// The open session and the challenge in focus on the scoring screen.
    pub fn challenge(&self) -> Option<(&Work, &crate::model::assessment::Challenge)> {
        let work = self.work.as_ref()?;
        Some((work, work.model.challenges.get(self.scoring.challenge)?))
    }

    /// True while a ballot round or a show of hands is under way.
    pub fn in_round(&self) -> bool {
        self.step == Step::Scoring
            && matches!(
                self.scoring.phase,
                Phase::Handover { .. } | Phase::Ballot { .. } | Phase::Hands { .. }
            )
    }

    /// Index of a role in [`Role::ALL`].
    pub fn role_index(role: Role) -> usize {
        Role::ALL.iter().position(|r| *r == role).unwrap_or(0)
    }
}
