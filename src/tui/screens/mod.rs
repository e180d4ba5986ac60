//! One file per screen. A screen owns its state, its `update`, its `draw` and its
//! `bindings`; [`Screen`] holds the current one, and the router hands it every
//! message it does not handle itself.

mod alternatives;
mod circle;
mod compare;
mod level;
mod lists;
mod model;
mod participants;
mod phases;
mod plan;
mod poll;
mod prompts;
mod queue;
mod recommendations;
mod room_beside;
pub mod scoring;
mod setup;
mod start;
mod summary;

pub use alternatives::Alternatives;
pub use circle::Circle;
pub use level::Level;
pub use lists::{clicked_item, scroll, step_selection};
pub use model::ModelScreen;
pub use participants::Participants;
pub use phases::Phases;
pub use plan::Plan;
pub use prompts::Prompts;
pub use queue::Queue;
pub use recommendations::Recommendations;
pub use scoring::{Phase, Scoring};
pub use setup::Setup;
pub use start::Start;
pub use summary::Summary;

use crate::model::session::{Draft, DraftForm};
use crate::tui::bindings::Binding;
use crate::tui::input::{Edit, TextField};
use crate::tui::msg::{Effect, Msg};
use crate::tui::notice::{Notice, Question};
use crate::tui::shared::Shared;
use crate::tui::step::Step;
use ratatui::Frame;
use ratatui::layout::Rect;

/// What a screen did with a message, for the router to finish. A screen never
/// changes the session itself: it hands commands, which the router applies
/// (and keeps, in one place) after the screen returns. Where the workshop is,
/// and whether a form's text changed, the router sees for itself.
#[derive(Debug, Default, PartialEq)]
pub struct Reply {
    /// Work for the runtime.
    pub effects: Vec<Effect>,
    /// What to ask of the session, in order: the router applies them, keeps
    /// their changes, and puts the screen back as it was if one is refused.
    pub commands: Vec<crate::model::command::Command>,
    /// Go to this step.
    pub go: Option<Step>,
    /// Ask this question.
    pub ask: Option<Question>,
}

impl Reply {
    /// Nothing more to do.
    pub fn none() -> Reply {
        Reply::default()
    }

    /// Ask `command` of the session.
    pub fn command(command: crate::model::command::Command) -> Reply {
        Reply::commands(vec![command])
    }

    /// Ask `commands` of the session, in order.
    pub fn commands(commands: Vec<crate::model::command::Command>) -> Reply {
        Reply {
            commands,
            ..Reply::default()
        }
    }

    /// Carry out one effect.
    pub fn effect(effect: Effect) -> Reply {
        Reply {
            effects: vec![effect],
            ..Reply::default()
        }
    }

    /// Go to another step.
    pub fn go(step: Step) -> Reply {
        Reply {
            go: Some(step),
            ..Reply::default()
        }
    }

    /// Ask a question first.
    pub fn ask(question: Question) -> Reply {
        Reply {
            ask: Some(question),
            ..Reply::default()
        }
    }
}

/// Applies an editing message to `field`, and says on the status line when
/// something typed or pasted did not fit.
pub fn edit_field(field: &mut TextField, shared: &mut Shared, msg: &Msg) -> Edit {
    let edit = field.edit(msg);
    if edit == Edit::Full {
        shared.notice = Some(Notice::TooLong(field.kind()));
    }
    edit
}

/// Which of the keys every screen shares apply on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shares {
    /// All of them: next step, previous step, help, quit.
    All,
    /// Only those with Ctrl or a function key: letters are typed or answered here.
    ControlKeys,
}

impl Shares {
    /// Only the control keys while something is being typed into, all otherwise.
    pub fn typing(typing: bool) -> Shares {
        if typing {
            Shares::ControlKeys
        } else {
            Shares::All
        }
    }
}

/// What every screen does.
pub trait Page {
    /// Handles a message the router passed on.
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply;
    /// Draws the screen into the body.
    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared);
    /// The screen's own bindings in its current state.
    fn bindings(&self, shared: &Shared) -> Vec<Binding>;
    /// Which shared keys apply now.
    fn shares(&self) -> Shares {
        Shares::All
    }
    /// True while a round is under way, when quitting asks first.
    fn in_round(&self) -> bool {
        false
    }
    /// What the help says under the keys about the rule the screen shows by,
    /// when it has one.
    fn about(&self, _shared: &Shared) -> Option<String> {
        None
    }
    /// The open form's fields as a draft for the session, when a form whose text
    /// is worth keeping is open.
    fn draft(&self, _shared: &Shared) -> Option<Draft> {
        None
    }
    /// Opens the form `draft` was typed in, holding its text; false when this
    /// screen has no such form or what it was for is gone.
    fn restore(&mut self, _shared: &mut Shared, _draft: &Draft) -> bool {
        false
    }
}

/// A large screen state is kept boxed so that every [`Screen`] stays small.
impl<T: Page> Page for Box<T> {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        (**self).update(shared, msg)
    }
    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        (**self).draw(frame, area, shared);
    }
    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        (**self).bindings(shared)
    }
    fn shares(&self) -> Shares {
        (**self).shares()
    }
    fn in_round(&self) -> bool {
        (**self).in_round()
    }
    fn about(&self, shared: &Shared) -> Option<String> {
        (**self).about(shared)
    }
    fn draft(&self, shared: &Shared) -> Option<Draft> {
        (**self).draft(shared)
    }
    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        (**self).restore(shared, draft)
    }
}

/// The current screen, with its own state.
#[derive(Debug, Clone)]
pub enum Screen {
    /// New, resume or demo.
    Start(Start),
    /// Organisation, facilitator, date, language, model.
    Setup(Box<Setup>),
    /// Who is in the room.
    Participants(Participants),
    /// The model as a ring.
    Model(ModelScreen),
    /// Voting, reveal and agreed scores.
    Scoring(Box<Scoring>),
    /// The discussion queue.
    Queue(Box<Queue>),
    /// The circle with results.
    Circle(Circle),
    /// The areas of the collaboration placed in the model's phases.
    Phases(Box<Phases>),
    /// Ranked recommendations.
    Recommendations(Recommendations),
    /// The model's alternatives, one chosen with a reason.
    Alternatives(Box<Alternatives>),
    /// The action plan.
    Plan(Box<Plan>),
    /// The level on the model's ladder (e.g. the work with DiMiOS).
    Level(Level),
    /// Key figures and export.
    Summary(Box<Summary>),
    /// A set of the model's open prompts: written by each, shown together.
    Prompts(Box<Prompts>),
}

macro_rules! each_screen {
    ($self:expr, $s:ident => $body:expr) => {
        match $self {
            Screen::Start($s) => $body,
            Screen::Setup($s) => $body,
            Screen::Participants($s) => $body,
            Screen::Model($s) => $body,
            Screen::Scoring($s) => $body,
            Screen::Queue($s) => $body,
            Screen::Circle($s) => $body,
            Screen::Phases($s) => $body,
            Screen::Recommendations($s) => $body,
            Screen::Alternatives($s) => $body,
            Screen::Plan($s) => $body,
            Screen::Level($s) => $body,
            Screen::Summary($s) => $body,
            Screen::Prompts($s) => $body,
        }
    };
}

impl Screen {
    /// The screen for `step`, fresh, as it opens.
    pub fn enter(step: Step, shared: &Shared) -> Screen {
        match step {
            Step::Start => Screen::Start(Start::default()),
            Step::Setup => Screen::Setup(Box::new(Setup::new(shared))),
            Step::Participants => Screen::Participants(Participants::default()),
            Step::Model => Screen::Model(ModelScreen::default()),
            Step::Scoring => Screen::Scoring(Box::default()),
            Step::Queue => Screen::Queue(Box::default()),
            Step::Circle => Screen::Circle(Circle::default()),
            Step::Phases => Screen::Phases(Box::default()),
            Step::Recommendations => Screen::Recommendations(Recommendations::default()),
            Step::Alternatives => Screen::Alternatives(Box::new(Alternatives::new(shared))),
            Step::Plan => Screen::Plan(Box::default()),
            Step::Level => Screen::Level(Level::new(shared)),
            Step::Summary => Screen::Summary(Box::default()),
            Step::Prompts(set) => Screen::Prompts(Box::new(Prompts::new(set))),
        }
    }

    /// The screen of the form `draft` was typed in, with the form open and
    /// holding the draft's text; `None` if it cannot be opened.
    pub fn restored(draft: &Draft, shared: &mut Shared) -> Option<Screen> {
        let step = match draft.form {
            DraftForm::Setup { .. } => Step::Setup,
            DraftForm::Participant { .. } => Step::Participants,
            DraftForm::Agreed { .. } => Step::Scoring,
            DraftForm::Action { .. } => Step::Plan,
            DraftForm::TopicNote { .. } => Step::Queue,
            DraftForm::Choice { .. } => Step::Alternatives,
            DraftForm::Placement { .. } => Step::Phases,
        };
        let mut screen = Screen::enter(step, shared);
        screen.page_mut().restore(shared, draft).then_some(screen)
    }

    /// The step this screen is.
    pub fn step(&self) -> Step {
        match self {
            Screen::Start(_) => Step::Start,
            Screen::Setup(_) => Step::Setup,
            Screen::Participants(_) => Step::Participants,
            Screen::Model(_) => Step::Model,
            Screen::Scoring(_) => Step::Scoring,
            Screen::Queue(_) => Step::Queue,
            Screen::Circle(_) => Step::Circle,
            Screen::Phases(_) => Step::Phases,
            Screen::Recommendations(_) => Step::Recommendations,
            Screen::Alternatives(_) => Step::Alternatives,
            Screen::Plan(_) => Step::Plan,
            Screen::Level(_) => Step::Level,
            Screen::Summary(_) => Step::Summary,
            // A made set is shown within the phases' step.
            Screen::Prompts(p) => p.set_index().map_or(Step::Phases, Step::Prompts),
        }
    }

    /// The model whose steps the workshop follows: the open session's, or,
    /// while a new session is set up, the one chosen in the form.
    pub fn model<'a>(&self, shared: &'a Shared) -> Option<&'a crate::model::Assessment> {
        match (&shared.work, self) {
            (Some(work), _) => Some(&work.model),
            (None, Screen::Setup(setup)) => shared.models.all().nth(setup.model),
            (None, _) => None,
        }
    }

    /// The screen as a [`Page`].
    pub fn page(&self) -> &dyn Page {
        each_screen!(self, s => s)
    }

    /// The screen as a mutable [`Page`].
    pub fn page_mut(&mut self) -> &mut dyn Page {
        each_screen!(self, s => s)
    }

    /// The scoring screen's phase, when it is the scoring screen.
    pub fn phase(&self) -> Option<&Phase> {
        match self {
            Screen::Scoring(s) => Some(&s.phase),
            _ => None,
        }
    }
}

/// The line that says what the uncertainty mark means, when a figure on the
/// screen carries it.
pub fn uncertain_legend(shared: &Shared) -> Option<ratatui::text::Line<'static>> {
    let work = shared.work.as_ref()?;
    crate::report::uncertain::any(&work.analysis).then(|| {
        ratatui::text::Line::styled(
            crate::tr!(
                shared.lang,
                "tui-uncertain-legend",
                mark = crate::report::uncertain::MARK
            ),
            shared.theme.muted,
        )
    })
}
